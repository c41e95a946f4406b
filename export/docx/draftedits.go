package docx

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/locales"
)

// Taking an edited contribution's changes into its draft: what the command
// line (import-edits) and the GUI (File → Take changes from a Word file…)
// both do, the review of each change apart.

// EditsProblem is why an edited Word file is refused; its value names the
// message files.edits.<problem> that says it.
type EditsProblem string

// Why an edited Word file is refused.
const (
	// EditsNoDraft: the file carries no draft (not a contribution fgdraft
	// exported, or the draft was lost).
	EditsNoDraft EditsProblem = "noDraft"
	// EditsOtherDraft: the file was exported from another draft (another ID).
	EditsOtherDraft EditsProblem = "otherDraft"
	// EditsMarksGone: the file no longer carries the field marks.
	EditsMarksGone EditsProblem = "marksGone"
)

// EditsRefusal is an edited Word file that cannot be compared with the
// draft; nothing was read into it.
type EditsRefusal struct {
	Problem EditsProblem
	// Other names the draft the file was exported from, for
	// EditsOtherDraft: its acronym (or title) and its ID.
	Other string
}

func (e *EditsRefusal) Error() string {
	switch e.Problem {
	case EditsOtherDraft:
		return "the Word file was exported from another draft (" + e.Other + ")"
	case EditsMarksGone:
		return ErrMarksGone.Error()
	}
	return "the Word file carries no fgdraft draft"
}

// CompareWithDraft reads the edited Word file data and compares it with the
// document fgdraft exports from p in the file's language, for the day the
// file was made for. A file without a draft, of another draft or without
// its marks is an *EditsRefusal. A change to a field that is not free text
// of the draft (a sentence printed from a code) cannot be typed back: it is
// listed as not taken back.
func CompareWithDraft(p *forms.Proposal, data []byte, cat *locales.Catalog) (Edits, error) {
	embedded, err := ReadDraft(bytes.NewReader(data), int64(len(data)))
	if errors.Is(err, ErrNoDraft) {
		return Edits{}, &EditsRefusal{Problem: EditsNoDraft}
	}
	if err != nil {
		return Edits{}, err
	}
	was, err := draftfile.Decode(embedded)
	if err != nil {
		return Edits{}, fmt.Errorf("the draft it carries: %w", err)
	}
	if was.ID != p.ID {
		return Edits{}, &EditsRefusal{Problem: EditsOtherDraft, Other: DraftName(was)}
	}
	edited, err := ReadMarked(bytes.NewReader(data), int64(len(data)))
	if errors.Is(err, ErrMarksGone) {
		return Edits{}, &EditsRefusal{Problem: EditsMarksGone}
	}
	if err != nil {
		return Edits{}, err
	}
	if !edited.Lang.Valid() {
		edited.Lang = p.Language
	}
	// the document as fgdraft writes it from the draft now: the reference
	// each field and each paragraph is compared with
	now, _, err := export.Contribution(p, edited.Lang, cat, New(), a7.Options{Today: edited.Today})
	if err != nil {
		return Edits{}, err
	}
	expected, err := ReadMarked(bytes.NewReader(now), int64(len(now)))
	if err != nil {
		return Edits{}, err
	}
	edits := Compare(edited, expected)
	fields := editableFields(p)
	kept := edits.Changes[:0]
	for _, ch := range edits.Changes {
		if _, ok := fields[ch.Field]; ok || ch.Kind == Comment {
			kept = append(kept, ch)
			continue
		}
		if ch.Kind == Edit {
			edits.NotTakenBack = append(edits.NotTakenBack, Outside{After: ch.Field, Text: ch.New})
		}
	}
	edits.Changes = kept
	if !edits.Translation(p) {
		edits.newKeywords(p, cat.In(edited.Lang).T("doc.keywords.separator"))
	}
	return edits, nil
}

// newKeywords takes the keywords an editor typed into the cover's
// keywords' line between the keywords' marks (a keyword added at the end
// of the line, after the last one's separator, is outside every mark) out
// of the text not taken back: the line's text outside the marks is split
// at the separator the document prints (sep, trimmed, so that "PKI; 6G"
// and "PKI ;6G" both give "6G"), and each piece with a letter or digit
// not among the draft's keywords already becomes a change adding a
// keyword after the draft's last one. Only in
// the draft's own language: a keyword added to a translation has no
// source text.
func (e *Edits) newKeywords(p *forms.Proposal, sep string) {
	sep = strings.TrimSpace(sep)
	if sep == "" {
		return
	}
	next := len(p.Contribution.Keywords)
	have := map[string]bool{} // a piece the draft has already is no new keyword
	for _, k := range p.Contribution.Keywords {
		have[strings.TrimSpace(k)] = true
	}
	kept := e.NotTakenBack[:0]
	for _, o := range e.NotTakenBack {
		if !strings.HasPrefix(o.beside, forms.ContribKeywords.Path()+"[") {
			kept = append(kept, o)
			continue
		}
		for _, piece := range strings.Split(o.Text, sep) {
			piece = strings.TrimSpace(piece)
			if have[piece] || !strings.ContainsFunc(piece, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
				continue // the separators between the keywords
			}
			have[piece] = true
			field := forms.Keyword.At(next).Path()
			next++
			e.edited = append(e.edited, MarkedField{Field: field, segs: []segment{{text: piece}}})
			e.Changes = append(e.Changes, Change{Field: field, Kind: Edit, New: piece, place: len(e.edited) - 1})
		}
	}
	e.NotTakenBack = kept
}

// DraftName names a draft in a refusal: its acronym (or, without one, its
// title) and its ID.
func DraftName(p *forms.Proposal) string {
	name := p.FocusGroup.Acronym
	if forms.Blank(name) {
		name = p.Contribution.Title
	}
	return fmt.Sprintf("%s, ID %s", strings.TrimSpace(name), p.ID)
}

// Translation tells whether the edits are in another language than p's:
// they are then taken as translations into e.Lang.
func (e Edits) Translation(p *forms.Proposal) bool {
	return e.Lang.Valid() && e.Lang != p.Language
}

// ApplyTo takes the accepted changes (accepted tells by index in
// e.Changes) into p as typing would: each field's text in the draft's
// language, or, for edits in another language, its translation into that
// language, made from the current source text (as an XLIFF import records
// it). It gives the paths of the fields that changed, in document order.
func (e Edits) ApplyTo(p *forms.Proposal, accepted func(i int) bool) []string {
	fields := editableFields(p)
	translation := e.Translation(p)
	var changed []string
	for _, ft := range e.Apply(accepted) {
		f, ok := fields[ft.Field]
		if !ok && !translation && isNewKeyword(p, ft.Field) {
			// a keyword the editor added (newKeywords): after the last,
			// in the order of the line
			p.Contribution.Keywords = append(p.Contribution.Keywords, ft.Text)
			changed = append(changed, ft.Field)
			continue
		}
		if !ok {
			continue
		}
		if !translation || f.verbatim {
			if f.Get() != ft.Text {
				f.Set(ft.Text)
				changed = append(changed, ft.Field)
			}
			continue
		}
		if t, st := p.TranslationOf(f.TextField, e.Lang); st == forms.Translated && t.Text == ft.Text {
			continue
		}
		p.SetTranslation(f.TextField, e.Lang, ft.Text)
		changed = append(changed, ft.Field)
	}
	return changed
}

// isNewKeyword tells whether path names a keyword after p's last, one
// newKeywords made (of those, the ones accepted are appended in order).
func isNewKeyword(p *forms.Proposal, path string) bool {
	digits, ok := strings.CutPrefix(path, forms.ContribKeywords.Path()+"[")
	if !ok {
		return false
	}
	digits, ok = strings.CutSuffix(digits, "]")
	n, err := strconv.Atoi(digits)
	return ok && err == nil && n >= len(p.Contribution.Keywords)
}

// editableField is a field of the draft a Word file's edit can change:
// free text, or a name, phone number or e-mail address printed as typed
// (verbatim), which has no translation: an edit of it in a file in
// another language changes the draft's own text.
type editableField struct {
	forms.TextField
	verbatim bool
}

// editableFields are the draft's fields an edit can change, by path: its
// free-text fields, and the names, phone numbers and e-mail addresses it
// prints as typed (the cover's contacts). Codes, countries and dates are
// printed made into other text and cannot be typed back.
func editableFields(p *forms.Proposal) map[string]editableField {
	out := map[string]editableField{}
	for _, f := range p.TextFields() {
		out[f.Path] = editableField{TextField: f}
	}
	for _, f := range p.PrintedVerbatim() {
		switch k, _ := forms.KindOf(f.Path); k {
		case forms.KindName, forms.KindPhone, forms.KindEmail:
			out[f.Path] = editableField{TextField: f, verbatim: true}
		}
	}
	return out
}
