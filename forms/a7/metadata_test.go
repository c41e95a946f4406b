package a7

import (
	"reflect"
	"strings"
	"testing"

	"fgdraft/forms"
)

// The fields the document properties carry are bounded: too many keywords,
// a keyword, title, source or focus group name too long (or its
// translation) is a warning naming the field; at the bounds nothing is
// said (issue 26, item 7).
func TestMetadataCheck(t *testing.T) {
	t.Parallel()
	keywords := func(n, length int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = strings.Repeat("k", length)
		}
		return out
	}
	cases := []struct {
		name   string
		mutate func(p *forms.Proposal)
		fields []string
		params []map[string]any
	}{
		{"at the bounds", func(p *forms.Proposal) {
			p.Contribution.Keywords = append(keywords(forms.MaxKeywords, forms.MaxKeywordLen), " ", "")
			p.Contribution.Title = strings.Repeat("é", forms.MaxMetaTextLen)
			p.FocusGroup.Name = strings.Repeat("名", forms.MaxMetaTextLen) + "  "
		}, nil, nil},
		{"too many keywords", func(p *forms.Proposal) {
			p.Contribution.Keywords = keywords(forms.MaxKeywords+1, 5)
		}, []string{"contribution.keywords"}, []map[string]any{{"Total": forms.MaxKeywords + 1, "Limit": forms.MaxKeywords}}},
		{"a keyword too long", func(p *forms.Proposal) {
			p.Contribution.Keywords = []string{"AI", strings.Repeat("x", forms.MaxKeywordLen+1)}
		}, []string{"contribution.keywords[1]"}, []map[string]any{{"Length": forms.MaxKeywordLen + 1, "Limit": forms.MaxKeywordLen}}},
		{"the source too long", func(p *forms.Proposal) {
			p.Contribution.Source = strings.Repeat("Org, ", 101)
		}, []string{"contribution.source"}, []map[string]any{{"Length": 504, "Limit": forms.MaxMetaTextLen}}},
		{"a translated title too long", func(p *forms.Proposal) {
			p.SetTranslation(textFieldAt(t, p, "contribution.title"), forms.Arabic, strings.Repeat("ع", forms.MaxMetaTextLen+2))
		}, []string{"contribution.title"}, []map[string]any{{"Length": forms.MaxMetaTextLen + 2, "Limit": forms.MaxMetaTextLen, "Translation": "ar"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			p := cleanProposal()
			c.mutate(p)
			var got []Finding
			for _, f := range Validate(p, testOptions()) {
				if f.Rule == MetadataRuleID {
					got = append(got, f)
				}
			}
			var fields []string
			var params []map[string]any
			for _, f := range got {
				if f.Severity != Warning || f.Clause == "" {
					t.Errorf("finding %+v", f)
				}
				fields = append(fields, f.Fields...)
				params = append(params, f.Params)
			}
			if !reflect.DeepEqual(fields, c.fields) || !reflect.DeepEqual(params, c.params) {
				t.Errorf("fields %v params %v, want %v %v", fields, params, c.fields, c.params)
			}
		})
	}
}
