package app

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fgdraft/app/session"
	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

var (
	catOnce sync.Once
	testCat *locales.Catalog
)

func catalog() *locales.Catalog {
	catOnce.Do(func() { testCat = locales.MustLoad() })
	return testCat
}

// fixedToday is the date the tests run on, before the example's deadlines.
var fixedToday = forms.NewDate(2026, 11, 2)

// exampleFile is a complete English draft.
const exampleFile = "../examples/fg-example-en.json"

// newTestWindow opens a window headless with its own data folder.
func newTestWindow(t testing.TB, a fyne.App, opts Options) *window {
	t.Helper()
	if opts.Catalog == nil {
		opts.Catalog = catalog()
	}
	if opts.DataDir == "" {
		opts.DataDir = t.TempDir()
	}
	if opts.Today == nil {
		opts.Today = func() forms.Date { return fixedToday }
	}
	if opts.Lang == "" {
		opts.Lang = forms.English
	}
	opts.AutosaveDelay = time.Hour // tests save by hand
	w := newWindow(a, opts)
	w.win.Resize(fyne.NewSize(1200, 800))
	t.Cleanup(func() { w.autosave.stop() })
	return w
}

// copyFile copies a draft into a temporary folder and returns the copy.
func copyFile(t testing.TB, src string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), filepath.Base(src))
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// walkTree calls visit for o and, while visit returns true, for everything
// under it: a container's objects, a widget's rendered objects.
func walkTree(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if o == nil || !visit(o) {
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walkTree(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walkTree(c, visit)
		}
	}
}

// texts collects the text of every visible label, button and rich text under o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	walkTree(o, func(o fyne.CanvasObject) bool {
		if !o.Visible() {
			return false
		}
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.Button:
			out = append(out, x.Text)
		case *keyButton:
			out = append(out, x.Text)
		case *widget.RichText:
			out = append(out, x.String())
		case *wrapText:
			out = append(out, x.Text())
		}
		return true
	})
	return out
}

func containsText(o fyne.CanvasObject, sub string) bool {
	return slices.ContainsFunc(texts(o), func(s string) bool { return strings.Contains(s, sub) })
}

// overlay is the top dialog of the window, or nil.
func overlay(w *window) fyne.CanvasObject { return w.win.Canvas().Overlays().Top() }

// findButton finds a button by its text under o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	walkTree(o, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		} else if b, ok := o.(*keyButton); ok && b.Text == text && found == nil {
			found = &b.Button
		}
		return found == nil
	})
	return found
}

func hasFinding(w *window, rule, field string) bool {
	for _, f := range w.sess.Findings() {
		if f.Rule == rule && slices.Contains(f.Fields, field) {
			return true
		}
	}
	return false
}

func TestFirstRunOpensExample(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{})
	if !w.sess.Example() || w.sess.Path() != "" || w.sess.Dirty() {
		t.Fatalf("first run: example=%v path=%q dirty=%v", w.sess.Example(), w.sess.Path(), w.sess.Dirty())
	}
	if w.sess.Draft().FocusGroup.Name == "" || len(w.sess.Draft().Supporters) == 0 {
		t.Error("the example draft is empty")
	}
	if got := w.win.Title(); !strings.Contains(got, "Example") {
		t.Errorf("title %q does not name the example", got)
	}
}

func TestNavigateSteps(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	if w.current != forms.StepContribution || !w.back.Disabled() {
		t.Fatalf("start: step %s, back disabled %v", w.current, w.back.Disabled())
	}
	test.Tap(w.next)
	if w.current != forms.StepTerms {
		t.Fatalf("after Next: %s", w.current)
	}
	test.Tap(w.stepRows[forms.StepTimeline].row)
	if w.current != forms.StepTimeline {
		t.Fatalf("after tapping Timeline: %s", w.current)
	}
	test.Tap(w.back)
	if w.current != forms.StepSupporters {
		t.Fatalf("after Back: %s", w.current)
	}
	test.Tap(w.stepRows[forms.StepReview].row)
	if w.current != forms.StepReview || !w.next.Disabled() {
		t.Fatalf("review: step %s, next disabled %v", w.current, w.next.Disabled())
	}
	if w.stepTitle.Text != w.ui.T("step.review") {
		t.Errorf("step title %q", w.stepTitle.Text)
	}
	// Every step shows its form.
	for _, s := range forms.Steps() {
		w.showStep(s)
		if len(w.stepBody.Objects) != 1 || w.stepBody.Objects[0] != w.formFor(s).Content() {
			t.Errorf("step %s does not show its form", s)
		}
	}
}

func TestFindingAppearsAndDisappears(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	if hasFinding(w, "tor.scope", "focusGroup.scope") {
		t.Fatal("the example already lacks a scope")
	}
	before := w.sess.Count(forms.StepTerms)
	scope := w.sess.Draft().FocusGroup.Scope

	w.sess.Draft().FocusGroup.Scope = ""
	w.env.changed("focusGroup.scope")
	if !hasFinding(w, "tor.scope", "focusGroup.scope") {
		t.Fatal("no tor.scope finding after clearing the scope")
	}
	if got := w.sess.Count(forms.StepTerms); got.Errors+got.Warnings <= before.Errors+before.Warnings {
		t.Errorf("terms badge did not count the finding: %+v → %+v", before, got)
	}
	row := w.stepRows[forms.StepTerms]
	if row.caption.Text == w.ui.T("ui.badge.complete") {
		t.Errorf("terms badge says %q", row.caption.Text)
	}
	msg := w.ui.Finding(findingOf(w, "tor.scope"))
	if !containsText(w.panel.content, msg) {
		t.Errorf("findings panel does not show %q", msg)
	}
	if !w.sess.Dirty() || !strings.HasPrefix(w.win.Title(), "•") {
		t.Errorf("edit not marked: dirty %v title %q", w.sess.Dirty(), w.win.Title())
	}

	w.sess.Draft().FocusGroup.Scope = scope
	w.env.changed("focusGroup.scope")
	if hasFinding(w, "tor.scope", "focusGroup.scope") {
		t.Fatal("tor.scope finding stays after restoring the scope")
	}
	if containsText(w.panel.content, msg) {
		t.Errorf("findings panel still shows %q", msg)
	}
	if got := w.sess.Count(forms.StepTerms); got != before {
		t.Errorf("terms badge %+v, want %+v", got, before)
	}
}

func findingOf(w *window, rule string) a7.Finding {
	for _, f := range w.sess.Findings() {
		if f.Rule == rule {
			return f
		}
	}
	return a7.Finding{}
}

func TestClickFindingGoesToStep(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.sess.Draft().GapAnalysis.Entries[0].Gap = ""
	w.sess.Draft().FocusGroup.Scope = ""
	w.env.changed("gapAnalysis.entries[0].gap")
	if w.current != forms.StepContribution {
		t.Fatal("not on the first step")
	}
	for i, f := range w.panel.list.shown {
		if len(f.Fields) > 0 && forms.StepOf(f.Fields[0]) == forms.StepTerms {
			test.Tap(w.panel.list.rows[i].row)
			if w.current != forms.StepTerms {
				t.Fatalf("tapping %s (%s) shows step %s", f.Rule, f.Fields[0], w.current)
			}
			break
		}
	}
	for i, f := range w.panel.list.shown {
		if len(f.Fields) > 0 && forms.StepOf(f.Fields[0]) == forms.StepGaps {
			test.Tap(w.panel.list.rows[i].row)
			if w.current != forms.StepGaps {
				t.Fatalf("tapping %s (%s) shows step %s", f.Rule, f.Fields[0], w.current)
			}
			return
		}
	}
	t.Fatal("no finding on the gap analysis step")
}

func TestSaveAndReopen(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.sess.Draft().FocusGroup.Name = "Focus Group on Test Saving"
	w.env.changed("focusGroup.name")
	if !strings.HasPrefix(w.win.Title(), "• ") {
		t.Fatalf("unsaved title %q", w.win.Title())
	}
	path := filepath.Join(t.TempDir(), "saved.json")
	if !w.files.saveTo(path) {
		t.Fatal("save failed")
	}
	if w.sess.Dirty() || strings.Contains(w.win.Title(), "•") || !strings.HasPrefix(w.win.Title(), "saved.json") {
		t.Errorf("after save: dirty %v title %q", w.sess.Dirty(), w.win.Title())
	}
	if w.prefs.String(session.LastFileKey) != path || w.sess.Recent()[0] != path {
		t.Errorf("last file %q, recent %v", w.prefs.String(session.LastFileKey), w.sess.Recent())
	}
	saved := w.sess.Draft().Clone()

	w.sess.Draft().FocusGroup.Name = "changed again"
	w.env.changed("focusGroup.name")
	w.sess.ForgetChanges() // reopen without the prompt
	w.files.openPath(path)
	if w.sess.Draft().FocusGroup.Name != "Focus Group on Test Saving" {
		t.Errorf("reopened name %q", w.sess.Draft().FocusGroup.Name)
	}
	if !reflect.DeepEqual(w.sess.Draft(), saved) {
		t.Error("the reopened draft differs from the saved one")
	}

	// A new window (next session) opens the last file.
	w2 := newTestWindow(t, a, Options{})
	if w2.sess.Path() != path || w2.sess.Draft().FocusGroup.Name != "Focus Group on Test Saving" {
		t.Errorf("next session opened %q (%q)", w2.sess.Path(), w2.sess.Draft().FocusGroup.Name)
	}
}

func TestUnsavedPrompt(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	old := w.sess.Draft()
	w.sess.Draft().FocusGroup.Acronym = "FG-XYZ"
	w.env.changed("focusGroup.acronym")

	w.files.newDraft()
	d := overlay(w)
	if d == nil || !containsText(d, w.ui.T("ui.unsaved.title")) {
		t.Fatal("no unsaved-changes prompt")
	}
	test.Tap(findButton(d, w.ui.T("ui.unsaved.cancel")))
	if w.sess.Draft() != old || !w.sess.Dirty() {
		t.Fatal("Cancel lost the draft")
	}

	// Closing the window asks too.
	w.files.closeRequested()
	d = overlay(w)
	if d == nil || findButton(d, w.ui.T("ui.unsaved.discard")) == nil {
		t.Fatal("closing gives no prompt")
	}
	test.Tap(findButton(d, w.ui.T("ui.unsaved.cancel")))

	w.files.newDraft()
	test.Tap(findButton(overlay(w), w.ui.T("ui.unsaved.discard")))
	if w.sess.Draft() == old || w.sess.Draft().FocusGroup.Acronym != "" || w.sess.Dirty() {
		t.Fatal("Discard did not start a new draft")
	}
	if w.win.Title() != w.ui.T("ui.title.untitled")+" — fgdraft" {
		t.Errorf("title %q", w.win.Title())
	}

	// Save in the prompt writes the file, then goes on.
	path := copyFile(t, exampleFile)
	w.files.openPath(path)
	w.sess.Draft().FocusGroup.Acronym = "FG-SAVED"
	w.env.changed("focusGroup.acronym")
	w.files.newDraft()
	test.Tap(findButton(overlay(w), w.ui.T("ui.unsaved.save")))
	p, err := draftfile.Load(path)
	if err != nil || p.FocusGroup.Acronym != "FG-SAVED" {
		t.Fatalf("Save in the prompt: %v %q", err, p.FocusGroup.Acronym)
	}
	if w.sess.Draft().FocusGroup.Acronym != "" {
		t.Error("no new draft after saving")
	}
}

func TestShortcuts(t *testing.T) {
	a := test.NewTempApp(t)
	path := copyFile(t, exampleFile)
	w := newTestWindow(t, a, Options{Draft: path})
	w.sess.Draft().FocusGroup.Acronym = "FG-KEYS"
	w.env.changed("focusGroup.acronym")
	typed := &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	w.win.Canvas().(fyne.Shortcutable).TypedShortcut(typed)
	if w.sess.Dirty() {
		t.Fatal("Ctrl+S did not save")
	}
	if p, _ := draftfile.Load(path); p.FocusGroup.Acronym != "FG-KEYS" {
		t.Error("Ctrl+S wrote the wrong draft")
	}
}

func TestSwitchLanguage(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.showStep(forms.StepGaps)
	w.sess.Draft().GapAnalysis.Summary = "typed before the switch"
	w.env.changed("gapAnalysis.summary")
	en := w.stepRows[forms.StepTerms].name.Text

	w.setLanguage(forms.French, true)
	fr := w.stepRows[forms.StepTerms].name.Text
	if fr == en || fr != catalog().In(forms.French).T("step.terms") {
		t.Errorf("terms step named %q in French (English %q)", fr, en)
	}
	if w.next.Text != catalog().In(forms.French).T("ui.nav.next") {
		t.Errorf("Next button %q", w.next.Text)
	}
	if w.current != forms.StepGaps || w.sess.Draft().GapAnalysis.Summary != "typed before the switch" || !w.sess.Dirty() {
		t.Error("the switch lost the step or the typing")
	}
	if a.Preferences().String(session.InterfaceLangKey) != "fr" {
		t.Error("language not remembered")
	}
	if got := w.win.MainMenu().Items[0].Label; got != "Fichier" {
		t.Errorf("File menu %q", got)
	}
	// Fyne's own dialog strings follow.
	w.files.closeRequested()
	if findButton(overlay(w), "Annuler") == nil {
		t.Error("the prompt has no French Cancel")
	}

	w.setLanguage(forms.Arabic, true)
	if !w.dir().rtl || w.stepRows[forms.StepTerms].name.Alignment != fyne.TextAlignTrailing {
		t.Error("Arabic interface not mirrored")
	}
	w.setLanguage(forms.Chinese, true)
	if got := w.stepRows[forms.StepTerms].name.Text; got != catalog().In(forms.Chinese).T("step.terms") {
		t.Errorf("Chinese terms step %q", got)
	}
}

func TestRecoverAutosave(t *testing.T) {
	a := test.NewTempApp(t)
	data := t.TempDir()
	path := copyFile(t, exampleFile)
	w := newTestWindow(t, a, Options{Draft: path, DataDir: data})
	w.sess.Draft().FocusGroup.Name = "Recovered name"
	w.env.changed("focusGroup.name")
	w.showStep(forms.StepTerms) // a step change autosaves
	if !w.autosave.exists() {
		t.Fatal("no autosave after a step change")
	}
	// The process dies here: no close, no save. Next start:
	time.Sleep(10 * time.Millisecond)
	w2 := newTestWindow(t, a, Options{Draft: path, DataDir: data})
	if w2.sess.Draft().FocusGroup.Name == "Recovered name" {
		t.Fatal("the autosave was loaded without asking")
	}
	d := overlay(w2)
	if d == nil || !containsText(d, w2.ui.T("ui.recover.title")) {
		t.Fatal("no recovery offer")
	}
	test.Tap(findButton(d, w2.ui.T("ui.recover.recover")))
	if w2.sess.Draft().FocusGroup.Name != "Recovered name" || !w2.sess.Dirty() || w2.sess.Path() != path {
		t.Errorf("recovered: name %q dirty %v path %q", w2.sess.Draft().FocusGroup.Name, w2.sess.Dirty(), w2.sess.Path())
	}
	// Saving clears the autosave; a third start offers nothing.
	w2.files.save(nil)
	if w2.autosave.exists() {
		t.Error("autosave kept after saving")
	}
	w3 := newTestWindow(t, a, Options{Draft: path, DataDir: data})
	if overlay(w3) != nil {
		t.Error("recovery offered after a save")
	}
}

func TestDiscardAutosave(t *testing.T) {
	a := test.NewTempApp(t)
	data := t.TempDir()
	path := copyFile(t, exampleFile)
	w := newTestWindow(t, a, Options{Draft: path, DataDir: data})
	w.sess.Draft().FocusGroup.Name = "Lost name"
	w.env.changed("focusGroup.name")
	w.autosave.now()
	time.Sleep(10 * time.Millisecond)
	w2 := newTestWindow(t, a, Options{Draft: path, DataDir: data})
	test.Tap(findButton(overlay(w2), w2.ui.T("ui.recover.discard")))
	if w2.sess.Draft().FocusGroup.Name == "Lost name" || w2.autosave.exists() {
		t.Error("Discard kept the autosave")
	}
}

func TestBadFile(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.sess.Draft().FocusGroup.Name = "Unsaved work"
	w.env.changed("focusGroup.name")
	before := w.sess.Draft()
	path := w.sess.Path()

	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"format": 1, "language": "en", "contribution": {"meeting": {"start": 12}}}`), 0o644)
	_, loadErr := draftfile.Load(bad)
	if loadErr == nil {
		t.Fatal("the bad file loads")
	}
	var de *draftfile.Error
	if !errors.As(loadErr, &de) {
		t.Fatalf("got %v, want a *draftfile.Error", loadErr)
	}
	w.files.openPath(bad)
	d := overlay(w)
	if d == nil || !containsText(d, w.ui.DraftError(de)) {
		t.Fatalf("no dialog naming %q", w.ui.DraftError(de))
	}
	if w.sess.Draft() != before || w.sess.Draft().FocusGroup.Name != "Unsaved work" || w.sess.Path() != path || !w.sess.Dirty() {
		t.Error("the bad file touched the draft")
	}

	notJSON := filepath.Join(t.TempDir(), "x.json")
	os.WriteFile(notJSON, []byte("this is not JSON"), 0o644)
	w.files.openPath(notJSON)
	if w.sess.Draft() != before {
		t.Error("a non-JSON file replaced the draft")
	}
}

func TestReviewStep(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.showStep(forms.StepReview)
	r := w.review
	if len(r.findings.shown) != len(w.sess.Findings()) {
		t.Errorf("review lists %d of %d findings", len(r.findings.shown), len(w.sess.Findings()))
	}
	r.tabs.SelectIndex(1)
	if !containsText(r.preview.Content, w.sess.Draft().Contribution.Title) {
		t.Error("the preview does not show the title")
	}
	// Another document language: the preview follows, untranslated fields are named.
	r.langSel.SetSelected(w.ui.LanguageName(forms.French))
	if w.sess.DocLang() != forms.French {
		t.Fatalf("document language %s", w.sess.DocLang())
	}
	if !hasRule(w.sess.Findings(), "translation.missing") {
		t.Error("no translation.missing finding for French")
	}
	if !strings.Contains(r.status.Text(), w.ui.LanguageName(forms.French)) {
		t.Errorf("status %q does not warn about French", r.status.Text())
	}
	missing := w.exports.untranslated([]forms.Lang{forms.French})
	if len(missing[forms.French]) == 0 {
		t.Fatal("nothing untranslated in French")
	}
	ran := false
	w.exports.confirmUntranslated([]forms.Lang{forms.French}, func() { ran = true })
	d := overlay(w)
	if ran || d == nil || !containsText(d, missing[forms.French][0]) {
		t.Fatal("no warning naming the untranslated fields before export")
	}
	test.Tap(findButton(d, w.ui.T("ui.export.continue")))
	if !ran {
		t.Error("export not started after the warning")
	}
}

func hasRule(fs []a7.Finding, rule string) bool {
	return slices.ContainsFunc(fs, func(f a7.Finding) bool { return f.Rule == rule })
}

func TestExport(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	dir := t.TempDir()
	res := w.exports.runExport(w.sess.Draft().Clone(), dir, forms.Languages(), exportFormats, fixedToday, nil)
	if len(res) != 12 {
		t.Fatalf("%d results, want 6 languages × PDF and DOCX", len(res))
	}
	magic := map[export.Format]string{export.PDF: "%PDF", export.DOCX: "PK\x03\x04"}
	for _, r := range res {
		if r.err != nil {
			t.Errorf("%s %s: %v", r.lang, r.format, r.err)
			continue
		}
		data, err := os.ReadFile(r.path)
		if err != nil || !strings.HasPrefix(string(data), magic[r.format]) || filepath.Ext(r.path) != "."+string(r.format) {
			t.Errorf("%s: %s is not a %s (%v)", r.lang, r.path, r.format, err)
		}
	}
	w.exports.showExported(dir, res)
	if d := overlay(w); d == nil || findButton(d, w.ui.T("ui.export.openFolder")) == nil {
		t.Error("no way to open the exported files")
	}
}

func TestSummaryLine(t *testing.T) {
	t.Parallel()
	ui := catalog().In(forms.English)
	p := &forms.Proposal{Language: forms.English}
	p.Contribution.Route = forms.AtMeeting
	p.Contribution.Meeting.Start = forms.NewDate(2027, 1, 20)
	today := forms.NewDate(2026, 12, 27)
	got, sev := summaryLine(ui, p, session.StepCount{}, a7.Options{Today: today}, today)
	if got != "Ready to file · Submit by 8 January 2027 — 12 days left" || sev != a7.Info {
		t.Errorf("ready: %q %v", got, sev)
	}
	got, sev = summaryLine(ui, p, session.StepCount{Errors: 3}, a7.Options{Today: today}, today)
	if got != "3 errors block filing · Submit by 8 January 2027 — 12 days left" || sev != a7.Error {
		t.Errorf("errors: %q", got)
	}
	// Placeholders break no rule of A.7, but the draft is not ready to file.
	got, sev = summaryLine(ui, p, session.StepCount{Warnings: 3, Placeholders: 2}, a7.Options{Today: today}, today)
	if strings.Contains(got, "Ready") || !strings.HasPrefix(got, "Not ready to file: 2 fields hold placeholders or filler") || sev != a7.Warning {
		t.Errorf("placeholders: %q %v", got, sev)
	}
	near := forms.NewDate(2027, 1, 5)
	got, _ = summaryLine(ui, p, session.StepCount{Errors: 1}, a7.Options{Today: near}, near)
	if got != "Submit by 8 January 2027 — 3 days left · 1 error blocks filing" {
		t.Errorf("near deadline: %q", got)
	}
	late := forms.NewDate(2027, 1, 9)
	got, sev = summaryLine(ui, p, session.StepCount{}, a7.Options{Today: late}, late)
	if !strings.Contains(got, "passed 1 day ago") || sev != a7.Error {
		t.Errorf("late: %q %v", got, sev)
	}
}

// A draft as large as a big proposal gets: 200 supporters, 50 KB of text.
func largeDraft(t testing.TB) *forms.Proposal {
	p, err := draftfile.Load(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	base := p.Supporters[0]
	for len(p.Supporters) < 200 {
		s := base
		s.Entity = "Supporter " + strings.Repeat("x", len(p.Supporters)%7)
		if len(p.Supporters)%9 == 0 {
			s.Country = "" // some findings to show
		}
		p.Supporters = append(p.Supporters, s)
	}
	para := strings.Repeat("The focus group will study the interoperability of the systems concerned. ", 20)
	for len(p.FocusGroup.Background) < 20_000 {
		p.FocusGroup.Background += para
	}
	for len(p.GapAnalysis.Summary) < 15_000 {
		p.GapAnalysis.Summary += para
	}
	for len(p.FocusGroup.Scope) < 15_000 {
		p.FocusGroup.Scope += para
	}
	return p
}

// BenchmarkEditToFindings measures an edit reaching the findings panel and
// the step badges on a large draft.
func BenchmarkEditToFindings(b *testing.B) {
	a := test.NewTempApp(b)
	path := filepath.Join(b.TempDir(), "large.json")
	if err := draftfile.Save(path, largeDraft(b)); err != nil {
		b.Fatal(err)
	}
	w := newTestWindow(b, a, Options{Draft: path})
	w.showStep(forms.StepTerms)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			w.sess.Draft().FocusGroup.Acronym = ""
		} else {
			w.sess.Draft().FocusGroup.Acronym = "FG-BIG"
		}
		w.env.changed("focusGroup.acronym")
	}
}

// The window's widgets are what the user sees: a quick check that the step
// list and the findings panel are in the window's content.
func TestLayoutHasPanels(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	content := w.win.Content()
	for _, s := range forms.Steps() {
		if !containsText(content, w.ui.T("step."+string(s))) {
			t.Errorf("step %s missing from the window", s)
		}
	}
	if !containsText(content, w.summary.Text) || w.summary.Text == "" {
		t.Error("no summary line")
	}
}

func TestChartMarkGoesToItsStep(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.showStep(forms.StepTimeline)
	tl, ok := w.formFor(forms.StepTimeline).(*timelineStep)
	if !ok {
		t.Fatalf("timeline form is %T", w.formFor(forms.StepTimeline))
	}
	tl.chart.onTap("focusGroup.deliverables[1].due")
	if w.current != forms.StepTerms {
		t.Errorf("a deliverable's mark shows step %s, want the terms of reference", w.current)
	}
	w.showStep(forms.StepTimeline)
	tl = w.formFor(forms.StepTimeline).(*timelineStep)
	tl.chart.onTap("timeline.meetings[0].start")
	if w.current != forms.StepTimeline {
		t.Errorf("a meeting's mark left the timeline for %s", w.current)
	}
}

func TestExportAsksBeforeReplacing(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	dir := t.TempDir()
	langs := []forms.Lang{forms.English, forms.French}

	ran := false
	pdfOnly := []export.Format{export.PDF}
	w.exports.confirmReplace(dir, langs, pdfOnly, func() { ran = true })
	if !ran || w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("an empty folder: the export should go ahead without asking")
	}

	existing := filepath.Join(dir, export.FileName(w.sess.Draft(), forms.French, export.PDF))
	if err := os.WriteFile(existing, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	ran = false
	w.exports.confirmReplace(dir, langs, pdfOnly, func() { ran = true })
	if ran {
		t.Fatal("wrote over an existing PDF without asking")
	}
	if w.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog asks before replacing")
	}
	if got, _ := os.ReadFile(existing); string(got) != "old" {
		t.Error("the existing file changed before the user agreed")
	}
}

// exists reports whether an autosave is on disk.
func (a *autosaver) exists() bool {
	_, err := os.Stat(a.store.File())
	return err == nil
}
