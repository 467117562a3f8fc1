//go:build unix

package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Replacing someone else's file keeps its owner and group (as root, who may
// give them).
func TestWriteKeepsTheOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root may give a file to someone else")
	}
	p := filepath.Join(t.TempDir(), "theirs.json")
	if err := os.WriteFile(p, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(p, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	if err := Write(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(p)
	st := info.Sys().(*syscall.Stat_t)
	if data, _ := os.ReadFile(p); string(data) != "new" || st.Uid != 65534 || st.Gid != 65534 || info.Mode().Perm() != 0o640 {
		t.Fatalf("got %q, owner %d:%d, mode %v", data, st.Uid, st.Gid, info.Mode())
	}
}

// A file this user may not write is refused, as the shell's > refuses it,
// though the directory would let it be replaced.
func TestWriteRefusesAFileItMayNotWrite(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file")
	}
	p := filepath.Join(t.TempDir(), "readonly.json")
	if err := os.WriteFile(p, []byte("old"), 0o444); err != nil {
		t.Fatal(err)
	}
	err := Write(p, []byte("new"))
	if data, _ := os.ReadFile(p); err == nil || !strings.Contains(err.Error(), "permission denied") || string(data) != "old" {
		t.Fatalf("error %v, file %q", err, data)
	}
}

// WriteNew says a read-only file is there (ErrExists), so its caller tries
// another name, rather than that it may not be written.
func TestWriteNewOverAReadOnlyFileSaysItExists(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file")
	}
	p := filepath.Join(t.TempDir(), "readonly.md")
	if err := os.WriteFile(p, []byte("old"), 0o444); err != nil {
		t.Fatal(err)
	}
	if err := WriteNew(p, []byte("new")); !errors.Is(err, ErrExists) {
		t.Fatalf("error %v, want ErrExists", err)
	}
}
