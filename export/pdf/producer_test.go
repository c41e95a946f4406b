package pdf

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// The version main passes down is what a PDF reader shows as the file's
// creator and producer.
func TestProducerInDocumentInformation(t *testing.T) {
	exporttest.NeedTool(t, "pdfinfo")
	fs := exporttest.Fonts(t)
	doc := export.Build(exporttest.GoodProposal(), forms.English, exporttest.Cat, a7.Options{Today: exporttest.Today})
	for _, tt := range []struct{ producer, want string }{
		{"fgdraft 9.8.7 (build 42, commit abc1234)", "fgdraft 9.8.7 (build 42, commit abc1234)"},
		{"", "fgdraft"},
	} {
		r := New(fs)
		r.Producer = tt.producer
		b, err := export.Render(r, doc)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "en.pdf")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		info := exporttest.Run(t, "pdfinfo", path)
		for _, field := range []string{"Creator", "Producer"} {
			m := regexp.MustCompile(`(?m)^` + field + `:\s*(.*)$`).FindStringSubmatch(info)
			if m == nil || m[1] != tt.want {
				t.Errorf("Producer %q: %s is %q, want %q\n%s", tt.producer, field, m, tt.want, info)
			}
		}
	}
}
