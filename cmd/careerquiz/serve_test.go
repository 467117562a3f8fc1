package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serve says where it listens on stderr, in one line, and a cancel (as
// SIGTERM and ctrl+c do in main) stops it with exit 0.
func TestServeListensAndStops(t *testing.T) {
	var out, errb syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	key := filepath.Join(t.TempDir(), "key")
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0", "--host-key", key, "--shutdown-wait", "1s"}, stdio{in: strings.NewReader(""), out: &out, err: &errb})
	}()
	line := regexp.MustCompile(`^listening on 127\.0\.0\.1:\d+ \(host key SHA256:[A-Za-z0-9+/]{43}\)\n`)
	deadline := time.Now().Add(10 * time.Second)
	for !line.MatchString(errb.String()) && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if !line.MatchString(errb.String()) {
		t.Fatalf("stderr does not start with the listening line: %q", errb.String())
	}
	cancel()
	select {
	case got := <-code:
		if got != 0 {
			t.Errorf("exit %d after a cancel, want 0; stderr %q", got, errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if out.String() != "" {
		t.Errorf("serve wrote on stdout: %q", out.String())
	}
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--max-sessions", "-1"},
		{"serve", "--idle-timeout", "-1s"},
		{"serve", "--answers", "a.yaml"},
		{"serve", "extra"},
		{"serve", "--listen", "nonsense"},
		{"serve", "--listen", ":99999"},
		{"serve", "--listen", ":"},
		{"serve", "--listen", "127.0.0.1:"},
	} {
		if r := runCLI(t, args...); r.code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", args, r.code, exitUsage, r.stderr)
		}
	}
	if r := runCLI(t, "--help"); !strings.Contains(r.stdout, "serve") {
		t.Errorf("--help does not list serve:\n%s", r.stdout)
	}
}

// A host key open to others stops serve before it serves: exit 1.
func TestServeRefusesAnOpenHostKey(t *testing.T) {
	key := writeFile(t, t.TempDir(), "key", "whatever")
	r := runCLI(t, "serve", "--listen", "127.0.0.1:0", "--host-key", key)
	if r.code != exitInput || !strings.Contains(r.stderr, "open to other users") {
		t.Errorf("exit %d, stderr %q; want 1 and a refusal", r.code, r.stderr)
	}
}

// An address in use stops serve (exit 1) before it makes a host key.
func TestServeOnABusyAddressMakesNoKey(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	key := filepath.Join(t.TempDir(), "host_key")
	r := runCLI(t, "serve", "--listen", busy.Addr().String(), "--host-key", key)
	if r.code != exitInput || !strings.Contains(r.stderr, "listening on") {
		t.Errorf("exit %d, stderr %q; want 1 and why", r.code, r.stderr)
	}
	if _, err := os.Stat(key); err == nil {
		t.Error("a host key was made for a server that never served")
	}
}
