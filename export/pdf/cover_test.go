package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// Every label of a contact on the cover is printed whole: the Arabic
// "البريد الإلكتروني:" is twice as wide as "E-mail:" and was cut to its
// first word, the rest of it dropped.
func TestContactLabelsPrintedWhole(t *testing.T) {
	t.Parallel()
	exporttest.NeedTool(t, "pdftotext")
	p := exporttest.GoodProposal()
	for _, lang := range []forms.Lang{forms.Arabic, forms.Russian, forms.French} {
		doc := export.Build(p, lang, exporttest.Cat, a7.Options{Today: exporttest.Today})
		b, err := export.Render(New(exporttest.Fonts(t)), doc)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "cover-"+string(lang)+".pdf")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		first := exporttest.Run(t, "pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", path, "-")
		labels := 0
		for _, c := range doc.Cover.Contacts {
			for _, l := range c.Lines {
				if l.Label == "" {
					continue
				}
				labels++
				if !exporttest.ExtractedHas(lang, first, l.Label) {
					t.Errorf("%s: the contact label %q is not on the cover whole:\n%s", lang, l.Label, first)
				}
			}
		}
		if labels == 0 {
			t.Fatalf("%s: the cover has no contact with a labelled line: the test tests nothing", lang)
		}
	}
}
