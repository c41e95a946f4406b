package docx

import (
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// The document properties carry no line break and no bidi override.
func TestCorePropertiesHaveNoBidiOverride(t *testing.T) {
	doc := exporttest.SampleDoc(forms.English)
	doc.Meta.Title = "Quarterly report\u202Eexe.docx"
	doc.Meta.Author = "Administration\nof\u2067 Ruritania\u2069"
	data, err := export.Render(New(), doc)
	if err != nil {
		t.Fatal(err)
	}
	core := string(openPackage(t, data)["docProps/core.xml"])
	if strings.ContainsAny(core, "\u202E\u2067\u2069") {
		t.Errorf("controls in the document properties:\n%s", core)
	}
	if !strings.Contains(core, "<dc:title>Quarterly reportexe.docx</dc:title>") || !strings.Contains(core, "<dc:creator>Administration of Ruritania</dc:creator>") {
		t.Errorf("title or author lost:\n%s", core)
	}
}
