package app

import (
	"errors"
	"os"
	"path/filepath"
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
	errors  []string // showError's title and text, per call
	menus   int      // how many times refreshMenu was called
	layouts int      // how many times rememberLayout was called
}

func newFakeFlowHost(lang forms.Lang) *fakeFlowHost {
	return &fakeFlowHost{fakeHost: newFakeHost(lang)}
}

func (h *fakeFlowHost) showError(title, text string) { h.errors = append(h.errors, title+": "+text) }
func (h *fakeFlowHost) refreshMenu()                 { h.menus++ }
func (h *fakeFlowHost) rememberLayout()              { h.layouts++ }

var (
	_ exportHost = (*fakeFlowHost)(nil)
	_ fileHost   = (*fakeFlowHost)(nil)
)

// fakeAutosave counts what the file flow asks of the autosave.
type fakeAutosave struct{ stops, clears int }

func (a *fakeAutosave) stop()  { a.stops++ }
func (a *fakeAutosave) clear() { a.clears++ }

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
	return &exportFlow{env: h.uiEnv, host: h, sess: sess, win: win, prefs: a.Preferences()}, h
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

// newTestFileFlow is a file flow on a fake host in lang, with its own
// window for the dialogs.
func newTestFileFlow(t *testing.T, a fyne.App, lang forms.Lang, sess *session.Session) (*fileFlow, *fakeFlowHost, *fakeAutosave) {
	t.Helper()
	h := newFakeFlowHost(lang)
	h.name = "FG-QSM.json"
	win := a.NewWindow("files")
	win.Resize(fyne.NewSize(900, 700))
	t.Cleanup(win.Close)
	saves := &fakeAutosave{}
	return &fileFlow{env: h.uiEnv, host: h, sess: sess, win: win, autosave: saves}, h, saves
}

// The file flow on a host that is not the window: a new draft over unsaved
// changes asks first, in the host's language and naming the host's name
// for the draft; Escape keeps everything, Discard drops the changes, starts
// the blank draft on the first step and deletes the autosave.
func TestFileFlowUnsavedDiscardOnFakeHost(t *testing.T) {
	// Given a file flow in a Chinese interface, and an opened draft with an
	// unsaved edit
	a := test.NewTempApp(t)
	sess := openSession(t)
	path := sess.Path()
	onDisk, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sess.Draft().FocusGroup.Name = "Unsaved work"
	sess.Edited()
	f, h, saves := newTestFileFlow(t, a, forms.Chinese, sess)
	edited := sess.Draft()

	// When a new draft is asked for and the user presses Escape
	f.newDraft()
	d := f.win.Canvas().Overlays().Top()
	if d == nil || !containsText(d, h.ui.T("ui.unsaved.title")) || !containsText(d, h.name) {
		t.Fatalf("no question in Chinese about the unsaved changes of %s", h.name)
	}
	f.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})

	// Then the edited draft is still there, unsaved, and nothing was shown
	if f.win.Canvas().Overlays().Top() != nil || sess.Draft() != edited || !sess.Dirty() || len(h.steps) > 0 || saves.clears > 0 {
		t.Fatalf("Escape: dialog open=%v, draft kept=%v, dirty=%v, steps %v, autosave cleared %d times",
			f.win.Canvas().Overlays().Top() != nil, sess.Draft() == edited, sess.Dirty(), h.steps, saves.clears)
	}

	// When a new draft is asked for again and the user presses Discard
	f.newDraft()
	discard := findButton(f.win.Canvas().Overlays().Top(), h.ui.T("ui.unsaved.discard"))
	if discard == nil {
		t.Fatalf("no %q button", h.ui.T("ui.unsaved.discard"))
	}
	test.Tap(discard)

	// Then the draft is a blank one in Chinese with nothing to save, the
	// host shows the first step, the autosave is gone, and the file on disk
	// was not touched
	if sess.Draft() == edited || sess.Dirty() || sess.Path() != "" || sess.Draft().Language != forms.Chinese {
		t.Errorf("discard: draft replaced=%v, dirty=%v, path %q, language %s", sess.Draft() != edited, sess.Dirty(), sess.Path(), sess.Draft().Language)
	}
	if len(h.steps) != 1 || h.steps[0] != forms.StepContribution {
		t.Errorf("steps shown %v, want the first step once", h.steps)
	}
	if saves.clears == 0 {
		t.Error("the autosave was kept")
	}
	if now, err := os.ReadFile(path); err != nil || string(now) != string(onDisk) {
		t.Errorf("the file changed on disk (%v)", err)
	}
	if f.win.Canvas().Overlays().Top() != nil || len(h.errors) > 0 {
		t.Errorf("dialog open=%v, errors %q", f.win.Canvas().Overlays().Top() != nil, h.errors)
	}
}

// A file that is not a draft, opened through the file flow, gets the
// host's error dialog naming the problem in the host's language; the draft,
// the menus and the autosave stay as they were.
func TestFileFlowOpenBadFileOnFakeHost(t *testing.T) {
	// Given a file flow in an Arabic interface with a draft open
	a := test.NewTempApp(t)
	sess := openSession(t)
	f, h, saves := newTestFileFlow(t, a, forms.Arabic, sess)
	before, beforePath := sess.Draft(), sess.Path()

	// When a file that is not JSON is opened
	bad := filepath.Join(t.TempDir(), "notes.json")
	if err := os.WriteFile(bad, []byte("this is not JSON"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.openPath(bad)

	// Then the host shows one error, titled in Arabic and naming the file
	if len(h.errors) != 1 || !strings.HasPrefix(h.errors[0], h.ui.T("ui.open.failed")+": ") || !strings.Contains(h.errors[0], "notes.json") {
		t.Fatalf("errors %q, want one naming notes.json under %q", h.errors, h.ui.T("ui.open.failed"))
	}
	// And nothing else changed
	if sess.Draft() != before || sess.Path() != beforePath || h.menus > 0 || saves.clears > 0 {
		t.Errorf("draft kept=%v, path %q, menus rebuilt %d times, autosave cleared %d times", sess.Draft() == before, sess.Path(), h.menus, saves.clears)
	}

	// When the interface changes to Russian and the bad file is opened again
	h.ui = catalog().In(forms.Russian)
	f.openPath(bad)

	// Then the error is in Russian: the flow asks the host for the language
	// each time
	if len(h.errors) != 2 || !strings.HasPrefix(h.errors[1], h.ui.T("ui.open.failed")+": ") {
		t.Fatalf("errors %q, want a second one under %q", h.errors, h.ui.T("ui.open.failed"))
	}

	// When the example file is opened instead
	f.openPath(copyFile(t, exampleFile))

	// Then it is the draft, the menus show it among the recent files and the
	// autosave of the old draft is gone
	if sess.Draft() == before || h.menus != 1 || saves.clears != 1 || len(h.errors) != 2 {
		t.Errorf("opened: draft replaced=%v, menus rebuilt %d times, autosave cleared %d times, errors %q", sess.Draft() != before, h.menus, saves.clears, h.errors)
	}
}
