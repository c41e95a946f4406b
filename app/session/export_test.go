package session

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fgdraft/export"
	"fgdraft/forms"
)

func TestExportPlan(t *testing.T) {
	// Given the English example, with French chosen as document language
	s := New(example(t), today)
	s.SetDocLang(forms.French)
	formats := []export.Format{export.PDF, export.DOCX}

	// Then one export writes French in both formats, all six twelve files.
	if got := s.ExportLangs(false); !slices.Equal(got, []forms.Lang{forms.French}) {
		t.Errorf("one language: %v", got)
	}
	if got := s.ExportLangs(true); !slices.Equal(got, forms.Languages()) {
		t.Errorf("all languages: %v", got)
	}
	names := s.ExportNames(s.ExportLangs(true), formats)
	if len(names) != 12 || names[0] != export.FileName(s.Draft(), forms.Languages()[0], export.PDF) ||
		names[1] != export.FileName(s.Draft(), forms.Languages()[0], export.DOCX) {
		t.Errorf("names %v", names)
	}

	// The untranslated fields are listed for the other languages only.
	missing := s.Untranslated([]forms.Lang{forms.English, forms.French})
	if _, ok := missing[forms.English]; ok {
		t.Error("the draft's own language has untranslated fields")
	}
	if len(missing[forms.French]) == 0 || !slices.Contains(missing[forms.French], forms.FGScope.Path()) {
		t.Errorf("French untranslated: %v", missing[forms.French])
	}

	// A translation takes its field off the list.
	scope := s.Draft().FocusGroup.Scope
	s.Draft().Translations = map[forms.Lang]map[string]forms.Translation{
		forms.French: {forms.FGScope.Path(): {Text: "Portée du groupe.", Source: scope}},
	}
	if slices.Contains(s.Untranslated([]forms.Lang{forms.French})[forms.French], forms.FGScope.Path()) {
		t.Error("a translated field is still listed")
	}

	// Files already in the folder are found, others not.
	dir := t.TempDir()
	there := export.FileName(s.Draft(), forms.French, export.DOCX)
	if err := os.WriteFile(filepath.Join(dir, there), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := s.ExistingExports(dir, []forms.Lang{forms.French}, formats); !slices.Equal(got, []string{there}) {
		t.Errorf("existing %v, want %v", got, []string{there})
	}
}
