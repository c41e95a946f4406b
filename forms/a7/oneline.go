package a7

import (
	"fmt"

	"fgdraft/forms"
)

// checkOneLine is "text.one-line": a one-line field, or its translation,
// holds a line break or a bidi control. One finding per field; params Break
// (1 for a line break, 0 for a control), Code ("U+202E") and, for a
// translation, Translation (its language code).
func checkOneLine(p *forms.Proposal) []Finding {
	var out []Finding
	report := func(path string, r rune, lang forms.Lang) {
		params := map[string]any{"Code": fmt.Sprintf("U+%04X", r), "Break": 0}
		if !forms.IsBidiControl(r) { // OneLineProblem's other kind: a line break
			params["Break"] = 1
		}
		if lang != "" {
			params["Translation"] = string(lang)
		}
		out = append(out, Finding{Rule: OneLineRuleID, Severity: Warning, Clause: "2.1.1.1", Fields: []string{path}, Params: params})
	}
	oneLine := map[string]bool{}
	for _, f := range p.OneLineFields() {
		oneLine[f.Path] = true
		if r, bad := forms.OneLineProblem(f.Get()); bad {
			report(f.Path, r, "")
		}
	}
	for _, lang := range forms.Languages() {
		for _, f := range p.TextFields() {
			t, ok := p.Translations[lang][f.Path]
			if !ok || !oneLine[f.Path] {
				continue
			}
			if r, bad := forms.OneLineProblem(t.Text); bad {
				report(f.Path, r, lang)
			}
		}
	}
	return out
}

// OneLineRuleID is the rule of the check of one-line fields, a warning that
// Validate gives after the A.7 catalogue: not a rule of A.7, but about what
// the filed contribution (clause 2.1.1.1) prints.
const OneLineRuleID = "text.one-line"
