package forms

import (
	"strings"
)

// Step is one of the wizard's steps; every field belongs to one.
type Step string

// The steps, in wizard order.
const (
	StepContribution Step = "contribution"
	StepTerms        Step = "terms"
	StepGaps         Step = "gaps"
	StepSupporters   Step = "supporters"
	StepTimeline     Step = "timeline"
	StepReview       Step = "review"
)

// Steps lists the steps in wizard order.
func Steps() []Step {
	return []Step{StepContribution, StepTerms, StepGaps, StepSupporters, StepTimeline, StepReview}
}

// StepOf tells which step a field path belongs to.
func StepOf(path string) Step {
	switch {
	case strings.HasPrefix(path, "contribution."), path == "language":
		return StepContribution
	case strings.HasPrefix(path, "focusGroup."):
		return StepTerms
	case strings.HasPrefix(path, "gapAnalysis."):
		return StepGaps
	case strings.HasPrefix(path, "supporters"), strings.HasPrefix(path, "leadership."):
		return StepSupporters
	case strings.HasPrefix(path, "timeline."):
		return StepTimeline
	}
	return StepReview
}

// LabelKey is the path with list indices removed, which names the field's label
// in the message files: "gapAnalysis.entries[2].gap" → "gapAnalysis.entries.gap".
func LabelKey(path string) string {
	var b strings.Builder
	depth := 0
	for _, r := range path {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TextField is one piece of free text the proposer wrote: what gets translated.
type TextField struct {
	Path string // field path, e.g. "focusGroup.deliverables[0].title"
	Step Step
	// Multiline is true for prose, false for names and titles.
	Multiline bool
	ptr       *string
}

// Get returns the field's text in the draft's own language.
func (f TextField) Get() string { return *f.ptr }

// Set replaces the field's text in the draft's own language.
func (f TextField) Set(s string) { *f.ptr = s }

// TextFields lists every free-text field of the proposal, the fields its
// `fg` tags declare translated, in the order of the model (which is the
// order a translator meets them in: the translation view and XLIFF).
// Empty fields are included; lists contribute one entry per item.
func (p *Proposal) TextFields() []TextField {
	var out []TextField
	walkStrings(p, func(path string, d FieldDecl, ptr *string) {
		if d.Translated {
			out = append(out, TextField{Path: path, Step: StepOf(path), Multiline: d.Multiline(), ptr: ptr})
		}
	})
	return out
}

// TranslationStatus is the state of one field's translation into one language.
type TranslationStatus int

// Translation states.
const (
	Untranslated       TranslationStatus = iota // no translation yet
	Translated                                  // translated from the current source text
	Stale                                       // translated, but the source text changed since
	NothingToTranslate                          // the source field is empty
)

// TranslationOf tells the translation of field path into lang and its state.
func (p *Proposal) TranslationOf(f TextField, lang Lang) (Translation, TranslationStatus) {
	src := f.Get()
	if Blank(src) {
		return Translation{}, NothingToTranslate
	}
	t, ok := p.Translations[lang][f.Path]
	switch {
	case !ok || Blank(t.Text):
		return t, Untranslated
	case t.Source != src:
		return t, Stale
	}
	return t, Translated
}

// SetTranslation records text as the translation of field f into lang, made
// from the field's current source text. Empty text removes the translation.
func (p *Proposal) SetTranslation(f TextField, lang Lang, text string) {
	if text == "" {
		delete(p.Translations[lang], f.Path)
		return
	}
	if p.Translations == nil {
		p.Translations = map[Lang]map[string]Translation{}
	}
	if p.Translations[lang] == nil {
		p.Translations[lang] = map[string]Translation{}
	}
	p.Translations[lang][f.Path] = Translation{Text: text, Source: f.Get()}
}

// Localized returns a copy of the proposal whose free text is in lang: each
// field takes its translation (even a stale one) where there is one and keeps
// the source text where there is none. Untranslated lists the paths of the
// non-empty fields that kept their source text. For the draft's own language
// the copy equals the proposal and nothing is untranslated.
func (p *Proposal) Localized(lang Lang) (copy *Proposal, untranslated []string) {
	c := p.Clone()
	if lang == p.Language {
		return c, nil
	}
	for _, f := range c.TextFields() {
		t, st := p.TranslationOf(f, lang)
		switch st {
		case Translated, Stale:
			f.Set(t.Text)
		case Untranslated:
			untranslated = append(untranslated, f.Path)
		}
	}
	c.Language = lang
	return c, untranslated
}

// Clone returns a deep copy: edits to the copy never reach p.
func (p *Proposal) Clone() *Proposal {
	c := *p
	c.Contribution.Questions = append([]string(nil), p.Contribution.Questions...)
	c.Contribution.Contacts = append([]Contact(nil), p.Contribution.Contacts...)
	c.Contribution.Keywords = append([]string(nil), p.Contribution.Keywords...)
	c.FocusGroup.Deliverables = append([]Deliverable(nil), p.FocusGroup.Deliverables...)
	c.FocusGroup.Relationships = append([]Relationship(nil), p.FocusGroup.Relationships...)
	c.FocusGroup.AffectedGroups = append([]AffectedGroup(nil), p.FocusGroup.AffectedGroups...)
	c.GapAnalysis.Entries = append([]GapEntry(nil), p.GapAnalysis.Entries...)
	c.Supporters = append([]Supporter(nil), p.Supporters...)
	c.Leadership.ViceChairs = append([]Nominee(nil), p.Leadership.ViceChairs...)
	c.Timeline.Meetings = append([]Event(nil), p.Timeline.Meetings...)
	c.Timeline.ParentMeetings = append([]Event(nil), p.Timeline.ParentMeetings...)
	if p.Translations != nil {
		c.Translations = make(map[Lang]map[string]Translation, len(p.Translations))
		for l, m := range p.Translations {
			mm := make(map[string]Translation, len(m))
			for k, v := range m {
				mm[k] = v
			}
			c.Translations[l] = mm
		}
	}
	return &c
}

// StaleTranslations lists the paths of the fields whose translation into
// lang was made before their text changed (exports print it as it is).
func (p *Proposal) StaleTranslations(lang Lang) []string {
	if lang == p.Language {
		return nil
	}
	var out []string
	for _, f := range p.TextFields() {
		if _, st := p.TranslationOf(f, lang); st == Stale {
			out = append(out, f.Path)
		}
	}
	return out
}
