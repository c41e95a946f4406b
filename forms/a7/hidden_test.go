package a7

import (
	"testing"

	"fgdraft/forms"
)

// Hidden characters in prose and name fields, and their translations, are
// reported with the field, the first character and its position; the
// joiners Arabic and emoji need are not (issue 26, item 4).
func TestHiddenCharactersCheck(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		mutate func(p *forms.Proposal)
		fields []string
		params []map[string]any
	}{
		{"clean", func(p *forms.Proposal) {}, nil, nil},
		{"joiners and marks", func(p *forms.Proposal) {
			p.FocusGroup.Scope = "می\u200Cخواهم 👩\u200D💻 \u200F."
		}, nil, nil},
		{"override in the background", func(p *forms.Proposal) {
			p.FocusGroup.Background = "Fine. \u202Eelif ot ydaer si lasoporp sihT\u202C."
		}, []string{"focusGroup.background"}, []map[string]any{{"Code": "U+202E", "Position": 7, "Total": 2}}},
		{"zero-width space and tags in the scope", func(p *forms.Proposal) {
			p.FocusGroup.Scope = "a\u200Bb\U000E0041\U000E0042"
		}, []string{"focusGroup.scope"}, []map[string]any{{"Code": "U+200B", "Position": 2, "Total": 3}}},
		{"a name: the zero-width, not the override text.one-line reports", func(p *forms.Proposal) {
			p.Supporters[0].Entity = "ACME\u202E\uFEFF"
		}, []string{"supporters[0].entity"}, []map[string]any{{"Code": "U+FEFF", "Position": 6, "Total": 1}}},
		{"a translation", func(p *forms.Proposal) {
			p.SetTranslation(textFieldAt(t, p, "focusGroup.scope"), forms.French, "Portée\u2066x\u2069")
		}, []string{"focusGroup.scope"}, []map[string]any{{"Code": "U+2066", "Position": 7, "Total": 2, "Translation": "fr"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := cleanProposal()
			c.mutate(p)
			got := ruleFindings(p, HiddenRuleID)
			checkFieldWarnings(t, got, c.fields, c.params)
		})
	}
}
