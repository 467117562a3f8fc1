package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync/atomic"
	"unicode/utf8"

	"charm.land/ssh"

	"careerquiz/internal/safetext"
	"careerquiz/ui"
)

// lineMode reports whether a session gets the line mode (numbered prompts,
// one a line, for screen readers and scripts) rather than the full screen:
// as locally, with TERM=dumb or ACCESSIBLE set, and also without a
// terminal (ssh -T, a script piping answers in).
func lineMode(hasPty bool, term string, env []string) bool {
	return !hasPty || term == "dumb" || getenv(env, "ACCESSIBLE") != ""
}

// lineSession runs the line mode in sess and returns its exit status and
// how it ended. With a terminal (hasPty) the client's side neither echoes
// nor edits what is typed (ssh puts it in raw mode), so a lineEditor does
// both here and line ends go out as CR LF; the answers are offered for
// review before scoring, as at a local terminal. Without one, the input is
// taken as lines as it comes, as from a pipe.
func (s *Server) lineSession(ctx context.Context, sess ssh.Session, l *live, in io.Reader, hasPty bool, width func() int) (int, string) {
	var out, prompts io.Writer = sess, sess.Stderr()
	if hasPty {
		out, prompts = crlf{sess}, crlf{sess.Stderr()}
		in = &lineEditor{r: in, echo: sess, interrupt: func() { l.cancel(errInterrupted) }}
	}
	s.startedLine(l, func(text string) {
		// A failed write is a client gone: the session's context ends it.
		_, _ = fmt.Fprintf(prompts, "\n%s\n", text)
	})
	o, err := ui.RunLineWith(ctx, s.cfg.Catalog, in, out, prompts, ui.LineOptions{Interactive: hasPty, Width: width, Remote: true})
	if errors.Is(context.Cause(ctx), errInterrupted) {
		return statusInterrupted, "interrupted"
	}
	if status, how, ended := s.endedByServer(ctx, sess); ended {
		return status, how
	}
	switch {
	case err != nil:
		tell(sess, "careerquiz: %v.", err)
		return statusError, "failed: " + err.Error()
	case o.Status != ui.Finished:
		return statusInterrupted, "left before the results"
	}
	return statusOK, "finished"
}

// lineWidth follows the width of a session's terminal for the line mode,
// from start and the window changes on winch (nil without a terminal),
// bounded as the full screen's is. It reads winch until it closes: the
// session's request loop blocks if nobody does.
func lineWidth(start int, winch <-chan ssh.Window) func() int {
	var width atomic.Int64
	width.Store(int64(start))
	if winch != nil {
		go func() {
			for w := range winch {
				width.Store(int64(w.Width))
			}
		}()
	}
	return func() int { return min(int(width.Load()), maxCols) }
}

// errInterrupted ends a line session on ctrl+c.
var errInterrupted = errors.New("interrupted")

// crlf writes a line end as CR LF, for a terminal in raw mode, which moves
// down a line on LF without going back to its start.
type crlf struct{ w io.Writer }

func (c crlf) Write(p []byte) (int, error) {
	if _, err := c.w.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// lineEditor makes lines of the keys of a terminal in raw mode, as the
// terminal's own line editing would: what is typed is echoed, backspace
// takes back a character and ctrl+u the line, enter ends the line, ctrl+d
// on an empty line ends the input, ctrl+c interrupts. Other control keys
// and escape sequences (arrows, function keys) are dropped, so nothing
// typed can reach the terminal as a command.
type lineEditor struct {
	r         io.Reader
	echo      io.Writer
	interrupt func()

	line  []byte // the line being typed
	pend  []byte // the bytes of a character not all in yet
	ready []byte // whole lines, not read yet
	esc   int    // in an escape sequence: 1 after ESC, 2 in a CSI or SS3 one
	eof   bool
	cr    bool // the last key was CR: an LF after it is the same enter
	buf   [512]byte
}

func (e *lineEditor) Read(p []byte) (int, error) {
	for len(e.ready) == 0 {
		if e.eof {
			return 0, io.EOF
		}
		n, err := e.r.Read(e.buf[:])
		e.keys(e.buf[:n])
		if err != nil && len(e.ready) == 0 {
			return 0, err
		}
		if err != nil {
			break
		}
	}
	n := copy(p, e.ready)
	e.ready = e.ready[n:]
	return n, nil
}

// keys takes in typed bytes and echoes what they do.
func (e *lineEditor) keys(b []byte) {
	var echo []byte
	for _, c := range b {
		if c < utf8.RuneSelf {
			e.pend = e.pend[:0] // a character cut short by another key is dropped
		}
		cr := e.cr
		e.cr = false
		switch {
		case e.esc == 1:
			e.esc = 0
			if c == '[' || c == 'O' {
				e.esc = 2
			}
		case e.esc == 2:
			if c >= 0x40 && c <= 0x7e {
				e.esc = 0 // the sequence's last byte
			}
		case c == 0x1b:
			e.esc = 1
		case c == '\r' || c == '\n':
			if c == '\n' && cr {
				continue
			}
			e.cr = c == '\r'
			e.ready = append(append(e.ready, e.line...), '\n')
			e.line = e.line[:0]
			echo = append(echo, '\r', '\n')
		case c == 0x7f || c == 0x08: // backspace: a letter with its accents, a wide character, an emoji
			head, last := safetext.CutLast(string(e.line))
			e.line = e.line[:len(head)]
			echo = erase(echo, safetext.Width(last))
		case c == 0x15: // ctrl+u
			echo = erase(echo, safetext.Width(string(e.line)))
			e.line = e.line[:0]
		case c == 0x03: // ctrl+c
			e.interrupt()
		case c == 0x04: // ctrl+d
			if len(e.line) == 0 {
				e.eof = true
			}
		case c < 0x20:
			// another control key: nothing
		default:
			// A character is kept when its bytes are all in, and only if it
			// cannot act on a terminal: a C1 control (U+009B is a CSI) or a
			// direction override is dropped, as a bad byte is.
			e.pend = append(e.pend, c)
			if !utf8.FullRune(e.pend) {
				continue
			}
			if r, size := utf8.DecodeRune(e.pend); (r != utf8.RuneError || size > 1) && !safetext.Unsafe(r) {
				e.line = append(e.line, e.pend...)
				echo = append(echo, e.pend...)
			}
			e.pend = e.pend[:0]
		}
	}
	if len(echo) > 0 {
		_, _ = e.echo.Write(echo) // a write that fails is a client gone: the session's context ends it
	}
}

// erase appends to echo what takes back the last n columns typed.
func erase(echo []byte, n int) []byte {
	for _, c := range []byte{'\b', ' ', '\b'} {
		echo = append(echo, bytes.Repeat([]byte{c}, n)...)
	}
	return echo
}
