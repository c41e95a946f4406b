package regularfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// within fails the test when read does not return in a few seconds: the
// bugs this package prevents are hangs.
func within(t *testing.T, read func() ([]byte, error)) ([]byte, error) {
	t.Helper()
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		d, err := read()
		done <- result{d, err}
	}()
	select {
	case r := <-done:
		return r.data, r.err
	case <-time.After(5 * time.Second):
		t.Fatal("the read blocks")
		return nil, nil
	}
}

func TestReadRefusesTooLargeBeforeReading(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.xlf")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: a gigabyte that takes no room on disk; read, it would.
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = within(t, func() ([]byte, error) { return Read(p, 1<<20) })
	var tl *TooLargeError
	if !errors.As(err, &tl) || tl.Size != 1<<30 || tl.Limit != 1<<20 {
		t.Errorf("error %v, want too large with the size", err)
	}
}

func TestReadFollowsLinksToRegularFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.json")
	os.WriteFile(p, []byte("content"), 0o644)
	link := filepath.Join(dir, "b.json")
	if err := os.Symlink(p, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	data, err := Read(link, 7)
	if err != nil || string(data) != "content" {
		t.Errorf("%q, %v", data, err)
	}
	if _, err := Read(p, 6); err == nil {
		t.Error("a 7-byte file read with a limit of 6")
	}
}
