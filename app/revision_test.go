package app

import (
	"archive/zip"
	"io"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"fgdraft/export"
	"fgdraft/forms"
)

// Review & export's "Revision of a filed contribution…": the picker asks
// for the filed file; a file of the same draft is taken as the filed
// version, one of another draft is refused by name; the revision written
// carries tracked changes by fgdraft and its cover says Rev.1.
func TestRevisionOfFiledContribution(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	dir := t.TempDir()
	filedRes := w.exports.runExport(w.sess.Draft().Clone(), dir, []forms.Lang{forms.English}, []export.Format{export.DOCX}, fixedToday, nil)
	if len(filedRes) != 1 || filedRes[0].err != nil {
		t.Fatalf("export: %+v", filedRes)
	}
	// the review step shows the choice
	w.showStep(forms.StepReview)
	if findButton(w.win.Content(), "Revision of a filed contribution…") == nil {
		t.Error("Review & export does not offer a revision of a filed contribution")
	}
	// the picker opens with its title
	w.exports.revisionDialog()
	if d := overlay(w); d == nil || !containsText(d, "The filed contribution") {
		t.Error("the revision picker does not say what to choose")
	}

	filed, err := w.exports.revisionBase(filedRes[0].path)
	if err != nil {
		t.Fatalf("the filed file of the same draft: %v", err)
	}
	// a file of another draft is refused, named
	other := w.sess.Draft().Clone()
	other.ID = forms.NewID()
	otherRes := w.exports.runExport(other, t.TempDir(), []forms.Lang{forms.English}, []export.Format{export.DOCX}, fixedToday, nil)
	if _, err := w.exports.revisionBase(otherRes[0].path); err == nil || !strings.Contains(err.Error(), "another draft") {
		t.Errorf("a file of another draft: %v", err)
	}

	p := w.sess.Draft().Clone()
	p.FocusGroup.Background = "A new background."
	p.Contribution.Revision = filed.Contribution.Revision + 1
	res := w.exports.runRevisionExport(p, filed, t.TempDir(), []forms.Lang{forms.English}, []export.Format{export.DOCX}, fixedToday, nil)
	if len(res) != 1 || res[0].err != nil {
		t.Fatalf("revision export: %+v", res)
	}
	doc := readDocumentXML(t, res[0].path)
	for _, want := range []string{`<w:ins w:id=`, `<w:del w:id=`, `w:author="fgdraft"`, `<w:delText`, "Rev.1"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the revision's document.xml has no %s", want)
		}
	}
}

func readDocumentXML(t *testing.T, path string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}
