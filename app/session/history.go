package session

import (
	"fgdraft/forms"
)

// The undo history of the draft. Every edit, wherever it comes from — a
// field of the wizard, a row added or removed, the translation view, an
// XLIFF import, edits taken back from a Word file — ends in Edited, which
// records the draft as it now is: one history for the whole draft, whatever
// window or dialog changed it. A step keeps the draft before and after it
// (deep copies, which nothing edits afterwards; the after of one step is
// the before of the next, so each version is held once) and what differs
// between them, which names the step in the Edit menu and tells the window
// which field to show when it is undone.

// historyLimit is how many steps can be undone; older ones are forgotten.
const historyLimit = 200

// Step is one change of the draft that can be undone.
type Step struct {
	// Changes is what the step changed, in the order of the model.
	Changes []forms.Change
	before  *forms.Proposal
	after   *forms.Proposal
}

// Typing reports whether the step is text typed into one field (or one
// translation), which the Edit menu calls "typing in …".
func (st Step) Typing() bool {
	if len(st.Changes) != 1 {
		return false
	}
	c := st.Changes[0]
	if c.Items != 0 {
		return false
	}
	if c.Lang != "" {
		return true
	}
	k, ok := forms.KindOf(c.Path)
	return ok && k != forms.KindCountry && k != forms.KindID
}

type history struct {
	undo, redo []Step
	last       *forms.Proposal // the draft as last recorded, never edited
	// sealed: the next edit starts a step of its own even if it types into
	// the field the last step typed into (it follows an undo or a redo).
	sealed    bool
	edits     int // how many edits changed the draft, ever: see Edits
	listeners []func()
}

// reset forgets every step: p is another draft.
func (h *history) reset(p *forms.Proposal) {
	*h = history{last: p.Clone(), sealed: true, edits: h.edits, listeners: h.listeners}
}

// record adds what changed since the last record as a step, or adds it to
// the last step when both are typing into the same field: consecutive
// keystrokes in one field are undone together, as in a word processor.
// It reports whether the draft changed.
func (h *history) record(draft *forms.Proposal) bool {
	now := draft.Clone()
	changes := forms.Changes(h.last, now)
	if len(changes) == 0 {
		return false
	}
	next := Step{Changes: changes, before: h.last, after: now}
	if n := len(h.undo); n > 0 && !h.sealed && sameTyping(h.undo[n-1], next) {
		top := &h.undo[n-1]
		top.after = now
		// Typing may have brought the field back to what it was.
		if top.Changes = forms.Changes(top.before, now); len(top.Changes) == 0 {
			h.undo = h.undo[:n-1]
		}
	} else {
		h.undo = append(h.undo, next)
		if over := len(h.undo) - historyLimit; over > 0 {
			h.undo = append(h.undo[:0:0], h.undo[over:]...)
		}
	}
	h.redo = nil
	h.last = now
	h.sealed = false
	h.edits++
	return true
}

// sameTyping reports whether next types into the field prev typed into.
func sameTyping(prev, next Step) bool {
	return prev.Typing() && next.Typing() &&
		prev.Changes[0].Path == next.Changes[0].Path && prev.Changes[0].Lang == next.Changes[0].Lang
}

func (h *history) notify() {
	for _, l := range h.listeners {
		l()
	}
}

// Edits counts the edits that changed the draft since the session began:
// whoever hands a key to a widget can tell whether it changed the draft.
func (s *Session) Edits() int { return s.hist.edits }

// OnHistory adds a function called whenever what can be undone or redone
// changed (the Edit menu names the next step).
func (s *Session) OnHistory(f func()) { s.hist.listeners = append(s.hist.listeners, f) }

// NextUndo is the step Undo would undo; ok is false when there is none.
func (s *Session) NextUndo() (st Step, ok bool) {
	if n := len(s.hist.undo); n > 0 {
		return s.hist.undo[n-1], true
	}
	return Step{}, false
}

// NextRedo is the step Redo would make again; ok is false when there is none.
func (s *Session) NextRedo() (st Step, ok bool) {
	if n := len(s.hist.redo); n > 0 {
		return s.hist.redo[n-1], true
	}
	return Step{}, false
}

// Undo gives the draft back as it was before the last step, and returns
// that step; ok is false when there was nothing to undo. The draft is a new
// one (listeners are told DraftReplaced) with unsaved changes.
func (s *Session) Undo() (st Step, ok bool) {
	return s.takeStep(&s.hist.undo, &s.hist.redo, func(st Step) *forms.Proposal { return st.before })
}

// Redo makes the last step undone again and returns it; ok is false when
// there was nothing to redo.
func (s *Session) Redo() (st Step, ok bool) {
	return s.takeStep(&s.hist.redo, &s.hist.undo, func(st Step) *forms.Proposal { return st.after })
}

// takeStep moves the last step of from onto to and makes the version of
// the draft it names the draft: Undo and Redo are the same move in
// opposite directions.
func (s *Session) takeStep(from, to *[]Step, version func(Step) *forms.Proposal) (st Step, ok bool) {
	n := len(*from)
	if n == 0 {
		return Step{}, false
	}
	st = (*from)[n-1]
	*from = (*from)[:n-1]
	*to = append(*to, st)
	s.restore(version(st))
	return st, true
}

// restore makes version (a copy the history keeps) the draft: a copy of it,
// since widgets edit the draft in place. The file, the name and the
// document language stay; the draft has unsaved changes.
func (s *Session) restore(version *forms.Proposal) {
	s.draft = version.Clone()
	s.hist.last = version
	s.hist.sealed = true
	s.unreadable = nil
	s.dirty = true
	s.validate()
	s.notify(DraftReplaced)
	s.notify(NameChanged)
	s.hist.notify()
}
