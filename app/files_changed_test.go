package app

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/draftfile"

	"fyne.io/fyne/v2/test"
)

// A PDF fgdraft wrote that was changed afterwards is said so before its
// draft is used, with the choice to open it anyway or cancel; Cancel
// leaves the draft on screen as it was, Open anyway opens it; at start
// (fgdraft FILE) the same question comes over the example (issue 26,
// item 5).
func TestOpenChangedContributionAsks(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Example: true})
	w.sess.ForgetChanges()
	orig, want := contribution(t, t.TempDir(), export.PDF)
	data, err := os.ReadFile(orig)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "signed.pdf")
	if err := os.WriteFile(path, exporttest.IncrementalUpdate(t, data), 0o644); err != nil {
		t.Fatal(err)
	}
	before := w.sess.Draft()

	w.files.openPath(path)
	d := overlay(w)
	if d == nil || !containsText(d, "this file was changed after fgdraft wrote it; the draft inside may not be what its pages show") || !containsText(d, "signed.pdf") {
		t.Fatalf("no question before opening: %v", texts(d))
	}
	if w.sess.Draft() != before {
		t.Fatal("the draft was used before the user chose")
	}
	test.Tap(findButton(d, "Cancel"))
	if overlay(w) != nil || w.sess.Draft() != before || w.sess.Reopened() != "" {
		t.Fatalf("Cancel: overlay %v, reopened %q", overlay(w) != nil, w.sess.Reopened())
	}

	w.files.openPath(path)
	test.Tap(findButton(overlay(w), "Open anyway"))
	if got, _ := draftfile.Encode(w.sess.Draft()); !bytes.Equal(got, want) || w.sess.Reopened() != path {
		t.Errorf("Open anyway did not open the PDF's draft (reopened %q)", w.sess.Reopened())
	}
	if overlay(w) != nil {
		t.Errorf("a dialog after opening: %v", texts(overlay(w)))
	}

	// the PDF as fgdraft wrote it opens without a question
	w.sess.ForgetChanges()
	w.files.openPath(orig)
	if overlay(w) != nil || w.sess.Reopened() != orig {
		t.Errorf("fgdraft's own PDF: dialog %v, reopened %q", texts(overlay(w)), w.sess.Reopened())
	}

	// named on the command line, in Arabic: the question over the example
	w2 := newTestWindow(t, a, Options{Draft: path, Lang: forms.Arabic})
	if !w2.sess.Example() || overlay(w2) == nil || !containsText(overlay(w2), "signed.pdf") || findButton(overlay(w2), "إلغاء") == nil {
		t.Fatalf("fgdraft FILE: example %v, dialog %v", w2.sess.Example(), texts(overlay(w2)))
	}
	test.Tap(findButton(overlay(w2), "الفتح على الرغم من ذلك"))
	if w2.sess.Reopened() != path {
		t.Errorf("fgdraft FILE, opened anyway: reopened %q", w2.sess.Reopened())
	}
}

// When another writer changed the draft's file since the window read it,
// saving offers Compare, which lists the fields that differ with the
// file's value and the window's, and Back returns to the choice (issue 26,
// item 6).
func TestSaveConflictCompares(t *testing.T) {
	a := test.NewTempApp(t)
	path := copyFile(t, exampleFile)
	w := newTestWindow(t, a, Options{Draft: path})
	*forms.FGScope.Ref(w.sess.Draft()) = "The scope as edited in this window."
	w.sess.Edited()

	other, err := draftfile.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	other.FocusGroup.Acronym = "FG-ELSEWHERE"
	if err := draftfile.Save(path, other); err != nil {
		t.Fatal(err)
	}
	onDisk, _ := os.ReadFile(path)

	w.files.save(nil)
	d := overlay(w)
	if d == nil || !containsText(d, "was changed by another program") {
		t.Fatalf("no dialog about the other writer: %v", texts(d))
	}
	test.Tap(findButton(d, "Compare"))
	d = overlay(w)
	shown := slices.Compact(slices.Sorted(slices.Values(texts(d)))) // a dialog's tree may hold a label twice
	all := strings.Join(shown, "\n")
	for _, s := range []string{
		"These fields differ between",
		"Acronym", "In the file: FG-ELSEWHERE", "In this window: FG-QSM",
		"Scope and objectives", "In this window: The scope as edited in this window.",
	} {
		if !strings.Contains(all, s) {
			t.Errorf("the compare view lacks %q:\n%s", s, all)
		}
	}
	if n := strings.Count(all, "In the file:"); n != 2 {
		t.Errorf("%d fields listed, want 2 (acronym, scope):\n%s", n, all)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, onDisk) {
		t.Error("comparing wrote the file")
	}
	test.Tap(findButton(d, "Back"))
	if d := overlay(w); d == nil || findButton(d, "Reload from the file") == nil {
		t.Fatalf("Back did not return to the choice: %v", texts(d))
	}
}
