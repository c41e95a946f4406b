package app

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fgdraft/export"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Item 7: the folder picker says which files go into the folder.
func TestExportFolderPickerNamesTheFiles(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.exports.setExportFormats([]export.Format{export.PDF})
	w.exports.exportDialog(false)
	one := export.FileName(w.sess.Draft(), w.sess.DocLang(), export.PDF)
	if d := overlay(w); d == nil || !containsText(d, "Choose the folder for "+one) || findButton(d, "Export here") == nil {
		t.Errorf("the folder picker does not name %s", one)
	}
	if got := w.exports.exportFolderTitle(forms.Languages(), []export.Format{export.PDF}); !strings.Contains(got, "6 files") || !strings.Contains(got, export.FileName(w.sess.Draft(), forms.Arabic, export.PDF)) {
		t.Errorf("all six: %q", got)
	}
	if got := w.exports.exportFolderTitle(forms.Languages(), exportFormats); !strings.Contains(got, "12 files") || !strings.Contains(got, export.FileName(w.sess.Draft(), forms.Spanish, export.DOCX)) {
		t.Errorf("all six, PDF and Word: %q", got)
	}
}

// Item 7: existing files: replace, keep both or cancel, and each says what
// happened.
func TestExportReplaceKeepBothCancel(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	langs := []forms.Lang{forms.English, forms.French}
	setup := func() (string, string) {
		dir := t.TempDir()
		existing := filepath.Join(dir, export.FileName(w.sess.Draft(), forms.French, export.PDF))
		os.WriteFile(existing, []byte("old"), 0o644)
		return dir, existing
	}
	press := func(label string) {
		t.Helper()
		b := findButton(overlay(w), label)
		if b == nil {
			t.Fatalf("no %q button", label)
		}
		test.Tap(b)
	}

	// Cancel: nothing runs, and a message says so.
	dir, _ := setup()
	ran := false
	w.exports.confirmReplace(dir, langs, []export.Format{export.PDF}, func() { ran = true })
	press("Cancel")
	if ran || overlay(w) == nil || !containsText(overlay(w), "Nothing was exported") {
		t.Errorf("cancel: ran=%v, message shown=%v", ran, overlay(w) != nil)
	}
	press("OK")

	// Keep both: the old file is renamed, then the export runs.
	dir, existing := setup()
	ran = false
	w.exports.confirmReplace(dir, langs, []export.Format{export.PDF}, func() { ran = true })
	press("Keep both")
	kept := strings.TrimSuffix(existing, ".pdf") + " (2).pdf"
	if got, err := os.ReadFile(kept); err != nil || string(got) != "old" {
		t.Fatalf("the old file was not kept as %s: %v", filepath.Base(kept), err)
	}
	if _, err := os.Stat(existing); err == nil {
		t.Error("the old name is still taken")
	}
	if !containsText(overlay(w), filepath.Base(kept)) {
		t.Error("the message does not name the kept file")
	}
	press("OK")
	if !ran {
		t.Error("keep both: the export did not run")
	}

	// Replace: the export runs at once.
	dir, _ = setup()
	ran = false
	w.exports.confirmReplace(dir, langs, []export.Format{export.PDF}, func() { ran = true })
	press("Replace")
	if !ran {
		t.Error("replace: the export did not run")
	}
}

// noOpener is an app whose system has no application to open files with.
type noOpener struct{ fyne.App }

func (noOpener) OpenURL(*url.URL) error {
	return errors.New(`exec: "xdg-open": executable file not found in $PATH`)
}

// Item 7: with no file manager, Open folder says so plainly and shows the
// path.
func TestOpenFolderWithoutFileManager(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, noOpener{a}, Options{Draft: copyFile(t, exampleFile)})
	dir := t.TempDir()
	w.exports.openFile(dir)
	d := overlay(w)
	if d == nil {
		t.Fatal("no message")
	}
	text := strings.Join(texts(d), " ")
	if strings.Contains(text, "exec:") || strings.Contains(text, "xdg-open") || !strings.Contains(text, dir) {
		t.Errorf("the message reads %q", text)
	}
}

// Issue 21, item 5: Enter confirms the folder picker, as the shortcut list
// says of every dialog, and Escape closes it without exporting.
func TestEnterConfirmsTheExportFolder(t *testing.T) {
	a := test.NewTempApp(t)
	draft := copyFile(t, exampleFile)
	w := newTestWindow(t, a, Options{Draft: draft})
	w.exports.setExportFormats([]export.Format{export.PDF})
	want := filepath.Join(filepath.Dir(draft), export.FileName(w.sess.Draft(), w.sess.DocLang(), export.PDF))

	w.exports.exportDialog(false)
	if findButton(overlay(w), "Export here") == nil {
		t.Fatal("no folder picker")
	}
	w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if overlay(w) != nil {
		t.Fatal("Escape left the folder picker open")
	}

	// The picker starts in the draft's folder: Enter exports there.
	w.exports.exportDialog(false)
	picker := overlay(w)
	w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if overlay(w) == picker {
		t.Fatal("Enter left the folder picker open")
	}
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(want); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Enter did not export %s", want)
		}
	}
}
