package a7

import (
	"reflect"
	"slices"
	"testing"

	"fgdraft/forms"
)

func oneLineFindings(p *forms.Proposal) []Finding { return ruleFindings(p, OneLineRuleID) }

// ruleFindings is what Validate finds of one rule in p.
func ruleFindings(p *forms.Proposal, rule string) []Finding {
	var out []Finding
	for _, f := range Validate(p, Options{Today: testToday}) {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// checkFieldWarnings says where got are not warnings with a clause, on
// exactly the fields want (in any order), the i-th with params[i].
func checkFieldWarnings(t *testing.T, got []Finding, want []string, params []map[string]any) {
	t.Helper()
	var fields []string
	for i, f := range got {
		fields = append(fields, f.Fields...)
		if f.Severity != Warning || f.Clause == "" {
			t.Errorf("finding %+v", f)
		}
		if i < len(params) && !reflect.DeepEqual(f.Params, params[i]) {
			t.Errorf("params %v, want %v", f.Params, params[i])
		}
	}
	slices.Sort(fields)
	if !slices.Equal(fields, want) {
		t.Errorf("fields %v, want %v", fields, want)
	}
}

// A line break or a bidi control in a one-line field, or in its translation,
// is reported with the field path; prose may hold both.
func TestOneLineCheck(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(p *forms.Proposal)
		fields []string
		params []map[string]any
	}{
		{"clean", func(p *forms.Proposal) {}, nil, nil},
		{"prose with paragraphs and controls", func(p *forms.Proposal) {
			p.FocusGroup.Scope = "One.\n\nTwo \u202Eright\u202C."
		}, nil, nil},
		{"title with a fake source line", func(p *forms.Proposal) {
			p.Contribution.Title += "\nSource: Administration of Elsewhere"
		}, []string{"contribution.title"}, []map[string]any{{"Break": 1, "Code": "U+000A"}}},
		{"e-mail and question", func(p *forms.Proposal) {
			p.Contribution.Contacts[0].Email = "a@example.org\r\nBcc: b@example.org"
			p.Contribution.Questions = []string{"Q1/17\u2028Q2/17"}
		}, []string{"contribution.contacts[0].email", "contribution.questions[0]"}, nil},
		{"override in a supporter's name", func(p *forms.Proposal) {
			p.Supporters[2].Country = "F\u202ER"
		}, []string{"supporters[2].country"}, []map[string]any{{"Break": 0, "Code": "U+202E"}}},
		{"translation of the title", func(p *forms.Proposal) {
			p.SetTranslation(textFieldAt(t, p, "contribution.title"), forms.French, "Titre\u2067exe.fdp")
		}, []string{"contribution.title"}, []map[string]any{{"Break": 0, "Code": "U+2067", "Translation": "fr"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := cleanProposal()
			c.mutate(p)
			got := oneLineFindings(p)
			checkFieldWarnings(t, got, c.fields, c.params)
		})
	}
}

// textFieldAt is the free-text field of p at path.
func textFieldAt(t *testing.T, p *forms.Proposal, path string) forms.TextField {
	t.Helper()
	for _, f := range p.TextFields() {
		if f.Path == path {
			return f
		}
	}
	t.Fatalf("no free-text field %s", path)
	return forms.TextField{}
}
