package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	tea "charm.land/bubbletea/v2"

	"careerquiz/careers"
	"careerquiz/ui"
)

// waitLimit guards every wait against a hang; it measures nothing.
const waitLimit = 10 * time.Second

// lockedBuffer is a buffer that a session (or the log) writes while the
// test reads it. With watch set, seen is closed once the bytes hold it.
type lockedBuffer struct {
	mu    sync.Mutex
	b     bytes.Buffer
	watch string
	seen  chan struct{}
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n, err := l.b.Write(p)
	if l.seen != nil && l.watch != "" && bytes.Contains(l.b.Bytes(), []byte(l.watch)) {
		close(l.seen)
		l.watch = ""
	}
	return n, err
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// testServer is a server on a loopback port.
type testServer struct {
	srv     *Server
	addr    string
	log     *lockedBuffer
	stop    context.CancelFunc
	done    chan error
	screens chan *screen // each new session's screen, in the order they start
	// connecting makes connect one at a time, so that the next screen is
	// the new client's.
	connecting sync.Mutex
}

// screen is the last frame a session's program drew, as plain text: what
// the person sees. (The bytes on the wire are only the changes from one
// frame to the next, so they cannot be searched for a screen's text.)
type screen struct {
	mu   sync.Mutex
	text string
}

func (s *screen) get() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.text
}

// recorder is a session's model, recording each frame it draws.
type recorder struct {
	tea.Model
	screen *screen
}

func (r recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := r.Model.Update(msg)
	return recorder{m, r.screen}, cmd
}

func (r recorder) Outcome() ui.Outcome {
	if o, ok := r.Model.(interface{ Outcome() ui.Outcome }); ok {
		return o.Outcome()
	}
	return ui.Outcome{Status: ui.Interrupted}
}

func (r recorder) View() tea.View {
	v := r.Model.View()
	r.screen.mu.Lock()
	r.screen.text = ansi.Strip(v.Content)
	r.screen.mu.Unlock()
	return v
}

func testCatalog(t testing.TB) *careers.Catalog {
	t.Helper()
	c, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// startServer serves on 127.0.0.1 with a fresh host key; change adjusts
// the configuration first. The server is shut down when the test ends.
func startServer(t testing.TB, change func(*Config)) *testServer {
	t.Helper()
	logs := &lockedBuffer{}
	cfg := Config{
		Catalog: testCatalog(t), HostKey: filepath.Join(t.TempDir(), "host_key"),
		MaxSessions: 100, MaxPerAddress: 100,
		IdleTimeout: time.Minute, MaxTimeout: 5 * time.Minute, ShutdownWait: time.Second,
		Log: logs,
	}
	if change != nil {
		change(&cfg)
	}
	screens := make(chan *screen, 1000)
	if cfg.newModel == nil {
		cfg.newModel = func(o ui.Options) tea.Model { return ui.New(o) }
	}
	build := cfg.newModel
	cfg.newModel = func(o ui.Options) tea.Model {
		r := recorder{build(o), &screen{}}
		select {
		case screens <- r.screen:
		default: // a load test does not read them
		}
		return r
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ts := &testServer{srv: srv, addr: ln.Addr().String(), log: logs, stop: cancel, done: make(chan error, 1), screens: screens}
	go func() { ts.done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() { ts.shutdown(t) })
	return ts
}

// shutdown stops the server (as SIGTERM does) and returns Serve's error.
func (ts *testServer) shutdown(t testing.TB) error {
	t.Helper()
	ts.stop()
	select {
	case err := <-ts.done:
		ts.done <- err // a second call sees it too
		return err
	case <-time.After(waitLimit):
		t.Fatal("the server did not shut down")
		return nil
	}
}

// noQuestions is keyboard-interactive sign-in for a client with no key.
func noQuestions() gossh.AuthMethod {
	return gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })
}

func newSigner(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func dial(addr string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	if len(auth) == 0 {
		auth = []gossh.AuthMethod{noQuestions()}
	}
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: "student", Auth: auth, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: waitLimit,
	})
}

// client is one person at a terminal, connected to the quiz.
type client struct {
	t      testing.TB
	conn   *gossh.Client
	sess   *gossh.Session
	in     io.WriteCloser
	out    *lockedBuffer
	errs   *lockedBuffer
	screen *screen
}

// connect opens a session with a w x h terminal and the given environment
// and starts the quiz.
func connect(t testing.TB, ts *testServer, w, h int, env ...string) *client {
	t.Helper()
	ts.connecting.Lock()
	defer ts.connecting.Unlock()
	c, err := openSession(ts.addr, w, h, env...)
	if err != nil {
		t.Fatal(err)
	}
	c.t = t
	t.Cleanup(c.close)
	select {
	case c.screen = <-ts.screens:
	case <-time.After(waitLimit):
		t.Fatal("the session's program never started")
	}
	return c
}

// bareSession opens a session on a new connection to addr with nothing
// asked of it yet (no terminal, no shell); the connection closes when the
// test ends.
func bareSession(t *testing.T, addr string) (*gossh.Client, *gossh.Session) {
	t.Helper()
	conn, err := dial(addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	sess, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	return conn, sess
}

func openSession(addr string, w, h int, env ...string) (*client, error) {
	return openWatched(addr, w, h, nil, env...)
}

// openWatched opens a session whose output is watched for a string (out
// may be nil).
func openWatched(addr string, w, h int, out *lockedBuffer, env ...string) (*client, error) {
	conn, err := dial(addr)
	if err != nil {
		return nil, err
	}
	sess, err := conn.NewSession()
	if err != nil {
		conn.Close()
		return nil, err
	}
	if out == nil {
		out = &lockedBuffer{}
	}
	c := &client{conn: conn, sess: sess, out: out, errs: &lockedBuffer{}}
	sess.Stdout, sess.Stderr = c.out, c.errs
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		if err := sess.Setenv(k, v); err != nil {
			c.close()
			return nil, err
		}
	}
	if c.in, err = sess.StdinPipe(); err != nil {
		c.close()
		return nil, err
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		c.close()
		return nil, err
	}
	if err := sess.Shell(); err != nil {
		c.close()
		return nil, err
	}
	return c, nil
}

func (c *client) close() {
	c.sess.Close()
	c.conn.Close()
}

// received is what reached the client, escape sequences removed.
func (c *client) received() string { return ansi.Strip(c.out.String()) }

// waitFor waits until the session's screen shows want, and its bytes have
// reached the client.
func (c *client) waitFor(want string) {
	c.t.Helper()
	if !poll(func() bool { return strings.Contains(c.screen.get(), want) }) {
		c.t.Fatalf("the screen never showed %q; it shows:\n%s", want, c.screen.get())
	}
}

// waitReceived waits until the bytes that reached the client, escape
// sequences removed, hold want.
func (c *client) waitReceived(want string) {
	c.t.Helper()
	if !poll(func() bool { return strings.Contains(c.received(), want) }) {
		c.t.Fatalf("the client never received %q; it has:\n%s", want, tail(c.received()))
	}
}

// send types keys: each string as it is, "\r" for enter.
func (c *client) send(keys ...string) {
	c.t.Helper()
	for _, k := range keys {
		if _, err := io.WriteString(c.in, k); err != nil {
			c.t.Fatalf("typing %q: %v", k, err)
		}
	}
}

// exitStatus waits for the session to end and returns its exit status.
func (c *client) exitStatus() int {
	c.t.Helper()
	done := make(chan error, 1)
	go func() { done <- c.sess.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			return 0
		}
		if ee, ok := err.(*gossh.ExitError); ok {
			return ee.ExitStatus()
		}
		c.t.Fatalf("the session ended without an exit status: %v", err)
	case <-time.After(waitLimit):
		c.t.Fatal("the session did not end")
	}
	return -1
}

// poll reports whether cond became true before the wait limit.
func poll(cond func() bool) bool {
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		if cond() {
			return true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return cond()
}

func tail(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}
