// Package atomicfile writes files so that a reader never sees half of one:
// the data goes to a temporary file in the same directory, then is renamed
// (or linked) into place.
package atomicfile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// ErrExists is returned by WriteNew when the target already exists.
var ErrExists = errors.New("already exists")

// Write replaces path with data atomically, keeping the file's permissions
// and, where it may, its owner; a file this user may not write is refused,
// as the shell would. A symbolic link is followed, so the file it points to
// is replaced, unless following it is unsafe (see checkLink). A path that
// is not a regular file (a named pipe, /dev/null) is written to directly,
// as it cannot be replaced, and so is one of this process's open files
// (/dev/stdout, /dev/fd/1), after what it holds, whatever is behind it
// (see descriptor). A directory is refused. Replacing a file gives it a new
// inode: other hard links to it keep the old content.
func Write(path string, data []byte) error {
	return WriteContext(context.Background(), path, data)
}

// WriteContext is Write that gives up, leaving nothing behind, when ctx is
// done before the file is in place (ctrl+c during a slow write).
func WriteContext(ctx context.Context, path string, data []byte) error {
	return WriteFunc(ctx, path, bytesOf(data))
}

// WriteFunc is WriteContext for data that fill writes a piece at a time, so
// that it is never held whole: the file is put in place only once fill
// returns nil. When fill fails, its error is returned (or the file's, when
// that is what failed it) and the target is as it was. fill should stop
// once ctx is done; the file is not put in place then either.
func WriteFunc(ctx context.Context, path string, fill func(w io.Writer) error) error {
	if descriptor(path) {
		return writeInPlace(path, os.O_APPEND, fill)
	}
	real, err := checkLink(path)
	if err != nil {
		return err
	}
	path = real
	if info, err := os.Stat(path); err == nil && !info.IsDir() {
		if !info.Mode().IsRegular() {
			return writeInPlace(path, os.O_TRUNC, fill)
		}
		if err := writable(path); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
	}
	return write(path, fill, func(tmp string) error {
		if err := ctx.Err(); err != nil {
			return err // the temporary file is removed; the target is as it was
		}
		return os.Rename(tmp, path)
	})
}

// bytesOf is the fill of data written whole.
func bytesOf(data []byte) func(w io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}
}

// fileWriter passes writes on to f, keeping the first error f gave: a fill
// that fails on it is reported as a failed write of the file.
type fileWriter struct {
	f   *os.File
	err error
}

func (w *fileWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil && w.err == nil {
		w.err = err
	}
	return n, err
}

// fillFile runs fill on f and says what went wrong: the file's error, named with
// path, or fill's own, as it is.
func fillFile(fill func(w io.Writer) error, f *os.File, path string) error {
	w := &fileWriter{f: f}
	err := fill(w)
	if w.err != nil {
		return fmt.Errorf("writing %s: %w", path, WithoutPath(w.err))
	}
	return err
}

// checkLink resolves path when it is a symbolic link, refusing what the
// kernel's protected_symlinks rule refuses (a link in a sticky, world-
// writable directory such as /tmp, owned by neither the user nor the
// directory's owner: someone else may have planted it), and a link that
// leads nowhere or in a loop, which would otherwise be replaced silently.
func checkLink(path string) (string, error) {
	li, err := os.Lstat(path)
	if err != nil || li.Mode()&fs.ModeSymlink == 0 {
		return path, nil
	}
	if planted(path, li) {
		return "", fmt.Errorf("%s is a symbolic link in a shared directory, owned by someone else: not following it (write to another name)", path)
	}
	real, err := filepath.EvalSymlinks(path)
	switch {
	case err == nil:
		return real, nil
	case errors.Is(err, fs.ErrNotExist):
		target, _ := os.Readlink(path)
		return "", fmt.Errorf("%s is a symbolic link to %s, which does not exist: not writing through it", path, target)
	default:
		return "", fmt.Errorf("%s is a symbolic link that cannot be followed (a loop?): %w", path, WithoutPath(err))
	}
}

// descriptor reports whether path names an open file of this process, or
// leads to one through symbolic links: /dev/stdout, /dev/fd/1,
// /proc/self/fd/1. The file behind it is already open, perhaps to be added
// to (>> FILE), perhaps a pipe: it is written through, never replaced, and
// what it holds is kept. Following such a link to its end would replace
// the file the shell opened, or fail on a pipe, which has no name.
func descriptor(path string) bool {
	p, err := filepath.Abs(path)
	for hops := 0; err == nil && hops < 40; hops++ {
		if strings.HasPrefix(p, "/dev/fd/") || strings.HasPrefix(p, "/proc/self/fd/") ||
			strings.HasPrefix(p, "/proc/thread-self/fd/") || strings.HasPrefix(p, fmt.Sprintf("/proc/%d/fd/", os.Getpid())) {
			return true
		}
		var target string
		if target, err = os.Readlink(p); err == nil {
			if !filepath.IsAbs(target) {
				target = filepath.Join(filepath.Dir(p), target)
			}
			p = filepath.Clean(target)
		}
	}
	return false
}

// writeInPlace writes to a device, a pipe or an open file of this process
// (flag: os.O_TRUNC, or os.O_APPEND to keep what it holds), which have no
// half-written state to avoid and must not be replaced by a regular file.
func writeInPlace(path string, flag int, fill func(w io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|flag, 0)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, WithoutPath(err))
	}
	if err := fillFile(fill, f, path); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, WithoutPath(err))
	}
	return nil
}

// WriteNew writes data to path atomically, failing with ErrExists rather
// than replacing a file that is already there.
func WriteNew(path string, data []byte) error {
	return write(path, bytesOf(data), func(tmp string) error {
		err := os.Link(tmp, path)
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s %w", path, ErrExists)
		}
		return err
	})
}

func write(path string, fill func(w io.Writer) error, place func(tmp string) error) (err error) {
	keepMode := os.FileMode(0)
	var old fs.FileInfo // the file replaced, if there is one
	if info, statErr := os.Stat(path); statErr == nil {
		if info.IsDir() {
			return fmt.Errorf("%s is a directory: give a file name", path)
		}
		keepMode, old = info.Mode().Perm(), info
	}
	dir := filepath.Dir(path)
	f, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, WithoutPath(err))
	}
	tmp := f.Name()
	defer func() {
		if rmErr := os.Remove(tmp); rmErr != nil && !errors.Is(rmErr, fs.ErrNotExist) && err == nil {
			err = fmt.Errorf("removing the temporary file %s: %w", tmp, rmErr)
		}
	}()
	if err := fillFile(fill, f, path); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, WithoutPath(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, WithoutPath(err))
	}
	if old != nil { // replacing a file: keep its owner where this user may, and its permissions
		if err := keepOwner(tmp, old); err != nil {
			return fmt.Errorf("writing %s: %w", path, WithoutPath(err))
		}
		if err := os.Chmod(tmp, keepMode); err != nil {
			return fmt.Errorf("writing %s: %w", path, WithoutPath(err))
		}
	}
	if err := place(tmp); err != nil {
		if errors.Is(err, ErrExists) {
			return err
		}
		return fmt.Errorf("writing %s: %w", path, WithoutPath(err))
	}
	return nil
}

// createTemp makes a new file beside the target, with the permissions a new
// file gets (0666 less the umask): os.CreateTemp would always give 0600.
func createTemp(dir, base string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, fmt.Sprintf(".%s.%d.tmp", base, rand.Uint64()))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("no free temporary name for %s", base)
}

// WithoutPath is err without the path a file operation's error names, for
// a message that names the file the person knows of (not a temporary one).
func WithoutPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
