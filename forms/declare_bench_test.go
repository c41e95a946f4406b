package forms_test

// An external test package: the benchmark reads the bundled example with
// draftfile, which imports forms.

import (
	"testing"

	"fgdraft/forms/draftfile"
)

// TextFields runs on every check of the draft (live, at each keystroke).
func BenchmarkTextFields(b *testing.B) {
	p, err := draftfile.Load("../assets/example.json")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		p.TextFields()
	}
}
