package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fgdraft/app/session"
	"fgdraft/export/reopen"
	"fgdraft/forms"
	"fgdraft/forms/draftfile"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
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

// fileFlow is the window's files: new, open (dialog, drop, recent files,
// the example), save and save as, the question about unsaved changes before
// any of them or closing, and the messages when a file cannot be opened or
// saved. It holds what it needs and asks the window, through fileHost, for
// the rest.
type fileFlow struct {
	env      *uiEnv // its language is the interface's of the moment; its app quits
	host     fileHost
	sess     *session.Session
	win      fyne.Window // the parent of the dialogs; closed on quit
	autosave draftAutosave
}

// fileHost is what the file flow needs of the window: the error dialog,
// the draft's name, and what the window shows again when a file was opened
// or saved.
type fileHost interface {
	showError(title, text string)
	// displayName names the draft in messages.
	displayName() string
	// showStep shows a step: the first one for a new draft.
	showStep(forms.Step)
	// refreshMenu makes the menu bar again: the recent files changed.
	refreshMenu()
	// rememberLayout keeps the window's size for the next session, before
	// it closes.
	rememberLayout()
}

var _ fileHost = (*window)(nil)

// draftAutosave is what the file flow does with the autosave: stop a save
// that is due when the window closes, and delete the copy once the draft
// was saved, opened or knowingly dropped.
type draftAutosave interface {
	stop()
	clear()
}

// load opens the draft file at path, or the draft inside a PDF or Word
// file fgdraft wrote, and then runs opened (nil: nothing). A contribution
// changed after fgdraft wrote it is said first, with the choice to open it
// anyway or cancel: load returns before the draft is used (used is false)
// and opens it, and runs opened, only if the user says so. On failure
// nothing changes and the error (which names the problem) is returned.
func (f *fileFlow) load(path string, opened func()) (used bool, err error) {
	r, err := f.sess.Read(path)
	f.showKept(path, r.Kept)
	if err != nil {
		return false, err
	}
	use := func() {
		f.sess.Use(r)
		if opened != nil {
			opened()
		}
	}
	if r.Changed {
		f.confirmChangedContribution(path, use)
		return false, nil
	}
	use()
	return true, nil
}

// openPath opens a draft file chosen by the user; a bad file gets a dialog
// naming the problem and the current draft stays as it was.
func (f *fileFlow) openPath(path string) {
	_, err := f.load(path, func() {
		f.autosave.clear()
		f.host.refreshMenu()
	})
	if err != nil {
		f.showLoadError(err)
	}
}

// openExample makes the bundled example the draft: a newcomer sees a
// complete proposal. It is untitled; saving it asks where.
func (f *fileFlow) openExample() {
	if err := f.sess.OpenExample(f.env.ui.Lang()); err != nil { // the example is tested; this is a build gone wrong
		fyne.LogError("bundled example draft", err)
	}
}

// newDraft replaces the draft with an empty one, after asking about unsaved
// changes.
func (f *fileFlow) newDraft() {
	f.whenSafe(func() {
		f.autosave.clear()
		f.sess.NewBlank(f.env.ui.Lang())
		f.host.showStep(forms.StepContribution)
	})
}

// openDialog asks for a draft file to open.
func (f *fileFlow) openDialog() {
	f.whenSafe(func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil {
				f.host.showError(f.env.ui.T("ui.open.failed"), err.Error())
				return
			}
			if r == nil {
				return
			}
			r.Close()
			f.openPath(r.URI().Path())
		}, f.win)
		d.SetFilter(regularFiles(openExtensions...))
		setDialogFolder(f.sess.Folder(), d.SetLocation)
		d.Resize(dialogSize(f.win))
		d.Show()
		fileDialogKeys(f.win.Canvas(), d)
	})
}

// dropped opens the first file dropped on the window: a draft, or a
// contribution fgdraft wrote.
func (f *fileFlow) dropped(_ fyne.Position, uris []fyne.URI) {
	for _, u := range uris {
		if u.Scheme() == "file" {
			path := u.Path()
			f.whenSafe(func() { f.openPath(path) })
			return
		}
	}
}

// openRecent opens one of the recent files.
func (f *fileFlow) openRecent(path string) {
	f.whenSafe(func() { f.openPath(path) })
}

// save writes the draft to its file, or asks for one. then runs after a
// successful save.
func (f *fileFlow) save(then func()) {
	if f.sess.Path() == "" {
		f.saveAsDialog(then)
		return
	}
	if f.saveTo(f.sess.Path()) && then != nil {
		then()
	}
}

// saveAsDialog asks for a file name and saves there.
func (f *fileFlow) saveAsDialog(then func()) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			f.host.showError(f.env.ui.T("ui.save.failed"), err.Error())
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
		if f.saveTo(path) && then != nil {
			then()
		}
	}, f.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	d.SetFileName(f.sess.SuggestedName() + ".json")
	setDialogFolder(f.sess.Folder(), d.SetLocation)
	d.Resize(dialogSize(f.win))
	d.Show()
}

// showKept says where complete drafts that interrupted saves left beside
// the draft at path were kept.
func (f *fileFlow) showKept(path string, kept []draftfile.Recovered) {
	for _, r := range kept {
		f.host.showError(f.env.ui.T("files.recovered.title"), f.env.ui.T("files.recovered", map[string]any{"Name": filepath.Base(path), "Path": r.Path}))
	}
}

// saveTo writes the draft to path; it reports success.
func (f *fileFlow) saveTo(path string) bool {
	written, kept, err := f.sess.SaveTo(path)
	f.showKept(written, kept)
	var de *draftfile.Error
	if errors.As(err, &de) && de.Problem == draftfile.ChangedSinceRead {
		f.changedOnDisk(written)
		return false
	}
	if err != nil {
		f.host.showError(f.env.ui.T("ui.save.failed"), err.Error())
		return false
	}
	f.autosave.clear()
	f.host.refreshMenu()
	return true
}

// changedOnDisk is a save refused because another program (or another
// fgdraft) changed the draft's file since it was read: the user reloads
// the file as it is now (dropping the changes made here), keeps the
// changes made here under another name, compares the two first
// (compareWithFile), or cancels and decides later.
func (f *fileFlow) changedOnDisk(path string) {
	msg := f.message(f.env.ui.T("files.changed.message", map[string]any{"Name": filepath.Base(path)}))
	var d *dialog.CustomDialog
	saveAs := widget.NewButton(f.env.ui.T("files.changed.saveAs"), func() {
		d.Hide()
		f.saveAsDialog(nil)
	})
	saveAs.Importance = widget.HighImportance
	reload := widget.NewButton(f.env.ui.T("files.changed.reload"), func() {
		d.Hide()
		f.sess.ForgetChanges()
		f.openPath(path)
	})
	reload.Importance = widget.DangerImportance
	compare := widget.NewButton(f.env.ui.T("files.changed.compare"), func() {
		d.Hide()
		f.compareWithFile(path)
	})
	cancel := widget.NewButton(f.env.ui.T("ui.unsaved.cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(f.env.ui.T("files.changed.title"), msg, f.win)
	d.SetButtons(f.env.dir().dialogButtons(cancel, compare, reload, saveAs))
	d.Resize(fyne.NewSize(480, 0))
	dialogKeys(f.win.Canvas(), d, saveAs.OnTapped, d.Hide)
	d.Show()
}

// setDialogFolder starts a file dialog in the folder dir (the current
// draft's); with dir empty the dialog starts where Fyne starts it.
func setDialogFolder(dir string, set func(fyne.ListableURI)) {
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
func (f *fileFlow) whenSafe(then func()) {
	if !f.sess.Dirty() {
		then()
		return
	}
	msg := widget.NewLabel(f.env.ui.T("ui.unsaved.message", map[string]any{"Name": f.host.displayName()}))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	save := newKeyButton(f.env.ui.T("ui.unsaved.save"), nil, func() {
		d.Hide()
		f.save(then)
	})
	save.Importance = widget.HighImportance
	discard := newKeyButton(f.env.ui.T("ui.unsaved.discard"), nil, func() {
		d.Hide()
		f.autosave.clear()
		f.sess.ForgetChanges()
		then()
	})
	discard.Importance = widget.DangerImportance
	cancel := newKeyButton(f.env.ui.T("ui.unsaved.cancel"), nil, func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(f.env.ui.T("ui.unsaved.title"), msg, f.win)
	d.SetButtons(f.env.dir().dialogButtons(cancel, discard, save))
	d.Resize(fyne.NewSize(460, 0))
	dialogKeys(f.win.Canvas(), d, save.OnTapped, d.Hide)
	d.Show()
}

// closeRequested is the window's close intercept.
func (f *fileFlow) closeRequested() {
	f.whenSafe(func() {
		f.host.rememberLayout()
		f.autosave.stop()
		f.autosave.clear()
		f.win.Close()
	})
}

// quit asks about unsaved changes and quits.
func (f *fileFlow) quit() {
	f.whenSafe(func() {
		f.host.rememberLayout()
		f.autosave.stop()
		f.autosave.clear()
		f.win.Close()
		f.env.app.Quit()
	})
}

// showLoadError says why a draft could not be opened; the draft on screen
// is unchanged. A PDF or Word file without a draft gets its own title.
func (f *fileFlow) showLoadError(err error) {
	title := f.env.ui.T("ui.open.failed")
	if errors.As(err, new(*reopen.NoDraftError)) {
		title = f.env.ui.T("filing.noDraft.title")
	}
	f.host.showError(title, f.env.ui.T("ui.open.failedDetail", map[string]any{"Problem": f.loadProblem(err)}))
}

// loadProblem is why a file could not be opened as a draft, in the
// interface language (reopen.Describe): a named pipe, a device, a file too
// large, a PDF or Word file that carries no draft (or lost it), or what is
// wrong in a draft file, naming the file, the position and the field.
func (f *fileFlow) loadProblem(err error) string { return reopen.Describe(err, f.env.ui) }
