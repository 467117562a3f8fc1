package atomicfile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// WriteFunc puts in place what fill wrote, a piece at a time.
func TestWriteFuncWritesThePieces(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.txt")
	if err := os.WriteFile(target, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	err := WriteFunc(context.Background(), target, func(w io.Writer) error {
		for i := range 1000 {
			if _, err := fmt.Fprintf(w, "line %d\n", i); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(target)
	info, _ := os.Stat(target)
	if !strings.HasPrefix(string(data), "line 0\nline 1\n") || !strings.HasSuffix(string(data), "line 999\n") || info.Mode().Perm() != 0o640 {
		t.Fatalf("got %d bytes, mode %v", len(data), info.Mode())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

// A fill that fails part way (a number it cannot write, ctrl+c) leaves the
// target as it was and nothing beside it, and its error is returned as it
// is.
func TestWriteFuncThatFailsLeavesTheTarget(t *testing.T) {
	errHalfway := errors.New("cannot write the rest")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, c := range []struct {
		name string
		fail func() error
		want error
	}{
		{"its own error", func() error { return errHalfway }, errHalfway},
		{"ctrl+c", func() error { cancel(); return ctx.Err() }, context.Canceled},
	} {
		dir := t.TempDir()
		target := filepath.Join(dir, "out.txt")
		if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		err := WriteFunc(ctx, target, func(w io.Writer) error {
			if _, err := w.Write([]byte("the first half")); err != nil {
				return err
			}
			return c.fail()
		})
		if err != c.want {
			t.Errorf("%s: error %v, want %v as it is", c.name, err, c.want)
		}
		data, _ := os.ReadFile(target)
		if entries, _ := os.ReadDir(dir); string(data) != "old" || len(entries) != 1 {
			t.Errorf("%s: the target holds %q, the directory %v", c.name, data, entries)
		}
	}
}

// A write the file itself refuses is reported as a failed write of the
// file, with its name, whatever fill made of it.
func TestWriteFuncReportsTheFilesError(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full here")
	}
	err := WriteFunc(context.Background(), "/dev/full", func(w io.Writer) error {
		_, err := w.Write([]byte("x"))
		return fmt.Errorf("writing the report: %w", err)
	})
	if err == nil || err.Error() != "writing /dev/full: no space left on device" {
		t.Fatalf("error %v", err)
	}
}
