//go:build !unix

package atomicfile

import "io/fs"

// processRuns cannot tell here: a temporary file is left over only by age.
func processRuns(pid int) bool { return true }

// writable: the file is not marked read-only.
func writable(path string, fi fs.FileInfo) bool { return fi.Mode().Perm()&0o200 != 0 }

// onReadOnlyFS cannot tell here.
func onReadOnlyFS(string) bool { return false }
