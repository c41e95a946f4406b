package a7

import (
	"fmt"
	"testing"

	"fgdraft/forms"
)

// A requirement reports, in one finding, exactly the fields that fall short,
// in the order the row gives them; a substantive demand says whether nothing
// at all was written.
func TestRequirementFindings(t *testing.T) {
	long := "Operators are deploying this now. Vendors need one global standard soon."
	for _, tc := range []struct {
		name       string
		req        *requirement
		p          forms.Proposal
		wantFields []string
		wantParams map[string]any
	}{
		{"both missing", requires(mustBePresent, forms.FGFinancing, forms.FGAdminSupport), forms.Proposal{},
			[]string{"focusGroup.financing", "focusGroup.administrativeSupport"}, nil},
		{"second a placeholder", requires(mustBePresent, forms.FGFinancing, forms.FGAdminSupport),
			forms.Proposal{FocusGroup: forms.FocusGroup{Financing: "Hosted by members.", AdminSupport: "TBD"}},
			[]string{"focusGroup.administrativeSupport"}, map[string]any{"Placeholder": "TBD"}},
		{"too little for prose", requires(mustBePresent, forms.FGFinancing),
			forms.Proposal{FocusGroup: forms.FocusGroup{Financing: "Yes."}},
			[]string{"focusGroup.financing"}, map[string]any{"Placeholder": "Yes."}},
		{"met", requires(mustBePresent, forms.FGFinancing), forms.Proposal{FocusGroup: forms.FocusGroup{Financing: "Hosted by members."}}, nil, nil},
		{"substantive blank", requires(mustBeSubstantive, forms.FGInterest), forms.Proposal{},
			[]string{"focusGroup.interest"}, map[string]any{"Empty": 1}},
		{"substantive too short", requires(mustBeSubstantive, forms.FGInterest),
			forms.Proposal{FocusGroup: forms.FocusGroup{Interest: "Strong interest."}},
			[]string{"focusGroup.interest"}, map[string]any{"Empty": 0, "Placeholder": "Strong interest."}},
		{"substantive met", requires(mustBeSubstantive, forms.FGInterest), forms.Proposal{FocusGroup: forms.FocusGroup{Interest: long}}, nil, nil},
	} {
		r := Rule{ID: "test.required", Clause: "2.2", Severity: Warning, check: tc.req.check}
		got := r.Check(&tc.p, Options{Today: forms.NewDate(2027, 1, 1)})
		if tc.wantFields == nil {
			if len(got) != 0 {
				t.Errorf("%s: findings %+v, want none", tc.name, got)
			}
			continue
		}
		if len(got) != 1 {
			t.Fatalf("%s: %d findings, want 1: %+v", tc.name, len(got), got)
		}
		f := got[0]
		if f.Severity != Warning || f.Clause != "2.2" || fmt.Sprint(f.Fields) != fmt.Sprint(tc.wantFields) {
			t.Errorf("%s: finding %+v, want warning of 2.2 on %v", tc.name, f, tc.wantFields)
		}
		if fmt.Sprint(f.Params) != fmt.Sprint(orEmpty(tc.wantParams)) {
			t.Errorf("%s: params %v, want %v", tc.name, f.Params, tc.wantParams)
		}
	}
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}
