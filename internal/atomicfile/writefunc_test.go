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

// An open file of this process (/dev/stdout, /dev/fd/N, /proc/self/fd/N,
// or a link to one) is written through after what it holds, as a shell's
// >> opened it, and not replaced: the file behind it keeps its inode.
func TestWriteThroughAnOpenFile(t *testing.T) {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd here")
	}
	dir := t.TempDir()
	name := filepath.Join(dir, "log.txt")
	f, err := os.OpenFile(name, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString("old\n"); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(name)
	link := filepath.Join(dir, "out")
	fd := fmt.Sprint(f.Fd())
	if err := os.Symlink("/dev/fd/"+fd, link); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/proc/self/fd/" + fd, "/dev/fd/" + fd, link} {
		if err := WriteContext(context.Background(), path, []byte(path+"\n")); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	data, _ := os.ReadFile(name)
	after, _ := os.Stat(name)
	if want := "old\n/proc/self/fd/" + fd + "\n/dev/fd/" + fd + "\n" + link + "\n"; string(data) != want || !os.SameFile(before, after) {
		t.Fatalf("got %q (same file: %v), want %q", data, os.SameFile(before, after), want)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Fatalf("left behind: %v", entries)
	}
}

// A pipe has no name to replace: /dev/fd/N of one is written through.
func TestWriteThroughAPipe(t *testing.T) {
	if _, err := os.Stat("/dev/fd"); err != nil {
		t.Skip("no /dev/fd here")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	err = WriteFunc(context.Background(), fmt.Sprint("/dev/fd/", w.Fd()), func(out io.Writer) error {
		_, err := io.WriteString(out, "through the pipe")
		return err
	})
	w.Close()
	got, _ := io.ReadAll(r)
	if err != nil || string(got) != "through the pipe" {
		t.Fatalf("error %v, read %q", err, got)
	}
}
