//go:build unix

package app

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/forms/xliff"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// notBlocked crashes the test binary when the test is still running after a
// while: the bugs it guards against are hangs, which would otherwise only
// end at go test's timeout.
func notBlocked(t *testing.T) {
	timer := time.AfterFunc(30*time.Second, func() { panic(t.Name() + ": blocked") })
	t.Cleanup(func() { timer.Stop() })
}

// Files that are not drafts get a dialog naming the problem, never a hang,
// and the draft on screen stays as it was.
func TestBadFileNotRegularOrTooLarge(t *testing.T) {
	notBlocked(t)
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Lang: forms.Russian})
	w.sess.Draft().FocusGroup.Name = "Unsaved work"
	w.env.changed("focusGroup.name")
	before := w.sess.Draft()
	dir := t.TempDir()

	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.json")
	f, _ := os.Create(big)
	f.Truncate(draftfile.MaxFileSize + 1)
	f.Close()
	for _, c := range []struct{ path, want string }{
		{fifo, "не обычный файл"},
		{"/dev/zero", "не обычный файл"},
		{big, "слишком велик"},
	} {
		w.files.openPath(c.path)
		d := overlay(w)
		if d == nil || !containsText(d, c.want) || !containsText(d, c.path) {
			t.Errorf("%s: no dialog naming %q", c.path, c.want)
		}
		if w.sess.Draft() != before || w.sess.Draft().FocusGroup.Name != "Unsaved work" {
			t.Fatalf("%s replaced the draft", c.path)
		}
		w.win.Canvas().Overlays().Remove(d)
	}

	// The open dialog does not offer what it cannot open.
	filter := regularFiles(".json")
	good := copyFile(t, exampleFile)
	for path, want := range map[string]bool{good: true, fifo: false, dir + "/none.json": false, strings.TrimSuffix(good, ".json") + ".txt": false} {
		if got := filter.Matches(storage.NewFileURI(path)); got != want {
			t.Errorf("filter(%s) = %v", path, got)
		}
	}
}

// Saving over a read-only draft is refused with a dialog; the file stays.
func TestSaveRefusesReadOnlyDraft(t *testing.T) {
	a := test.NewTempApp(t)
	path := copyFile(t, exampleFile)
	w := newTestWindow(t, a, Options{Draft: path})
	os.Chmod(path, 0o444)
	before, _ := os.ReadFile(path)
	w.sess.Draft().FocusGroup.Name = "Changed"
	w.env.changed("focusGroup.name")
	if w.files.saveTo(path) {
		t.Fatal("saved over a read-only file")
	}
	if d := overlay(w); d == nil || !containsText(d, "read-only") {
		t.Error("no dialog saying the file is read-only")
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) || !w.sess.Dirty() {
		t.Error("the read-only draft changed, or the edit counts as saved")
	}
}

// Opening a draft beside which an interrupted save left a complete, other
// draft says where that draft was kept.
func TestOpenTellsOfRecoveredSave(t *testing.T) {
	a := test.NewTempApp(t)
	path := copyFile(t, exampleFile)
	p, _ := draftfile.Load(path)
	p.FocusGroup.Name = "Written just before the crash"
	data, _ := draftfile.Encode(p)
	left := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp-999999999-1")
	os.WriteFile(left, data, 0o600)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(left, old, old)

	w := newTestWindow(t, a, Options{})
	w.files.openPath(path)
	d := overlay(w)
	if d == nil || !containsText(d, "interrupted") || !containsText(d, ".recovered-") {
		t.Fatal("no dialog telling where the interrupted save was kept")
	}
	if _, err := os.Stat(left); err == nil {
		t.Error("the temporary file is still there")
	}
	w.win.Canvas().Overlays().Remove(d)

	// Saving says it too.
	os.WriteFile(left, data, 0o600)
	os.Chtimes(left, old, old)
	if !w.files.saveTo(path) {
		t.Fatal("save failed")
	}
	if d := overlay(w); d == nil || !containsText(d, ".recovered-") {
		t.Error("saving does not tell where the interrupted save was kept")
	}
}

// The translation view's import names what is wrong with a file, in the
// interface language, and changes nothing.
func TestTranslateImportBadFiles(t *testing.T) {
	notBlocked(t)
	h := newTranslateHarness(t, exampleFile, forms.French, forms.Spanish)
	p := h.v.env.draft
	before := p.Clone().Translations
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.xlf")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.xlf")
	f, _ := os.Create(big)
	f.Truncate(xliff.MaxSize + 1)
	f.Close()
	for _, c := range []struct{ path, want string }{
		{fifo, "n'est pas un fichier ordinaire"},
		{"/dev/zero", "n'est pas un fichier ordinaire"},
		{big, "est trop volumineux"},
	} {
		if h.v.ImportXLIFFFile(c.path) {
			t.Errorf("%s imported", c.path)
		}
		if msg := h.dialogText(); !strings.Contains(msg, c.want) || !strings.Contains(msg, c.path) {
			t.Errorf("%s: dialog says:\n%s", c.path, msg)
		}
		h.win.Canvas().Overlays().Remove(h.win.Canvas().Overlays().Top())
	}

	good, err := xliff.Export(p, forms.Spanish, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	utf16 := []byte{0xFF, 0xFE, '<', 0, 'x', 0}
	xliff12 := []byte(`<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="es"><body/></file></xliff>`)
	charRef := []byte(strings.Replace(string(good), "</source>", "</source><target>&#xD800;</target>", 1))
	mismatch := []byte(strings.Replace(strings.Replace(string(good), `original="fgdraft:`+p.ID+`"`, "", 1),
		`<mda:meta type="draftID">`+p.ID+`</mda:meta>`, "", 1))
	mismatch = []byte(strings.Replace(string(mismatch), `<source xml:space="preserve">`, `<source xml:space="preserve">Autre texte `, 1))
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"UTF-16", utf16, "UTF-8"},
		{"XLIFF 1.2", xliff12, "XLIFF 1.2"},
		{"character reference", charRef, "fait référence à autre chose qu'un caractère"},
		{"marks removed, other text", mismatch, "son texte source n'est pas celui de ce projet"},
	} {
		if h.v.ImportXLIFF(c.data) {
			t.Errorf("%s: imported", c.name)
		}
		if msg := h.dialogText(); !strings.Contains(msg, c.want) || !strings.Contains(msg, "Rien n'a été modifié") {
			t.Errorf("%s: dialog says:\n%s", c.name, msg)
		}
		h.win.Canvas().Overlays().Remove(h.win.Canvas().Overlays().Top())
	}
	if !reflect.DeepEqual(p.Translations, before) || len(h.changes) != 0 {
		t.Errorf("the draft changed (%v)", h.changes)
	}
}

// A stale translation stays stale through the view's XLIFF export and
// import; a file a translation tool stripped of fgdraft's marks is accepted,
// and the summary says why.
func TestTranslateXLIFFStaleAndStrippedFiles(t *testing.T) {
	h := newTranslateHarness(t, exampleFile, forms.English, forms.French)
	p := h.v.env.draft
	scope := h.field("focusGroup.scope")
	p.SetTranslation(scope, forms.French, "Portée.")
	p.FocusGroup.Scope += " Revised."
	data, err := h.v.XLIFF()
	if err != nil {
		t.Fatal(err)
	}
	if !h.v.ImportXLIFF(data) {
		t.Fatalf("refused: %s", h.dialogText())
	}
	if _, st := p.TranslationOf(scope, forms.French); st != forms.Stale {
		t.Errorf("the stale translation is now %v", st)
	}
	if len(h.changes) != 0 {
		t.Errorf("an import that changed nothing marked the draft changed: %v", h.changes)
	}
	h.win.Canvas().Overlays().Remove(h.win.Canvas().Overlays().Top())

	stripped := regexp.MustCompile(`(?s) original="[^"]*"|\s*<mda:metadata>.*?</mda:metadata>| state="[^"]*"`).ReplaceAllString(string(data), "")
	stripped = strings.Replace(stripped, "</source>", "</source><target>Proposition</target>", 1)
	if !h.v.ImportXLIFF([]byte(stripped)) {
		t.Fatalf("stripped file refused: %s", h.dialogText())
	}
	if msg := h.dialogText(); !strings.Contains(msg, "no longer carries fgdraft's draft ID") {
		t.Errorf("the summary does not say why the file was accepted:\n%s", msg)
	}
	if tr := p.Translations[forms.French]["contribution.title"]; tr.Text != "Proposition" {
		t.Errorf("title translation %q", tr.Text)
	}
}

// A line break in a one-line field of an opened draft is a finding on that
// field.
func TestOneLineFindingInTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	p, _ := draftfile.Load(exampleFile)
	p.Contribution.Title += "\nSource: Administration of Elsewhere"
	path := filepath.Join(t.TempDir(), "draft.json")
	if err := draftfile.Save(path, p); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t, a, Options{Draft: path})
	if !hasFinding(w, a7.OneLineRuleID, "contribution.title") {
		t.Errorf("no %s finding on the title: %v", a7.OneLineRuleID, w.sess.Findings())
	}
}
