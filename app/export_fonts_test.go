package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/export/pdf"
	"fgdraft/forms"
	"fgdraft/text"

	"fyne.io/fyne/v2/test"
)

// A bundled font that cannot be read (a corrupt build) fails the export of
// the languages that draw with it, in the background export's goroutine,
// as an error the window shows: no panic takes the window, and the user's
// unsaved work, down (issue 23, item 9).
func TestExportWithABrokenFontShowsTheError(t *testing.T) {
	a := test.NewTempApp(t)
	e, h := newTestExportFlow(t, a, forms.English, openSession(t))
	broken := *exporttest.Fonts(t)
	broken.SC = text.LazyFace("NotoSansSC-Regular", false, []byte("not a font"))
	h.textFonts.once.Do(func() { h.textFonts.fonts, h.textFonts.pdf = &broken, pdf.New(&broken) })

	dir := t.TempDir()
	done := make(chan []exportResult)
	go func() { // as exportTo runs it
		done <- e.runExport(e.sess.Draft(), dir, []forms.Lang{forms.Chinese}, []export.Format{export.PDF}, fixedToday, nil)
	}()
	results := <-done
	if len(results) != 1 || results[0].err == nil {
		t.Fatalf("results %+v, want the Chinese PDF failed", results)
	}
	e.showExported(dir, results)
	if len(h.errors) != 1 || !strings.Contains(h.errors[0], "NotoSansSC-Regular") || !strings.Contains(h.errors[0], h.ui.LanguageName(forms.Chinese)) {
		t.Errorf("errors shown %q, want one naming the font and the language", h.errors)
	}
	if _, err := os.Stat(filepath.Join(dir, export.FileName(e.sess.Draft(), forms.Chinese, export.PDF))); err == nil {
		t.Error("a file was written")
	}
}
