package serve

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"charm.land/ssh"

	"careerquiz/careers"
)

// answerLines answers every question of cat, a line each: the first
// option, the middle of a scale, an amount.
func answerLines(cat *careers.Catalog, end string) string {
	var b strings.Builder
	for _, q := range cat.Questions {
		switch q.Kind {
		case careers.Number:
			b.WriteString("55000")
		case careers.Scale:
			b.WriteString("3")
		default:
			b.WriteString("1")
		}
		b.WriteString(end)
	}
	return b.String()
}

// connectLine opens a session with an 80x24 terminal and env, for the line
// mode, whose prompts come on the session's stderr.
func connectLine(t *testing.T, ts *testServer, env ...string) *client {
	t.Helper()
	c, err := openSession(ts.addr, 80, 24, env...)
	if err != nil {
		t.Fatal(err)
	}
	c.t = t
	t.Cleanup(c.close)
	return c
}

// waitPrompt waits until the prompts (stderr) hold want.
func (c *client) waitPrompt(want string) {
	c.t.Helper()
	if !poll(func() bool { return strings.Contains(c.errs.String(), want) }) {
		c.t.Fatalf("the prompts never said %q; they say:\n%s", want, tail(c.errs.String()))
	}
}

// Without a terminal (ssh -T, a script), the session is the line mode, as
// from a pipe: answers in, prompts on stderr, the text report on stdout,
// status 0.
func TestLineModeWithoutATerminal(t *testing.T) {
	ts := startServer(t, nil)
	_, sess := bareSession(t, ts.addr)
	var stdout, stderr lockedBuffer
	sess.Stdin, sess.Stdout, sess.Stderr = strings.NewReader(answerLines(testCatalog(t), "\n")), &stdout, &stderr
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	c := &client{t: t, sess: sess}
	if status := c.exitStatus(); status != 0 {
		t.Fatalf("status %d\nstderr:\n%s", status, tail(stderr.String()))
	}
	if !strings.Contains(stdout.String(), "Ranking (% match, on 12 of 12 answers)") || strings.Contains(stdout.String(), "Question 1 of") {
		t.Fatalf("stdout is not the report alone:\n%s", tail(stdout.String()))
	}
	if !strings.Contains(stderr.String(), "Question 12 of 12") || strings.Contains(stderr.String(), "\x1b[") || !strings.Contains(strings.Join(strings.Fields(stderr.String()), " "), "the server saves and logs none") {
		t.Fatalf("stderr is not the plain prompts:\n%s", tail(stderr.String()))
	}
	if !poll(func() bool { return strings.Contains(ts.log.String(), `how=finished`) }) {
		t.Fatalf("the log does not say it finished:\n%s", ts.log.String())
	}
}

// With a terminal and ACCESSIBLE set (or TERM=dumb), the session is the
// line mode at a terminal: what is typed is echoed and edited here, lines
// end in CR LF, and the answers are offered for review before scoring.
func TestLineModeAtATerminal(t *testing.T) {
	ts := startServer(t, nil)
	c := connectLine(t, ts, "ACCESSIBLE=1")
	c.waitPrompt("Question 1 of 12")
	for range 20 { // resized, again and again: the session goes on
		if err := c.sess.WindowChange(30, 100); err != nil {
			t.Fatal(err)
		}
	}
	c.send("9\x7f3x\x15\x1b[A3\r") // 9, backspace, 3, x, ctrl+u, an arrow: the line is "3"
	c.waitPrompt("Question 2 of 12")
	c.send(strings.TrimPrefix(answerLines(testCatalog(t), "\r"), "3\r"))
	c.waitPrompt("Press enter to see your result")
	c.send("\r") // the review: enter accepts
	if status := c.exitStatus(); status != 0 {
		t.Fatalf("status %d:\n%s", status, tail(c.errs.String()))
	}
	got := c.errs.String() + c.out.String()
	if !strings.Contains(got, "Managing people and budgets: 3 of 5") || strings.Contains(got, "\x1b[") {
		t.Fatalf("the edited answer or a plain screen is missing:\n%s", tail(got))
	}
	if strings.Contains(strings.ReplaceAll(got, "\r\n", ""), "\n") {
		t.Fatalf("a line ends in LF alone, which a raw terminal draws as a staircase:\n%q", tail(got))
	}
	if !strings.Contains(got, "Ranking (% match, on 12 of 12 answers)") {
		t.Fatalf("no report:\n%s", tail(got))
	}
}

// ctrl+c in the line mode at a terminal ends the session with 130.
func TestLineModeInterrupt(t *testing.T) {
	ts := startServer(t, nil)
	c := connectLine(t, ts, "ACCESSIBLE=1")
	c.waitPrompt("Question 1 of 12")
	c.send("4\r", "\x03")
	if status := c.exitStatus(); status != 130 {
		t.Fatalf("status %d, want 130", status)
	}
}

// The line editor makes lines as a terminal's own line editing would, and
// echoes only what it keeps: no control key or escape sequence goes back.
func TestLineEditor(t *testing.T) {
	interrupted := 0
	var echo bytes.Buffer
	e := &lineEditor{r: strings.NewReader("ab\x7fc\r\nd\x1b[1;5Ae\x1bOPf\x15g\x07é\x7f\rh\n\x04"), echo: &echo, interrupt: func() { interrupted++ }}
	got, err := io.ReadAll(e)
	if err != nil {
		t.Fatal(err)
	}
	if want := "ac\ng\nh\n"; string(got) != want {
		t.Fatalf("lines %q, want %q", got, want)
	}
	if strings.ContainsAny(echo.String(), "\x1b\x07\x04") || !strings.Contains(echo.String(), "ab\b \bc\r\n") {
		t.Fatalf("echo %q", echo.String())
	}
	e = &lineEditor{r: strings.NewReader("1\x032\r"), echo: io.Discard, interrupt: func() { interrupted++ }}
	if got, _ := io.ReadAll(e); string(got) != "12\n" || interrupted != 1 {
		t.Fatalf("after ctrl+c: %q, interrupted %d times", got, interrupted)
	}
}

// Backspace takes back what the terminal drew as one character: a wide
// character's two columns, a letter with its combining accent, and ctrl+u
// the columns of the whole line.
func TestLineEditorErasesByColumns(t *testing.T) {
	for _, tc := range []struct{ keys, line, echo string }{
		{"a职\x7f\r", "a\n", "a职\b\b  \b\b\r\n"},
		{"ae\u0301\x7f\r", "a\n", "ae\u0301\b \b\r\n"},
		{"职a\x15b\r", "b\n", "职a\b\b\b   \b\b\bb\r\n"},
		{"\x7fx\r", "x\n", "x\r\n"},
		{"4\u009b31m\u202e\x9b\xc3a\r", "431ma\n", "431ma\r\n"}, // a C1 CSI, an override, bad bytes: dropped
	} {
		var echo bytes.Buffer
		e := &lineEditor{r: strings.NewReader(tc.keys), echo: &echo, interrupt: func() {}}
		got, err := io.ReadAll(e)
		if err != nil || string(got) != tc.line || echo.String() != tc.echo {
			t.Errorf("keys %q: line %q, echo %q (err %v); want %q, %q", tc.keys, got, echo.String(), err, tc.line, tc.echo)
		}
	}
}

// The line mode's width follows the window changes of the session,
// bounded as the full screen's is, and the changes are read until their
// channel closes.
func TestLineWidthFollowsTheWindow(t *testing.T) {
	winch := make(chan ssh.Window)
	width := lineWidth(80, winch)
	if w := width(); w != 80 {
		t.Fatalf("width %d at the start, want 80", w)
	}
	winch <- ssh.Window{Width: 40, Height: 20}
	if !poll(func() bool { return width() == 40 }) {
		t.Fatalf("width %d after a change to 40", width())
	}
	winch <- ssh.Window{Width: 65535, Height: 20}
	if !poll(func() bool { return width() == maxCols }) {
		t.Fatalf("width %d after a change to 65535, want %d", width(), maxCols)
	}
	close(winch)
	if w := lineWidth(0, nil)(); w != 0 {
		t.Fatalf("width %d without a terminal, want 0 (the line mode's own 80)", w)
	}
}
