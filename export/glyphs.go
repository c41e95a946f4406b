package export

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
	"fgdraft/locales"
	"fgdraft/text"
)

// fieldGlyphs checks the proposer's own text, as it will be printed in lang,
// for characters that format cannot hold (covers says which it can), and
// reports them by field path ("contribution.title"), so that the proposer
// knows what to edit.
// It returns nil when every character is covered; the renderer still checks
// the texts the program writes itself. src is the draft as written: a field
// whose printed text is a translation is named as such.
func fieldGlyphs(src, p *forms.Proposal, lang forms.Lang, format Format, covers func(rune) bool) error {
	translated := map[string]bool{}
	if lang != src.Language {
		for _, f := range src.TextFields() {
			if _, st := src.TranslationOf(f, lang); st == forms.Translated || st == forms.Stale {
				translated[f.Path] = true
			}
		}
	}
	var missing []*text.UncoveredError
	check := func(path, s string) {
		var miss []text.Missing
		for i, r := range s {
			if r == utf8.RuneError || covers(r) {
				continue
			}
			miss = append(miss, text.Missing{Rune: r, Offset: i})
		}
		if len(miss) > 0 {
			missing = append(missing, &text.UncoveredError{Where: path, Text: s, Missing: miss})
		}
	}
	for _, f := range p.TextFields() {
		check(f.Path, f.Get())
	}
	for _, f := range p.PrintedVerbatim() {
		check(f.Path, f.Get())
	}
	if len(missing) > 0 {
		e := &MissingGlyphsError{Format: format, Lang: lang, Texts: missing}
		for _, t := range missing {
			if translated[t.Where] {
				if e.Translated == nil {
					e.Translated = map[string]bool{}
				}
				e.Translated[t.Where] = true
			}
		}
		return e
	}
	return nil
}

// Invisible tells the characters the layout drops rather than draws:
// controls, format characters (bidi marks, joiners, soft hyphen) and
// variation selectors.
func Invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r) ||
		unicode.IsSpace(r) || r == 0x034F || r == 0xFFFE || r == 0xFFFF
}

// MissingGlyphsError lists the texts of a document holding characters its
// format cannot hold: that no bundled font can draw in a PDF, that XML
// forbids in a DOCX. Nothing is rendered when it is returned.
type MissingGlyphsError struct {
	Format Format
	// Texts name where each text is: a field path for the proposer's text,
	// the part of the document ("cover", "chart") for a text fgdraft writes.
	Texts []*text.UncoveredError
	// Lang is the document language; Translated holds the field paths of
	// Texts whose text is the field's translation into it.
	Lang       forms.Lang
	Translated map[string]bool
}

// maxTextsNamed is how many texts a message names before "and N more".
const maxTextsNamed = 5

func (e *MissingGlyphsError) Error() string {
	msgs := make([]string, 0, len(e.Texts))
	for i, t := range e.Texts {
		if i == maxTextsNamed {
			msgs = append(msgs, fmt.Sprintf("and %d more texts", len(e.Texts)-maxTextsNamed))
			break
		}
		where := t.Where
		if e.Translated[where] {
			where += " (translation into " + string(e.Lang) + ")"
		}
		if e.Format == DOCX {
			msgs = append(msgs, where+": XML does not allow "+t.Chars())
		} else {
			msgs = append(msgs, where+": no font has "+t.Chars())
		}
	}
	lead := "characters no font can draw: "
	if e.Format == DOCX {
		lead = "characters a Word document cannot hold: "
	}
	return lead + strings.Join(msgs, "; ")
}

// programText tells whether where names a part of the document that
// fgdraft writes (the cover, a section, the chart, the running head) rather
// than a field of the draft.
func programText(where string) bool {
	switch {
	case where == "cover", strings.HasPrefix(where, "cover: "), where == "chart", where == "running head",
		where == "draft mark", where == "document properties", slices.Contains(SectionIDs(), where):
		return true
	}
	return false
}

// reason is what keeps the characters out: the format (no font has them,
// XML does not allow them), or "control" when every one of them is a
// control character or non-character no document shows.
func (e *MissingGlyphsError) reason() string {
	for _, t := range e.Texts {
		for _, m := range t.Missing {
			if !draftfile.Forbidden(m.Rune) {
				return string(e.Format)
			}
		}
	}
	return "control"
}

// Message says in loc's language which texts hold which characters, naming
// each field by its label and path, and why the format cannot hold them.
func (e *MissingGlyphsError) Message(loc *locales.Localizer) string {
	var b strings.Builder
	b.WriteString(loc.T("export.unprintable." + e.reason()))
	for i, t := range e.Texts {
		if i == maxTextsNamed {
			b.WriteString("\n")
			b.WriteString(loc.N("export.unprintable.more", len(e.Texts)-maxTextsNamed, nil))
			break
		}
		where := t.Where
		if programText(where) {
			where = loc.T("export.unprintable.part", map[string]any{"Part": where})
		} else {
			where = loc.FieldLabel(where) + " (" + where + ")"
		}
		if e.Translated[t.Where] {
			where = loc.T("export.unprintable.translation", map[string]any{"Field": where, "Language": loc.LanguageName(e.Lang)})
		}
		var chars []string
		for j, m := range t.Missing {
			if j == 8 {
				chars = append(chars, "…")
				break
			}
			pos := m.Offset
			if pos <= len(t.Text) {
				pos = utf8.RuneCountInString(t.Text[:m.Offset]) + 1
			}
			chars = append(chars, loc.T("export.unprintable.char", map[string]any{
				"Char": string(m.Rune), "Code": fmt.Sprintf("U+%04X", m.Rune), "Position": pos}))
		}
		b.WriteString("\n• ")
		b.WriteString(where)
		b.WriteString(": ")
		b.WriteString(strings.Join(chars, ", "))
	}
	return b.String()
}

// Describe says why an export failed in loc's language where fgdraft knows
// the reason (characters the format cannot hold), and otherwise as err says.
func Describe(err error, loc *locales.Localizer) string {
	var me *MissingGlyphsError
	if errors.As(err, &me) {
		return me.Message(loc)
	}
	return err.Error()
}
