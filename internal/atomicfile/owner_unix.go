//go:build unix

package atomicfile

import (
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
