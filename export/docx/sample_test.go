package docx

import (
	"os"
	"path/filepath"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// TestWriteSamples writes the bundled example's DOCX files to
// $FGDRAFT_SAMPLES, for looking at them.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("FGDRAFT_SAMPLES")
	if dir == "" {
		t.Skip("FGDRAFT_SAMPLES not set")
	}
	for _, lang := range forms.Languages() {
		doc := export.Build(exporttest.GoodProposal(), lang, exporttest.Cat, forms.Options{Today: exporttest.Today})
		doc.DraftMark = "DRAFT"
		b, err := New().Render(doc)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, string(lang)+".docx"), b, 0o644)
	}
}
