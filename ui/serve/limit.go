package serve

import (
	"net"
	"sync"
	"time"
)

// limitListener enforces the connection limits before any SSH work is
// done: at most max connections in all and perAddr from one IP address.
// A connection over a limit gets one plain line and is closed; Accept goes
// on to the next.
type limitListener struct {
	net.Listener
	max, perAddr int
	refused      func(addr net.Addr, why string)

	mu     sync.Mutex
	total  int
	byAddr map[string]int
}

func newLimitListener(ln net.Listener, max, perAddr int, refused func(net.Addr, string)) *limitListener {
	return &limitListener{Listener: ln, max: max, perAddr: perAddr, refused: refused, byAddr: map[string]int{}}
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		host := hostOf(c.RemoteAddr())
		why := l.take(host)
		if why == "" {
			return &limitedConn{Conn: c, release: func() { l.release(host) }}, nil
		}
		l.refused(c.RemoteAddr(), why)
		// An SSH client shows nothing of it, but a person trying with nc
		// or telnet reads why. The socket is new: the write does not block.
		_ = c.SetWriteDeadline(time.Now().Add(time.Second))
		_, _ = c.Write([]byte("careerquiz: " + why + "; try again in a minute.\r\n"))
		_ = c.Close()
	}
}

// take reserves a place for a connection from host, or says why not.
func (l *limitListener) take(host string) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case l.max > 0 && l.total >= l.max:
		return "the server is full"
	case l.perAddr > 0 && l.byAddr[host] >= l.perAddr:
		return "too many sessions from your address"
	}
	l.total++
	l.byAddr[host]++
	return ""
}

func (l *limitListener) release(host string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.total--
	if l.byAddr[host]--; l.byAddr[host] <= 0 {
		delete(l.byAddr, host)
	}
}

// live is how many connections hold a place.
func (l *limitListener) live() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.total
}

// limitedConn gives its place back once, when it is closed.
type limitedConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}

func hostOf(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}
