//go:build unix

package atomicfile

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// Leftovers lists the temporary files of dead processes and old ones, never
// those a running process may still be writing.
func TestLeftovers(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "draft.json")
	os.WriteFile(p, []byte("draft"), 0o644)
	dead := exec.Command(os.Args[0], "-test.run=^$")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	deadPID := dead.Process.Pid
	mk := func(name string, age time.Duration) string {
		f := filepath.Join(dir, name)
		os.WriteFile(f, []byte("partial"), 0o600)
		when := time.Now().Add(-age)
		os.Chtimes(f, when, when)
		return f
	}
	ours := mk(fmt.Sprintf(".draft.json.tmp-%d-1", os.Getpid()), 0)
	parent := mk(fmt.Sprintf(".draft.json.tmp-%d-2", os.Getppid()), time.Minute)
	gone := mk(fmt.Sprintf(".draft.json.tmp-%d-3", deadPID), 0)
	oldStyle := mk(".draft.json.tmp-123456789", time.Minute)
	ancient := mk(".draft.json.tmp-987654321", StaleAge+time.Minute)
	oursAncient := mk(fmt.Sprintf(".draft.json.tmp-%d-4", os.Getpid()), StaleAge+time.Minute)
	mk(".other.json.tmp-1-1", StaleAge+time.Minute) // another file's

	got, err := Leftovers(p)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, l := range got {
		names = append(names, l.Path)
	}
	slices.Sort(names)
	want := []string{gone, ancient, oursAncient}
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("leftovers %v, want %v (not %v)", names, want, []string{ours, parent, oldStyle})
	}
}
