package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fgdraft/export/reopen"
	"fgdraft/forms"
	"fgdraft/forms/draftfile"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// Preference keys.
const (
	prefExportFormats = "exportFormats" // the formats ticked on the review step: "pdf docx"
)

// openExtensions are the files File → Open offers: drafts, and the
// contributions fgdraft wrote, which carry their draft.
var openExtensions = []string{".json", ".pdf", ".docx"}

// load opens the draft file at path, or the draft inside a PDF or Word
// file fgdraft wrote. On failure nothing changes and the error (which names
// the problem) is returned.
func (w *window) load(path string) error {
	opened, err := w.sess.Open(path)
	w.showKept(path, opened.Kept)
	return err
}

// openPath opens a draft file chosen by the user; a bad file gets a dialog
// naming the problem and the current draft stays as it was.
func (w *window) openPath(path string) {
	if err := w.load(path); err != nil {
		w.showLoadError(err)
		return
	}
	w.autosave.clear()
	w.win.SetMainMenu(w.mainMenu())
}

// openExample makes the bundled example the draft: a newcomer sees a
// complete proposal. It is untitled; saving it asks where.
func (w *window) openExample() {
	if err := w.sess.OpenExample(w.ui.Lang()); err != nil { // the example is tested; this is a build gone wrong
		fyne.LogError("bundled example draft", err)
	}
}

// newDraft replaces the draft with an empty one, after asking about unsaved
// changes.
func (w *window) newDraft() {
	w.whenSafe(func() {
		w.autosave.clear()
		w.sess.NewBlank(w.ui.Lang())
		w.current = forms.StepContribution
		w.showStep(w.current)
	})
}

// openDialog asks for a draft file to open.
func (w *window) openDialog() {
	w.whenSafe(func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				w.showError(w.ui.T("ui.open.failed"), err.Error())
				return
			}
			if r == nil {
				return
			}
			r.Close()
			w.openPath(r.URI().Path())
		}, w.win)
		d.SetFilter(regularFiles(openExtensions...))
		w.setDialogFolder(d.SetLocation)
		d.Resize(dialogSize(w.win))
		d.Show()
	})
}

// dropped opens the first file dropped on the window: a draft, or a
// contribution fgdraft wrote.
func (w *window) dropped(_ fyne.Position, uris []fyne.URI) {
	for _, u := range uris {
		if u.Scheme() == "file" {
			path := u.Path()
			w.whenSafe(func() { w.openPath(path) })
			return
		}
	}
}

// openRecent opens one of the recent files.
func (w *window) openRecent(path string) {
	w.whenSafe(func() { w.openPath(path) })
}

// save writes the draft to its file, or asks for one. then runs after a
// successful save.
func (w *window) save(then func()) {
	if w.sess.Path() == "" {
		w.saveAsDialog(then)
		return
	}
	if w.saveTo(w.sess.Path()) && then != nil {
		then()
	}
}

// saveAsDialog asks for a file name and saves there.
func (w *window) saveAsDialog(then func()) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			w.showError(w.ui.T("ui.save.failed"), err.Error())
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close() // draftfile.Save replaces the file atomically
		if !strings.HasSuffix(strings.ToLower(path), ".json") {
			os.Remove(path) // the dialog created it empty
			path += ".json"
		}
		if w.saveTo(path) && then != nil {
			then()
		}
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	d.SetFileName(w.sess.SuggestedName() + ".json")
	w.setDialogFolder(d.SetLocation)
	d.Resize(dialogSize(w.win))
	d.Show()
}

// showKept says where complete drafts that interrupted saves left beside
// the draft at path were kept.
func (w *window) showKept(path string, kept []draftfile.Recovered) {
	for _, r := range kept {
		w.showError(w.ui.T("files.recovered.title"), w.ui.T("files.recovered", map[string]any{"Name": filepath.Base(path), "Path": r.Path}))
	}
}

// saveTo writes the draft to path; it reports success.
func (w *window) saveTo(path string) bool {
	written, kept, err := w.sess.SaveTo(path)
	w.showKept(written, kept)
	if err != nil {
		w.showError(w.ui.T("ui.save.failed"), err.Error())
		return false
	}
	w.autosave.clear()
	w.win.SetMainMenu(w.mainMenu())
	return true
}

// setDialogFolder starts a file dialog in the current draft's folder.
func (w *window) setDialogFolder(set func(fyne.ListableURI)) {
	dir := w.sess.Folder()
	if dir == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		set(l)
	}
}

func dialogSize(win fyne.Window) fyne.Size {
	s := win.Canvas().Size()
	return fyne.NewSize(max(600, s.Width*0.8), max(420, s.Height*0.8))
}

// whenSafe runs then once unsaved changes are saved or knowingly dropped:
// Save / Discard / Cancel.
func (w *window) whenSafe(then func()) {
	if !w.sess.Dirty() {
		then()
		return
	}
	msg := widget.NewLabel(w.ui.T("ui.unsaved.message", map[string]any{"Name": w.displayName()}))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	save := widget.NewButton(w.ui.T("ui.unsaved.save"), func() {
		d.Hide()
		w.save(then)
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton(w.ui.T("ui.unsaved.discard"), func() {
		d.Hide()
		w.autosave.clear()
		w.sess.ForgetChanges()
		then()
	})
	discard.Importance = widget.DangerImportance
	cancel := widget.NewButton(w.ui.T("ui.unsaved.cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(w.ui.T("ui.unsaved.title"), msg, w.win)
	d.SetButtons(w.dir().dialogButtons(cancel, discard, save))
	d.Resize(fyne.NewSize(460, 0))
	dialogKeys(w.win.Canvas(), d, save.OnTapped, d.Hide)
	d.Show()
}

// displayName names the draft in messages.
func (w *window) displayName() string {
	return w.sess.Name(w.ui.T("ui.title.example"), w.ui.T("ui.title.untitled"))
}

// closeRequested is the window's close intercept.
func (w *window) closeRequested() {
	w.whenSafe(func() {
		w.rememberLayout()
		w.autosave.stop()
		w.autosave.clear()
		w.win.Close()
	})
}

// quit asks about unsaved changes and quits.
func (w *window) quit() {
	w.whenSafe(func() {
		w.rememberLayout()
		w.autosave.stop()
		w.autosave.clear()
		w.win.Close()
		w.app.Quit()
	})
}

// showLoadError says why a draft could not be opened; the draft on screen
// is unchanged. A PDF or Word file without a draft gets its own title.
func (w *window) showLoadError(err error) {
	title := w.ui.T("ui.open.failed")
	if errors.As(err, new(*reopen.NoDraftError)) {
		title = w.ui.T("filing.noDraft.title")
	}
	w.showError(title, w.ui.T("ui.open.failedDetail", map[string]any{"Problem": w.loadProblem(err)}))
}

// loadProblem is why a file could not be opened as a draft, in the
// interface language: a named pipe, a device, a file too large, a PDF or
// Word file that carries no draft (or lost it), or what is wrong in a draft
// file, naming the file, the position and the field.
func (w *window) loadProblem(err error) string {
	if msg, ok := fileProblem(w.ui, err); ok { // a named pipe, a device, a huge file
		return msg
	}
	var nd *reopen.NoDraftError
	if !errors.As(err, &nd) {
		var de *draftfile.Error
		if errors.As(err, &de) {
			return w.ui.DraftError(de)
		}
		return err.Error()
	}
	key := "filing.noDraft"
	if nd.Lost {
		key = "filing.lost"
	}
	return w.ui.T(key, map[string]any{"File": filepath.Base(nd.File)})
}

// showError shows a message with an OK button. The message is interface
// text (a label would set an Arabic one left to right, in logical order).
func (w *window) showError(title, text string) {
	l := newWrapText(text, w.ui.Lang(), &w.exportFonts)
	d := dialog.NewCustom(title, w.ui.T("ui.dialog.ok"), container.NewVScroll(l), w.win)
	d.Resize(fyne.NewSize(520, 240))
	dialogKeys(w.win.Canvas(), d, d.Hide, d.Hide)
	d.Show()
}

// mainMenu is the menu bar: File, View, Help.
func (w *window) mainMenu() *fyne.MainMenu {
	sc := func(k fyne.KeyName, mod fyne.KeyModifier) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | mod}
	}
	newItem := fyne.NewMenuItem(w.ui.T("ui.menu.new"), w.newDraft)
	newItem.Shortcut = sc(fyne.KeyN, 0)
	open := fyne.NewMenuItem(w.ui.T("ui.menu.open"), w.openDialog)
	open.Shortcut = sc(fyne.KeyO, 0)
	recent := fyne.NewMenuItem(w.ui.T("ui.menu.recent"), nil)
	var items []*fyne.MenuItem
	for _, p := range w.sess.Recent() {
		items = append(items, fyne.NewMenuItem(p, func() { w.openRecent(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(w.ui.T("ui.menu.recentNone"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	recent.ChildMenu = fyne.NewMenu("", items...)
	save := fyne.NewMenuItem(w.ui.T("ui.menu.save"), func() { w.save(nil) })
	save.Shortcut = sc(fyne.KeyS, 0)
	saveAs := fyne.NewMenuItem(w.ui.T("ui.menu.saveAs"), func() { w.saveAsDialog(nil) })
	saveAs.Shortcut = sc(fyne.KeyS, fyne.KeyModifierShift)
	example := fyne.NewMenuItem(w.ui.T("ui.menu.example"), func() { w.whenSafe(func() { w.openExample() }) })
	quit := fyne.NewMenuItem(w.ui.T("ui.menu.quit"), w.quit)
	quit.Shortcut = sc(fyne.KeyQ, 0)
	quit.IsQuit = true
	translate := fyne.NewMenuItem(w.ui.T("translate.menu"), func() { w.translate.show(w, w.sess) })
	file := fyne.NewMenu(w.ui.T("ui.menu.file"), newItem, open, recent, example,
		fyne.NewMenuItemSeparator(), save, saveAs, fyne.NewMenuItemSeparator(),
		translate, fyne.NewMenuItemSeparator(), quit)

	var langs []*fyne.MenuItem
	for _, l := range forms.Languages() {
		// Each language is named in itself, so that it can be found from any.
		it := fyne.NewMenuItem(w.cat.In(l).LanguageName(l), func() { w.setLanguage(l, true) })
		it.Checked = l == w.ui.Lang()
		langs = append(langs, it)
	}
	language := fyne.NewMenuItem(w.ui.T("ui.menu.language"), nil)
	language.ChildMenu = fyne.NewMenu("", langs...)
	view := fyne.NewMenu(w.ui.T("ui.menu.view"), append([]*fyne.MenuItem{language, fyne.NewMenuItemSeparator()}, w.stepMenuItems()...)...)
	// Fyne's menu bar runs left to right from the left edge; in a
	// right-to-left interface the menus at least come in reading order,
	// File nearest the window's right side.
	return fyne.NewMainMenu(inOrder(w.dir(), []*fyne.Menu{file, view, w.helpMenu()})...)
}

// addShortcuts registers the file shortcuts on the canvas too, for when the
// menu bar does not handle them (no focused widget, headless tests).
func (w *window) addShortcuts() {
	c := w.win.Canvas()
	add := func(k fyne.KeyName, mod fyne.KeyModifier, f func()) {
		s := &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | mod}
		c.RemoveShortcut(s)
		c.AddShortcut(s, func(fyne.Shortcut) { f() })
	}
	add(fyne.KeyN, 0, w.newDraft)
	add(fyne.KeyO, 0, w.openDialog)
	add(fyne.KeyS, 0, func() { w.save(nil) })
	add(fyne.KeyS, fyne.KeyModifierShift, func() { w.saveAsDialog(nil) })
	add(fyne.KeyQ, 0, w.quit)
	w.addStepShortcuts()
}
