package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// By default anyone may sign in, with any key or with none
// (keyboard-interactive); the key's fingerprint is logged. Never a
// password.
func TestAnyoneByDefault(t *testing.T) {
	ts := startServer(t, nil)
	key := newSigner(t)
	conn, err := dial(ts.addr, gossh.PublicKeys(key))
	if err != nil {
		t.Fatalf("a key was refused: %v", err)
	}
	conn.Close()
	conn, err = dial(ts.addr) // keyboard-interactive, no questions
	if err != nil {
		t.Fatalf("a client with no key was refused: %v", err)
	}
	conn.Close()
	if _, err := dial(ts.addr, gossh.Password("secret")); err == nil {
		t.Error("a password was accepted")
	}
	c := connect(t, ts, 80, 24)
	c.waitFor("Press enter to start")
	c.send("\x03")
	c.exitStatus()
	if !poll(func() bool { return strings.Contains(ts.log.String(), "key=\"none (keyboard-interactive)\"") }) {
		t.Errorf("the log does not say the client had no key:\n%s", ts.log.String())
	}
}

// --authorized-keys lets in the listed keys only.
func TestAuthorizedKeys(t *testing.T) {
	allowed, other := newSigner(t), newSigner(t)
	file := filepath.Join(t.TempDir(), "keys")
	text := "# the class\n\n" + string(gossh.MarshalAuthorizedKey(allowed.PublicKey()))
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, func(c *Config) { c.AuthorizedKeys = file })
	conn, err := dial(ts.addr, gossh.PublicKeys(allowed))
	if err != nil {
		t.Fatalf("a listed key was refused: %v", err)
	}
	conn.Close()
	if _, err := dial(ts.addr, gossh.PublicKeys(other)); err == nil {
		t.Error("a key not in the list was accepted")
	}
	if fp := gossh.FingerprintSHA256(other.PublicKey()); !poll(func() bool {
		return strings.Contains(ts.log.String(), "key not listed") && strings.Contains(ts.log.String(), fp)
	}) {
		t.Errorf("the log does not name the refused key %s:\n%s", fp, ts.log.String())
	}
	if _, err := dial(ts.addr); err == nil {
		t.Error("a client with no key was accepted")
	}
}

func TestAuthorizedKeysFileProblems(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad")
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(bad, []byte("# ok\nssh-ed25519 not-base64!\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, []byte("# nobody yet\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	key := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(newSigner(t).PublicKey())))
	from := filepath.Join(dir, "from")
	harmless := filepath.Join(dir, "harmless")
	if err := os.WriteFile(from, []byte(key+"\nno-pty,from=\"10.0.0.0/8\" "+key+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(harmless, []byte("no-port-forwarding,No-X11-Forwarding "+key+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := readAuthorizedKeys(harmless); err != nil {
		t.Errorf("options the server keeps anyway were refused: %v", err)
	}
	for file, want := range map[string]string{
		bad: bad + ":2: not a public key", empty: "no public key in it", filepath.Join(dir, "missing"): "no such file",
		from: from + ":2: the key option no-pty is not supported",
	} {
		if _, err := readAuthorizedKeys(file); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", file, err, want)
		}
	}
}
