package export_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// A plan lists each language in each format under the default names, and
// per language the fields printed untranslated or from a stale translation
// (none for the draft's own language); Existing finds what would be replaced.
func TestPlan(t *testing.T) {
	p := exporttest.GoodProposal()
	scope := forms.FGScope
	var field forms.TextField
	for _, f := range p.TextFields() {
		if f.Path == scope.Path() {
			field = f
		}
	}
	p.SetTranslation(field, forms.French, "Étudier la sécurité des agents.")
	p.FocusGroup.Scope += " Changed since."
	dir := t.TempDir()
	langs := []forms.Lang{forms.English, forms.French}
	formats := []export.Format{export.PDF, export.DOCX}
	plan := export.NewPlan(p, langs, formats, dir)

	var got []string
	for _, tg := range plan.Targets {
		got = append(got, filepath.Base(tg.Path))
	}
	want := []string{"FG-TAIA_SG17_en.pdf", "FG-TAIA_SG17_en.docx", "FG-TAIA_SG17_fr.pdf", "FG-TAIA_SG17_fr.docx"}
	if !slices.Equal(got, want) {
		t.Errorf("targets %v, want %v", got, want)
	}
	if _, ok := plan.Untranslated[forms.English]; ok {
		t.Error("the draft's own language has untranslated fields")
	}
	if fr := plan.Untranslated[forms.French]; len(fr) == 0 || slices.Contains(fr, scope.Path()) {
		t.Errorf("French untranslated %v: want many, not the scope (it has a translation)", fr)
	}
	if st := plan.Stale[forms.French]; !slices.Equal(st, []string{scope.Path()}) {
		t.Errorf("French stale %v, want the scope", st)
	}

	if len(plan.Existing()) != 0 {
		t.Errorf("existing %v in an empty folder", plan.Existing())
	}
	if err := os.WriteFile(filepath.Join(dir, "FG-TAIA_SG17_fr.docx"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if ex := plan.Existing(); len(ex) != 1 || ex[0].Lang != forms.French || ex[0].Format != export.DOCX {
		t.Errorf("existing %v, want the French DOCX", ex)
	}
}
