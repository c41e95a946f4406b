package session

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// Autosave keeps a copy of a draft with unsaved changes in the app's data
// folder, with a side file naming the draft's own file. The window decides
// when to write it (after a pause in editing, on a change of step) with
// Due; an explicit save or leaving the draft knowingly removes it; finding
// one at start means the last session did not end normally.
type Autosave struct{ dir string }

// NewAutosave keeps its copy in the folder dir.
func NewAutosave(dir string) Autosave { return Autosave{dir: dir} }

// File is the copy of the draft.
func (a Autosave) File() string { return filepath.Join(a.dir, "autosave.json") }

// pathFile names the draft's own file.
func (a Autosave) pathFile() string { return filepath.Join(a.dir, "autosave.path") }

// Due reports whether the session has anything an autosave would keep.
func (a Autosave) Due(s *Session) bool { return s.dirty && s.draft != nil }

// Write keeps a copy of the session's draft when it has unsaved changes.
func (a Autosave) Write(s *Session) error {
	if !a.Due(s) {
		return nil
	}
	if err := os.MkdirAll(a.dir, 0o755); err != nil {
		return fmt.Errorf("autosave folder: %w", err)
	}
	if err := draftfile.Save(a.File(), s.draft); err != nil {
		return err
	}
	tmp := a.pathFile() + ".tmp"
	if err := os.WriteFile(tmp, []byte(s.path+"\n"), 0o644); err != nil {
		return fmt.Errorf("autosave: %w", err)
	}
	return os.Rename(tmp, a.pathFile())
}

// Clear removes the copy.
func (a Autosave) Clear() {
	os.Remove(a.File())
	os.Remove(a.pathFile())
}

// Recovery is a copy left by a session that did not end normally.
type Recovery struct {
	Draft *forms.Proposal
	Path  string    // the draft's own file; "" when it was untitled
	Saved time.Time // when the copy was written
}

// ErrNothingToRecover says there is no copy worth offering.
var ErrNothingToRecover = errors.New("no autosave to recover")

// Pending finds a copy worth offering: one that is newer than its draft's
// file. A copy older than the file (saved after it) is removed and an
// unreadable one is removed and returned as the error; with no copy to
// offer the error is ErrNothingToRecover.
func (a Autosave) Pending() (Recovery, error) {
	info, err := os.Stat(a.File())
	if err != nil {
		return Recovery{}, ErrNothingToRecover
	}
	r := Recovery{Saved: info.ModTime()}
	if b, err := os.ReadFile(a.pathFile()); err == nil {
		r.Path = strings.TrimSpace(string(b))
	}
	if r.Path != "" {
		if fi, err := os.Stat(r.Path); err == nil && !fi.ModTime().Before(info.ModTime()) {
			a.Clear() // the file was saved after the autosave: nothing to recover
			return Recovery{}, ErrNothingToRecover
		}
	}
	r.Draft, err = draftfile.Load(a.File())
	if err != nil {
		a.Clear()
		return Recovery{}, fmt.Errorf("unreadable autosave dropped: %w", err)
	}
	return r, nil
}

// Recover makes the recovered copy the session's draft, with unsaved
// changes, belonging to its own file again.
func (s *Session) Recover(r Recovery) { s.Replace(r.Draft, r.Path, false, true) }

// After runs f once d has passed, unless the stop it returns is called
// first. The window's runs f on the UI goroutine.
type After func(d time.Duration, f func()) (stop func() bool)

// Schedule decides when a session's autosave is written: once the draft
// has been left alone for a delay after an edit (a later edit restarts the
// wait, and only the last wait writes), or at once when asked.
type Schedule struct {
	store Autosave
	sess  *Session
	delay time.Duration
	after After
	gen   int         // wait generation: only the last wait writes
	stop  func() bool // stops the current wait; nil when none
}

// Schedule makes the schedule of s's autosave, waiting delay after an edit.
func (a Autosave) Schedule(s *Session, delay time.Duration, after After) *Schedule {
	return &Schedule{store: a, sess: s, delay: delay, after: after}
}

// Edited starts the wait again; when it ends, the copy is written. A
// failure to write is given to failed.
func (sc *Schedule) Edited(failed func(error)) {
	sc.Cancel()
	gen := sc.gen
	sc.stop = sc.after(sc.delay, func() {
		if gen != sc.gen {
			return
		}
		if err := sc.Now(); err != nil && failed != nil {
			failed(err)
		}
	})
}

// Cancel stops the current wait without writing.
func (sc *Schedule) Cancel() {
	sc.gen++
	if sc.stop != nil {
		sc.stop()
		sc.stop = nil
	}
}

// Now writes the copy at once when the draft has unsaved changes.
func (sc *Schedule) Now() error { return sc.store.Write(sc.sess) }
