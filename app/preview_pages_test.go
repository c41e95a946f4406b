package app

import (
	"strconv"
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// A user on Review & export opens the full-size preview: a window of its
// own shows page 1 of N of the contribution in the document language;
// Page Down turns to page 2, Page Up back, and Escape closes the window.
func TestFullSizePreviewPages(t *testing.T) {
	a := test.NewTempApp(t)
	h := newFakeHost(forms.French)
	h.app = a
	sess := newFakeReviewSession(sampleDraft())
	sess.SetDocLang(forms.French)
	r := newReviewStep(h.uiEnv, h, h, sess)
	w := test.NewTempWindow(t, r.Content())
	w.Resize(fyne.NewSize(1024, 600))
	r.Reload()

	r.tabs.SelectIndex(1) // the Preview tab, where the button is
	test.Tap(r.pagesButton)
	v := r.pages
	if v == nil || v.pages == nil {
		t.Fatal("the full-size preview did not open with pages")
	}
	page, count := v.page()
	if page != 1 || count < 2 {
		t.Fatalf("the preview shows page %d of %d, want page 1 of several", page, count)
	}
	want := uiText(h.ui, h.ui.T("pages.of", map[string]any{"Page": 1, "Pages": count}))
	if v.where.Text != want || want != "Page 1 sur "+strconv.Itoa(count) {
		t.Errorf("the page line says %q, want %q", v.where.Text, want)
	}
	if got, want := v.win.Title(), h.ui.T("pages.title", map[string]any{"Language": h.ui.LanguageName(forms.French)}); got != want {
		t.Errorf("window title %q, want %q", got, want)
	}
	if !v.prev.Disabled() || v.next.Disabled() {
		t.Error("on page 1, Previous should be off and Next on")
	}

	c := v.win.Canvas()
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if page, _ := v.page(); page != 2 {
		t.Fatalf("Page Down shows page %d, want 2", page)
	}
	if v.where.Text != uiText(h.ui, h.ui.T("pages.of", map[string]any{"Page": 2, "Pages": count})) {
		t.Errorf("after Page Down the page line says %q", v.where.Text)
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if page, _ := v.page(); page != count {
		t.Errorf("End shows page %d, want the last, %d", page, count)
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if page, _ := v.page(); page != count {
		t.Errorf("Page Down on the last page shows page %d", page)
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	if page, _ := v.page(); page != count-1 {
		t.Errorf("Page Up shows page %d, want %d", page, count-1)
	}

	// Turning through the pages keeps a few drawn, not all of them: a
	// drawn page is about 5 MB.
	for range count {
		c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	}
	if count > keptPages && len(v.drawn) > keptPages {
		t.Errorf("after turning through %d pages the preview keeps %d drawn", count, len(v.drawn))
	}
	if _, ok := v.drawn[0]; !ok {
		t.Error("the page shown is not among those kept")
	}

	// The page is drawn at the width of the window.
	img := v.sheet.Objects[0]
	if img.Size().Width < 0.8*v.fit.scroll.Size().Width {
		t.Errorf("the page is %v wide in a view %v wide: not fitted to the width", img.Size().Width, v.fit.scroll.Size().Width)
	}

	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !v.closed {
		t.Error("Escape did not close the preview")
	}
}
