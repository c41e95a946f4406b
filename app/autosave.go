package app

import (
	"errors"
	"path/filepath"
	"time"

	"fgdraft/app/session"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// autosaver is the window's side of the session's autosave: the schedule
// (session.Schedule) decides when the copy is written, after a few seconds
// without edits and whenever the user changes step; this runs its waits on
// the UI goroutine, logs failures, and offers a copy found at start (the
// last session did not end normally) for recovery.
type autosaver struct {
	w        *window
	store    session.Autosave
	schedule *session.Schedule
}

// init starts the autosave of the window's session.
func (a *autosaver) init(w *window) {
	a.w = w
	a.store = session.NewAutosave(w.opts.DataDir)
	a.schedule = a.store.Schedule(w.sess, w.opts.AutosaveDelay, func(d time.Duration, f func()) func() bool {
		return w.after(d, f).Stop
	})
}

// edited saves after the draft has been left alone for the autosave delay.
func (a *autosaver) edited() {
	a.schedule.Edited(func(err error) { fyne.LogError("autosave", err) })
}

// stop cancels a scheduled save.
func (a *autosaver) stop() { a.schedule.Cancel() }

// now writes the autosave when the draft has unsaved changes.
func (a *autosaver) now() {
	if err := a.schedule.Now(); err != nil {
		fyne.LogError("autosave", err)
	}
}

// clear removes the autosave.
func (a *autosaver) clear() {
	a.stop()
	a.store.Clear()
}

// offerRecovery looks for an autosave left by a session that did not end
// normally and, when it is newer than its draft's file, offers to recover it.
func (a *autosaver) offerRecovery() {
	r, err := a.store.Pending()
	if errors.Is(err, session.ErrNothingToRecover) {
		return
	}
	if err != nil {
		fyne.LogError("autosave", err)
		return
	}
	w := a.w
	name := w.ui.T("ui.title.untitled")
	if r.Path != "" {
		name = filepath.Base(r.Path)
	}
	when := r.Saved
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
		w.sess.Recover(r)
	}, w.win)
	d.Resize(fyne.NewSize(480, 0))
	// Enter recovers. Escape does nothing: closing this dialog answers
	// Discard, which deletes the autosave, and a key must not do that.
	dialogKeys(w.win.Canvas(), d, d.Confirm, nil)
	d.Show()
}
