// Package serve runs the quiz over SSH (careerquiz serve): every
// connection gets its own Bubble Tea program, sized and coloured for the
// client's terminal, and nothing of a session is kept once it ends.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"careerquiz/careers"
	"careerquiz/ui"
)

// Config is what the server needs.
type Config struct {
	Catalog *careers.Catalog
	// HostKey is the host key's path ("" for DefaultHostKeyPath);
	// AuthorizedKeys an authorized_keys file ("" lets anyone in).
	HostKey, AuthorizedKeys string
	// MaxSessions and MaxPerAddress bound the connections, in all and from
	// one IP address (0: no bound).
	MaxSessions, MaxPerAddress int
	// IdleTimeout ends a session after that long without a key press;
	// MaxTimeout ends any session after that long; ShutdownWait is how long
	// live sessions get to finish once the server is told to stop.
	IdleTimeout, MaxTimeout, ShutdownWait time.Duration
	// Log receives the log lines (standard error).
	Log io.Writer

	// newModel builds a session's model from its options (tests put in a
	// model that panics).
	newModel func(ui.Options) tea.Model
	// sessionWait is how long a connection may go without opening a
	// session (0: sessionWait); tests shorten it.
	sessionWait time.Duration
}

// Defaults for the flags of careerquiz serve.
const (
	DefaultListen        = "127.0.0.1:23234"
	DefaultMaxSessions   = 500
	DefaultMaxPerAddress = 50
	DefaultIdleTimeout   = 10 * time.Minute
	DefaultMaxTimeout    = 60 * time.Minute
	DefaultShutdownWait  = 10 * time.Second
)

// handshakeTimeout bounds the time a connection may hold a place before it
// has signed in.
const handshakeTimeout = 30 * time.Second

// sessionWait is how long a connection may stay open without a session
// (ssh -N, say): it holds a place under the limits meanwhile, so after
// this it is closed, and logged.
const sessionWait = handshakeTimeout + 30*time.Second

// Server is the quiz over SSH.
type Server struct {
	cfg  Config
	ssh  *ssh.Server
	log  *log.Logger
	host string // the host key's fingerprint
	seq  atomic.Uint64

	mu       sync.Mutex
	closing  bool
	sessions map[*live]struct{}
	ended    chan struct{} // closed when closing and no session is left
}

// live is a running session, as the server knows it: to tell it the server
// is restarting, and to end it.
type live struct {
	program *tea.Program
	say     func(string) // a line session's way to tell its client something
	cancel  context.CancelCauseFunc
}

// New prepares a server: it reads (or makes) the host key and the
// authorized keys, but listens on nothing yet.
func New(cfg Config) (*Server, error) {
	if cfg.Catalog == nil {
		return nil, errors.New("serve: no catalog")
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	if cfg.newModel == nil {
		cfg.newModel = func(o ui.Options) tea.Model { return ui.New(o) }
	}
	if cfg.sessionWait <= 0 {
		cfg.sessionWait = sessionWait
	}
	if cfg.HostKey == "" {
		p, err := DefaultHostKeyPath()
		if err != nil {
			return nil, err
		}
		cfg.HostKey = p
	}
	signer, err := hostKey(cfg.HostKey)
	if err != nil {
		return nil, err
	}
	var authorized []gossh.PublicKey
	if cfg.AuthorizedKeys != "" {
		if authorized, err = readAuthorizedKeys(cfg.AuthorizedKeys); err != nil {
			return nil, err
		}
	}
	s := &Server{
		cfg:      cfg,
		log:      log.NewWithOptions(cfg.Log, log.Options{ReportTimestamp: true, TimeFormat: time.RFC3339}),
		host:     fingerprint(signer.PublicKey()),
		sessions: map[*live]struct{}{},
	}
	s.ssh = &ssh.Server{
		Handler:     s.handle,
		HostSigners: []ssh.Signer{signer},
		// The session's own timers end it politely (the screen restored,
		// a line saying why); the connection's are a backstop.
		HandshakeTimeout: handshakeTimeout,
		IdleTimeout:      backstop(cfg.IdleTimeout),
		MaxTimeout:       backstop(cfg.MaxTimeout),
		ConnCallback:     s.onConnect,
		ConnectionFailedCallback: func(c net.Conn, err error) {
			s.log.Info("handshake failed", "remote", c.RemoteAddr().String(), "err", err)
		},
		// Only "session" channels (the default): no port forwarding, no
		// subsystems (sftp), and agent and X11 requests refused (channel.go).
		ChannelHandlers: map[string]ssh.ChannelHandler{"session": sessionChannel},
	}
	refused := func(ctx ssh.Context, key ssh.PublicKey) {
		s.log.Info("key not listed", "remote", ctx.RemoteAddr().String(), "key", fingerprint(key))
	}
	for _, opt := range authOptions(authorized, refused) {
		if err := s.ssh.SetOption(opt); err != nil {
			return nil, fmt.Errorf("setting up sign-in: %w", err)
		}
	}
	return s, nil
}

// backstop is a connection timeout a little past a session's own, so that
// the session ends first, with a message.
func backstop(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return d + 30*time.Second
}

// Fingerprint is the host key's SHA256 fingerprint.
func (s *Server) Fingerprint() string { return s.host }

// Run listens on addr, says so on stderr ("listening on ADDR (host key
// FINGERPRINT)"), and serves until ctx is done.
func Run(ctx context.Context, cfg Config, addr string, stderr io.Writer) error {
	// The address first: a server that cannot listen leaves no new host
	// key behind.
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	s, err := New(cfg)
	if err != nil {
		_ = ln.Close() // unused: New's error is the one to report
		return err
	}
	if _, err := fmt.Fprintf(stderr, "listening on %s (host key %s)\n", ln.Addr(), s.Fingerprint()); err != nil {
		ln.Close()
		return fmt.Errorf("writing to standard error: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is done, then shuts down: it stops
// accepting, tells the live sessions that the server is restarting, gives
// them ShutdownWait to finish, ends the rest and returns nil.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	limited := newLimitListener(ln, s.cfg.MaxSessions, s.cfg.MaxPerAddress, func(a net.Addr, why string) {
		s.log.Warn("refused", "remote", a.String(), "why", why)
	})
	served := make(chan error, 1)
	go func() { served <- s.ssh.Serve(limited) }()
	select {
	case err := <-served:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "live", limited.live(), "wait", s.cfg.ShutdownWait)
	told, ended := s.announceRestart()
	// Stop accepting, then wait for the sessions to end. Not with
	// ssh.Server.Shutdown: it waits on a WaitGroup that a connection still
	// in its handshake adds to at the same time, which the race detector
	// reports (and the WaitGroup's rules forbid); the server's own count of
	// live sessions is what matters here.
	_ = limited.Close()
	select {
	case <-ended:
	case <-time.After(s.cfg.ShutdownWait):
		s.endSessions(errRestart)
		select { // each session restores its screen and says why it ends
		case <-ended:
		case <-time.After(goodbyeWait):
		}
	}
	// The clients close their connections once their session has ended;
	// give them a moment, then close what is left (a connection still in
	// its handshake, or one not ending).
	for deadline := time.Now().Add(goodbyeWait); limited.live() > 0 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	err := s.ssh.Close()
	<-served
	<-ended // closing the connections ended any session still writing
	s.log.Info("stopped", "told", told)
	if err != nil && !errors.Is(err, net.ErrClosed) {
		return fmt.Errorf("shutting down: %w", err)
	}
	return nil
}

// goodbyeWait is how long ended sessions get to restore the client's
// screen and say why, before their connections are closed.
const goodbyeWait = 2 * time.Second

// announceRestart marks the server closing and tells every live session.
// It returns how many there were, and a channel closed once none is left.
func (s *Server) announceRestart() (int, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closing = true
	s.ended = make(chan struct{})
	if len(s.sessions) == 0 {
		close(s.ended)
	}
	for l := range s.sessions {
		l.announce(s.cfg.ShutdownWait)
	}
	return len(s.sessions), s.ended
}

// endSessions ends every live session, saying why.
func (s *Server) endSessions(why error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for l := range s.sessions {
		l.cancel(why)
	}
}

// track adds a session to the live ones; false when the server is closing.
func (s *Server) track(l *live) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.sessions[l] = struct{}{}
	return true
}

// started records a session's program, telling it at once if the server
// began closing meanwhile.
func (s *Server) started(l *live, p *tea.Program) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l.program = p
	if s.closing {
		l.announce(s.cfg.ShutdownWait)
	}
}

// startedLine records a line session's way to tell its client something,
// as started does a program.
func (s *Server) startedLine(l *live, say func(string)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l.say = say
	if s.closing {
		l.announce(s.cfg.ShutdownWait)
	}
}

func (s *Server) untrack(l *live) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.sessions, l)
	if s.closing && len(s.sessions) == 0 {
		close(s.ended)
	}
}

// announce tells the session that the server is restarting.
func (l *live) announce(wait time.Duration) {
	switch {
	case l.program != nil:
		go l.program.Send(restartingMsg{wait: wait}) // returns once the program has it, or has ended
	case l.say != nil:
		go l.say(restartingText(wait)) // a slow client must not hold up the shutdown
	}
}
