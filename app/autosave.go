package app

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// autosaver keeps a copy of a draft with unsaved changes in the app's data
// folder: after a few seconds without edits and whenever the user changes
// step. The copy is a draft file (written atomically by forms.Save) with a
// side file naming the draft's own file. An explicit save, or leaving the
// draft knowingly, removes it; finding one at start means the last session
// did not end normally, and the window offers to recover it.
type autosaver struct {
	w     *window
	dir   string
	timer *time.Timer
	gen   int // schedule generation: only the last scheduled save runs
}

func (a *autosaver) init(w *window) {
	a.w = w
	a.dir = w.opts.DataDir
}

func (a *autosaver) file() string     { return filepath.Join(a.dir, "autosave.json") }
func (a *autosaver) pathFile() string { return filepath.Join(a.dir, "autosave.path") }

// schedule saves after the draft has been left alone for the autosave delay.
func (a *autosaver) schedule() {
	a.gen++
	gen := a.gen
	if a.timer != nil {
		a.timer.Stop()
	}
	a.timer = a.w.after(a.w.opts.AutosaveDelay, func() {
		if gen == a.gen {
			a.now()
		}
	})
}

// stop cancels a scheduled save.
func (a *autosaver) stop() {
	a.gen++
	if a.timer != nil {
		a.timer.Stop()
	}
}

// now writes the autosave when the draft has unsaved changes.
func (a *autosaver) now() {
	if !a.w.dirty || a.w.draft == nil {
		return
	}
	if err := os.MkdirAll(a.dir, 0o755); err != nil {
		fyne.LogError("autosave", err)
		return
	}
	if err := forms.Save(a.file(), a.w.draft); err != nil {
		fyne.LogError("autosave", err)
		return
	}
	tmp := a.pathFile() + ".tmp"
	if err := os.WriteFile(tmp, []byte(a.w.path+"\n"), 0o644); err == nil {
		os.Rename(tmp, a.pathFile())
	}
}

// clear removes the autosave.
func (a *autosaver) clear() {
	a.stop()
	os.Remove(a.file())
	os.Remove(a.pathFile())
}

// offerRecovery looks for an autosave left by a session that did not end
// normally and, when it is newer than its draft's file, offers to recover it.
func (a *autosaver) offerRecovery() {
	info, err := os.Stat(a.file())
	if err != nil {
		return
	}
	orig := ""
	if b, err := os.ReadFile(a.pathFile()); err == nil {
		orig = strings.TrimSpace(string(b))
	}
	if orig != "" {
		if fi, err := os.Stat(orig); err == nil && !fi.ModTime().Before(info.ModTime()) {
			a.clear() // the file was saved after the autosave: nothing to recover
			return
		}
	}
	p, err := forms.Load(a.file())
	if err != nil {
		fyne.LogError("unreadable autosave dropped", err)
		a.clear()
		return
	}
	w := a.w
	name := w.ui.T("ui.title.untitled")
	if orig != "" {
		name = filepath.Base(orig)
	}
	when := info.ModTime()
	msg := widget.NewLabel(w.ui.T("ui.recover.message", map[string]any{
		"Name": name,
		"Date": w.ui.Date(forms.NewDate(when.Year(), when.Month(), when.Day())),
		"Time": when.Format("15:04"),
	}))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(w.ui.T("ui.recover.title"), w.ui.T("ui.recover.recover"), w.ui.T("ui.recover.discard"), msg, func(ok bool) {
		if !ok {
			a.clear()
			return
		}
		w.replaceDraft(p, orig, false, true)
		w.updateTitle()
	}, w.win)
	d.Resize(fyne.NewSize(480, 0))
	// Enter recovers. Escape does nothing: closing this dialog answers
	// Discard, which deletes the autosave, and a key must not do that.
	dialogKeys(w.win.Canvas(), d, d.Confirm, nil)
	d.Show()
}
