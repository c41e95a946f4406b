package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

func TestCleanMetadata(t *testing.T) {
	for in, want := range map[string]string{
		"Report\u202Eexe.pdf":           "Reportexe.pdf",
		"a\u2066b\u2067c\u2068d\u2069e": "abcde",
		"a\u202Ab\u202Bc\u202Cd\u202De": "abcde",
		"line\nbreak\r\nand\u2028more":  "line break  and more",
		"bell\x07 and \u0085 C1":        "bell and  C1",
		"\U0001F680 keeps its place":    "\uFFFD keeps its place",
		"\u200Fmarks stay\u200E":        "\u200Fmarks stay\u200E",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%+q) = %+q, want %+q", in, got, want)
		}
	}
}

// A title with a right-to-left override does not reach the document
// information a viewer shows.
func TestMetadataHasNoBidiOverride(t *testing.T) {
	exporttest.NeedTool(t, "pdfinfo")
	doc := exporttest.SampleDoc(forms.English)
	doc.Meta.Title = "Quarterly report\u202Eexe.pdf"
	doc.Meta.Author = "Administration\u2067 of\u2069 Ruritania"
	b, err := export.Render(New(exporttest.Fonts(t)), doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "meta.pdf")
	os.WriteFile(path, b, 0o644)
	info := exporttest.Run(t, "pdfinfo", "-enc", "UTF-8", path)
	if strings.ContainsAny(info, "\u202E\u2067\u2069") {
		t.Errorf("bidi controls in the document information:\n%s", info)
	}
	if !strings.Contains(info, "Quarterly reportexe.pdf") || !strings.Contains(info, "Administration of Ruritania") {
		t.Errorf("title or author lost:\n%s", info)
	}
}
