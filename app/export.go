package app

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"fgdraft/app/session"
	"fgdraft/export"
	"fgdraft/export/docx"
	"fgdraft/export/fonts"
	"fgdraft/export/pdf"
	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// exportFormats are the formats the review step offers, in the order shown.
var exportFormats = []export.Format{export.PDF, export.DOCX}

// exportFlow is the export of the draft from the review step: the formats
// ticked, the folder picker, the confirmations (fields left untranslated,
// files already there), writing the files in the background and the dialog
// that lists them. It holds what it needs and asks the window, through
// exportHost, for the rest.
type exportFlow struct {
	env   *uiEnv // its language is the interface's of the moment
	host  exportHost
	sess  *session.Session
	win   fyne.Window // the parent of the dialogs
	prefs fyne.Preferences
}

// exportHost is what the export flow needs of the window: the error dialog.
type exportHost interface {
	showError(title, text string)
}

var _ exportHost = (*window)(nil)

// exportFormats are the formats the user ticked last (preference
// prefExportFormats); both until a choice is made.
func (e *exportFlow) exportFormats() []export.Format {
	saved := strings.Fields(e.prefs.StringWithFallback(prefExportFormats, "pdf docx"))
	var out []export.Format
	for _, f := range exportFormats {
		if slices.Contains(saved, string(f)) {
			out = append(out, f)
		}
	}
	return out
}

func (e *exportFlow) setExportFormats(formats []export.Format) {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f)
	}
	e.prefs.SetString(prefExportFormats, strings.Join(names, " "))
}

// exportFonts parses the embedded fonts once, on first use: exports, the
// preview and the line breaking of wrapped labels all share them.
type exportFonts struct {
	once  sync.Once
	fonts *fonts.Set
	pdf   *pdf.Renderer
	// producer is the program and version written into exported files.
	producer string
	err      error
}

func (f *exportFonts) load() {
	f.once.Do(func() {
		f.fonts, f.err = fonts.Load()
		if f.err == nil {
			f.pdf = pdf.New(f.fonts)
			f.pdf.Producer = f.producer
		}
	})
}

// get is the fonts; none without an exportFonts (a form standing alone,
// in tests), whose text is then set a paragraph a line.
func (f *exportFonts) get() (*fonts.Set, error) {
	if f == nil {
		return nil, errors.New("no fonts")
	}
	f.load()
	return f.fonts, f.err
}

// pdfRenderer is the PDF renderer drawing with the shared fonts.
func (f *exportFonts) pdfRenderer() (*pdf.Renderer, error) {
	f.load()
	return f.pdf, f.err
}

// renderer is the renderer of a format: the PDF one with the shared fonts,
// or the DOCX one, which needs none.
func (f *exportFonts) renderer(format export.Format) (export.Renderer, error) {
	if format == export.DOCX {
		r := docx.New()
		r.Producer = f.producer
		return r, nil
	}
	return f.pdfRenderer()
}

// exportResult is the outcome of writing one language in one format.
type exportResult struct {
	lang   forms.Lang
	format export.Format
	path   string
	err    error
}

// exportDialog asks for a folder and exports the draft in the document
// language, or in all six, in the formats ticked.
func (e *exportFlow) exportDialog(all bool) { e.exportLangsDialog(e.sess.ExportLangs(all), nil) }

// inWindow is the same flow with its dialogs and errors in win: the
// translation window exports through it.
func (e *exportFlow) inWindow(win fyne.Window) *exportFlow {
	f := *e
	f.win = win
	f.host = otherWindowHost{env: e.env, win: win}
	return &f
}

// exportIn exports the draft in lang with the dialogs in win (the
// translation window's export).
func (e *exportFlow) exportIn(win fyne.Window, lang forms.Lang) {
	e.inWindow(win).exportLangsDialog([]forms.Lang{lang}, nil)
}

// otherWindowHost is an exportHost whose error dialogs go to another window
// than the host's.
type otherWindowHost struct {
	env *uiEnv
	win fyne.Window
}

func (h otherWindowHost) showError(title, text string) {
	ui := h.env.ui
	d := dialog.NewCustom(title, ui.T("ui.dialog.ok"), container.NewVScroll(messageLabel(ui, text)), h.win)
	d.Resize(fyne.NewSize(520, 240))
	dialogKeys(h.win.Canvas(), d, d.Hide, d.Hide)
	d.Show()
}

// exportLangsDialog asks for a folder and exports the draft in langs, in
// the formats ticked; for a revision of the contribution whose draft is
// filed (revision.go) when filed is not nil.
func (e *exportFlow) exportLangsDialog(langs []forms.Lang, filed *forms.Proposal) {
	formats := e.exportFormats()
	if len(formats) == 0 {
		return // the buttons are disabled; a shortcut may still get here
	}
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			e.host.showError(e.env.ui.T("ui.export.failed"), err.Error())
			return
		}
		if dir == nil {
			return
		}
		e.confirmUntranslated(langs, func() {
			e.confirmReplace(dir.Path(), langs, formats, func() { e.startExport(dir.Path(), langs, formats, filed) })
		})
	}, e.win)
	// The picker asks for a folder only: its title names the files that
	// will be written there.
	d.SetTitleText(e.exportFolderTitle(langs, formats))
	d.SetConfirmText(e.env.ui.T("wizard.export.here"))
	setDialogFolder(e.sess.Folder(), d.SetLocation)
	d.Resize(dialogSize(e.win))
	d.Show()
	fileDialogKeys(e.win.Canvas(), d)
}

// exportFolderTitle is the folder picker's title: which files go into the
// folder chosen.
func (e *exportFlow) exportFolderTitle(langs []forms.Lang, formats []export.Format) string {
	names := e.sess.ExportNames(langs, formats)
	ui := e.env.ui
	var title string
	switch len(names) {
	case 1:
		title = ui.T("wizard.export.folderFor", map[string]any{"Name": names[0]})
	case 2:
		title = ui.T("wizard.export.folderForTwo", map[string]any{"First": names[0], "Second": names[1]})
	default:
		title = ui.N("wizard.export.folderForAll", len(names), map[string]any{"First": names[0], "Last": names[len(names)-1]})
	}
	return uiTextSpans(ui, title, names...)
}

// untranslated lists, per language other than the draft's, the labels of
// the fields that have no translation into it.
func (e *exportFlow) untranslated(langs []forms.Lang) map[forms.Lang][]string {
	out := map[forms.Lang][]string{}
	for l, paths := range e.sess.Untranslated(langs) {
		for _, p := range paths {
			out[l] = append(out[l], e.env.ui.FieldLabel(p))
		}
	}
	return out
}

// confirmUntranslated says, before anything is written, which fields will
// stay in the draft's language, and runs then if the user goes on.
func (e *exportFlow) confirmUntranslated(langs []forms.Lang, then func()) {
	missing := e.untranslated(langs)
	if len(missing) == 0 {
		then()
		return
	}
	ui := e.env.ui
	var b strings.Builder
	for _, l := range langs {
		fields := missing[l]
		if len(fields) == 0 {
			continue
		}
		b.WriteString(ui.N("ui.export.untranslatedIn", len(fields), map[string]any{
			"Language": ui.LanguageName(l),
			"Source":   ui.LanguageName(e.sess.Draft().Language),
		}))
		b.WriteString("\n")
		const shown = 12
		for i, f := range fields {
			if i == shown {
				b.WriteString("  " + ui.N("ui.export.andMore", len(fields)-shown, nil) + "\n")
				break
			}
			b.WriteString("  • " + f + "\n")
		}
		b.WriteString("\n")
	}
	l := widget.NewLabel(strings.TrimSpace(b.String()))
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(ui.T("ui.export.untranslatedTitle"), ui.T("ui.export.continue"), ui.T("ui.dialog.cancel"),
		container.NewVScroll(l), func(ok bool) {
			if ok {
				then()
			}
		}, e.win)
	d.Resize(fyne.NewSize(560, 420))
	dialogKeys(e.win.Canvas(), d, d.Confirm, d.Hide)
	d.Show()
}

// confirmReplace asks before files already in dir are written over, and
// runs then if there are none or the user agrees.
func (e *exportFlow) confirmReplace(dir string, langs []forms.Lang, formats []export.Format, then func()) {
	existing := e.sess.ExistingExports(dir, langs, formats)
	if len(existing) == 0 {
		then()
		return
	}
	ui := e.env.ui
	msg := widget.NewLabel(ui.N("ui.export.replace", len(existing), map[string]any{"Folder": dir}) + "\n\n" + strings.Join(existing, "\n"))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	replace := newKeyButton(ui.T("wizard.export.replace"), nil, func() {
		d.Hide()
		then()
	})
	replace.Importance = widget.DangerImportance
	keep := newKeyButton(ui.T("wizard.export.keepBoth"), nil, func() {
		d.Hide()
		kept, err := keepAside(dir, existing)
		if err != nil {
			e.host.showError(ui.T("ui.export.failed"), ui.T("wizard.export.keepFailed", map[string]any{"Problem": err.Error()}))
			return
		}
		e.showInfo(ui.T("wizard.export.keptTitle"), ui.N("wizard.export.kept", len(kept), map[string]any{"Folder": dir})+"\n\n"+strings.Join(kept, "\n"), then)
	})
	keep.Importance = widget.HighImportance
	cancel := newKeyButton(ui.T("ui.dialog.cancel"), nil, func() {
		d.Hide()
		e.showInfo(ui.T("wizard.export.cancelledTitle"), ui.T("wizard.export.cancelled", map[string]any{"Folder": dir}), nil)
	})
	d = dialog.NewCustomWithoutButtons(ui.T("ui.export.replaceTitle"), container.NewVScroll(msg), e.win)
	d.SetButtons(e.env.dir().dialogButtons(cancel, replace, keep))
	d.Resize(fyne.NewSize(560, 300))
	dialogKeys(e.win.Canvas(), d, keep.OnTapped, cancel.OnTapped)
	d.Show()
}

// keepAside renames the files names in dir to free names ("name (2).pdf"),
// so that an export keeps them beside the new ones. It returns the new
// names; on failure the files renamed so far stay renamed.
func keepAside(dir string, names []string) ([]string, error) {
	var kept []string
	for _, name := range names {
		ext := filepath.Ext(name)
		base := strings.TrimSuffix(name, ext)
		for n := 2; ; n++ {
			alt := base + " (" + strconv.Itoa(n) + ")" + ext
			if _, err := os.Lstat(filepath.Join(dir, alt)); err == nil {
				continue
			}
			if err := os.Rename(filepath.Join(dir, name), filepath.Join(dir, alt)); err != nil {
				return kept, err
			}
			kept = append(kept, name+" → "+alt)
			break
		}
	}
	return kept, nil
}

// showInfo shows a message with an OK button; then (if not nil) runs when
// it is closed.
func (e *exportFlow) showInfo(title, text string, then func()) {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, e.env.ui.T("ui.dialog.ok"), container.NewVScroll(l), e.win)
	d.Resize(fyne.NewSize(520, 260))
	dialogKeys(e.win.Canvas(), d, d.Hide, d.Hide)
	if then != nil {
		d.SetOnClosed(then)
	}
	d.Show()
}

// startExport writes the files in the background with a progress dialog,
// then shows where they are.
//
// For a revision of filed, the draft exported is numbered after it, and
// the session's draft keeps that number once the files are written.
func (e *exportFlow) startExport(dir string, langs []forms.Lang, formats []export.Format, filed *forms.Proposal) {
	ui := e.env.ui
	total := len(langs) * len(formats)
	bar := widget.NewProgressBar()
	bar.Max = float64(total)
	label := widget.NewLabel(ui.T("ui.export.preparing"))
	prog := dialog.NewCustomWithoutButtons(ui.T("ui.export.progressTitle"), container.NewVBox(label, bar), e.win)
	prog.Resize(fyne.NewSize(420, 0))
	prog.Show()
	p := e.sess.Draft().Clone()
	if filed != nil {
		p.Contribution.Revision = filed.Contribution.Revision + 1
	}
	today := e.env.today()
	go func() {
		results := e.runRevisionExport(p, filed, dir, langs, formats, today, func(i int, l forms.Lang) {
			fyne.Do(func() {
				bar.SetValue(float64(i))
				label.SetText(ui.T("ui.export.writing", map[string]any{
					"Language": ui.LanguageName(l), "Number": i + 1, "Total": total}))
			})
		})
		fyne.Do(func() {
			prog.Hide()
			if d := e.sess.Draft(); filed != nil && d.Contribution.Revision != p.Contribution.Revision && anyWritten(results) {
				d.Contribution.Revision = p.Contribution.Revision
				e.sess.Edited()
			}
			e.showExported(dir, results)
		})
	}()
}

// runExport writes one file per language and format into dir; progress is
// called before each. It touches no widget.
func (e *exportFlow) runExport(p *forms.Proposal, dir string, langs []forms.Lang, formats []export.Format, today forms.Date, progress func(int, forms.Lang)) []exportResult {
	return e.runRevisionExport(p, nil, dir, langs, formats, today, progress)
}

// runRevisionExport is runExport for a revision of the contribution whose
// draft is filed; nil exports the draft unmarked.
func (e *exportFlow) runRevisionExport(p, filed *forms.Proposal, dir string, langs []forms.Lang, formats []export.Format, today forms.Date, progress func(int, forms.Lang)) []exportResult {
	var out []exportResult
	for _, l := range langs {
		for _, f := range formats {
			if progress != nil {
				progress(len(out), l)
			}
			path := filepath.Join(dir, export.FileName(p, l, f))
			r := exportResult{lang: l, format: f, path: path}
			var renderer export.Renderer
			if renderer, r.err = e.env.textFonts.renderer(f); r.err == nil {
				_, r.err = export.WriteRevision(path, p, filed, l, e.env.cat, renderer, a7.Options{Today: today, ExportLang: l})
			}
			out = append(out, r)
		}
	}
	return out
}

// anyWritten tells whether an export wrote at least one file.
func anyWritten(results []exportResult) bool {
	for _, r := range results {
		if r.err == nil {
			return true
		}
	}
	return false
}

// showExported lists what was written, with a way to open it.
func (e *exportFlow) showExported(dir string, results []exportResult) {
	ui := e.env.ui
	var ok []exportResult
	var b strings.Builder
	for _, r := range results {
		if r.err != nil {
			b.WriteString(ui.T("ui.export.langFailed", map[string]any{"Language": ui.LanguageName(r.lang), "Problem": export.Describe(r.err, ui)}))
			b.WriteString("\n")
			continue
		}
		ok = append(ok, r)
	}
	if len(ok) == 0 {
		e.host.showError(ui.T("ui.export.failed"), strings.TrimSpace(b.String()))
		return
	}
	head := ui.N("ui.export.done", len(ok), map[string]any{"Folder": dir})
	text := head
	if b.Len() > 0 {
		text += "\n\n" + strings.TrimSpace(b.String())
	}
	msg := messageLabelSpans(ui, text, dir)
	files := container.NewVBox()
	for _, r := range ok {
		path := r.path
		files.Add(newKeyButton(filepath.Base(path), nil, func() { e.openFile(path) }))
	}
	var d *dialog.CustomDialog
	openFolder := newKeyButton(ui.T("ui.export.openFolder"), nil, func() { e.openFile(dir) })
	openFolder.Importance = widget.HighImportance
	closeBtn := newKeyButton(ui.T("ui.dialog.close"), nil, func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(ui.T("ui.export.doneTitle"), container.NewVBox(msg, files), e.win)
	d.SetButtons(e.env.dir().dialogButtons(closeBtn, openFolder))
	d.Resize(fyne.NewSize(520, 0))
	dialogKeys(e.win.Canvas(), d, openFolder.OnTapped, d.Hide)
	d.Show()
}

// openFile opens a file or folder with the system's application for it.
func (e *exportFlow) openFile(path string) {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err != nil {
		e.host.showError(e.env.ui.T("ui.export.failed"), err.Error())
		return
	}
	if err := e.env.app.OpenURL(u); err != nil {
		// The error is the system's ("exec: \"xdg-open\": executable file
		// not found"): the user needs to know what to do instead.
		e.host.showError(e.env.ui.T("ui.export.openFailed"), e.env.ui.T("wizard.export.openFailed", map[string]any{"Path": path}))
	}
}
