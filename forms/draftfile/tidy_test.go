package draftfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// An interrupted save's leftovers go; one holding a complete draft other
// than the file's is kept under a visible name and reported.
func TestTidyTemporaries(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "draft.json")
	p := fullProposal()
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	current, _ := os.ReadFile(path)
	q := p.Clone()
	q.FocusGroup.Name = "Changed before the crash"
	newer, _ := Encode(q)
	old := time.Now().Add(-time.Hour)
	leave := func(name string, data []byte) {
		f := filepath.Join(dir, name)
		os.WriteFile(f, data, 0o600)
		os.Chtimes(f, old, old)
	}
	leave(".draft.json.tmp-1111", current[:len(current)/2]) // cut off
	leave(".draft.json.tmp-2222", current)                  // complete, same as the file
	leave(".draft.json.tmp-3333", newer)                    // complete and different

	kept, err := TidyTemporaries(path)
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "draft.recovered-"+old.Format("20060102-150405")+".json")
	if len(kept) != 1 || kept[0].Path != want || !strings.Contains(kept[0].String(), want) {
		t.Fatalf("kept %v, want %s", kept, want)
	}
	if got, _ := os.ReadFile(want); string(got) != string(newer) {
		t.Error("the recovered draft is not the interrupted save's")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left: %v", entries)
	}
	// A second leftover from the same second does not replace the first.
	leave(".draft.json.tmp-5555", []byte(strings.Replace(string(newer), "Changed before", "Changed again before", 1)))
	kept, _ = TidyTemporaries(path)
	if len(kept) != 1 || kept[0].Path != strings.TrimSuffix(want, ".json")+"-2.json" {
		t.Errorf("second recovery: %v", kept)
	}
	// Nothing left: nothing said.
	if kept, err := TidyTemporaries(path); len(kept) != 0 || err != nil {
		t.Errorf("%v %v", kept, err)
	}
}

// Load reads and changes nothing: the leftovers of interrupted saves stay
// where they are until the program writes the draft.
func TestLoadLeavesLeftovers(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "draft.json")
	p := fullProposal()
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	q := p.Clone()
	q.FocusGroup.Name = "Changed before the crash"
	newer, _ := Encode(q)
	left := filepath.Join(dir, ".draft.json.tmp-3333")
	old := time.Now().Add(-time.Hour)
	os.WriteFile(left, newer, 0o600)
	os.Chtimes(left, old, old)
	if _, err := Load(path); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("after Load the folder holds %d files, want the draft and the leftover", len(entries))
	}
	if fi, err := os.Stat(left); err != nil || !fi.ModTime().Equal(old) {
		t.Errorf("the leftover was touched: %v", err)
	}
}
