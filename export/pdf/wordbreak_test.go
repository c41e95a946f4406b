package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// TestNoWordBrokenInNarrowColumn: a column narrower than its longest word
// is widened, so that the word is printed whole, in the six languages
// (before, "Recommendation" came out as "Recom / mendat / ion").
func TestNoWordBrokenInNarrowColumn(t *testing.T) {
	exporttest.NeedTool(t, "pdftotext")
	words := map[forms.Lang]string{
		forms.English: "Recommendation",
		forms.French:  "normalisation",
		forms.Spanish: "normalización",
		forms.Russian: "Рекомендация",
		forms.Arabic:  "الاتصالات",
		forms.Chinese: "ITU-T",
	}
	dir := t.TempDir()
	for lang, word := range words {
		doc := exporttest.SampleDoc(lang)
		doc.Sections = []export.Section{{ID: "s", Title: "1 X", Level: 1, Blocks: []export.Block{
			export.Table{Header: []string{"A", "B"}, Weights: []float64{0.15, 5}, Rows: [][]string{{word + " A.1", "x"}}},
		}}}
		b, err := export.Render(New(exporttest.Fonts(t)), doc)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, string(lang)+".pdf")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		extracted := exporttest.Run(t, "pdftotext", "-enc", "UTF-8", path, "-")
		if !exporttest.ExtractedHas(lang, extracted, word) {
			t.Errorf("%s: %q broken in a narrow column:\n%s", lang, word, extracted)
		}
	}
}
