//go:build unix

package atomicfile

import (
	"errors"
	"io/fs"
	"syscall"
)

// processRuns reports whether a process with this ID exists. A process we
// may not signal exists too.
func processRuns(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// writable: the owner's write bit is set (root ignores it, but a user who
// made a file read-only meant it) and this process may write the file.
func writable(path string, fi fs.FileInfo) bool {
	return fi.Mode().Perm()&0o200 != 0 && syscall.Access(path, 2 /* W_OK */) == nil
}

// onReadOnlyFS tells a file on a file system mounted read-only, which
// making the file writable would not help.
func onReadOnlyFS(path string) bool {
	return errors.Is(syscall.Access(path, 2 /* W_OK */), syscall.EROFS)
}
