package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// terminal runs the built binary in a pseudo-terminal, as a person would.
type terminal struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptmx *os.File
	mu   sync.Mutex
	out  bytes.Buffer
	done chan struct{}
}

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "careerquiz")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

func startTerminal(t *testing.T, bin string, args ...string) *terminal {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "NO_COLOR=", "ACCESSIBLE=")
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	term := &terminal{t: t, cmd: cmd, ptmx: ptmx, done: make(chan struct{})}
	go func() {
		defer close(term.done)
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			term.mu.Lock()
			term.out.Write(buf[:n])
			term.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		ptmx.Close()
	})
	return term
}

func (term *terminal) output() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.out.String()
}

// waitFor waits until the output holds want; the deadline only guards
// against a hang, it measures nothing.
func (term *terminal) waitFor(want string) {
	term.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(term.output(), want) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	term.t.Fatalf("never saw %q; the screen said:\n%s", want, term.output())
}

func (term *terminal) send(keys string) {
	term.t.Helper()
	if _, err := io.WriteString(term.ptmx, keys); err != nil {
		term.t.Fatal(err)
	}
}

func (term *terminal) exitCode() int {
	term.t.Helper()
	err := term.cmd.Wait()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		term.t.Fatal(err)
	}
	<-term.done
	return term.cmd.ProcessState.ExitCode()
}

// The whole quiz through the real binary in a terminal, to the results,
// then q: exit 0, and the summary printed after the screen is restored.
func TestTerminalWholeQuizThenQuit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	term := startTerminal(t, buildBinary(t))
	// The renderer redraws only what changed, so wait for each screen's own
	// words (its prompt), not for text it shares with the one before.
	term.toFirstQuestion()
	term.send("4")
	term.waitFor("longest education")
	term.send("3")
	term.waitFor("yearly pay")
	term.send("$70k\r")
	term.waitFor("related work experience")
	for _, k := range []string{"2", "3", "2", "s", "5", "1", "3", "4", "1"} {
		term.send(k)
		time.Sleep(30 * time.Millisecond)
	}
	term.waitFor("Review your answers")
	term.send("r")
	term.waitFor("Your best fit")
	term.send("q")
	if code := term.exitCode(); code != 0 {
		t.Fatalf("exit %d, want 0", code)
	}
	out := term.output()
	restored := strings.LastIndex(out, "\x1b[?1049l") // the alternate screen left
	if restored < 0 || !strings.Contains(out[restored:], "Best fit: ") || !strings.Contains(out[restored:], "11 of 12 questions answered") {
		t.Fatalf("no summary after the screen was restored:\n%q", out[max(restored, 0):])
	}
}

func TestTerminalCtrlCExits130(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	for _, keys := range []string{"", "\r", "\r43"} { // welcome, a question, the salary field
		term := startTerminal(t, bin)
		term.waitFor("Press enter to start")
		term.send(keys)
		time.Sleep(100 * time.Millisecond)
		term.send("\x03")
		if code := term.exitCode(); code != 130 {
			t.Fatalf("after %q, ctrl+c: exit %d, want 130", keys, code)
		}
		if out := term.output(); !strings.Contains(out, "\x1b[?1049l") {
			t.Fatalf("after %q: the terminal was not restored", keys)
		}
	}
}

// A hang-up or SIGQUIT from outside ends the quiz with the terminal as it
// was found: the alternate screen left, the cursor shown; 129 or 131, and
// no goroutine dump.
func TestTerminalSignalsRestoreTheScreen(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGHUP, 129}, {syscall.SIGQUIT, 131}} {
		term := startTerminal(t, bin)
		term.toFirstQuestion()
		if err := term.cmd.Process.Signal(tc.sig); err != nil {
			t.Fatal(err)
		}
		if code := term.exitCode(); code != tc.code {
			t.Errorf("%v: exit %d, want %d", tc.sig, code, tc.code)
		}
		out := term.output()
		if _, ok := givenBack(out); !ok {
			t.Errorf("%v: the alternate screen or the hidden cursor was left on", tc.sig)
		}
		if strings.Contains(out, "goroutine ") {
			t.Errorf("%v: a goroutine dump was printed", tc.sig)
		}
	}
}

// --answers from a terminal that ends at once (ctrl+d) is an error, not a
// report of every question skipped.
func TestAnswersFromATerminalThatEnds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	term := startTerminal(t, buildBinary(t), "--answers", "-")
	time.Sleep(200 * time.Millisecond)
	term.send("\x04")
	if code := term.exitCode(); code != 1 || !strings.Contains(term.output(), "the input ended before any answer was typed") {
		t.Fatalf("exit %d:\n%s", code, term.output())
	}
}

// A SIGTSTP from outside (kill -TSTP, a job-control shell) gives the
// terminal back before the process stops, as ctrl+z does, and the quiz
// takes the screen again when it continues.
func TestTerminalStopFromOutside(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	term := startTerminal(t, buildBinary(t))
	term.toFirstQuestion()
	if err := term.cmd.Process.Signal(syscall.SIGTSTP); err != nil {
		t.Fatal(err)
	}
	term.waitForState('T')
	// What the program wrote before it stopped may still be on its way
	// through the pseudo-terminal: wait for it, with a deadline.
	out := term.output()
	left, ok := givenBack(out)
	for deadline := time.Now().Add(5 * time.Second); !ok && time.Now().Before(deadline); left, ok = givenBack(out) {
		time.Sleep(20 * time.Millisecond)
		out = term.output()
	}
	if !ok {
		t.Fatalf("stopped with the alternate screen or the hidden cursor still on:\n%q", out)
	}
	if err := term.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	term.waitForState('S', 'R')
	deadline := time.Now().Add(15 * time.Second)
	for strings.LastIndex(term.output(), "\x1b[?1049h") < left && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if strings.LastIndex(term.output(), "\x1b[?1049h") < left {
		t.Fatal("after SIGCONT the quiz did not take the screen again")
	}
	term.send("\x03")
	if code := term.exitCode(); code != 130 {
		t.Fatalf("ctrl+c after resuming: exit %d, want 130", code)
	}
}

// givenBack reports whether the terminal was given back at the end of out:
// the alternate screen left after it was last entered, and the cursor
// shown; left is where the screen was left.
func givenBack(out string) (left int, ok bool) {
	left = strings.LastIndex(out, "\x1b[?1049l")
	return left, left >= 0 && left > strings.LastIndex(out, "\x1b[?1049h") && strings.Contains(out[left:]+out, "\x1b[?25h")
}

// toFirstQuestion waits for the welcome screen and starts the quiz: the
// first question is on screen.
func (term *terminal) toFirstQuestion() {
	term.t.Helper()
	term.waitFor("Press enter to start")
	term.send("\r")
	term.waitFor("supervise people, budgets")
}

// waitForState waits until the process is in one of the states (the
// third field of /proc/PID/stat: T stopped, S sleeping, R running).
func (term *terminal) waitForState(states ...byte) {
	term.t.Helper()
	path := fmt.Sprintf("/proc/%d/stat", term.cmd.Process.Pid)
	deadline := time.Now().Add(15 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		data, err := os.ReadFile(path)
		if err != nil {
			term.t.Skipf("no /proc here: %v", err)
		}
		if i := bytes.LastIndexByte(data, ')'); i >= 0 && i+2 < len(data) {
			last = string(data[i+2])
			if bytes.IndexByte(states, data[i+2]) >= 0 {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	term.t.Fatalf("process state %s, want one of %q", last, states)
}
