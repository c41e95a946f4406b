package main

import (
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// A draft with a "TBD" supporter or filler text is not ready to file, and
// `fgdraft validate` does not say it is (issue 19, items 1 and 6).
func TestValidateIsNotFooledByPlaceholders(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mutate func(p *forms.Proposal)
		code   int
		want   string // in stdout
	}{
		// Four supporters from four countries, one of them "TBD": three count.
		{"TBD supporter", func(p *forms.Proposal) {
			p.Supporters = p.Supporters[:4]
			p.Supporters[0].Entity = "TBD"
		}, 1, "criteria.support"},
		{"To be confirmed supporter", func(p *forms.Proposal) {
			p.Supporters = p.Supporters[:4]
			p.Supporters[1].Entity = "To be confirmed"
		}, 1, "criteria.support"},
		// Six supporters, one of them "N/A": the criterion is met, the row is
		// still a placeholder.
		{"N/A among enough supporters", func(p *forms.Proposal) { p.Supporters[5].Entity = "N/A" }, 0, "text.placeholder"},
		{"filler as the statement of interest", func(p *forms.Proposal) { p.FocusGroup.Interest = strings.Repeat("TBD. ", 30) }, 1, "criteria.interest"},
		{"x repeated as the statement of interest", func(p *forms.Proposal) { p.FocusGroup.Interest = strings.Repeat("x", 120) }, 1, "criteria.interest"},
		{"filler in a field no rule requires", func(p *forms.Proposal) { p.FocusGroup.Background = "Lorem ipsum dolor sit amet." }, 0, "text.placeholder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := draftfile.Load("examples/fg-example-en.json")
			if err != nil {
				t.Fatal(err)
			}
			tt.mutate(p)
			path := filepath.Join(t.TempDir(), "draft.json")
			if err := draftfile.Save(path, p); err != nil {
				t.Fatal(err)
			}
			code, out, errs := runCLI(t, "validate", "--today", "2026-11-25", path)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errs)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("stdout lacks %q:\n%s", tt.want, out)
			}
			if strings.Contains(out, "ready to file") {
				t.Errorf("a draft with placeholders is said to be ready to file:\n%s", out)
			}
		})
	}
}
