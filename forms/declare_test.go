package forms

import (
	"regexp"
	"slices"
	"testing"
)

// Every string field of the model says what it is and whether it is
// translated; a new field without an fg tag fails here.
func TestEveryStringFieldIsDeclared(t *testing.T) {
	decls, err := Declarations()
	if err != nil {
		t.Fatal(err)
	}
	if len(decls) < 40 {
		t.Errorf("only %d declarations", len(decls))
	}
}

var index = regexp.MustCompile(`\[\d+\]`)

// TextFields, what is translated, exchanged as XLIFF and checked for
// translation, is exactly the set of fields declared translated, with the
// declared line or prose form.
func TestTextFieldsAreTheTranslatedDeclarations(t *testing.T) {
	decls, err := Declarations()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, d := range decls {
		if d.Translated {
			want[d.Pattern] = d.Multiline()
		}
	}
	got := map[string]bool{}
	for _, f := range proposalWithListsOf(1).TextFields() {
		got[index.ReplaceAllString(f.Path, "[]")] = f.Multiline
	}
	for pat, multi := range want {
		g, ok := got[pat]
		switch {
		case !ok:
			t.Errorf("%s is declared translated but TextFields leaves it out (add it in forms/fields.go)", pat)
		case g != multi:
			t.Errorf("%s: TextFields says multiline %v, the declaration %v", pat, g, multi)
		}
	}
	for pat := range got {
		if _, ok := want[pat]; !ok {
			t.Errorf("TextFields lists %s, which is not declared translated", pat)
		}
	}
}

// The fields printed as typed are the declared untranslated ones but the
// draft's identity, each with its concrete path.
func TestPrintedVerbatim(t *testing.T) {
	p := proposalWithListsOf(1)
	var paths []string
	for _, f := range p.PrintedVerbatim() {
		paths = append(paths, f.Path)
	}
	for _, want := range []string{"contribution.studyPeriod", "contribution.questions[0]", "contribution.contacts[0].email",
		"focusGroup.acronym", "supporters[0].country", "leadership.viceChairs[0].name"} {
		if !slices.Contains(paths, want) {
			t.Errorf("%s missing from %v", want, paths)
		}
	}
	for _, no := range []string{"id", "contribution.title", "supporters[0].entity"} {
		if slices.Contains(paths, no) {
			t.Errorf("%s listed as printed verbatim", no)
		}
	}
	p.PrintedVerbatim()[0].Set("2025-2028")
	if p.Contribution.StudyPeriod != "2025-2028" {
		t.Error("a printed field does not point into the proposal")
	}
}

// TextFields runs on every check of the draft (live, at each keystroke).
func BenchmarkTextFields(b *testing.B) {
	p, err := Load("../assets/example.json")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		p.TextFields()
	}
}
