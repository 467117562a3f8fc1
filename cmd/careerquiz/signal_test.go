package main

import (
	"bufio"
	"errors"
	"os/exec"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// A second SIGINT stops serve at once, while a live session holds up its
// shutdown, even when serve was started with SIGINT ignored (a background
// job of a script).
func TestServeSecondInterruptStopsAtOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	key := filepath.Join(t.TempDir(), "key")
	cmd := exec.Command("sh", "-c", `trap "" INT; exec "$0" serve --listen 127.0.0.1:0 --host-key "$1" --shutdown-wait 60s`, bin, key)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill() }() // gone already when the test passes
	lines := bufio.NewScanner(stderr)
	addr := ""
	for addr == "" && lines.Scan() {
		if m := regexp.MustCompile(`^listening on (\S+) `).FindStringSubmatch(lines.Text()); m != nil {
			addr = m[1]
		}
	}
	go func() {
		for lines.Scan() { // the log, read so that serve never blocks on it
		}
	}()
	conn, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		Auth:            []gossh.AuthMethod{gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), // the test's own server
	})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the session is live
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the shutdown waits for the session
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 130 {
			t.Fatalf("after a second SIGINT: %v, want exit 130", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("a second SIGINT did not stop serve (%s since it)", time.Since(start).Round(time.Millisecond))
	}
}
