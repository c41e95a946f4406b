package app

import (
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/forms"

	"fyne.io/fyne/v2/test"
)

// Issue 21 item 5: the folder picker of a one-language export in PDF and
// Word names the two files with "and", not as a range.
func TestExportFolderTitleNamesTwoFiles(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	lang := w.sess.DocLang()
	pdf, docx := export.FileName(w.sess.Draft(), lang, export.PDF), export.FileName(w.sess.Draft(), lang, export.DOCX)
	got := w.exports.exportFolderTitle([]forms.Lang{lang}, exportFormats)
	if want := "Choose the folder for " + pdf + " and " + docx; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// Issue 21 item 6: in Arabic, a folder's path and file names inside a
// sentence read whole, left to right, and the full stop stays out of them.
func TestArabicPathIsLeftToRightSpan(t *testing.T) {
	t.Parallel()
	ui := stepCatalog().In(forms.Arabic)
	dir := "/home/user/exports 2027"
	msg := ui.N("ui.export.done", 2, map[string]any{"Folder": dir})
	got := uiTextSpans(ui, msg, dir)
	if !strings.Contains(got, dir) {
		t.Errorf("the path is broken up: %q", got)
	}
	if strings.Contains(got, ltrSpanMark) {
		t.Errorf("a stand-in is left: %q", got)
	}
	// What uiText alone makes of it: the leading slash torn off.
	if strings.Contains(uiText(ui, msg), dir) {
		t.Logf("uiText keeps the path whole too: %q", uiText(ui, msg))
	}
	a, b := "FG-RAN_2027-03_ar.pdf", "FG-RAN_2027-03_ar.docx"
	title := ui.T("wizard.export.folderForTwo", map[string]any{"First": a, "Second": b})
	vis := uiTextSpans(ui, title, a, b)
	if !strings.Contains(vis, a) || !strings.Contains(vis, b) {
		t.Errorf("file names broken up: %q", vis)
	}
	// Right to left, the first file is further right: later in the visual string.
	if strings.Index(vis, a) < strings.Index(vis, b) {
		t.Errorf("the first file is left of the second: %q", vis)
	}
}

// Issue 21 item 7: a Chinese interface counts an empty field and a filled
// one in the same unit, 字.
func TestChineseCounterOneUnit(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.Chinese)
	scope := h.f.fields["focusGroup.scope"].focus
	if h.env.draft.FocusGroup.Scope != "" {
		t.Fatal("the sample draft has a scope")
	}
	for i, text := range []string{"", "人工智能无线接入网络焦点组"} {
		if i > 0 {
			// Typed, as the user fills it in.
			h.win.Canvas().Focus(scope)
			test.Type(scope, text)
		}
		n, _ := textLength(text)
		want := uiText(h.env.ui, h.env.ui.N("editor.characters", n, nil))
		found := false
		for _, s := range texts(h.form.Content()) {
			found = found || s == want
		}
		if !found {
			t.Errorf("text %q: no counter %q", text, want)
		}
	}
}

// Issue 21 item 6: an Arabic placeholder with a number ("مثل 17") is in
// visual order, its space between the word and the number.
func TestArabicPlaceholdersInVisualOrder(t *testing.T) {
	h := newStepHarness(t, forms.StepContribution, forms.Arabic)
	want := uiText(h.env.ui, h.env.ui.T("editor.hint.sg"))
	if got := h.entry("contribution.parentGroup.number").PlaceHolder; got != want {
		t.Errorf("study group placeholder %q, want %q", got, want)
	}
}
