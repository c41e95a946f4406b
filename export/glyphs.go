package export

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"fgdraft/export/text"
	"fgdraft/forms"
)

// fieldGlyphs checks the proposer's own text, as it will be printed in lang,
// for characters that no bundled font can draw, and reports them by field
// path ("contribution.title"), so that the proposer knows what to edit.
// It returns nil when every character is covered; the renderer still checks
// the texts the program writes itself. src is the draft as written: a field
// whose printed text is a translation is named as such.
func fieldGlyphs(src, p *forms.Proposal, lang forms.Lang, covers func(rune) bool) error {
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
		if translated[path] {
			path += " (translation into " + string(lang) + ")"
		}
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
		return &MissingGlyphsError{Texts: missing}
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

// MissingGlyphsError lists the texts of a document holding characters that
// no bundled font can draw. Nothing is rendered when it is returned.
type MissingGlyphsError struct {
	Texts []*text.UncoveredError
}

func (e *MissingGlyphsError) Error() string {
	msgs := make([]string, 0, len(e.Texts))
	for i, t := range e.Texts {
		if i == 5 {
			msgs = append(msgs, fmt.Sprintf("and %d more texts", len(e.Texts)-5))
			break
		}
		msgs = append(msgs, t.Error())
	}
	return "characters no font can draw: " + strings.Join(msgs, "; ")
}
