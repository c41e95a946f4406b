package a7

import (
	"path/filepath"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// The clean examples meet every rule of A.7; the mistakes example shows the
// typical errors.
func TestExamplesAgainstRules(t *testing.T) {
	opt := Options{Today: forms.NewDate(2026, 11, 25)}
	for _, name := range []string{"fg-example-en.json", "fg-example-zh.json"} {
		p, err := draftfile.Load(filepath.Join("..", "..", "examples", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range Validate(p, opt) {
			if f.Severity != Info {
				t.Errorf("%s: %s %s %v %v", name, f.Severity, f.Rule, f.Fields, f.Params)
			}
		}
	}
	p, err := draftfile.Load(filepath.Join("..", "..", "examples", "fg-example-mistakes.json"))
	if err != nil {
		t.Fatal(err)
	}
	fired := map[string]Severity{}
	for _, f := range Validate(p, opt) {
		fired[f.Rule] = max(fired[f.Rule], f.Severity)
	}
	for _, rule := range []string{"deadline.contribution", "criteria.support", "tor.duration", "leadership.chair",
		"parent.multi-group", "criteria.covered-elsewhere"} {
		if fired[rule] != Error {
			t.Errorf("mistakes example: %s did not fire as an error (fired: %v)", rule, fired)
		}
	}
}
