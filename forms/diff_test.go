package forms

import (
	"reflect"
	"testing"
	"time"
)

// Diff names each field whose value differs, with both values: text,
// dates, list items one draft has and the other has not, translations;
// equal drafts differ in nothing (issue 26, item 6: the window's compare
// view).
func TestDiff(t *testing.T) {
	t.Parallel()
	base := func() *Proposal {
		p := &Proposal{Language: English}
		p.Contribution.Title = "Proposal"
		p.Contribution.Keywords = []string{"AI", "trust"}
		p.FocusGroup.Scope = "Scope."
		return p
	}
	cases := []struct {
		name   string
		change func(p *Proposal)
		want   []FieldDiff
	}{
		{"equal", func(p *Proposal) {}, nil},
		{"a text", func(p *Proposal) { p.FocusGroup.Scope = "Another scope." },
			[]FieldDiff{{Path: "focusGroup.scope", Old: "Scope.", New: "Another scope."}}},
		{"a list item gone and a date", func(p *Proposal) {
			p.Contribution.Keywords = p.Contribution.Keywords[:1]
			p.Contribution.SubmissionDate = NewDate(2027, time.March, 2)
		}, []FieldDiff{
			{Path: "contribution.keywords[1]", Old: "trust"},
			{Path: "contribution.submissionDate", Old: "", New: "2027-03-02"},
		}},
		{"a translation added", func(p *Proposal) {
			p.Translations = map[Lang]map[string]Translation{French: {"focusGroup.scope": {Text: "Portée.", Source: "Scope."}}}
		}, []FieldDiff{{Path: "focusGroup.scope", Lang: French, New: "Portée."}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			p := base()
			c.change(p)
			if got := Diff(base(), p); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Diff = %+v, want %+v", got, c.want)
			}
		})
	}
}
