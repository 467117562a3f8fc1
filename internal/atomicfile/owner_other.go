//go:build !unix

package atomicfile

import "io/fs"

// planted has no owner to compare on this system.
func planted(string, fs.FileInfo) bool { return false }
