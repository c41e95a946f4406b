//go:build unix

package regularfile

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestReadRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "draft.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(fifo, link); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, kind string }{
		{fifo, "a named pipe"},
		{link, "a named pipe"},
		{"/dev/zero", "a character device"},
		{dir, "a folder"},
	} {
		_, err := within(t, func() ([]byte, error) { return Read(c.path, 1<<20) })
		var nr *NotRegularError
		if !errors.As(err, &nr) || Kind(nr.Mode) != c.kind || nr.Path != c.path {
			t.Errorf("%s: error %v, want %s named", c.path, err, c.kind)
		}
	}
}
