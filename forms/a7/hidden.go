package a7

import (
	"fmt"

	"fgdraft/forms"
)

// HiddenRuleID is the check of hidden characters, a warning Validate gives
// after the A.7 catalogue, like OneLineRuleID: not a rule of A.7, but
// about whether the filed contribution says what its author sees.
const HiddenRuleID = "text.hidden-characters"

// checkHidden is "text.hidden-characters": a prose or name field, or its
// translation, holds characters that change what a reader sees without
// being seen themselves — bidi embeddings, overrides and isolates (in a
// one-line field text.one-line reports those), zero-width characters, tag
// characters. "RLO elif ot ydaer" reads as "ready to file" in a word
// processor. One finding per field; params Code ("U+202E") and Position
// (its character, from 1) of the first, Total of all, and for a
// translation, Translation (its language code).
func checkHidden(p *forms.Proposal) []Finding {
	var out []Finding
	oneLine := map[string]bool{}
	for _, f := range p.OneLineFields() {
		oneLine[f.Path] = true
	}
	check := func(path, text string, lang forms.Lang) {
		first, at, count := rune(0), 0, 0
		pos := 0
		for _, r := range text {
			pos++
			if !HiddenCharacter(r) || oneLine[path] && forms.IsBidiControl(r) {
				continue
			}
			if count == 0 {
				first, at = r, pos
			}
			count++
		}
		if count == 0 {
			return
		}
		params := map[string]any{"Code": fmt.Sprintf("U+%04X", first), "Position": at, "Total": count}
		if lang != "" {
			params["Translation"] = string(lang)
		}
		out = append(out, Finding{Rule: HiddenRuleID, Severity: Warning, Clause: "2.1.1.1", Fields: []string{path}, Params: params})
	}
	fields := append(p.TextFields(), p.PrintedVerbatim()...)
	seen := map[string]bool{}
	for _, f := range fields {
		if seen[f.Path] {
			continue
		}
		seen[f.Path] = true
		check(f.Path, f.Get(), "")
	}
	for _, lang := range forms.Languages() {
		for _, f := range p.TextFields() {
			if t, ok := p.Translations[lang][f.Path]; ok {
				check(f.Path, t.Text, lang)
			}
		}
	}
	return out
}

// HiddenCharacter tells a character that changes what a reader sees
// without being seen: a bidi embedding, override or isolate (U+202A–U+202E,
// U+2066–U+2069), a zero-width space or invisible operator (U+200B,
// U+2060–U+2064, U+FEFF, U+180E), a tag character (U+E0000–U+E007F). The
// joiners U+200C and U+200D are not among them: Arabic, Persian and emoji
// need them.
func HiddenCharacter(r rune) bool {
	switch {
	case forms.IsBidiControl(r):
		return true
	case r == 0x200B, r >= 0x2060 && r <= 0x2064, r == 0xFEFF, r == 0x180E:
		return true
	case r >= 0xE0000 && r <= 0xE007F:
		return true
	}
	return false
}
