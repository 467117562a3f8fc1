package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/creack/pty"
)

// chunk is one read from the pseudo-terminal and when it arrived.
type chunk struct {
	data []byte
	at   time.Time
}

// session is one run of a program in a pseudo-terminal of a fixed size,
// driven by key presses, with every byte it writes timed.
type session struct {
	cmd    *exec.Cmd
	ptmx   *os.File
	start  time.Time
	chunks chan chunk
	seen   bytes.Buffer // everything read so far
}

func startSession(cols, rows int, env []string, name string, args ...string) (*session, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	start := time.Now()
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		return nil, fmt.Errorf("starting %s in a pseudo-terminal: %w", name, err)
	}
	s := &session{cmd: cmd, ptmx: ptmx, start: start, chunks: make(chan chunk, 1024)}
	go func() {
		defer close(s.chunks)
		for {
			buf := make([]byte, 32*1024)
			n, err := ptmx.Read(buf)
			if n > 0 {
				s.chunks <- chunk{data: buf[:n], at: time.Now()}
			}
			if err != nil {
				return
			}
		}
	}()
	return s, nil
}

// waitFor reads until the output holds text, and returns how long after the
// start it arrived: for the first screen's words, the time to first frame.
func (s *session) waitFor(text string, timeout time.Duration) (time.Duration, error) {
	deadline := time.After(timeout)
	for !strings.Contains(s.seen.String(), text) {
		select {
		case c, ok := <-s.chunks:
			if !ok {
				return 0, fmt.Errorf("the program ended before showing %q", text)
			}
			s.seen.Write(c.data)
			if strings.Contains(s.seen.String(), text) {
				return c.at.Sub(s.start), nil
			}
		case <-deadline:
			return 0, fmt.Errorf("never saw %q in %v; the output ended with %q", text, timeout, tail(s.seen.String()))
		}
	}
	return time.Since(s.start), nil
}

// settle reads until the program has written nothing for quiet, and
// returns how many bytes that was.
func (s *session) settle(quiet time.Duration) int {
	n := 0
	for {
		select {
		case c, ok := <-s.chunks:
			if !ok {
				return n
			}
			s.seen.Write(c.data)
			n += len(c.data)
		case <-time.After(quiet):
			return n
		}
	}
}

// press sends a key once the screen is still, and returns how long the
// first byte of the answer took and how many bytes the whole answer was.
func (s *session) press(key string, quiet time.Duration) (time.Duration, int, error) {
	s.settle(quiet)
	sent := time.Now()
	if _, err := io.WriteString(s.ptmx, key); err != nil {
		return 0, 0, fmt.Errorf("sending %q: %w", key, err)
	}
	select {
	case c, ok := <-s.chunks:
		if !ok {
			return 0, 0, fmt.Errorf("the program ended after %q", key)
		}
		s.seen.Write(c.data)
		return c.at.Sub(sent), len(c.data) + s.settle(quiet), nil
	case <-time.After(2 * time.Second):
		return 0, 0, fmt.Errorf("no output in 2s after %q; the output ended with %q", key, tail(s.seen.String()))
	}
}

// finish sends the keys that end the program, waits for it, and returns its
// peak resident memory in bytes.
func (s *session) finish(keys string) (int64, error) {
	if _, err := io.WriteString(s.ptmx, keys); err != nil {
		return 0, fmt.Errorf("sending %q: %w", keys, err)
	}
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	go func() {
		for range s.chunks { // keep the terminal drained so the program can exit
		}
	}()
	var err error
	select {
	case err = <-done:
	case <-time.After(5 * time.Second):
		_ = s.cmd.Process.Kill()
		err = <-done
		return 0, fmt.Errorf("did not exit after %q: %v", keys, err)
	}
	s.ptmx.Close()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return 0, fmt.Errorf("waiting for the program: %w", err)
	}
	ru, ok := s.cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, errors.New("no resource usage for the finished program")
	}
	return ru.Maxrss * 1024, nil // Linux reports kilobytes
}

// kill ends the program without ceremony (after an error).
func (s *session) kill() {
	_ = s.cmd.Process.Kill()
	_ = s.cmd.Wait()
	s.ptmx.Close()
}

func tail(s string) string {
	if len(s) > 200 {
		return s[len(s)-200:]
	}
	return s
}
