package serve

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"careerquiz/ui"
)

// The whole quiz over SSH, for two people at once at different sizes, one
// with NO_COLOR: the first frame at the client's size, keys, a resize, the
// results, the report instead of a file, q and the summary on the client's
// terminal, exit status 0; the log has the sessions and none of the
// answers.
func TestFullQuizOverSSH(t *testing.T) {
	ts := startServer(t, nil)
	t.Run("together", func(t *testing.T) {
		t.Run("100x30", func(t *testing.T) { t.Parallel(); fullQuiz(t, ts, 100, 30) })
		t.Run("80x24-no-color", func(t *testing.T) { t.Parallel(); fullQuiz(t, ts, 80, 24, "NO_COLOR=1") })
	})
	logs := ts.log.String()
	for _, want := range []string{"size=100x30", "size=80x24", "remote=127.0.0.1:"} {
		if !strings.Contains(logs, want) {
			t.Errorf("the log lacks %q:\n%s", want, logs)
		}
	}
	if n := strings.Count(logs, "status=0 how=finished"); n != 2 {
		t.Errorf("%d sessions logged as finished with status 0, want 2:\n%s", n, logs)
	}
	for _, answer := range []string{"70000", "70,000", "bachelor"} {
		if strings.Contains(logs, answer) {
			t.Errorf("the log holds an answer (%q):\n%s", answer, logs)
		}
	}
}

func fullQuiz(t *testing.T, ts *testServer, w, h int, env ...string) {
	c := connect(t, ts, w, h, env...)
	// The first frame reaches the client whole, in the alternate screen.
	if !poll(func() bool { return strings.Contains(c.received(), "Press enter to start") }) {
		t.Fatalf("no first frame:\n%s", tail(c.received()))
	}
	if !strings.Contains(c.out.String(), "\x1b[?1049h") {
		t.Error("the quiz did not switch to the alternate screen")
	}
	if !strings.Contains(c.received(), "the server saves and logs none of them") {
		t.Error("the welcome screen does not say what the server keeps")
	}
	c.send("\r")
	c.waitFor("Question 1 of 12")
	if err := c.sess.WindowChange(h+10, w+20); err != nil {
		t.Fatal(err)
	}
	c.send("4", "3", "70000\r")
	c.waitFor("Question 4 of 12")
	for _, k := range []string{"2", "3", "2", "s", "5", "1", "3", "4", "1"} {
		c.send(k)
	}
	c.waitFor("Review your answers")
	c.send("r")
	c.waitFor("Your best fit")
	c.send("e")
	c.waitFor("Your report (Markdown)")
	c.send("\x1b") // esc: back to the results (then a pause: esc and q at once would be alt+q)
	c.waitFor("e show report")
	c.send("q")
	if got := c.exitStatus(); got != 0 {
		t.Fatalf("exit status %d after q on the results, want 0", got)
	}
	if !poll(func() bool { return strings.Contains(c.received(), "Best fit: Health information management (HIM)") }) {
		t.Errorf("the summary did not reach the client:\n%s", tail(c.received()))
	}
}

// The resize reaches the program: the screen is laid out at the new width.
func TestResize(t *testing.T) {
	ts := startServer(t, nil)
	c := connect(t, ts, 80, 24)
	c.waitFor("Press enter to start")
	c.send("\r")
	c.waitFor("Question 1 of 12")
	if err := c.sess.WindowChange(24, 40); err != nil {
		t.Fatal(err)
	}
	// At 40 columns the prompt wraps before "people": a new frame, laid
	// out for the new width.
	c.waitFor("\n people, budgets and schedules?")
}

// ctrl+c ends the session with 130; the server keeps serving.
func TestInterrupt(t *testing.T) {
	ts := startServer(t, nil)
	c := connect(t, ts, 80, 24)
	c.waitFor("Press enter to start")
	c.send("\x03")
	if got := c.exitStatus(); got != 130 {
		t.Errorf("exit status %d after ctrl+c, want 130", got)
	}
	d := connect(t, ts, 80, 24)
	d.waitFor("Press enter to start")
}

// NO_COLOR from the client's environment turns colour off in that session
// only (any value: colorprofile itself reads only true or 1).
func TestNoColorFromClientEnv(t *testing.T) {
	ts := startServer(t, nil)
	plain := connect(t, ts, 80, 24, "NO_COLOR=yes", "COLORTERM=truecolor")
	colour := connect(t, ts, 80, 24, "COLORTERM=truecolor")
	plain.waitReceived("Press enter to start")
	colour.waitReceived("Press enter to start")
	if !strings.Contains(colour.out.String(), "\x1b[38;2;") {
		t.Error("the session without NO_COLOR has no colour")
	}
	if strings.Contains(plain.out.String(), "38;2;") || strings.Contains(plain.out.String(), "38;5;") {
		t.Errorf("the session with NO_COLOR=yes has colour: %q", tail(plain.out.String()))
	}
}

// refused runs a session that start begins (without a shell of its own)
// and returns its exit status and what it wrote on stderr.
func refused(t *testing.T, addr string, start func(*gossh.Session) error) (int, string) {
	t.Helper()
	_, sess := bareSession(t, addr)
	var stderr lockedBuffer
	sess.Stderr = &stderr
	if err := start(sess); err != nil {
		t.Fatal(err)
	}
	c := &client{t: t, sess: sess}
	return c.exitStatus(), stderr.String()
}

// A command is refused, with a pty or without.
func TestExecRefused(t *testing.T) {
	ts := startServer(t, nil)
	for _, pty := range []bool{false, true} {
		status, stderr := refused(t, ts.addr, func(s *gossh.Session) error {
			if pty {
				if err := s.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
					return err
				}
			}
			return s.Start("cat /etc/passwd")
		})
		if status != 1 || !strings.Contains(stderr, "careerquiz takes no command") {
			t.Errorf("a command (pty %v): status %d, stderr %q; want 1 and a refusal", pty, status, stderr)
		}
	}
}

// Subsystems (sftp), agent forwarding and port forwarding are refused.
func TestNoSubsystemsOrForwarding(t *testing.T) {
	ts := startServer(t, nil)
	conn, sess := bareSession(t, ts.addr)
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem was accepted")
	}
	sess2, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := sess2.SendRequest("auth-agent-req@openssh.com", true, nil); ok || err != nil {
		t.Errorf("agent forwarding: accepted %v (err %v), want refused", ok, err)
	}
	if _, err := conn.Dial("tcp", ts.addr); err == nil {
		t.Error("a direct-tcpip (local forwarding) channel was opened")
	}
	if ln, err := conn.Listen("tcp", "127.0.0.1:0"); err == nil {
		ln.Close()
		t.Error("a remote forwarding was accepted")
	}
}

// One quiz per connection: a second session on it is refused while the
// first runs.
func TestOneSessionPerConnection(t *testing.T) {
	ts := startServer(t, nil)
	c := connect(t, ts, 80, 24)
	c.waitFor("Press enter to start")
	second, err := c.conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var stderr lockedBuffer
	second.Stderr = &stderr
	if err := second.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := second.Shell(); err != nil {
		t.Fatal(err)
	}
	if got := (&client{t: t, sess: second}).exitStatus(); got != 1 || !strings.Contains(stderr.String(), "one quiz per connection") {
		t.Errorf("a second session: status %d, stderr %q", got, stderr.String())
	}
	// Channels that run nothing are bounded too.
	second.Close()
	var open []*gossh.Session
	for range maxChannels - 1 { // the second channel's place comes back once it is closed
		var s *gossh.Session
		if !poll(func() bool {
			var err error
			s, err = c.conn.NewSession()
			return err == nil
		}) {
			t.Fatalf("channel %d of %d refused", len(open)+2, maxChannels)
		}
		open = append(open, s)
	}
	if s, err := c.conn.NewSession(); err == nil {
		s.Close()
		t.Errorf("a connection opened %d session channels; at most %d", maxChannels+1, maxChannels)
	}
	for _, s := range open {
		s.Close()
	}
	c.send("\r")
	c.waitFor("Question 1 of 12") // the quiz carries on
}

// After IdleTimeout without a key press the session ends: the screen is
// restored and the client is told why. Nothing on the screen animates, or
// the session would never be idle.
func TestIdleTimeout(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.IdleTimeout = 300 * time.Millisecond })
	c := connect(t, ts, 80, 24)
	c.waitFor("Press enter to start")
	c.send("\r", "4", "3") // on to the salary field: a focused text field
	c.waitFor("Question 3 of 12")
	if got := c.exitStatus(); got != 1 {
		t.Errorf("exit status %d after the idle timeout, want 1", got)
	}
	if !strings.Contains(c.errs.String(), "closed after a long time without a key press (300ms)") {
		t.Errorf("the client was not told why: %q", c.errs.String())
	}
	if out := c.out.String(); strings.LastIndex(out, "\x1b[?1049l") < strings.LastIndex(out, "\x1b[?1049h") {
		t.Error("the alternate screen was left on")
	}
}

// An idle session sends nothing, even with a text field focused: anything
// it sent would be traffic for nothing, and would keep a write-based idle
// deadline alive. (That the field's cursor does not even tick under serve
// is ui's TestRemoteCursorDoesNotBlink: a blink redraws nothing here.)
func TestIdleSessionSendsNothing(t *testing.T) {
	ts := startServer(t, nil)
	c := connect(t, ts, 80, 24)
	c.waitFor("Press enter to start")
	c.send("\r", "4", "3")
	c.waitFor("Question 3 of 12")
	c.waitReceived("yearly pay (USD) do you aim for?") // its frame reached the client
	// settled waits until nothing more comes for a while.
	settled := func() int {
		n := -1
		for m := len(c.out.String()); m != n; m = len(c.out.String()) {
			n = m
			time.Sleep(300 * time.Millisecond)
		}
		return n
	}
	before := settled()
	time.Sleep(1200 * time.Millisecond) // a quiet spell: what would animate shows in a second
	if got := len(c.out.String()); got != before {
		t.Errorf("an idle session sent %d bytes: %q", got-before, c.out.String()[before:])
	}
}

// MaxTimeout ends a session however busy it is.
func TestMaxTimeout(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxTimeout = 400 * time.Millisecond })
	c := connect(t, ts, 80, 24)
	c.waitFor("Press enter to start")
	stop := make(chan struct{})
	defer close(stop)
	go func() { // keep typing: never idle
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				_, _ = c.in.Write([]byte("?"))
			}
		}
	}()
	if got := c.exitStatus(); got != 1 || !strings.Contains(c.errs.String(), "may not last longer than 400ms") {
		t.Errorf("after the max timeout: status %d, stderr %q", got, c.errs.String())
	}
}

// A panic in one session ends that session alone (status 1, logged with
// its id); another session carries on.
func TestPanicEndsOnlyThatSession(t *testing.T) {
	ts := startServer(t, func(c *Config) {
		c.newModel = func(o ui.Options) tea.Model { return panicky{ui.New(o)} }
	})
	other := connect(t, ts, 80, 24)
	other.waitFor("Press enter to start")
	c := connect(t, ts, 80, 24)
	c.waitFor("Press enter to start")
	c.send("!")
	if got := c.exitStatus(); got != 1 {
		t.Errorf("exit status %d after a panic, want 1", got)
	}
	if !strings.Contains(c.errs.String(), "something went wrong in this session") {
		t.Errorf("the client was not told: %q", c.errs.String())
	}
	logs := ts.log.String()
	if !strings.Contains(logs, "panic: session ended") || !strings.Contains(logs, "how=crashed") {
		t.Errorf("the panic is not logged:\n%s", logs)
	}
	other.send("\r")
	other.waitFor("Question 1 of 12")
	third := connect(t, ts, 80, 24)
	third.waitFor("Press enter to start")
}

// panicky is the quiz, with a key that panics.
type panicky struct{ tea.Model }

func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "!" {
		panic("a bug in one session")
	}
	m, cmd := p.Model.Update(msg)
	return panicky{m}, cmd
}

// On shutdown the server stops accepting, tells live sessions, waits
// ShutdownWait, ends them (saying why) and returns nil.
func TestShutdown(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.ShutdownWait = 300 * time.Millisecond })
	c := connect(t, ts, 80, 24)
	c.waitFor("Press enter to start")
	ts.stop()
	c.waitReceived("Server restarting: this session ends within")
	if got := c.exitStatus(); got != 1 {
		t.Errorf("exit status %d when the server stopped, want 1", got)
	}
	if !strings.Contains(c.errs.String(), "the server is restarting: connect again") {
		t.Errorf("the client was not told why: %q", c.errs.String())
	}
	if err := ts.shutdown(t); err != nil {
		t.Errorf("Serve returned %v after a shutdown, want nil", err)
	}
	if _, err := dial(ts.addr); err == nil {
		t.Error("a connection was accepted after the shutdown")
	}
}

// A session that finishes within ShutdownWait ends the shutdown early.
func TestShutdownWaitsForSessions(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.ShutdownWait = time.Minute })
	c := connect(t, ts, 80, 24)
	c.waitFor("Press enter to start")
	ts.stop()
	c.waitReceived("Server restarting: this session ends within")
	c.send("q") // nothing answered: quits at once
	if got := c.exitStatus(); got != 130 {
		t.Errorf("exit status %d, want 130 (quit before the results)", got)
	}
	c.close()
	if err := ts.shutdown(t); err != nil {
		t.Errorf("Serve returned %v, want nil", err)
	}
}

// A client's TERM is logged on one line, however it is made: a line break
// in it would start a record of its own that looks like the server's.
func TestOddTermStaysInItsRecord(t *testing.T) {
	ts := startServer(t, nil)
	_, sess := bareSession(t, ts.addr)
	if err := sess.RequestPty("xterm\nFAKE LOG LINE", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	if !poll(func() bool { return strings.Contains(ts.log.String(), "connect") }) {
		t.Fatalf("no connect record:\n%s", ts.log.String())
	}
	for line := range strings.SplitSeq(ts.log.String(), "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " │"), "FAKE") {
			t.Fatalf("the TERM began a line of the log:\n%s", ts.log.String())
		}
	}
	if !strings.Contains(ts.log.String(), `xterm\nFAKE LOG LINE`) {
		t.Fatalf("the TERM is not in the log, quoted:\n%s", ts.log.String())
	}
}
