// Package session holds the state of one editing session of the GUI and the
// decisions made on it, apart from any widget: the open draft and the file
// it belongs to, whether it has unsaved changes, the document language, the
// findings of the live check and what they mean per wizard step, and what
// opening, saving and starting a draft do to all of that. The window lays
// out widgets and calls a Session; a Session tells its listeners what
// changed. It imports no Fyne, so it is tested without a display.
package session

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"fgdraft/assets"
	"fgdraft/export/reopen"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/internal/filename"
)

// Change says what part of a session changed, so that a listener redraws
// only what shows it.
type Change int

const (
	// DraftReplaced: another draft was opened, started or recovered.
	DraftReplaced Change = iota
	// NameChanged: the file, the name or the unsaved state changed; the
	// window title shows these.
	NameChanged
	// FindingsChanged: the findings, step counts and field marks were
	// computed again.
	FindingsChanged
)

// Listener is told of every change of a session, after it happened.
type Listener func(Change)

// UnreadableRule is the rule ID of a finding about text in a field that is
// no value of it (an impossible date, a number with letters): the draft
// keeps the value it had, so no rule of the catalogue sees the text. The
// session alone makes these findings, so that the text counts in the panel,
// the step badges and the summary like any error until it is corrected.
const UnreadableRule = "entry.unreadable"

// StepCount is how many findings of each severity concern a step.
type StepCount struct {
	Errors, Warnings, Infos int
	// Placeholders counts the warnings of fields holding placeholders or
	// filler (a7.PlaceholderRuleID): no error of A.7, but not ready to file.
	Placeholders int
}

// Status is the most serious severity counted.
func (c StepCount) Status() a7.Severity {
	switch {
	case c.Errors > 0:
		return a7.Error
	case c.Warnings > 0:
		return a7.Warning
	}
	return a7.Info
}

// Session is the state of the draft being edited.
type Session struct {
	today func() forms.Date

	draft *forms.Proposal
	path  string // the file the draft was opened from or saved to; "" when untitled
	// reopened is the PDF or Word file an untitled draft was reopened from,
	// which names it until it is saved.
	reopened string
	example  bool // the draft is the bundled example, not yet saved anywhere
	dirty    bool
	docLang  forms.Lang // the document language chosen on the review step
	// read is what the file at readPath was when the draft was read from or
	// saved to it: a save replaces it only if it still is (another writer's
	// work is not lost).
	read     draftfile.Stamp
	readPath string

	// unreadable is the text of fields that hold no value of the field, by path.
	unreadable map[string]string

	// Results of the last validation.
	findings []a7.Finding
	counts   map[forms.Step]StepCount
	total    StepCount
	marks    map[string]a7.Severity

	listeners []Listener
	memory    Memory // nil: nothing is remembered between runs
}

// New makes a session around draft p, untitled and without unsaved
// changes. today gives the date the deadline rules count from.
func New(p *forms.Proposal, today func() forms.Date) *Session {
	s := &Session{today: today}
	s.Replace(p, "", false, false)
	return s
}

// Subscribe adds a listener; it is called after every change.
func (s *Session) Subscribe(l Listener) { s.listeners = append(s.listeners, l) }

func (s *Session) notify(c Change) {
	for _, l := range s.listeners {
		l(c)
	}
}

// Draft is the draft being edited. Widgets write into it and then call Edited.
func (s *Session) Draft() *forms.Proposal { return s.draft }

// Path is the draft file; "" when the draft has not been saved.
func (s *Session) Path() string { return s.path }

// Reopened is the contribution an untitled draft was reopened from, or "".
func (s *Session) Reopened() string { return s.reopened }

// Example reports whether the draft is the bundled example, not yet saved.
func (s *Session) Example() bool { return s.example }

// Dirty reports whether the draft has changes not saved to its file.
func (s *Session) Dirty() bool { return s.dirty }

// DocLang is the language the contribution is exported in.
func (s *Session) DocLang() forms.Lang { return s.docLang }

// Findings are the findings of the last check, errors of unreadable text first.
func (s *Session) Findings() []a7.Finding { return s.findings }

// Count is how many findings concern step; the review step counts the
// whole draft's.
func (s *Session) Count(step forms.Step) StepCount { return s.counts[step] }

// Total is how many findings the draft has.
func (s *Session) Total() StepCount { return s.total }

// Marks is the most serious severity of a finding on each field path.
func (s *Session) Marks() map[string]a7.Severity { return s.marks }

// Replace makes p the draft, as opened from path (or untitled when path is
// ""), and checks it.
func (s *Session) Replace(p *forms.Proposal, path string, example, dirty bool) {
	s.draft = p
	s.path = path
	s.reopened = ""
	s.example = example
	s.dirty = dirty
	s.docLang = p.Language
	s.unreadable = nil
	s.validate()
	s.notify(DraftReplaced)
}

// Edited records that the draft was changed: it now has unsaved changes
// and its findings are computed again (all of them: a rule may read any
// field, so which one changed does not narrow what to check).
func (s *Session) Edited() {
	if !s.dirty {
		s.dirty = true
		s.notify(NameChanged)
	}
	s.Revalidate()
}

// ForgetChanges treats the draft as having no unsaved changes, when the
// user chose to drop them.
func (s *Session) ForgetChanges() {
	if s.dirty {
		s.dirty = false
		s.notify(NameChanged)
	}
}

// SetDocLang chooses the language of the contribution; the check follows it.
func (s *Session) SetDocLang(l forms.Lang) {
	if l == s.docLang {
		return
	}
	s.docLang = l
	s.Revalidate()
}

// SetUnreadable records the text a field holds that is no value of it, or
// forgets it when text is "", and checks the draft again when that changes
// anything.
func (s *Session) SetUnreadable(path, text string) {
	if s.unreadable[path] == text {
		return
	}
	if text == "" {
		delete(s.unreadable, path)
	} else {
		if s.unreadable == nil {
			s.unreadable = map[string]string{}
		}
		s.unreadable[path] = text
	}
	s.Revalidate()
}

// ForgetUnreadable drops all unreadable text, when the widgets that held it
// are made anew from the draft.
func (s *Session) ForgetUnreadable() { s.unreadable = nil }

// ValidateOptions are the options of the live check.
func (s *Session) ValidateOptions() a7.Options {
	opt := a7.Options{Today: s.today()}
	if s.docLang.Valid() && s.docLang != s.draft.Language {
		opt.ExportLang = s.docLang
	}
	return opt
}

// Revalidate runs the whole catalogue and tells the listeners.
func (s *Session) Revalidate() {
	s.validate()
	s.notify(FindingsChanged)
}

func (s *Session) validate() {
	s.findings = append(s.unreadableFindings(), a7.Validate(s.draft, s.ValidateOptions())...)
	counts := map[forms.Step]StepCount{}
	var total StepCount
	marks := make(map[string]a7.Severity, len(s.findings))
	for _, f := range s.findings {
		step := forms.StepReview
		if len(f.Fields) > 0 {
			step = forms.StepOf(f.Fields[0])
		}
		c := counts[step]
		switch f.Severity {
		case a7.Error:
			c.Errors++
			total.Errors++
		case a7.Warning:
			c.Warnings++
			total.Warnings++
			if f.Rule == a7.PlaceholderRuleID {
				c.Placeholders++
				total.Placeholders++
			}
		default:
			c.Infos++
			total.Infos++
		}
		counts[step] = c
		for _, p := range f.Fields {
			if old, ok := marks[p]; !ok || f.Severity > old {
				marks[p] = f.Severity
			}
		}
	}
	// The review step lists every finding: its badge is the whole draft's.
	counts[forms.StepReview] = total
	s.counts, s.total, s.marks = counts, total, marks
}

// unreadableFindings are the findings of the fields that hold unreadable
// text, in path order.
func (s *Session) unreadableFindings() []a7.Finding {
	var out []a7.Finding
	for _, p := range slices.Sorted(maps.Keys(s.unreadable)) {
		out = append(out, a7.Finding{
			Rule: UnreadableRule, Severity: a7.Error, Fields: []string{p},
			Params: map[string]any{"Text": s.unreadable[p], "Fields": []string{p}},
		})
	}
	return out
}

// Opened says what Open did.
type Opened struct {
	// Path is the absolute path of the file opened.
	Path string
	// Contribution: the file was a PDF or Word contribution; the draft it
	// carried is untitled and unsaved, named after the file.
	Contribution bool
	// Kept are complete drafts that interrupted saves left beside the
	// file, kept under another name for the user to look at.
	Kept []draftfile.Recovered
	// Changed: fgdraft wrote the contribution and it was changed
	// afterwards; the draft inside may not be what its pages show.
	Changed bool
}

// Open makes the draft of the file at path the session's: a draft file, or
// a PDF or Word file fgdraft wrote. On failure nothing changes and the
// error names the problem and the file. It is Read, then Use.
func (s *Session) Open(path string) (Opened, error) {
	r, err := s.Read(path)
	if err != nil {
		return r.Opened, err
	}
	return s.Use(r), nil
}

// Reading is a draft read from a file and not yet the session's: the
// window asks about a contribution changed after fgdraft wrote it
// (Opened.Changed) before it uses it.
type Reading struct {
	Opened
	draft    *forms.Proposal
	read     draftfile.Stamp
	stampErr error
}

// Read reads the draft of the file at path, tidying what interrupted saves
// left beside it, and changes nothing else in the session. On failure the
// error names the problem and the file, and Opened.Kept what was tidied.
func (s *Session) Read(path string) (Reading, error) {
	kept, _ := draftfile.TidyTemporaries(path)
	read, stampErr := draftfile.StampOf(path) // before reading: a change meanwhile is one
	p, origin, err := reopen.Load(path)
	if err != nil {
		return Reading{Opened: Opened{Kept: kept}}, err
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return Reading{
		Opened: Opened{Path: path, Contribution: origin.Contribution(), Kept: kept, Changed: origin.Changed},
		draft:  p, read: read, stampErr: stampErr,
	}, nil
}

// Use makes a draft Read gave the session's.
func (s *Session) Use(r Reading) Opened {
	if r.stampErr == nil {
		s.read, s.readPath = r.read, r.Path
	}
	if r.Contribution {
		// The contribution is not the draft's file: the draft opens as a
		// new one named after it, and saving asks where. It has no unsaved
		// changes: the contribution holds all of it.
		s.Replace(r.draft, "", false, false)
		s.reopened = r.Path
		s.forgetLastFile()
		s.notify(NameChanged)
		return r.Opened
	}
	s.Replace(r.draft, r.Path, false, false)
	s.remember(r.Path)
	return r.Opened
}

// SaveTo writes the draft to path and makes that its file. On failure the
// session is unchanged. It returns the absolute path written and what
// interrupted saves had left there.
func (s *Session) SaveTo(path string) (string, []draftfile.Recovered, error) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	kept, _ := draftfile.TidyTemporaries(path)
	save := draftfile.Save
	if path == s.readPath {
		save = func(path string, p *forms.Proposal) error { return draftfile.SaveUnchanged(path, p, s.read) }
	}
	if err := save(path, s.draft); err != nil {
		return path, kept, err
	}
	if now, err := draftfile.StampOf(path); err == nil {
		s.read, s.readPath = now, path
	} else {
		s.readPath = ""
	}
	s.path = path
	s.reopened = ""
	s.example = false
	s.dirty = false
	s.remember(path)
	s.notify(NameChanged)
	return path, kept, nil
}

// SuggestedName is a file name (without extension) for saving the draft.
func (s *Session) SuggestedName() string {
	if s.path != "" {
		return strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	}
	if s.reopened != "" {
		return ReopenedName(s.reopened)
	}
	name := filename.Part(strings.TrimPrefix(s.draft.FocusGroup.Acronym, "FG-"))
	if name == "" {
		name = "proposal"
	}
	return "FG-" + name
}

// Name names the draft in the title and in messages: its file, the
// contribution it came from, or the given words for the bundled example and
// an untitled draft.
func (s *Session) Name(example, untitled string) string {
	switch {
	case s.path != "":
		return filepath.Base(s.path)
	case s.reopened != "":
		return ReopenedName(s.reopened)
	case s.example:
		return example
	}
	return untitled
}

// ReopenedName names a draft reopened from a contribution after the file:
// "FG-QSM_SG17_en".
func ReopenedName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

// Blank is an empty draft in lang, with an ID of its own.
func Blank(lang forms.Lang) *forms.Proposal {
	p := &forms.Proposal{Language: lang}
	p.EnsureID()
	return p
}

// NewBlank starts an empty draft in lang: untitled, nothing to save, and
// nothing to reopen at the next start.
func (s *Session) NewBlank(lang forms.Lang) {
	s.Replace(Blank(lang), "", false, false)
	s.forgetLastFile()
}

// OpenExample makes the bundled example the draft, untitled: a newcomer
// sees a complete proposal, and saving it asks where. The example is
// tested, so an error means a broken build; the draft is then blank in lang.
func (s *Session) OpenExample(lang forms.Lang) error {
	p, err := draftfile.Decode(assets.Example)
	if err != nil {
		s.NewBlank(lang)
		return fmt.Errorf("bundled example draft: %w", err)
	}
	s.Replace(p, "", true, false)
	return nil
}
