package app

import (
	"errors"
	"strings"
	"testing"

	"fgdraft/app/session"
	"fgdraft/export"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// fakeFlowHost stands for the window in tests of the file and export flows
// (fileHost, exportHost): the panels' fake host, plus the error dialogs it
// was asked to show, recorded instead of shown.
type fakeFlowHost struct {
	*fakeHost
	errors []string // showError's title and text, per call
}

func newFakeFlowHost(lang forms.Lang) *fakeFlowHost {
	return &fakeFlowHost{fakeHost: newFakeHost(lang)}
}

func (h *fakeFlowHost) showError(title, text string) { h.errors = append(h.errors, title+": "+text) }

var _ exportHost = (*fakeFlowHost)(nil)

// openSession is a session with a copy of the example draft open.
func openSession(t *testing.T) *session.Session {
	t.Helper()
	s := session.New(session.Blank(forms.English), func() forms.Date { return fixedToday })
	if _, err := s.Open(copyFile(t, exampleFile)); err != nil {
		t.Fatal(err)
	}
	return s
}

// newTestExportFlow is an export flow on a fake host in lang, with its own
// window for the dialogs.
func newTestExportFlow(t *testing.T, a fyne.App, lang forms.Lang, sess *session.Session) (*exportFlow, *fakeFlowHost) {
	t.Helper()
	h := newFakeFlowHost(lang)
	win := a.NewWindow("export")
	win.Resize(fyne.NewSize(900, 700))
	t.Cleanup(win.Close)
	return &exportFlow{host: h, sess: sess, win: win, app: a, prefs: a.Preferences(), cat: catalog(), fonts: &h.fonts}, h
}

// The export flow on a host that is not the window: before writing, it
// names the fields left untranslated, in the host's interface language,
// and goes on only when asked to.
func TestExportFlowUntranslatedOnFakeHost(t *testing.T) {
	// Given an export flow in a French interface, and the example draft,
	// written in English and not translated
	a := test.NewTempApp(t)
	e, h := newTestExportFlow(t, a, forms.French, openSession(t))
	langs := []forms.Lang{forms.English, forms.French}
	missing := e.untranslated(langs)[forms.French]
	if len(missing) == 0 {
		t.Fatal("nothing untranslated into French: no dialog to test")
	}
	first := missing[0]

	// When the export in English and French asks first, and the user presses
	// Escape
	ran := false
	e.confirmUntranslated(langs, func() { ran = true })
	d := e.win.Canvas().Overlays().Top()
	if d == nil || !containsText(d, h.ui.T("ui.export.untranslatedTitle")) || !containsText(d, first) || !containsText(d, h.ui.LanguageName(forms.French)) {
		t.Fatalf("no dialog in French naming %q before the export", first)
	}
	e.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})

	// Then nothing was exported and the dialog is gone
	if ran || e.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("Escape: ran=%v, dialog open=%v", ran, e.win.Canvas().Overlays().Top() != nil)
	}

	// When the user asks again and presses the French "continue" button
	e.confirmUntranslated(langs, func() { ran = true })
	b := findButton(e.win.Canvas().Overlays().Top(), h.ui.T("ui.export.continue"))
	if b == nil {
		t.Fatalf("no %q button", h.ui.T("ui.export.continue"))
	}
	test.Tap(b)

	// Then the export goes on, and the host was never asked for an error
	if !ran || len(h.errors) > 0 {
		t.Errorf("continue: ran=%v, errors %q", ran, h.errors)
	}

	// And an export in English alone asks nothing
	ran = false
	e.confirmUntranslated([]forms.Lang{forms.English}, func() { ran = true })
	if !ran || e.win.Canvas().Overlays().Top() != nil {
		t.Errorf("English alone: ran=%v, dialog open=%v", ran, e.win.Canvas().Overlays().Top() != nil)
	}
}

// When no file could be written, the export flow reports it through the
// host's error dialog, naming each language that failed.
func TestExportFlowFailureOnFakeHost(t *testing.T) {
	// Given an export flow on a fake host in English
	a := test.NewTempApp(t)
	e, h := newTestExportFlow(t, a, forms.English, openSession(t))

	// When both files of an export failed
	errNoFolder := errors.New("no such folder")
	failed := []exportResult{
		{lang: forms.English, format: export.PDF, path: "/nowhere/a.pdf", err: errNoFolder},
		{lang: forms.Arabic, format: export.PDF, path: "/nowhere/b.pdf", err: errNoFolder},
	}
	e.showExported("/nowhere", failed)

	// Then the host shows one error naming both languages, and no "done"
	// dialog opens
	if len(h.errors) != 1 {
		t.Fatalf("errors %q, want one", h.errors)
	}
	for _, l := range []forms.Lang{forms.English, forms.Arabic} {
		if !strings.Contains(h.errors[0], h.ui.LanguageName(l)) {
			t.Errorf("the error %q does not name %s", h.errors[0], h.ui.LanguageName(l))
		}
	}
	if e.win.Canvas().Overlays().Top() != nil {
		t.Error("a dialog opened besides the error")
	}
}
