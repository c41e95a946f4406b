package app

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
	"fgdraft/forms/xliff"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// translateHarness is the translation view in a headless window.
type translateHarness struct {
	t       *testing.T
	v       *translateView
	win     fyne.Window
	changes []string
}

func newTranslateHarness(t *testing.T, file string, ui, into forms.Lang) *translateHarness {
	t.Helper()
	test.NewTempApp(t)
	p, err := draftfile.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	h := &translateHarness{t: t, win: test.NewTempWindow(t, nil)}
	env := &editorEnv{
		draft:   p,
		changed: func(path string) { h.changes = append(h.changes, path) },
		ui:      catalog().In(ui),
		win:     h.win,
		today:   func() forms.Date { return fixedToday },
	}
	h.v = newTranslateView(env, translateOptions{into: into})
	h.win.SetContent(h.v.Content())
	h.win.Resize(fyne.NewSize(1100, 760))
	return h
}

func (h *translateHarness) row(path string) *translateRow {
	h.t.Helper()
	for _, r := range h.v.rows {
		if r.f.Path == path {
			return r
		}
	}
	h.t.Fatalf("no row for %s", path)
	return nil
}

// typeInto focuses the entry of path and types text at its end.
func (h *translateHarness) typeInto(path, text string) {
	h.t.Helper()
	e := h.row(path).entry
	h.win.Canvas().Focus(e)
	test.Type(e, text)
}

func (h *translateHarness) field(path string) forms.TextField {
	h.t.Helper()
	for _, f := range h.v.env.draft.TextFields() {
		if f.Path == path {
			return f
		}
	}
	h.t.Fatalf("no field %s", path)
	return forms.TextField{}
}

// dialogText is the text of the labels of the window's top overlay.
func (h *translateHarness) dialogText() string {
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	walkTree(top, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.Button:
			b.WriteString("[" + x.Text + "]\n")
		case *keyButton:
			b.WriteString("[" + x.Text + "]\n")
		}
		return true
	})
	return b.String()
}

func TestTranslateTypingUpdatesProgress(t *testing.T) {
	h := newTranslateHarness(t, exampleFile, forms.English, forms.French)
	total, _, _ := countRows(h.v.rows)
	if total < 40 {
		t.Fatalf("only %d fields to translate in the example", total)
	}
	if want := "0 of "; !strings.HasPrefix(h.v.progress.Text, want) || !strings.Contains(h.v.progress.Text, "French") {
		t.Fatalf("progress %q, want it to start with %q and name French", h.v.progress.Text, want)
	}
	h.typeInto("contribution.title", "Proposition de créer un groupe spécialisé")
	h.typeInto("focusGroup.scope", "Le groupe étudiera…")
	p := h.v.env.draft
	if got := p.Translations[forms.French]["contribution.title"].Text; got != "Proposition de créer un groupe spécialisé" {
		t.Errorf("translation of the title = %q", got)
	}
	if _, st := p.TranslationOf(h.field("focusGroup.scope"), forms.French); st != forms.Translated {
		t.Errorf("scope status %v, want Translated", st)
	}
	if !strings.HasPrefix(h.v.progress.Text, "2 of ") {
		t.Errorf("progress after two fields = %q", h.v.progress.Text)
	}
	if len(h.changes) == 0 || h.changes[len(h.changes)-1] != "translations" {
		t.Errorf("changes reported %v, want \"translations\"", h.changes)
	}
	// The step headings count too.
	var heads []string
	for _, s := range h.v.sections {
		heads = append(heads, s.head.Text)
	}
	if !strings.Contains(heads[0], "1 of ") || !strings.Contains(heads[1], "1 of ") {
		t.Errorf("step headings %q", heads)
	}
	// Another target: nothing translated into Spanish.
	h.v.SetTarget(forms.Spanish)
	if !strings.HasPrefix(h.v.progress.Text, "0 of ") || h.row("contribution.title").entry.Text() != "" {
		t.Errorf("Spanish: progress %q, title entry %q", h.v.progress.Text, h.row("contribution.title").entry.Text())
	}
	h.v.SetTarget(forms.French)
	if h.row("contribution.title").entry.Text() == "" {
		t.Error("back to French: the title's translation is not shown")
	}
}

func staleShown(r *translateRow) bool { return r.staleBox != nil && r.staleBox.Visible() }

func TestTranslateStaleMarkAndConfirm(t *testing.T) {
	h := newTranslateHarness(t, exampleFile, forms.English, forms.French)
	h.typeInto("focusGroup.name", "Groupe spécialisé")
	r := h.row("focusGroup.name")
	if staleShown(r) {
		t.Fatal("a fresh translation is marked stale")
	}
	// The source changes in the wizard.
	h.field("focusGroup.name").Set("Focus Group on Something Else")
	h.v.Reload()
	if r.status != forms.Stale || !staleShown(r) {
		t.Fatalf("after the source changed: status %v, mark shown %v", r.status, staleShown(r))
	}
	if !strings.Contains(r.staleText.Text, "Source changed since translated") {
		t.Errorf("stale mark text %q", r.staleText.Text)
	}
	if r.source.Text() != "Focus Group on Something Else" {
		t.Errorf("source shown %q", r.source.Text())
	}
	if !strings.Contains(h.v.progress.Text, "1 stale translation to check") {
		t.Errorf("progress %q does not count the stale translation", h.v.progress.Text)
	}
	h.changes = nil
	test.Tap(r.confirm)
	if r.status != forms.Translated || staleShown(r) {
		t.Errorf("after confirming: status %v, mark shown %v", r.status, staleShown(r))
	}
	if got := h.v.env.draft.Translations[forms.French]["focusGroup.name"]; got.Text != "Groupe spécialisé" || got.Source != "Focus Group on Something Else" {
		t.Errorf("confirmed translation %+v", got)
	}
	if len(h.changes) != 1 {
		t.Errorf("confirming reported %v", h.changes)
	}
}

func TestTranslateFilterHidesTranslated(t *testing.T) {
	h := newTranslateHarness(t, exampleFile, forms.English, forms.French)
	h.typeInto("contribution.title", "Titre")
	// Typing never hides a row, even with the filter on.
	h.v.filter.SetChecked(true)
	if h.row("contribution.title").box.Visible() {
		t.Error("the filter shows a translated field")
	}
	if !h.row("contribution.abstract").box.Visible() {
		t.Error("the filter hides an untranslated field")
	}
	h.typeInto("contribution.abstract", "Résumé")
	if !h.row("contribution.abstract").box.Visible() {
		t.Error("the row being typed in was hidden")
	}
	// A stale one shows.
	h.field("contribution.title").Set("Another title")
	h.v.Reload()
	if !h.row("contribution.title").box.Visible() {
		t.Error("the filter hides a stale translation")
	}
	h.v.filter.SetChecked(false)
	for _, r := range h.v.rows {
		if r.box.Visible() == r.blank() {
			t.Fatalf("without the filter, %s: shown %v, empty in the draft %v", r.f.Path, r.box.Visible(), r.blank())
		}
	}
}

// Issue 21, item 8: a field empty in the draft has no row to translate
// into; once it says something, its row appears; a translation left from
// an earlier text stays in view so that it can be cleared.
func TestTranslateNoRowForEmptySources(t *testing.T) {
	h := newTranslateHarness(t, exampleFile, forms.English, forms.French)
	const path = "contribution.urgentMarketNeed"
	if h.field(path).Get() != "" {
		t.Fatalf("the example now says something in %s", path)
	}
	if h.row(path).box.Visible() {
		t.Error("a row is offered for a field that is empty in the draft")
	}
	h.field(path).Set("Operators need it now.")
	h.v.Reload()
	if !h.row(path).box.Visible() {
		t.Fatal("the row does not appear once the field says something")
	}
	h.typeInto(path, "Les opérateurs en ont besoin.")
	h.field(path).Set("")
	h.v.Reload()
	if !h.row(path).box.Visible() {
		t.Error("a translation of a text now removed is hidden")
	}
}

func TestTranslateImportPartialXLIFF(t *testing.T) {
	h := newTranslateHarness(t, exampleFile, forms.English, forms.French)
	h.typeInto("contribution.title", "Titre")
	h.typeInto("focusGroup.name", "Nom")
	p := h.v.env.draft

	// A translator's file with only the scope translated.
	q := p.Clone()
	q.Translations = nil
	for _, f := range q.TextFields() {
		if f.Path == "focusGroup.scope" {
			q.SetTranslation(f, forms.French, "Domaine d'étude")
		}
	}
	data, err := xliff.Export(q, forms.French, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	h.changes = nil
	if !h.v.ImportXLIFF(data) {
		t.Fatalf("import refused: %s", h.dialogText())
	}
	tr := p.Translations[forms.French]
	if tr["contribution.title"].Text != "Titre" || tr["focusGroup.name"].Text != "Nom" {
		t.Errorf("existing translations lost: %v", tr)
	}
	if got := h.row("focusGroup.scope").entry.Text(); got != "Domaine d'étude" {
		t.Errorf("scope row shows %q after the import", got)
	}
	if !strings.HasPrefix(h.v.progress.Text, "3 of ") {
		t.Errorf("progress after the import %q", h.v.progress.Text)
	}
	msg := h.dialogText()
	if !strings.Contains(msg, "1 translation applied") || !strings.Contains(msg, "units had no translation") {
		t.Errorf("import summary:\n%s", msg)
	}
	if len(h.changes) == 0 {
		t.Error("the import was not reported as a change")
	}
}

func TestTranslateImportRefused(t *testing.T) {
	h := newTranslateHarness(t, exampleFile, forms.English, forms.French)
	h.typeInto("contribution.title", "Titre")
	p := h.v.env.draft
	before := p.Clone().Translations

	q := p.Clone()
	for _, f := range q.TextFields() {
		q.SetTranslation(f, forms.Spanish, "texto")
	}
	spanish, err := xliff.Export(q, forms.Spanish, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	other := p.Clone()
	other.ID = "0123456789abcdef0123456789abcdef"
	otherDraft, err := xliff.Export(other, forms.French, other.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"another language", spanish, "is a translation into Spanish, not into French"},
		{"another draft", otherDraft, "exported from another draft"},
		{"not XLIFF", []byte(`{"format": 1}`), "not an XLIFF 2.0 file"},
	} {
		h.changes = nil
		if h.v.ImportXLIFF(c.data) {
			t.Errorf("%s: the file was imported", c.name)
		}
		msg := h.dialogText()
		if !strings.Contains(msg, c.want) || !strings.Contains(msg, "Nothing in the draft was changed") {
			t.Errorf("%s: dialog says:\n%s", c.name, msg)
		}
		if !reflect.DeepEqual(p.Translations, before) || len(h.changes) != 0 {
			t.Errorf("%s: the draft changed (%v)", c.name, h.changes)
		}
		if h.row("contribution.title").entry.Text() != "Titre" {
			t.Errorf("%s: the row changed", c.name)
		}
		h.win.Canvas().Overlays().Remove(h.win.Canvas().Overlays().Top())
	}
}

func TestTranslateXLIFFRoundTrip(t *testing.T) {
	h := newTranslateHarness(t, exampleFile, forms.English, forms.Arabic)
	h.typeInto("contribution.title", "اقتراح")
	data, err := h.v.XLIFF()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `trgLang="ar"`) || !strings.Contains(string(data), "اقتراح") {
		t.Errorf("export lacks the target or the translation")
	}
	if !strings.HasSuffix(h.v.xliffName(), ".en-ar.xlf") {
		t.Errorf("file name %q", h.v.xliffName())
	}
}

// Right to left, Chinese source: the view builds and counts in Arabic.
func TestTranslateArabicInterfaceChineseSource(t *testing.T) {
	h := newTranslateHarness(t, "../examples/fg-example-zh.json", forms.Arabic, forms.Arabic)
	if h.v.Target() != forms.Arabic {
		t.Fatalf("target %s", h.v.Target())
	}
	for _, l := range h.v.langs {
		if l == forms.Chinese {
			t.Error("the draft's own language is offered as a target")
		}
	}
	if h.v.progress.Alignment != fyne.TextAlignTrailing {
		t.Error("progress not right-aligned in an Arabic interface")
	}
	h.typeInto("contribution.title", "اقتراح")
	if !strings.Contains(h.v.ProgressText(), "العربية") {
		t.Errorf("progress %q", h.v.ProgressText())
	}
	if r := h.row("contribution.title"); r.source.Text() == "" || len(r.source.lines) == 0 {
		t.Errorf("source text not laid out: %q %v", r.source.Text(), r.source.lines)
	}
}

// BenchmarkTranslateView measures building the view and re-reading it on a
// draft of about 300 text fields.
func BenchmarkTranslateView(b *testing.B) {
	test.NewTempApp(b)
	p, err := draftfile.Load(exampleFile)
	if err != nil {
		b.Fatal(err)
	}
	for len(p.TextFields()) < 300 {
		p.GapAnalysis.Entries = append(p.GapAnalysis.Entries, p.GapAnalysis.Entries[0])
		p.Supporters = append(p.Supporters, p.Supporters[0])
	}
	win := test.NewTempWindow(b, nil)
	env := &editorEnv{draft: p, changed: func(string) {}, ui: catalog().In(forms.English), win: win, today: func() forms.Date { return fixedToday }}
	opts := translateOptions{into: forms.French, fonts: newFontSet(), textFonts: &exportFonts{}}
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			v := newTranslateView(env, opts)
			win.SetContent(v.Content())
		}
	})
	v := newTranslateView(env, opts)
	win.SetContent(v.Content())
	win.Resize(fyne.NewSize(1100, 760))
	b.Run("reload", func(b *testing.B) {
		for b.Loop() {
			v.Reload()
		}
	})
	r := v.rows[len(v.rows)/2]
	b.Run("keystroke", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			r.entry.SetText(strings.Repeat("x", i%50+1))
		}
	})
}

// The link to the main window, as the shell uses it: edits in the view mark
// the draft unsaved, edits in the wizard reach the view through sync, and
// another draft rebuilds the view around it.
func TestTranslateLinkToWindow(t *testing.T) {
	a := test.NewTempApp(t)
	w := newWindow(a, Options{Draft: exampleFile, Lang: forms.English, Catalog: catalog(), DataDir: t.TempDir(),
		Today: func() forms.Date { return fixedToday }, AutosaveDelay: time.Hour})
	t.Cleanup(func() { w.autosave.stop() })
	var l translateLink
	l.show(w.uiEnv, w, w.exports, w.sess)
	t.Cleanup(func() {
		if l.win != nil {
			l.win.Close()
		}
	})
	if l.view == nil || l.view.env.draft != w.sess.Draft() {
		t.Fatal("the view does not edit the window's draft")
	}
	if !strings.Contains(l.win.Title(), "Translation of") {
		t.Errorf("window title %q", l.win.Title())
	}
	var title *translateRow
	for _, r := range l.view.rows {
		if r.f.Path == "contribution.title" {
			title = r
		}
	}
	l.win.Canvas().Focus(title.entry)
	test.Type(title.entry, "Titre")
	if !w.sess.Dirty() || !strings.HasPrefix(w.win.Title(), "•") {
		t.Errorf("a translation did not mark the draft unsaved (title %q)", w.win.Title())
	}
	// The wizard changes the source; the window re-validates and syncs.
	for _, f := range w.sess.Draft().TextFields() {
		if f.Path == "contribution.title" {
			f.Set("A new title")
		}
	}
	w.changed("contribution.title")
	l.sync(w.uiEnv, w, w.exports, w.sess) // what the line in showFindings does
	if title.status != forms.Stale || title.source.Text() != "A new title" {
		t.Errorf("after the wizard edit: status %v, source %q", title.status, title.source.Text())
	}
	// Export: the review step's flow, in the formats ticked there, its
	// dialogs in the translation window (issue 21, item 8).
	w.exports.setExportFormats(exportFormats)
	test.Tap(l.view.export)
	picker := l.win.Canvas().Overlays().Top()
	names := w.sess.ExportNames([]forms.Lang{l.view.Target()}, exportFormats)
	if picker == nil || findButton(picker, "Export here") == nil || !containsText(picker, "Choose the folder for "+names[0]+" and "+names[1]) {
		t.Fatalf("the folder picker is not the review step's: %q", texts(picker))
	}
	l.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	dir := t.TempDir()
	w.exports.inWindow(l.win).confirmReplace(dir, []forms.Lang{l.view.Target()}, exportFormats, func() {
		w.exports.inWindow(l.win).startExport(dir, []forms.Lang{l.view.Target()}, exportFormats, nil)
	})
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		var done bool
		fyne.DoAndWait(func() { done = containsText(l.win.Canvas().Overlays().Top(), "2 files written to") })
		if done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no result in the translation window: %q", texts(l.win.Canvas().Overlays().Top()))
		}
	}
	for _, name := range names {
		if st, err := os.Stat(filepath.Join(dir, name)); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	// Another draft: the view follows it.
	w.files.openExample()
	l.sync(w.uiEnv, w, w.exports, w.sess)
	if l.view.env.draft != w.sess.Draft() {
		t.Error("the view still edits the previous draft")
	}
}

// Source text takes the direction of its first letter and the face of its
// script: Arabic right to left in Naskh, a Latin name in an Arabic draft left
// to right in the Latin face, Chinese in Noto Sans SC.
func TestTranslateScriptTextDirection(t *testing.T) {
	test.NewTempApp(t)
	fonts := newFontSet()
	tf := &exportFonts{}
	for _, c := range []struct {
		text string
		lang forms.Lang
		rtl  bool
		font fyne.Resource
	}{
		{"مقترح لإنشاء فريق ITU-T المتخصص (FG-LAIC)", forms.Arabic, true, fonts.naskh},
		{"Hanbit Networks Co., Ltd.", forms.Arabic, false, fonts.sans},
		{"FG-LAIC: مقترح", forms.Arabic, false, fonts.naskh},
		{"低空智能网联焦点组", forms.Chinese, false, fonts.sansSC},
		{"Geneva", forms.English, false, fonts.sans},
	} {
		s := newLangText(c.text, c.lang, fonts, tf)
		s.Resize(fyne.NewSize(300, 100))
		if s.rtl != c.rtl || s.font != c.font || len(s.lines) == 0 {
			t.Errorf("%q: rtl %v, font %s, %d lines", c.text, s.rtl, s.font.Name(), len(s.lines))
		}
	}
	// Long Chinese text wraps into several lines.
	s := newLangText(strings.Repeat("低空飞行的安全与效率高度依赖通信网络。", 6), forms.Chinese, fonts, tf)
	s.Resize(fyne.NewSize(300, 100))
	if len(s.lines) < 3 {
		t.Errorf("Chinese paragraph in %d lines", len(s.lines))
	}
}

// The translation view's messages take Enter and Escape like the window's:
// either closes them.
func TestTranslateDialogKeys(t *testing.T) {
	h := newTranslateHarness(t, exampleFile, forms.English, forms.Russian)
	key := func(k fyne.KeyName) { h.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	open := func() bool { return h.win.Canvas().Overlays().Top() != nil }
	for _, k := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape} {
		h.v.showMessage("Title", "Text")
		key(k)
		if open() {
			t.Errorf("%s does not close a message", k)
		}
	}
}
