package forms

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/cases"
)

// Hit is one place where a search found its text in a draft.
type Hit struct {
	// Path is the field the text was found in; for a translation, the
	// field translated.
	Path string
	// Lang is the language of the translation the text was found in; empty
	// for the draft's own text.
	Lang Lang
	// Start and End are the positions of the text found, in characters
	// (runes) of the field's text, End past the last one.
	Start, End int
}

// Find lists every place where p holds query, ignoring case by Unicode case
// folding (so that "STRASSE" finds "Straße" and "ΣΟΦΊΑ" finds "σοφία";
// scripts without case, as Arabic and Chinese, match as written). The draft's
// own text comes first, field by field in the order of the model, which is
// the wizard's order of steps; then the translations, by language in
// Languages' order and by field in the same order. Country fields (which
// hold a code, shown as the country's name) and the draft's identity are
// not searched. An empty query finds nothing.
func (p *Proposal) Find(query string) []Hit {
	needle := foldText(query)
	if needle.text == "" {
		return nil
	}
	var out []Hit
	search := func(path string, lang Lang, text string) {
		if text == "" {
			return
		}
		hay := foldText(text)
		from := 0
		for {
			i := strings.Index(hay.text[from:], needle.text)
			if i < 0 {
				return
			}
			at := from + i
			end := at + len(needle.text)
			start, stop := hay.runeAt(at), hay.runeAt(end)
			if stop <= start { // a fold inside one character: count the character
				stop = start + 1
			}
			out = append(out, Hit{Path: path, Lang: lang, Start: start, End: stop})
			// Go on after the match: hits never overlap ("aa" is in
			// "aaaa" twice), as a reader counts them.
			from = end
		}
	}
	walkStrings(p, func(path string, d FieldDecl, ptr *string) {
		if d.Kind == KindCountry || d.Kind == KindID {
			return
		}
		search(path, "", *ptr)
	})
	if len(p.Translations) > 0 {
		fields := p.TextFields()
		for _, l := range Languages() {
			t := p.Translations[l]
			if l == p.Language || len(t) == 0 {
				continue
			}
			for _, f := range fields {
				search(f.Path, l, t[f.Path].Text)
			}
		}
	}
	return out
}

// foldedText is a text folded for comparison without case, with the
// position in the original text of each byte of the folded one.
type foldedText struct {
	text  string
	runes []int // runes[i]: the index of the original rune byte i of text comes from
}

func foldText(s string) foldedText {
	fold := cases.Fold()
	var b strings.Builder
	runes := make([]int, 0, len(s)+1)
	n := 0
	var one [utf8.UTFMax]byte
	for _, r := range s {
		// One rune at a time, so that each folded byte knows the rune it
		// came from (a fold may lengthen a rune: "ß" → "ss").
		k := utf8.EncodeRune(one[:], r)
		f := fold.String(string(one[:k]))
		b.WriteString(f)
		for range len(f) {
			runes = append(runes, n)
		}
		n++
	}
	runes = append(runes, n) // the end of the text
	return foldedText{text: b.String(), runes: runes}
}

// runeAt is the index of the original rune that folded byte i comes from;
// the length of the text in runes at its end.
func (f foldedText) runeAt(i int) int { return f.runes[i] }
