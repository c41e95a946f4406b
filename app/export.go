package app

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"fgdraft/export"
	"fgdraft/export/fonts"
	"fgdraft/export/pdf"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

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

// exportResult is the outcome of writing one language.
type exportResult struct {
	lang forms.Lang
	path string
	err  error
}

// exportDialog asks for a folder and exports the draft in the document
// language, or in all six.
func (w *window) exportDialog(all bool) {
	langs := []forms.Lang{w.docLang}
	if all {
		langs = forms.Languages()
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
			w.confirmReplace(dir.Path(), langs, func() { w.startExport(dir.Path(), langs) })
		})
	}, w.win)
	w.setDialogFolder(d.SetLocation)
	d.Resize(dialogSize(w.win))
	d.Show()
}

// untranslated lists, per language other than the draft's, the labels of
// the fields that have no translation into it.
func (w *window) untranslated(langs []forms.Lang) map[forms.Lang][]string {
	out := map[forms.Lang][]string{}
	for _, l := range langs {
		if l == w.draft.Language {
			continue
		}
		_, missing := w.draft.Localized(l)
		for _, p := range missing {
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
			"Source":   ui.LanguageName(w.draft.Language),
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
	d.Show()
}

// confirmReplace asks before PDFs already in dir are written over, and runs
// then if there are none or the user agrees.
func (w *window) confirmReplace(dir string, langs []forms.Lang, then func()) {
	var existing []string
	for _, l := range langs {
		name := export.FileName(w.draft, l, export.PDF)
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			existing = append(existing, name)
		}
	}
	if len(existing) == 0 {
		then()
		return
	}
	msg := w.ui.N("ui.export.replace", len(existing), map[string]any{"Folder": dir}) + "\n\n" + strings.Join(existing, "\n")
	d := dialog.NewConfirm(w.ui.T("ui.export.replaceTitle"), msg, func(ok bool) {
		if ok {
			then()
		}
	}, w.win)
	d.Show()
}

// startExport writes the PDFs in the background with a progress dialog,
// then shows where they are.
func (w *window) startExport(dir string, langs []forms.Lang) {
	ui := w.ui
	bar := widget.NewProgressBar()
	bar.Max = float64(len(langs))
	label := widget.NewLabel(ui.T("ui.export.preparing"))
	prog := dialog.NewCustomWithoutButtons(ui.T("ui.export.progressTitle"), container.NewVBox(label, bar), w.win)
	prog.Resize(fyne.NewSize(420, 0))
	prog.Show()
	p := w.draft.Clone()
	today := w.today()
	go func() {
		results := w.runExport(p, dir, langs, today, func(i int, l forms.Lang) {
			fyne.Do(func() {
				bar.SetValue(float64(i))
				label.SetText(ui.T("ui.export.writing", map[string]any{
					"Language": ui.LanguageName(l), "Number": i + 1, "Total": len(langs)}))
			})
		})
		fyne.Do(func() {
			prog.Hide()
			w.showExported(dir, results)
		})
	}()
}

// runExport writes one PDF per language into dir; progress is called
// before each. It touches no widget.
func (w *window) runExport(p *forms.Proposal, dir string, langs []forms.Lang, today forms.Date, progress func(int, forms.Lang)) []exportResult {
	renderer, err := w.exportFonts.pdfRenderer()
	var out []exportResult
	for i, l := range langs {
		if progress != nil {
			progress(i, l)
		}
		path := filepath.Join(dir, export.FileName(p, l, export.PDF))
		r := exportResult{lang: l, path: path, err: err}
		if err == nil {
			_, r.err = export.WriteFile(path, p, l, w.cat, renderer, forms.Options{Today: today, ExportLang: l})
		}
		out = append(out, r)
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
			b.WriteString(ui.T("ui.export.langFailed", map[string]any{"Language": ui.LanguageName(r.lang), "Problem": r.err.Error()}))
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
	if w.rtl() {
		d.SetButtons([]fyne.CanvasObject{openFolder, closeBtn})
	} else {
		d.SetButtons([]fyne.CanvasObject{closeBtn, openFolder})
	}
	d.Resize(fyne.NewSize(520, 0))
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
		w.showError(w.ui.T("ui.export.openFailed"), err.Error())
	}
}
