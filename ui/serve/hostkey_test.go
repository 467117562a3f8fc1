package serve

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// A missing host key is made (0600, its directory 0700) and reused after.
func TestHostKeyMadeThenReused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new", "host_key")
	a, err := hostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("a new host key has mode %04o, want 0600", fi.Mode().Perm())
	}
	if di, err := os.Stat(filepath.Dir(path)); err != nil || di.Mode().Perm() != 0o700 {
		t.Errorf("the key's new directory: %v, err %v; want mode 0700", di.Mode().Perm(), err)
	}
	b, err := hostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if fingerprint(a.PublicKey()) != fingerprint(b.PublicKey()) {
		t.Error("the host key was not reused")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("the key's directory holds %d files, want the key alone", len(entries))
	}
}

// A host key that others can read is refused, saying how to fix it.
func TestHostKeyOpenToOthersRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "host_key")
	if _, err := hostKey(path); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []os.FileMode{0o644, 0o640, 0o604} {
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		_, err := hostKey(path)
		if err == nil || !strings.Contains(err.Error(), "is open to other users") || !strings.Contains(err.Error(), "chmod 600") {
			t.Errorf("mode %04o: got %v, want a refusal that says chmod 600", mode, err)
		}
	}
}

// Something that is not a key is refused with a plain message.
func TestHostKeyNotAKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "host_key")
	if err := os.WriteFile(path, []byte("hello\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := hostKey(path); err == nil || !strings.Contains(err.Error(), "not a private key") {
		t.Errorf("got %v, want a message that it is not a private key", err)
	}
}

// The default place is the per-user data directory, never the working
// directory.
func TestDefaultHostKeyPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/srv/data")
	if p, err := DefaultHostKeyPath(); err != nil || p != "/srv/data/careerquiz/ssh_host_ed25519_key" {
		t.Errorf("with XDG_DATA_HOME: %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "relative")
	t.Setenv("HOME", "/home/quiz")
	if p, err := DefaultHostKeyPath(); err != nil || !filepath.IsAbs(p) {
		t.Errorf("with a relative XDG_DATA_HOME: %q, %v; want an absolute path", p, err)
	}
}

// A host key that cannot be made is named by its own path, with what to
// do, whatever stood in the way.
func TestHostKeyThatCannotBeMadeSaysWhere(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs a directory no one may make one in, even root: /proc")
	}
	path := "/proc/careerquiz-no-such-dir/host_key"
	_, err := hostKey(path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "--host-key") || strings.Count(err.Error(), "careerquiz-no-such-dir") != 1 {
		t.Fatalf("got %v", err)
	}
}
