//go:build linux

package atomicfile

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// A file on a file system mounted read-only is reported as such, not as
// a read-only file to be made writable (issue 26, item 9). The test
// mounts a read-only tmpfs, which needs root; elsewhere it is skipped.
func TestWriteOnReadOnlyFileSystem(t *testing.T) {
	dir := t.TempDir()
	if err := exec.Command("mount", "-t", "tmpfs", "-o", "ro", "none", dir).Run(); err != nil {
		t.Skipf("cannot mount a read-only file system here: %v", err)
	}
	defer exec.Command("umount", dir).Run()
	for _, path := range []string{filepath.Join(dir, "new.json")} {
		err := Write(path, []byte("x"), 0o644)
		if !errors.Is(err, ErrReadOnlyFS) {
			t.Errorf("%s: got %v, want ErrReadOnlyFS", path, err)
		}
	}
	// an existing file, on a file system then remounted read-only
	if err := exec.Command("mount", "-o", "remount,rw", dir).Run(); err != nil {
		t.Skip(err)
	}
	path := filepath.Join(dir, "old.json")
	os.WriteFile(path, []byte("x"), 0o644)
	if err := exec.Command("mount", "-o", "remount,ro", dir).Run(); err != nil {
		t.Skip(err)
	}
	if err := Write(path, []byte("y"), 0o644); !errors.Is(err, ErrReadOnlyFS) {
		t.Errorf("existing file: got %v, want ErrReadOnlyFS", err)
	}
}
