package session

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"fgdraft/forms/draftfile"
)

// Saving over the draft's file checks that it is still what the session
// read: changed meanwhile by another writer, the save is refused and the
// other writer's file left as it is; saved under another name, it goes
// (issue 26, item 6).
func TestSaveRefusedWhenFileChangedMeanwhile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "draft.json")
	if err := draftfile.Save(path, example(t)); err != nil {
		t.Fatal(err)
	}
	s := New(blank(), today)
	if _, err := s.Open(path); err != nil {
		t.Fatal(err)
	}
	// a save of an unchanged file goes, and the next one too
	s.Draft().FocusGroup.Acronym = "FG-MINE"
	s.Edited()
	if _, _, err := s.SaveTo(path); err != nil {
		t.Fatalf("first save: %v", err)
	}
	if _, _, err := s.SaveTo(path); err != nil {
		t.Fatalf("second save: %v", err)
	}
	// another writer
	other := example(t)
	other.FocusGroup.Acronym = "FG-THEIRS"
	if err := draftfile.Save(path, other); err != nil {
		t.Fatal(err)
	}
	theirs, _ := os.ReadFile(path)
	s.Edited()
	_, _, err := s.SaveTo(path)
	var de *draftfile.Error
	if !errors.As(err, &de) || de.Problem != draftfile.ChangedSinceRead {
		t.Fatalf("got %v, want the save refused", err)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, theirs) {
		t.Error("the other writer's file was replaced")
	}
	if !s.Dirty() {
		t.Error("the session forgot its unsaved changes")
	}
	elsewhere := filepath.Join(dir, "mine.json")
	if _, _, err := s.SaveTo(elsewhere); err != nil {
		t.Errorf("save under another name: %v", err)
	}
}
