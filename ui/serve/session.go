package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2/bubbletea"

	"careerquiz/ui"
)

// Exit statuses a client sees.
const (
	statusOK          = 0   // the results reached and left with q
	statusError       = 1   // refused, timed out, the server restarting, a crash
	statusInterrupted = 130 // ctrl+c, or quit before the results
)

// Why a session was ended by the server; the client is told in a line.
var (
	errRestart = errors.New("the server is restarting: connect again in a moment to start over")
	errIdle    = errors.New("closed after a long time without a key press")
	errMaxTime = errors.New("closed: a session may not last longer")
)

// connSessions counts a connection's sessions: one quiz per connection.
type connSessions struct{}

// onConnect prepares a new connection's context.
func (s *Server) onConnect(ctx ssh.Context, c net.Conn) net.Conn {
	ctx.SetValue(connSessions{}, new(atomic.Int32))
	ctx.SetValue(connChannels{}, new(atomic.Int32))
	opened := new(atomic.Bool)
	ctx.SetValue(connOpened{}, opened)
	w := &waitedConn{Conn: c}
	w.timer = time.AfterFunc(s.cfg.sessionWait, func() {
		if !opened.Load() {
			s.log.Info("closed", "remote", c.RemoteAddr().String(), "why", fmt.Sprintf("no session opened within %s", s.cfg.sessionWait))
			_ = c.Close() // what a failed close could mean, the connection's own end reports
		}
	})
	return w
}

// connOpened keys a connection's *atomic.Bool: whether it opened a session.
type connOpened struct{}

// waitedConn is a connection whose wait for a session (onConnect) ends
// when it closes.
type waitedConn struct {
	net.Conn
	timer *time.Timer
}

func (w *waitedConn) Close() error {
	w.timer.Stop()
	return w.Conn.Close()
}

// handle is one SSH session, from connect to disconnect: it never lets a
// panic out, and logs who (address and key fingerprint, never the
// answers), how long and how it ended.
func (s *Server) handle(sess ssh.Session) {
	start := time.Now()
	if opened, ok := sess.Context().Value(connOpened{}).(*atomic.Bool); ok {
		opened.Store(true)
	}
	id := fmt.Sprintf("%d-%s", s.seq.Add(1), shortID(sess.Context().SessionID()))
	key := "none (keyboard-interactive)"
	if k := sess.PublicKey(); k != nil {
		key = fingerprint(k)
	}
	logger := s.log.With("session", id, "remote", sess.RemoteAddr().String(), "key", key)
	pty, _, hasPty := sess.Pty()
	term := pty.Term
	if strings.ContainsFunc(term, func(r rune) bool { return r < 0x20 || r >= 0x7f }) {
		term = strconv.QuoteToASCII(term) // a line break in it would start a record of its own
	}
	logger.Info("connect", "term", term, "size", fmt.Sprintf("%dx%d", pty.Window.Width, pty.Window.Height), "pty", hasPty)
	ctx, cancel := context.WithCancelCause(sess.Context())
	defer cancel(nil)
	l := &live{cancel: cancel}
	if !s.track(l) {
		tell(sess, "careerquiz: %s.", errRestart)
		logger.Info("disconnect", "status", statusError, "how", "refused: shutting down")
		_ = sess.Exit(statusError)
		return
	}
	defer s.untrack(l) // last: a shutdown waits for the exit status to be sent
	status, how := statusError, "crashed"
	defer func() {
		if r := recover(); r != nil {
			logger.Error("panic: session ended", "panic", r, "stack", string(debug.Stack()))
			status, how = statusError, "crashed"
			tell(sess, "\ncareerquiz: something went wrong in this session (logged as %s); connect again to start over.", id)
		}
		logger.Info("disconnect", "duration", time.Since(start).Round(time.Millisecond), "status", status, "how", how)
		_ = sess.Exit(status)
	}()
	status, how = s.session(ctx, sess, l, id, logger)
}

// session runs the quiz in one session and returns the exit status and,
// in a few words for the log, how it ended.
func (s *Server) session(ctx context.Context, sess ssh.Session, l *live, id string, logger *log.Logger) (int, string) {
	if n, ok := sess.Context().Value(connSessions{}).(*atomic.Int32); ok {
		count := n.Add(1)
		defer n.Add(-1)
		if count > 1 {
			tell(sess, "careerquiz: one quiz per connection: open another connection for another quiz.")
			return statusError, "refused: a second session on one connection"
		}
	}
	if sess.RawCommand() != "" {
		tell(sess, "careerquiz takes no command: connect with plain ssh, with nothing after the host name.")
		return statusError, "refused: a command"
	}
	pty, winch, ok := sess.Pty()
	env := sess.Environ()
	in := &activityReader{r: sess}
	if s.cfg.IdleTimeout > 0 {
		in.idle = time.AfterFunc(s.cfg.IdleTimeout, func() { l.cancel(errIdle) })
		in.timeout = s.cfg.IdleTimeout
		defer in.idle.Stop()
	}
	if s.cfg.MaxTimeout > 0 {
		t := time.AfterFunc(s.cfg.MaxTimeout, func() { l.cancel(errMaxTime) })
		defer t.Stop()
	}
	if lineMode(ok, pty.Term, env) {
		return s.lineSession(ctx, sess, l, in, ok, lineWidth(pty.Window.Width, winch))
	}

	plain := pty.Term == "linux"
	m := sessionModel{plain: plain, inner: s.cfg.newModel(ui.Options{
		Catalog: s.cfg.Catalog,
		NoColor: getenv(env, "NO_COLOR") != "", // any value, as no-color.org asks (colorprofile takes only true/1)
		Plain:   plain,
		Remote:  true,
		Light:   ui.LightBackground(getenv(env, "COLORFGBG")),
	})}
	opts := append(bubbletea.MakeOptions(sess),
		tea.WithWindowSize(windowSize(pty.Window.Width, pty.Window.Height)), // bounded: see windowSize
		tea.WithInput(in),               // input resets the idle timer; output does not
		tea.WithContext(ctx),            // a disconnect, a timeout or the shutdown ends the program
		tea.WithoutSignalHandler(),      // the server's signals are the server's
		tea.WithFilter(sessionFilter()), // after MakeOptions: only one filter counts
	)
	p := tea.NewProgram(m, opts...)
	s.started(l, p)
	go func() {
		// Window changes until the channel closes; the session's request
		// loop blocks if nobody reads them.
		for w := range winch {
			if ctx.Err() == nil {
				width, height := windowSize(w.Width, w.Height)
				p.Send(tea.WindowSizeMsg{Width: width, Height: height})
			}
		}
	}()

	final, err := p.Run()
	if errors.Is(err, tea.ErrProgramPanic) {
		logger.Error("panic: session ended", "err", err)
		tell(sess, "\ncareerquiz: something went wrong in this session (logged as %s); connect again to start over.", id)
		return statusError, "crashed"
	}
	if status, how, ended := s.endedByServer(ctx, sess); ended {
		return status, how
	}
	switch {
	case errors.Is(err, tea.ErrInterrupted):
		return statusInterrupted, "interrupted"
	case err != nil:
		logger.Error("session failed", "err", err)
		return statusError, "failed"
	}
	out, ok := final.(sessionModel).inner.(interface{ Outcome() ui.Outcome })
	if !ok || out.Outcome().Status != ui.Finished {
		return statusInterrupted, "left before the results"
	}
	if sum := out.Outcome().Summary; sum != "" {
		if _, err := io.WriteString(sess, sum); err != nil {
			return statusError, "disconnected"
		}
	}
	return statusOK, "finished"
}

// endedByServer tells the client why, and reports true, when the session
// ended because the server ended it (a restart, a timeout) or the client
// went away.
func (s *Server) endedByServer(ctx context.Context, sess ssh.Session) (int, string, bool) {
	cause := context.Cause(ctx)
	switch {
	case errors.Is(cause, errRestart), errors.Is(cause, errIdle), errors.Is(cause, errMaxTime):
		why := cause.Error()
		switch {
		case errors.Is(cause, errIdle):
			why = fmt.Sprintf("%s (%s)", why, s.cfg.IdleTimeout)
		case errors.Is(cause, errMaxTime):
			why = fmt.Sprintf("%s than %s", why, s.cfg.MaxTimeout)
		}
		tell(sess, "careerquiz: %s.", strings.TrimSuffix(why, "."))
		return statusError, "ended by the server: " + why, true
	case ctx.Err() != nil:
		return statusError, "disconnected", true
	}
	return 0, "", false
}

// activityReader is the session's input: every read resets the idle timer.
type activityReader struct {
	r       io.Reader
	idle    *time.Timer
	timeout time.Duration
}

func (a *activityReader) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if n > 0 && a.idle != nil {
		a.idle.Reset(a.timeout)
	}
	return n, err
}

func shortID(sid string) string { return sid[:min(len(sid), 8)] }

func getenv(env []string, name string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], name+"="); ok {
			return v
		}
	}
	return ""
}
