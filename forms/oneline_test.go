package forms

import "testing"

func TestPrintSafe(t *testing.T) {
	p := &Proposal{Supporters: []Supporter{{Entity: "Operator \u202Eexe.fdp"}}}
	p.Contribution.Title = "Title\nSource: fake"
	p.FocusGroup.Scope = "First \u202Eopen\nsecond \u2067isolate\u2069 ok\u202C stray\n\nthird"
	q := p.Clone()
	q.PrintSafe()
	if q.Contribution.Title != "Title Source: fake" || q.Supporters[0].Entity != "Operator exe.fdp" {
		t.Errorf("one-line fields: %q %q", q.Contribution.Title, q.Supporters[0].Entity)
	}
	if want := "First \u202Eopen\u202C\nsecond \u2067isolate\u2069 ok stray\n\nthird"; q.FocusGroup.Scope != want {
		t.Errorf("prose: %+q, want %+q", q.FocusGroup.Scope, want)
	}
	if p.Contribution.Title != "Title\nSource: fake" {
		t.Error("PrintSafe changed the original")
	}
}
