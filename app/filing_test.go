package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/app/session"
	"fgdraft/export"
	"fgdraft/export/docx"
	"fgdraft/export/exporttest"
	"fgdraft/export/pdf"
	"fgdraft/export/reopen"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// The review step offers PDF and Word, both ticked the first time; the
// choice is remembered for the next window, and with none ticked export is
// disabled and a hint says why.
func TestReviewFormatsRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.showStep(forms.StepReview)
	r := w.review
	if !r.formats[export.PDF].Checked || !r.formats[export.DOCX].Checked {
		t.Fatal("PDF and Word are not both ticked the first time")
	}
	if r.formats[export.DOCX].Text != "Word (DOCX)" || r.formats[export.PDF].Text != "PDF" {
		t.Errorf("check boxes labelled %q, %q", r.formats[export.PDF].Text, r.formats[export.DOCX].Text)
	}
	r.formats[export.PDF].SetChecked(false)
	if got := w.exports.exportFormats(); len(got) != 1 || got[0] != export.DOCX {
		t.Errorf("after unticking PDF: %v", got)
	}

	w2 := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w2.showStep(forms.StepReview)
	if w2.review.formats[export.PDF].Checked || !w2.review.formats[export.DOCX].Checked {
		t.Error("the next window does not remember Word only")
	}
	w2.review.formats[export.DOCX].SetChecked(false)
	if !w2.review.exportOne.Disabled() || !w2.review.exportAll.Disabled() || !w2.review.formatHint.Visible() {
		t.Error("with no format ticked, export is possible or nothing says why")
	}
	w2.review.formats[export.PDF].SetChecked(true)
	if w2.review.exportOne.Disabled() || w2.review.formatHint.Visible() {
		t.Error("with PDF ticked again, export stays disabled")
	}
	if got := a.Preferences().String(prefExportFormats); got != "pdf" {
		t.Errorf("preference %q, want %q", got, "pdf")
	}
}

// Both formats ticked: confirmReplace also asks about an existing DOCX.
func TestExportAsksBeforeReplacingDOCX(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, export.FileName(w.sess.Draft(), forms.English, export.DOCX)), []byte("old"), 0o644)
	ran := false
	w.exports.confirmReplace(dir, []forms.Lang{forms.English}, []export.Format{export.PDF}, func() { ran = true })
	if !ran {
		t.Error("PDF only: an existing DOCX stopped the export")
	}
	ran = false
	w.exports.confirmReplace(dir, []forms.Lang{forms.English}, exportFormats, func() { ran = true })
	if ran || overlay(w) == nil {
		t.Error("PDF and Word: an existing DOCX is written over without asking")
	}
}

// contribution writes the example as a contribution in format f, named as
// export names it, and returns the path and the draft's encoding.
func contribution(t *testing.T, dir string, f export.Format) (string, []byte) {
	t.Helper()
	p, err := draftfile.Load(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	var r export.Renderer = docx.New()
	if f == export.PDF {
		r = pdf.New(exporttest.Fonts(t))
	}
	path := filepath.Join(dir, export.FileName(p, forms.English, f))
	if _, err := export.WriteFile(path, p, forms.English, catalog(), r, a7.Options{Today: fixedToday}); err != nil {
		t.Fatal(err)
	}
	want, _ := draftfile.Encode(p)
	return path, want
}

// File → Open (and a drop) on a PDF or DOCX fgdraft wrote gives its draft,
// as a new unsaved draft named after the file; Save asks where, in the
// contribution's folder, under that name.
func TestOpenContribution(t *testing.T) {
	for _, f := range exportFormats {
		t.Run(string(f), func(t *testing.T) {
			a := test.NewTempApp(t)
			w := newTestWindow(t, a, Options{Example: true})
			w.sess.ForgetChanges()
			path, want := contribution(t, t.TempDir(), f)
			w.files.openPath(path)
			if overlay(w) != nil {
				t.Fatalf("a dialog: %v", texts(overlay(w)))
			}
			if got, _ := draftfile.Encode(w.sess.Draft()); !bytes.Equal(got, want) {
				t.Error("the draft opened differs from the draft exported")
			}
			// Issue 21 item 5: a new draft with no unsaved changes, which
			// says it came out of the PDF or Word file.
			if w.sess.Path() != "" || w.sess.Dirty() {
				t.Errorf("path %q, dirty %v: want a new draft without unsaved changes", w.sess.Path(), w.sess.Dirty())
			}
			if title := w.win.Title(); title != "Draft from "+filepath.Base(path)+" — fgdraft" {
				t.Errorf("title %q does not say the draft came from %s", title, filepath.Base(path))
			}
			if got := w.sess.SuggestedName(); got != "FG-QSM_SG17_en" {
				t.Errorf("suggested name %q", got)
			}
			if slicesContain(w.sess.Recent(), path) || a.Preferences().String(session.LastFileKey) == path {
				t.Error("the contribution became a recent draft file")
			}
			// saved, it is a draft file like any other
			saved := filepath.Join(t.TempDir(), "d.json")
			if !w.files.saveTo(saved) || w.sess.Reopened() != "" || !strings.Contains(w.win.Title(), "d.json") {
				t.Errorf("after saving: reopened %q, title %q", w.sess.Reopened(), w.win.Title())
			}

			// named on the command line (fgdraft FILE)
			w3 := newTestWindow(t, a, Options{Draft: path})
			if got, _ := draftfile.Encode(w3.sess.Draft()); !bytes.Equal(got, want) || w3.sess.Reopened() != path || w3.sess.Path() != "" || overlay(w3) != nil {
				t.Error("fgdraft FILE did not open the contribution's draft as a new unsaved draft")
			}

			// dropped on a window with no changes
			w2 := newTestWindow(t, a, Options{Example: true})
			w2.sess.ForgetChanges()
			w2.files.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(path)})
			if got, _ := draftfile.Encode(w2.sess.Draft()); !bytes.Equal(got, want) || w2.sess.Reopened() != path {
				t.Error("a dropped contribution did not open")
			}
		})
	}
}

func slicesContain(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// A PDF without a draft gets a dialog saying so, in the interface
// language; the draft on screen stays. A Word file whose draft was lost
// says that.
func TestOpenFileWithoutDraft(t *testing.T) {
	b, err := export.Render(pdf.New(exporttest.Fonts(t)), exporttest.SampleDoc(forms.English))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "other.pdf")
	os.WriteFile(path, b, 0o644)
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Lang: forms.French})
	before := w.sess.Draft()
	w.files.openPath(path)
	d := overlay(w)
	if d == nil {
		t.Fatal("no dialog")
	}
	for _, want := range []string{"Aucun projet dans ce fichier", "other.pdf ne contient aucun projet fgdraft"} {
		if !containsText(d, want) {
			t.Errorf("the dialog lacks %q: %v", want, texts(d))
		}
	}
	if w.sess.Draft() != before || w.sess.Reopened() != "" {
		t.Error("the draft on screen changed")
	}

	// named on the command line: the example opens, and the reason is told
	w3 := newTestWindow(t, a, Options{Draft: path, Lang: forms.Spanish})
	if d := overlay(w3); d == nil || !containsText(d, "other.pdf no contiene ningún borrador de fgdraft") {
		t.Errorf("at start: %v", texts(overlay(w3)))
	}

	w2 := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Lang: forms.Chinese})
	w2.files.showLoadError(&reopen.NoDraftError{File: "/x/FG-QSM_SG17_en.docx", Format: export.DOCX, Lost: true})
	if !containsText(overlay(w2), "其他程序保存该文件时丢失了其中的草案") {
		t.Errorf("the lost-draft dialog: %v", texts(overlay(w2)))
	}
}
