package serve

import (
	"strings"
	"testing"
	"time"
)

// --max-sessions counts connections before the handshake: one over the
// limit is closed at once; a place freed is taken again.
func TestMaxSessions(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxSessions = 2 })
	a := connect(t, ts, 80, 24)
	b := connect(t, ts, 80, 24)
	a.waitFor("Press enter to start")
	b.waitFor("Press enter to start")
	if conn, err := dial(ts.addr); err == nil {
		conn.Close()
		t.Fatal("a third connection was accepted with --max-sessions 2")
	}
	a.send("\x03")
	a.exitStatus()
	a.close()
	if !poll(func() bool {
		conn, err := dial(ts.addr)
		if err == nil {
			conn.Close()
		}
		return err == nil
	}) {
		t.Fatal("the place of a closed session was not freed")
	}
}

// The per-address cap refuses one address's extra connections.
func TestMaxPerAddress(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxPerAddress = 1 })
	a := connect(t, ts, 80, 24)
	a.waitFor("Press enter to start")
	if conn, err := dial(ts.addr); err == nil {
		conn.Close()
		t.Fatal("a second connection from one address was accepted with a cap of 1")
	}
	if got := ts.log.String(); !strings.Contains(got, "too many sessions from your address") {
		t.Errorf("the refusal is not logged:\n%s", got)
	}
}

// A connection that opens no session (ssh -N) is closed after a while and
// logged: it held a place under the limits meanwhile. One that opens a
// session is not.
func TestConnectionWithoutSessionIsClosed(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.sessionWait = 300 * time.Millisecond; c.MaxSessions = 1 })
	idle, err := dial(ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Close()
	closed := make(chan error, 1)
	go func() { closed <- idle.Wait() }()
	select {
	case <-closed:
	case <-time.After(waitLimit):
		t.Fatal("a connection without a session was kept")
	}
	if !poll(func() bool { return strings.Contains(ts.log.String(), "no session opened within 300ms") }) {
		t.Fatalf("not logged:\n%s", ts.log.String())
	}
	// Its place is free again: once the server has let it go (the client
	// can see the close a moment before), a session gets in.
	var c *client
	if !poll(func() bool {
		var err error
		c, err = openSession(ts.addr, 80, 24)
		return err == nil
	}) {
		t.Fatal("the closed connection's place was not given back")
	}
	c.t = t
	t.Cleanup(c.close)
	c.waitReceived("Press enter to start")
	time.Sleep(500 * time.Millisecond)
	c.send("\r")
	c.waitReceived("Question 1 of 12") // a session's connection stays past the wait
}
