package app

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

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

// exportFormats are the formats the user ticked last (preference
// prefExportFormats); both until a choice is made.
func (w *window) exportFormats() []export.Format {
	saved := strings.Fields(w.prefs.StringWithFallback(prefExportFormats, "pdf docx"))
	var out []export.Format
	for _, f := range exportFormats {
		if slices.Contains(saved, string(f)) {
			out = append(out, f)
		}
	}
	return out
}

func (w *window) setExportFormats(formats []export.Format) {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f)
	}
	w.prefs.SetString(prefExportFormats, strings.Join(names, " "))
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

func (f *exportFonts) get() (*fonts.Set, error) {
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
func (w *window) exportDialog(all bool) {
	langs := w.sess.ExportLangs(all)
	formats := w.exportFormats()
	if len(formats) == 0 {
		return // the buttons are disabled; a shortcut may still get here
	}
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			w.showError(w.ui.T("ui.export.failed"), err.Error())
			return
		}
		if dir == nil {
			return
		}
		w.confirmUntranslated(langs, func() {
			w.confirmReplace(dir.Path(), langs, formats, func() { w.startExport(dir.Path(), langs, formats) })
		})
	}, w.win)
	// The picker asks for a folder only: its title names the files that
	// will be written there.
	d.SetTitleText(w.exportFolderTitle(langs, formats))
	d.SetConfirmText(w.ui.T("wizard.export.here"))
	w.setDialogFolder(d.SetLocation)
	d.Resize(dialogSize(w.win))
	d.Show()
}

// exportFolderTitle is the folder picker's title: which files go into the
// folder chosen.
func (w *window) exportFolderTitle(langs []forms.Lang, formats []export.Format) string {
	names := w.sess.ExportNames(langs, formats)
	if len(names) == 1 {
		return w.ui.T("wizard.export.folderFor", map[string]any{"Name": names[0]})
	}
	return w.ui.N("wizard.export.folderForAll", len(names), map[string]any{"First": names[0], "Last": names[len(names)-1]})
}

// untranslated lists, per language other than the draft's, the labels of
// the fields that have no translation into it.
func (w *window) untranslated(langs []forms.Lang) map[forms.Lang][]string {
	out := map[forms.Lang][]string{}
	for l, paths := range w.sess.Untranslated(langs) {
		for _, p := range paths {
			out[l] = append(out[l], w.ui.FieldLabel(p))
		}
	}
	return out
}

// confirmUntranslated says, before anything is written, which fields will
// stay in the draft's language, and runs then if the user goes on.
func (w *window) confirmUntranslated(langs []forms.Lang, then func()) {
	missing := w.untranslated(langs)
	if len(missing) == 0 {
		then()
		return
	}
	ui := w.ui
	var b strings.Builder
	for _, l := range langs {
		fields := missing[l]
		if len(fields) == 0 {
			continue
		}
		b.WriteString(ui.N("ui.export.untranslatedIn", len(fields), map[string]any{
			"Language": ui.LanguageName(l),
			"Source":   ui.LanguageName(w.sess.Draft().Language),
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
		}, w.win)
	d.Resize(fyne.NewSize(560, 420))
	dialogKeys(w.win.Canvas(), d, d.Confirm, d.Hide)
	d.Show()
}

// confirmReplace asks before files already in dir are written over, and
// runs then if there are none or the user agrees.
func (w *window) confirmReplace(dir string, langs []forms.Lang, formats []export.Format, then func()) {
	existing := w.sess.ExistingExports(dir, langs, formats)
	if len(existing) == 0 {
		then()
		return
	}
	ui := w.ui
	msg := widget.NewLabel(ui.N("ui.export.replace", len(existing), map[string]any{"Folder": dir}) + "\n\n" + strings.Join(existing, "\n"))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	replace := widget.NewButton(ui.T("wizard.export.replace"), func() {
		d.Hide()
		then()
	})
	replace.Importance = widget.DangerImportance
	keep := widget.NewButton(ui.T("wizard.export.keepBoth"), func() {
		d.Hide()
		kept, err := keepAside(dir, existing)
		if err != nil {
			w.showError(ui.T("ui.export.failed"), ui.T("wizard.export.keepFailed", map[string]any{"Problem": err.Error()}))
			return
		}
		w.showInfo(ui.T("wizard.export.keptTitle"), ui.N("wizard.export.kept", len(kept), map[string]any{"Folder": dir})+"\n\n"+strings.Join(kept, "\n"), then)
	})
	keep.Importance = widget.HighImportance
	cancel := widget.NewButton(ui.T("ui.dialog.cancel"), func() {
		d.Hide()
		w.showInfo(ui.T("wizard.export.cancelledTitle"), ui.T("wizard.export.cancelled", map[string]any{"Folder": dir}), nil)
	})
	d = dialog.NewCustomWithoutButtons(ui.T("ui.export.replaceTitle"), container.NewVScroll(msg), w.win)
	d.SetButtons(w.dir().dialogButtons(cancel, replace, keep))
	d.Resize(fyne.NewSize(560, 300))
	dialogKeys(w.win.Canvas(), d, keep.OnTapped, cancel.OnTapped)
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
func (w *window) showInfo(title, text string, then func()) {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, w.ui.T("ui.dialog.ok"), container.NewVScroll(l), w.win)
	d.Resize(fyne.NewSize(520, 260))
	dialogKeys(w.win.Canvas(), d, d.Hide, d.Hide)
	if then != nil {
		d.SetOnClosed(then)
	}
	d.Show()
}

// startExport writes the files in the background with a progress dialog,
// then shows where they are.
func (w *window) startExport(dir string, langs []forms.Lang, formats []export.Format) {
	ui := w.ui
	total := len(langs) * len(formats)
	bar := widget.NewProgressBar()
	bar.Max = float64(total)
	label := widget.NewLabel(ui.T("ui.export.preparing"))
	prog := dialog.NewCustomWithoutButtons(ui.T("ui.export.progressTitle"), container.NewVBox(label, bar), w.win)
	prog.Resize(fyne.NewSize(420, 0))
	prog.Show()
	p := w.sess.Draft().Clone()
	today := w.today()
	go func() {
		results := w.runExport(p, dir, langs, formats, today, func(i int, l forms.Lang) {
			fyne.Do(func() {
				bar.SetValue(float64(i))
				label.SetText(ui.T("ui.export.writing", map[string]any{
					"Language": ui.LanguageName(l), "Number": i + 1, "Total": total}))
			})
		})
		fyne.Do(func() {
			prog.Hide()
			w.showExported(dir, results)
		})
	}()
}

// runExport writes one file per language and format into dir; progress is
// called before each. It touches no widget.
func (w *window) runExport(p *forms.Proposal, dir string, langs []forms.Lang, formats []export.Format, today forms.Date, progress func(int, forms.Lang)) []exportResult {
	var out []exportResult
	for _, l := range langs {
		for _, f := range formats {
			if progress != nil {
				progress(len(out), l)
			}
			path := filepath.Join(dir, export.FileName(p, l, f))
			r := exportResult{lang: l, format: f, path: path}
			var renderer export.Renderer
			if renderer, r.err = w.exportFonts.renderer(f); r.err == nil {
				_, r.err = export.WriteFile(path, p, l, w.cat, renderer, a7.Options{Today: today, ExportLang: l})
			}
			out = append(out, r)
		}
	}
	return out
}

// showExported lists what was written, with a way to open it.
func (w *window) showExported(dir string, results []exportResult) {
	ui := w.ui
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
		w.showError(ui.T("ui.export.failed"), strings.TrimSpace(b.String()))
		return
	}
	head := ui.N("ui.export.done", len(ok), map[string]any{"Folder": dir})
	text := head
	if b.Len() > 0 {
		text += "\n\n" + strings.TrimSpace(b.String())
	}
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	files := container.NewVBox()
	for _, r := range ok {
		path := r.path
		files.Add(widget.NewButton(filepath.Base(path), func() { w.openFile(path) }))
	}
	var d *dialog.CustomDialog
	openFolder := widget.NewButton(ui.T("ui.export.openFolder"), func() { w.openFile(dir) })
	openFolder.Importance = widget.HighImportance
	closeBtn := widget.NewButton(ui.T("ui.dialog.close"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(ui.T("ui.export.doneTitle"), container.NewVBox(msg, files), w.win)
	d.SetButtons(w.dir().dialogButtons(closeBtn, openFolder))
	d.Resize(fyne.NewSize(520, 0))
	dialogKeys(w.win.Canvas(), d, openFolder.OnTapped, d.Hide)
	d.Show()
}

// openFile opens a file or folder with the system's application for it.
func (w *window) openFile(path string) {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err != nil {
		w.showError(w.ui.T("ui.export.failed"), err.Error())
		return
	}
	if err := w.app.OpenURL(u); err != nil {
		// The error is the system's ("exec: \"xdg-open\": executable file
		// not found"): the user needs to know what to do instead.
		w.showError(w.ui.T("ui.export.openFailed"), w.ui.T("wizard.export.openFailed", map[string]any{"Path": path}))
	}
}
