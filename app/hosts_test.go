package app

import (
	"slices"
	"testing"

	"fgdraft/app/session"
	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// fakeHost stands for the window in tests of the parts that take a narrow
// interface of it (navigator, reviewExporter, translateHost,
// translateExporter): it records what they ask of it and has no *window
// behind it. Its uiEnv is what the window would pass them.
type fakeHost struct {
	*uiEnv

	formats   []export.Format // what exportFormats returns; setExportFormats writes it
	formatSet int             // how many times setExportFormats was called
	dialogs   []bool          // exportDialog's all, per call
	revisions int             // calls of revisionDialog
	steps     []forms.Step    // showStep's steps, per call
	fields    []string        // goToField's paths, per call
	newDrafts int             // how many times newDraft was called

	name       string        // displayName
	changes    []string      // changed's paths, per call
	exports    []forms.Lang  // exportIn's languages, per call
	exportWins []fyne.Window // exportIn's windows, per call
}

func newFakeHost(lang forms.Lang) *fakeHost {
	env := &uiEnv{
		ui:        catalog().In(lang),
		cat:       catalog(),
		fonts:     newFontSet(),
		textFonts: &exportFonts{},
		today:     func() forms.Date { return fixedToday },
	}
	return &fakeHost{uiEnv: env, formats: []export.Format{export.PDF, export.DOCX}}
}

func (h *fakeHost) showStep(s forms.Step)          { h.steps = append(h.steps, s) }
func (h *fakeHost) goToField(path string)          { h.fields = append(h.fields, path) }
func (h *fakeHost) exportFormats() []export.Format { return slices.Clone(h.formats) }
func (h *fakeHost) exportDialog(all bool)          { h.dialogs = append(h.dialogs, all) }
func (h *fakeHost) revisionDialog()                { h.revisions++ }
func (h *fakeHost) newDraft()                      { h.newDrafts++ }

func (h *fakeHost) changed(path string) { h.changes = append(h.changes, path) }
func (h *fakeHost) displayName() string { return h.name }

// exportIn records the language and the window it is asked to export from.
func (h *fakeHost) exportIn(win fyne.Window, lang forms.Lang) {
	h.exports = append(h.exports, lang)
	h.exportWins = append(h.exportWins, win)
}

func (h *fakeHost) setExportFormats(f []export.Format) {
	h.formats = slices.Clone(f)
	h.formatSet++
}

var (
	_ navigator         = (*fakeHost)(nil)
	_ reviewExporter    = (*fakeHost)(nil)
	_ translateHost     = (*fakeHost)(nil)
	_ translateExporter = (*fakeHost)(nil)
)

// fakeReviewSession is a draft with the findings the catalogue gives it,
// counted as the session counts them, and a document language.
type fakeReviewSession struct {
	draft    *forms.Proposal
	findings []a7.Finding
	docLang  forms.Lang
	target   forms.Lang // the translation target chosen last
}

func newFakeReviewSession(p *forms.Proposal) *fakeReviewSession {
	return &fakeReviewSession{draft: p, findings: a7.Validate(p, a7.Options{Today: fixedToday})}
}

func (s *fakeReviewSession) Draft() *forms.Proposal  { return s.draft }
func (s *fakeReviewSession) Findings() []a7.Finding  { return s.findings }
func (s *fakeReviewSession) DocLang() forms.Lang     { return s.docLang }
func (s *fakeReviewSession) SetDocLang(l forms.Lang) { s.docLang = l }
func (s *fakeReviewSession) TranslationTarget() forms.Lang {
	return s.target
}
func (s *fakeReviewSession) ChooseTranslationTarget(l forms.Lang) { s.target = l }
func (s *fakeReviewSession) Folder() string                       { return "" }
func (s *fakeReviewSession) Total() session.StepCount {
	var c session.StepCount
	for _, f := range s.findings {
		switch f.Severity {
		case a7.Error:
			c.Errors++
		case a7.Warning:
			c.Warnings++
		default:
			c.Infos++
		}
	}
	return c
}

// The banner on a host that is not the window: its button asks the host
// for a new proposal, and it shows only for the example.
func TestExampleBannerOnFakeHost(t *testing.T) {
	// Given a banner for the example, on a host in French
	test.NewTempApp(t)
	h := newFakeHost(forms.French)
	b := newExampleBanner(h.uiEnv, h.newDraft, true)
	if !b.box.Visible() || !containsText(b.box, h.ui.T("wizard.example.banner")) {
		t.Fatalf("the banner for the example is hidden or lacks its text: %q", texts(b.box))
	}
	start := findButton(b.box, h.ui.T("wizard.example.start"))
	if start == nil {
		t.Fatalf("no button %q in %q", h.ui.T("wizard.example.start"), texts(b.box))
	}
	// When the user taps "start a new proposal"
	test.Tap(start)
	// Then the host is asked for a new draft, once
	if h.newDrafts != 1 {
		t.Errorf("newDraft called %d times, want 1", h.newDrafts)
	}
	// And a draft of one's own hides the banner, the example shows it again
	b.set(false)
	if b.box.Visible() {
		t.Error("the banner shows for a draft that is not the example")
	}
	b.set(true)
	if !b.box.Visible() {
		t.Error("the banner is hidden for the example")
	}
	if hidden := newExampleBanner(h.uiEnv, h.newDraft, false); hidden.box.Visible() {
		t.Error("a banner made for a draft of one's own shows")
	}
}

// The review step on a host and a session that are not the window's: it
// shows the session's findings and status, takes the user to a finding's
// field through the host, asks the host to export and to remember the
// formats, and previews the session's draft.
func TestReviewStepOnFakeHost(t *testing.T) {
	// Given a draft without a title, whose findings the session returns
	test.NewTempApp(t)
	h := newFakeHost(forms.English)
	draft := sampleDraft()
	draft.Contribution.Title = ""
	sess := newFakeReviewSession(draft)
	total := sess.Total()
	if total.Errors == 0 || len(sess.findings) < 2 {
		t.Fatalf("the draft should have errors and several findings: %+v", sess.findings)
	}
	r := newReviewStep(h.uiEnv, h, h, sess)
	w := test.NewWindow(r.Content())
	defer w.Close()
	w.Resize(fyne.NewSize(900, 700))

	// When the step is shown
	r.Reload()

	// Then it lists every finding of the session, with its message
	ui := h.ui
	if len(r.findings.shown) != len(sess.findings) {
		t.Errorf("%d findings listed, the session has %d", len(r.findings.shown), len(sess.findings))
	}
	for _, f := range sess.findings {
		if !containsText(r.findings.box, ui.Finding(f)) {
			t.Errorf("finding %s (%q) not listed", f.Rule, ui.Finding(f))
		}
	}
	if got, want := r.tabs.Items[0].Text, uiText(ui, ui.N("ui.findings.titleCount", len(sess.findings), nil)); got != want {
		t.Errorf("findings tab %q, want %q", got, want)
	}
	if got, want := r.status.Text(), ui.N("ui.review.blocked", total.Errors, nil); got != want {
		t.Errorf("status %q, want %q", got, want)
	}
	if got, want := r.langSel.Selected, ui.LanguageName(forms.English); got != want {
		t.Errorf("document language %q, want %q", got, want)
	}

	// When the user taps the first finding with a field
	first := -1
	for i, f := range r.findings.shown {
		if len(f.Fields) > 0 {
			first = i
			break
		}
	}
	if first < 0 {
		t.Fatal("no finding names a field")
	}
	test.Tap(r.findings.rows[first].row)
	// Then the host is asked to go to that field
	if want := r.findings.shown[first].Fields[0]; !slices.Equal(h.fields, []string{want}) {
		t.Errorf("goToField calls %q, want [%q]", h.fields, want)
	}

	// When the user unticks both formats
	r.formats[export.PDF].SetChecked(false)
	r.formats[export.DOCX].SetChecked(false)
	// Then the host remembers none and export is disabled
	if len(h.formats) != 0 || h.formatSet != 2 || !r.exportOne.Disabled() || !r.exportAll.Disabled() {
		t.Errorf("formats %v after %d calls, export disabled %v/%v", h.formats, h.formatSet, r.exportOne.Disabled(), r.exportAll.Disabled())
	}
	// When the user ticks PDF and exports in one language, then in all
	r.formats[export.PDF].SetChecked(true)
	test.Tap(r.exportOne)
	test.Tap(r.exportAll)
	// Then the host remembers PDF and is asked for both exports
	if !slices.Equal(h.formats, []export.Format{export.PDF}) || !slices.Equal(h.dialogs, []bool{false, true}) {
		t.Errorf("formats %v, export dialogs %v", h.formats, h.dialogs)
	}
	// When the user asks for a revision of a filed contribution
	test.Tap(r.revision)
	// Then the host is asked for it
	if h.revisions != 1 {
		t.Errorf("revision dialogs: %d, want 1", h.revisions)
	}

	// When the user chooses French as the document language
	r.langSel.SetSelected(ui.LanguageName(forms.French))
	// Then the session has it, and the status names the untranslated fields
	if sess.docLang != forms.French {
		t.Errorf("session document language %q, want fr", sess.docLang)
	}
	_, missing := draft.Localized(forms.French)
	wantStatus := ui.N("ui.review.blocked", total.Errors, nil) + " " + ui.N("ui.review.untranslated", len(missing), map[string]any{
		"Language": ui.LanguageName(forms.French), "Source": ui.LanguageName(forms.English)})
	if len(missing) == 0 || r.status.Text() != wantStatus {
		t.Errorf("status %q, want %q", r.status.Text(), wantStatus)
	}

	// When the user opens the preview
	r.tabs.SelectIndex(1)
	// Then it shows the session's draft in the document language
	if !containsText(r.preview.Content, draft.FocusGroup.Name) {
		t.Errorf("the preview lacks the focus group's name %q", draft.FocusGroup.Name)
	}
	if !containsText(r.preview.Content, catalog().In(forms.French).T("doc.cover.abstract")) {
		t.Errorf("the preview is not in French: %q", texts(r.preview.Content)[:min(10, len(texts(r.preview.Content)))])
	}
}

// The translation window's link on a host and a session that are not the
// window's: the view edits the session's draft into its document language,
// reports edits to the host, exports through it, and follows another draft.
func TestTranslateLinkOnFakeHost(t *testing.T) {
	// Given a session whose document language is French, on a host in English
	h := newFakeHost(forms.English)
	h.app = test.NewTempApp(t)
	h.name = "my-proposal.json"
	sess := newFakeReviewSession(sampleDraft())
	sess.docLang = forms.French
	var l translateLink
	// When the translation window is opened
	l.show(h.uiEnv, h, h, sess)
	t.Cleanup(func() {
		if l.win != nil {
			l.win.Close()
		}
	})
	// Then it edits the session's draft into French, titled with the host's name
	if l.view == nil || l.view.env.draft != sess.draft || l.view.Target() != forms.French {
		t.Fatal("the view does not translate the session's draft into its document language")
	}
	if want := h.ui.T("translate.title", map[string]any{"Name": h.name}); l.win.Title() != want {
		t.Errorf("window title %q, want %q", l.win.Title(), want)
	}
	// When the user types a translation of the title
	var title *translateRow
	for _, r := range l.view.rows {
		if r.f.Path == "contribution.title" {
			title = r
		}
	}
	if title == nil {
		t.Fatal("no row for the title")
	}
	l.win.Canvas().Focus(title.entry)
	test.Type(title.entry, "Proposition")
	// Then the draft has it and the host is told of an edit of the translations
	if got, _ := sess.draft.TranslationOf(title.f, forms.French); got.Text != "Proposition" {
		t.Errorf("French title in the draft %q", got)
	}
	if len(h.changes) == 0 || h.changes[len(h.changes)-1] != translationsPath {
		t.Errorf("changed calls %q, want %q last", h.changes, translationsPath)
	}
	// When the user presses the export button
	test.Tap(l.view.export)
	// Then the host exports in French, its dialogs in the translation window
	if !slices.Equal(h.exports, []forms.Lang{forms.French}) || h.exportWins[0] != l.win {
		t.Errorf("the host was asked to export %v", h.exports)
	}
	// When the user picks Spanish, closes the window and opens it again
	l.view.langSel.SetSelected(h.ui.LanguageName(forms.Spanish))
	l.win.Close()
	l.show(h.uiEnv, h, h, sess)
	// Then it reopens on Spanish, not on the document language (issue 21, item 8)
	if l.view.Target() != forms.Spanish {
		t.Fatalf("reopened on %s after the user worked in Spanish", l.view.Target())
	}
	// When the session has another draft and the window syncs
	sess.draft = sampleDraft()
	l.sync(h.uiEnv, h, h, sess)
	// Then the view edits the new draft, still into Spanish
	if l.view.env.draft != sess.draft || l.view.Target() != forms.Spanish {
		t.Error("the view does not follow the session's new draft")
	}
}
