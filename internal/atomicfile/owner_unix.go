//go:build unix

package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// planted reports whether the symbolic link at path (li) sits in a sticky,
// world-writable directory and belongs to neither this user nor the
// directory's owner: the case the kernel's protected_symlinks refuses.
func planted(path string, li fs.FileInfo) bool {
	di, err := os.Stat(filepath.Dir(path))
	if err != nil || di.Mode()&fs.ModeSticky == 0 || di.Mode().Perm()&0o002 == 0 {
		return false
	}
	ls, ok1 := li.Sys().(*syscall.Stat_t)
	ds, ok2 := di.Sys().(*syscall.Stat_t)
	if !ok1 || !ok2 {
		return false
	}
	return int(ls.Uid) != os.Geteuid() && ls.Uid != ds.Uid
}

// writable reports why this user may not write the file at path, as the
// shell's > would be refused (root may write any file); nil when it may.
func writable(path string) error {
	const wOK = 2 // access(2)'s W_OK
	return syscall.Access(path, wOK)
}

// keepOwner gives the temporary file tmp the owner and group of the file it
// replaces (old), as far as this user may: root keeps both; a user may keep
// a group it belongs to. What it may not keep stays its own, as with any
// editor that saves by renaming.
func keepOwner(tmp string, old fs.FileInfo) error {
	st, ok := old.Sys().(*syscall.Stat_t)
	if !ok || (int(st.Uid) == os.Geteuid() && int(st.Gid) == os.Getegid()) {
		return nil
	}
	err := os.Lchown(tmp, int(st.Uid), int(st.Gid))
	if errors.Is(err, fs.ErrPermission) {
		err = os.Lchown(tmp, -1, int(st.Gid))
	}
	if errors.Is(err, fs.ErrPermission) {
		return nil // not this user's to give: the new file is theirs
	}
	return err
}
