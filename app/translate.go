package app

import (
	"strings"
	"unicode/utf8"

	"fgdraft/app/bidientry"
	"fgdraft/forms"
	"fgdraft/forms/xliff"
	"fgdraft/internal/filename"
	"fgdraft/internal/regularfile"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The translation view: a delegation gives the draft's free text in another
// language, field by field, beside the source text. The fixed texts of the
// contribution come from the message files; only the proposer's own text is
// listed here (forms.Proposal.TextFields).
//
// Rows are built once for the draft's fields and kept: typing writes one
// translation and updates that row's mark and the counters; Reload re-reads
// every row from the draft without rebuilding it (unless the draft's lists
// changed, which changes the set of fields). The filter is applied when it
// is switched, when the target changes and on Reload, never on a keystroke,
// so that a row does not vanish under the cursor of the one typing in it.

// translateOptions are what the view needs besides the editor environment.
type translateOptions struct {
	// into is the target language first chosen; one not valid, or the
	// draft's own, picks the first other language.
	into forms.Lang
	// fonts and textFonts are the bundled faces, for the GUI and for line
	// breaking; nil makes the view's own.
	fonts     *fontSet
	textFonts *exportFonts
	// export exports the draft in lang as the review step does (the formats
	// ticked there, the same folder picker, questions and result), its
	// dialogs in win. nil hides the button.
	export func(win fyne.Window, lang forms.Lang)
	// chose is told the target the user picked, to reopen on it; may be nil.
	chose func(forms.Lang)
	// folder sets the folder a file dialog starts in; may be nil.
	folder func(set func(fyne.ListableURI))
}

// translateView is the view; Content is its widget tree.
type translateView struct {
	env  *editorEnv
	opts translateOptions
	ui   *locales.Localizer
	dir  direction
	into forms.Lang
	// langs are the target languages offered, in the select's order.
	langs []forms.Lang

	content  fyne.CanvasObject
	langSel  *widget.Select
	progress *widget.Label
	filter   *widget.Check
	srcHead  *widget.Label
	tgtHead  *widget.Label
	allDone  *widget.Label
	list     *fyne.Container
	scope    *container.ThemeOverride
	scroll   *container.Scroll

	xliffOut, xliffIn, export *keyButton

	sections []*translateSection
	rows     []*translateRow
	loading  int
	progText string
}

// translateSection is the rows of one wizard step under its heading.
type translateSection struct {
	step forms.Step
	head *widget.Label
	box  *fyne.Container
	rows []*translateRow
}

// translateRow is one free-text field: its label, source text, the entry
// for its translation and, when stale, a mark and a way to confirm it.
type translateRow struct {
	v      *translateView
	f      forms.TextField
	status forms.TranslationStatus

	box       *fyne.Container
	label     *widget.Label
	staleSlot *fyne.Container // holds staleBox once made
	staleBox  *fyne.Container
	staleText *widget.Label
	src       *fyne.Container // holds source, and empty once made
	confirm   *keyButton
	source    *wrapText
	empty     *widget.Label
	entry     *bidientry.Entry
}

// translationsPath is the path of the draft's translations, which the view
// reports as changed after each edit. The translations are one map keyed by
// the fields' paths, not a field with a typed handle in forms.
const translationsPath = "translations"

// newTranslateView makes the view for env.draft. It writes translations into
// the draft and reports each edit as env.changed(translationsPath).
func newTranslateView(env *editorEnv, opts translateOptions) *translateView {
	if opts.fonts == nil {
		opts.fonts = newFontSet()
	}
	if opts.textFonts == nil {
		opts.textFonts = &exportFonts{}
	}
	v := &translateView{env: env, opts: opts, ui: env.ui, dir: directionOf(env.ui.Lang())}
	p := env.draft
	for _, l := range forms.Languages() {
		if l != p.Language {
			v.langs = append(v.langs, l)
		}
	}
	v.into = v.langs[0]
	for _, l := range v.langs {
		if l == opts.into {
			v.into = l
		}
	}
	v.build()
	return v
}

// Content is the view's widget tree.
func (v *translateView) Content() fyne.CanvasObject { return v.content }

// Target is the language translated into.
func (v *translateView) Target() forms.Lang { return v.into }

func (v *translateView) vis(s string) string { return uiText(v.ui, s) }

func (v *translateView) build() {
	ui := v.ui
	var names []string
	for _, l := range v.langs {
		names = append(names, ui.LanguageName(l))
	}
	v.langSel = widget.NewSelect(names, func(name string) {
		for i, n := range names {
			if n == name && v.loading == 0 {
				v.SetTarget(v.langs[i])
				if v.opts.chose != nil {
					v.opts.chose(v.langs[i])
				}
			}
		}
	})
	intoLabel := widget.NewLabel(v.vis(ui.T("translate.into")))

	v.progress = widget.NewLabel("")
	v.progress.TextStyle.Bold = true
	v.filter = widget.NewCheck(v.vis(ui.T("translate.filter")), func(bool) { v.applyFilter() })

	v.xliffOut = newKeyButton(v.vis(ui.T("translate.xliff.export")), theme.UploadIcon(), v.exportXLIFFDialog)
	v.xliffIn = newKeyButton(v.vis(ui.T("translate.xliff.import")), theme.DownloadIcon(), v.importXLIFFDialog)
	v.export = newKeyButton("", theme.DocumentSaveIcon(), v.exportDocument)
	v.export.Importance = widget.HighImportance
	if v.opts.export == nil {
		v.export.Hide()
	}

	v.srcHead = widget.NewLabel("")
	v.srcHead.TextStyle.Bold = true
	v.tgtHead = widget.NewLabel("")
	v.tgtHead.TextStyle.Bold = true
	v.allDone = widget.NewLabel(v.vis(ui.T("translate.allDone")))
	v.allDone.TextStyle.Bold = true
	v.allDone.Hide()

	// The scope is made around the empty list, which it refreshes at once;
	// the rows are themed when its renderer is made (when shown), without
	// a second refresh of every row.
	v.list = container.NewVBox()
	v.scope = container.NewThemeOverride(v.list, v.rowTheme())
	v.buildRows()
	v.scroll = container.NewVScroll(v.scope)

	dir := v.dir
	dir.atStart(v.progress, v.srcHead, v.allDone)
	bar := dir.row(dir.tight(intoLabel, v.langSel), dir.tight(v.xliffOut, v.xliffIn, v.export), nil)
	status := dir.row(nil, v.filter, v.progress)
	heads := container.NewGridWithColumns(2, dir.gridCells(2, []fyne.CanvasObject{v.srcHead, v.tgtHead})...)
	top := container.NewVBox(bar, status, widget.NewSeparator(), heads)
	v.content = container.NewBorder(top, nil, nil, nil, v.scroll)

	v.loading++
	v.langSel.SetSelected(ui.LanguageName(v.into))
	v.loading--
	v.updateHeads()
	v.Reload()
}

// rowTheme is the theme of the rows for the current target.
func (v *translateView) rowTheme() fyne.Theme {
	base := fyne.CurrentApp().Settings().Theme()
	if tt, ok := base.(*translateTheme); ok {
		base = tt.Theme
	}
	return &translateTheme{Theme: base, fonts: v.opts.fonts, ui: v.ui.Lang(), into: v.into}
}

// buildRows makes a section per step and a row per field of the draft.
// Containers are given all their objects at once: adding them one by one
// lays the container out again each time.
func (v *translateView) buildRows() {
	v.sections = nil
	v.rows = nil
	fields := v.env.draft.TextFields()
	var cur *translateSection
	var objs []fyne.CanvasObject
	done := func() {
		if cur != nil {
			cur.box = container.NewVBox(objs...)
			objs = nil
		}
	}
	for _, f := range fields {
		if cur == nil || cur.step != f.Step {
			done()
			cur = &translateSection{step: f.Step, head: v.dir.heading("", theme.SizeNameSubHeadingText)}
			objs = append(objs, cur.head)
			v.sections = append(v.sections, cur)
		}
		r := v.newRow(f)
		cur.rows = append(cur.rows, r)
		objs = append(objs, r.box)
		v.rows = append(v.rows, r)
	}
	done()
	list := make([]fyne.CanvasObject, 0, len(v.sections)+1)
	for _, s := range v.sections {
		list = append(list, s.box)
	}
	v.list.Objects = append(list, v.allDone)
}

func (v *translateView) newRow(f forms.TextField) *translateRow {
	ui := v.ui
	r := &translateRow{v: v, f: f}
	r.label = widget.NewLabel(v.vis(ui.FieldLabel(f.Path)))
	r.label.TextStyle.Bold = true
	r.label.Truncation = fyne.TextTruncateEllipsis

	r.source = newLangText(f.Get(), v.env.draft.Language, v.opts.fonts, v.opts.textFonts)

	// The project's bidirectional entry, in every language: an Arabic
	// translation reads and edits as it prints, and the others lose nothing
	// of Fyne's entry.
	if f.Multiline {
		r.entry = bidientry.NewMultiLineEntry()
		r.entry.SetMinRowsVisible(3)
	} else {
		// One line of text, wrapped so that a long title or list of
		// names can be read whole: two rows unless the source is short.
		r.entry = bidientry.NewEntry()
		r.entry.Wrapping = true
		if utf8.RuneCountInString(f.Get()) > shortSource {
			r.entry.SetMinRowsVisible(2)
		}
	}
	r.styleEntry()
	followBidiCaret(r.entry)
	r.entry.OnChanged = r.typed

	// The stale mark and the "empty" note are made when first needed: most
	// rows never show them, and every widget costs at build time.
	r.staleSlot = container.NewStack()
	r.src = container.NewStack(r.source)
	// The entry keeps its own height at the top of a row whose source
	// text is taller.
	entry := container.NewVBox(r.entry)
	head := v.dir.row(nil, r.staleSlot, v.dir.atStart(r.label))
	cols := container.NewGridWithColumns(2, v.dir.gridCells(2, []fyne.CanvasObject{r.src, entry})...)
	r.box = container.NewVBox(head, cols)
	return r
}

// shortSource is the length (in characters) up to which the translation of a
// one-line field gets a one-row entry: names, keywords, places.
const shortSource = 24

// styleEntry gives the entry the face of the target's script and its
// direction for empty paragraphs.
func (r *translateRow) styleEntry() {
	into := r.v.into
	font := scriptFont(r.v.opts.fonts, into, false)
	if r.entry.FontSource != font || r.entry.DefaultRTL != into.RTL() {
		r.entry.FontSource, r.entry.DefaultRTL = font, into.RTL()
		r.entry.Refresh()
	}
}

// typed is the entry's OnChanged: the user changed the translation.
func (r *translateRow) typed(s string) {
	v := r.v
	if v.loading > 0 {
		return
	}
	v.env.draft.SetTranslation(r.f, v.into, s)
	r.updateStatus()
	v.updateProgress()
	v.env.changed(translationsPath)
}

// confirmStale records the stale translation as made from the current
// source: the translator checked it and it still says the same.
func (r *translateRow) confirmStale() {
	v := r.v
	t, st := v.env.draft.TranslationOf(r.f, v.into)
	if st != forms.Stale {
		return
	}
	v.env.draft.SetTranslation(r.f, v.into, t.Text)
	r.updateStatus()
	v.updateProgress()
	v.env.changed(translationsPath)
}

// refresh re-reads the row from the draft.
func (r *translateRow) refresh() {
	v := r.v
	src := r.f.Get()
	r.source.SetText(src)
	text := v.env.draft.Translations[v.into][r.f.Path].Text
	r.styleEntry()
	if r.entry.Text() != text {
		v.loading++
		r.entry.SetText(text)
		v.loading--
	}
	r.updateStatus()
}

// updateStatus shows the row's translation state.
func (r *translateRow) updateStatus() {
	v := r.v
	_, st := v.env.draft.TranslationOf(r.f, v.into)
	r.status = st
	if st == forms.Stale {
		r.staleMark().Show()
	} else if r.staleBox != nil {
		r.staleBox.Hide()
	}
	if st == forms.NothingToTranslate {
		r.source.Hide()
		r.emptyNote().Show()
		if r.entry.Text() == "" {
			r.entry.Disable()
		}
	} else {
		if r.empty != nil {
			r.empty.Hide()
		}
		r.source.Show()
		r.entry.Enable()
	}
}

// staleMark is the row's stale mark (icon, text, confirm button), made on
// first use.
func (r *translateRow) staleMark() *fyne.Container {
	if r.staleBox != nil {
		return r.staleBox
	}
	v := r.v
	icon := widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
	r.staleText = widget.NewLabel(v.vis(v.ui.T("translate.stale")))
	r.staleText.TextStyle.Bold = true
	r.staleText.Importance = widget.WarningImportance
	r.confirm = newKeyButton(v.vis(v.ui.T("translate.confirm")), theme.ConfirmIcon(), r.confirmStale)
	r.confirm.Importance = widget.LowImportance
	r.staleBox = v.dir.tight(icon, r.staleText, r.confirm)
	r.staleSlot.Add(r.staleBox)
	return r.staleBox
}

// emptyNote says the field is empty in the draft; made on first use.
func (r *translateRow) emptyNote() *widget.Label {
	if r.empty == nil {
		v := r.v
		r.empty = widget.NewLabel(v.vis(v.ui.T("translate.empty")))
		r.empty.TextStyle.Bold = true
		r.empty.Importance = widget.LowImportance
		v.dir.atStart(r.empty)
		r.src.Add(r.empty)
	}
	return r.empty
}

// SetTarget changes the language translated into.
func (v *translateView) SetTarget(l forms.Lang) {
	if l == v.into || l == v.env.draft.Language || !l.Valid() {
		return
	}
	v.into = l
	if name := v.ui.LanguageName(l); v.langSel.Selected != name {
		v.loading++
		v.langSel.SetSelected(name)
		v.loading--
	}
	v.scope.Theme = v.rowTheme()
	v.scope.Refresh()
	v.updateHeads()
	v.Reload()
}

func (v *translateView) updateHeads() {
	ui := v.ui
	v.srcHead.SetText(v.vis(ui.T("translate.head.source", map[string]any{"Language": ui.LanguageName(v.env.draft.Language)})))
	v.tgtHead.SetText(v.vis(ui.T("translate.head.target", map[string]any{"Language": ui.LanguageName(v.into)})))
	v.export.SetText(v.vis(ui.T("ui.export.oneIn", map[string]any{"Language": ui.LanguageName(v.into)})))
}

// Reload re-reads every row from the draft: after an edit of the source
// text elsewhere, an import, another target. Rows are rebuilt only when
// the draft's fields are not the ones they were built for.
func (v *translateView) Reload() {
	fields := v.env.draft.TextFields()
	same := len(fields) == len(v.rows)
	for i := 0; same && i < len(fields); i++ {
		same = fields[i].Path == v.rows[i].f.Path
	}
	if !same {
		v.buildRows()
		v.scope.Refresh()
	}
	for i, r := range v.rows {
		r.f = fields[i]
		r.refresh()
	}
	v.updateProgress()
	v.applyFilter()
}

// counts tells how many fields have something to translate, how many of
// them are translated (from the current source) and how many are stale.
func countRows(rows []*translateRow) (total, done, stale int) {
	for _, r := range rows {
		switch r.status {
		case forms.Translated:
			total++
			done++
		case forms.Stale:
			total++
			stale++
		case forms.Untranslated:
			total++
		}
	}
	return
}

// updateProgress rewrites the counters: overall and per step. Labels are
// set only when their text changes.
func (v *translateView) updateProgress() {
	ui := v.ui
	total, done, stale := countRows(v.rows)
	lang := ui.LanguageName(v.into)
	var text string
	if total == 0 {
		text = ui.T("translate.nothing")
	} else {
		text = ui.N("translate.progress", total, map[string]any{"Done": done, "Language": lang})
		if stale > 0 {
			text += ui.T("translate.separator") + ui.N("translate.progress.stale", stale, nil)
		}
	}
	if text != v.progText {
		v.progText = text
		v.progress.SetText(v.vis(text))
	}
	for _, s := range v.sections {
		t, d, _ := countRows(s.rows)
		h := ui.T("step." + string(s.step))
		if t > 0 {
			h += ui.T("translate.separator") + ui.N("translate.progress.step", t, map[string]any{"Done": d})
		}
		if h = v.vis(h); s.head.Text != h {
			s.head.SetText(h)
		}
	}
}

// ProgressText is the overall counter as shown.
func (v *translateView) ProgressText() string { return v.progText }

// blank tells a row with nothing to translate and no translation left from
// an earlier source: it is not shown at all.
func (r *translateRow) blank() bool {
	return r.status == forms.NothingToTranslate && r.entry.Text() == ""
}

// applyFilter shows every row but the blank ones, or only those
// untranslated or stale.
func (v *translateView) applyFilter() {
	only := v.filter.Checked
	changed := false
	show := func(o fyne.CanvasObject, on bool) {
		if o.Visible() != on {
			changed = true
			if on {
				o.Show()
			} else {
				o.Hide()
			}
		}
	}
	anyShown := false
	for _, s := range v.sections {
		shown := false
		for _, r := range s.rows {
			on := !r.blank() && (!only || r.status == forms.Untranslated || r.status == forms.Stale)
			show(r.box, on)
			shown = shown || on
		}
		show(s.box, shown)
		anyShown = anyShown || shown
	}
	show(v.allDone, only && !anyShown)
	if changed {
		// Only what was shown or hidden changed: lay the list out again.
		for _, s := range v.sections {
			s.box.Layout.Layout(s.box.Objects, s.box.Size())
		}
		v.list.Layout.Layout(v.list.Objects, v.list.Size())
		v.scroll.Refresh()
	}
}

// ---- XLIFF ----

func (v *translateView) dialogSize() fyne.Size {
	s := v.env.win.Canvas().Size()
	return fyne.NewSize(max(600, s.Width*0.8), max(420, s.Height*0.8))
}

// xliffName is the file name offered for an export.
func (v *translateView) xliffName() string {
	p := v.env.draft
	name := filename.Part(strings.TrimPrefix(p.FocusGroup.Acronym, "FG-"))
	if name == "" {
		name = "proposal"
	}
	return "FG-" + name + "." + string(p.Language) + "-" + string(v.into) + ".xlf"
}

// XLIFF returns the draft's free text as XLIFF for the current target. A
// draft with no ID is given one, which is an edit (save it, so that the
// import recognises the file).
func (v *translateView) XLIFF() ([]byte, error) {
	p := v.env.draft
	if p.ID == "" {
		p.EnsureID()
		v.env.changed(forms.DraftID.Path())
	}
	return xliff.Export(p, v.into, p.ID)
}

func (v *translateView) exportXLIFFDialog() {
	ui := v.ui
	data, err := v.XLIFF()
	if err != nil {
		v.showMessage(ui.T("translate.xliff.exportFailed"), ui.Problem(err))
		return
	}
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err == nil && wc != nil {
			_, err = wc.Write(data)
			if cerr := wc.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			v.showMessage(ui.T("translate.xliff.exportFailed"), err.Error())
		}
	}, v.env.win)
	d.SetFileName(v.xliffName())
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlf", ".xliff"}))
	if v.opts.folder != nil {
		v.opts.folder(d.SetLocation)
	}
	d.Resize(v.dialogSize())
	d.Show()
}

func (v *translateView) importXLIFFDialog() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			v.showMessage(v.ui.T("translate.import.failed"), err.Error())
			return
		}
		if rc == nil {
			return
		}
		rc.Close()
		v.ImportXLIFFFile(rc.URI().Path())
	}, v.env.win)
	d.SetFilter(regularFiles(".xlf", ".xliff", ".xml"))
	if v.opts.folder != nil {
		v.opts.folder(d.SetLocation)
	}
	d.Resize(v.dialogSize())
	d.Show()
}

// ImportXLIFFFile reads the XLIFF file at path and imports it (see
// ImportXLIFF). A file that cannot be read — not a regular file, too large —
// gets a dialog naming the problem, and nothing changes.
func (v *translateView) ImportXLIFFFile(path string) bool {
	data, err := regularfile.Read(path, xliff.MaxSize)
	if err != nil {
		ui := v.ui
		v.showMessage(ui.T("translate.import.failed"),
			readProblem(ui, err)+"\n\n"+ui.T("translate.import.unchanged")+"\n\n"+err.Error())
		return false
	}
	return v.ImportXLIFF(data)
}

// ImportXLIFF applies an XLIFF file to the current target and says what it
// did; a file that does not fit changes nothing and gets a dialog naming
// the problem. It reports whether the file was applied.
func (v *translateView) ImportXLIFF(data []byte) bool {
	ui := v.ui
	res, err := xliff.Import(v.env.draft, data, v.into)
	if err != nil {
		v.showMessage(ui.T("translate.import.failed"),
			v.importProblem(err)+"\n\n"+ui.T("translate.import.unchanged")+"\n\n"+err.Error())
		return false
	}
	v.Reload()
	if res.Changed() {
		v.env.changed(translationsPath)
	}
	v.showMessage(ui.T("translate.import.doneTitle"), v.importSummary(res))
	return true
}

// importSummary is what an import did, one count a line.
func (v *translateView) importSummary(res xliff.ImportResult) string {
	ui := v.ui
	var lines []string
	if res.Unmarked {
		lines = append(lines, ui.T("files.xliff.unmarked"), "")
	}
	lines = append(lines,
		ui.N("translate.import.applied", res.Applied, nil),
		ui.N("translate.import.same", res.Unchanged, nil),
		ui.N("translate.import.stale", len(res.Stale), nil),
		ui.N("translate.import.untranslated", res.Untranslated, nil),
	)
	for _, p := range res.Stale {
		lines = append(lines, "  • "+ui.FieldLabel(p))
	}
	if n := len(res.Skipped); n > 0 {
		lines = append(lines, ui.N("translate.import.skipped", n, nil))
		for _, s := range res.Skipped {
			lines = append(lines, "  • "+s.Unit+": "+s.Reason)
		}
	}
	return strings.Join(lines, "\n")
}

// importProblem names, in the interface language, why a file was refused
// (locales' XLIFFProblem).
func (v *translateView) importProblem(err error) string {
	if msg, ok := v.ui.XLIFFProblem(err); ok {
		return msg
	}
	return v.ui.T("translate.import.unreadable")
}

// showMessage shows a message with an OK button in the view's window.
func (v *translateView) showMessage(title, text string) {
	l := messageLabel(v.ui, text)
	d := dialog.NewCustom(title, v.ui.T("translate.ok"), container.NewVScroll(l), v.env.win)
	d.Resize(fyne.NewSize(560, 320))
	dialogKeys(v.env.win.Canvas(), d, d.Hide, d.Hide)
	d.Show()
}

// ---- Export ----

// exportDocument exports the draft in the target language as the review
// step exports it.
func (v *translateView) exportDocument() {
	if v.opts.export != nil {
		v.opts.export(v.env.win, v.into)
	}
}
