package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// A Chinese PDF, read back with pdftotext, names the supporters from Taiwan,
// Hong Kong and Réunion by their Member States, China and France: the
// territories' names appear only where Annex B's supporters.country notes
// say so (issue 19, item 3).
func TestPDFPrintsMemberStatesOfTerritories(t *testing.T) {
	exporttest.NeedTool(t, "pdftotext")
	p := exporttest.GoodProposal()
	p.Supporters = []forms.Supporter{
		{Entity: "甲公司", Category: forms.SectorMember, Country: "TW", Committed: true},
		{Entity: "乙大学", Category: forms.Academia, Country: "HK", Committed: true},
		{Entity: "丙研究所", Category: forms.Associate, Country: "RE", Committed: true},
		{Entity: "丁公司", Category: forms.SectorMember, Country: "DE", Committed: true},
	}
	doc := export.Build(p, forms.Chinese, exporttest.Cat, a7.Options{Today: exporttest.Today})
	pdf, err := export.Render(New(exporttest.Fonts(t)), doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "countries-zh.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	han := exporttest.HanOnly(exporttest.Run(t, "pdftotext", "-enc", "UTF-8", path, "-"))
	var annexB string
	for _, s := range doc.Sections {
		if s.ID == export.SecAnnexB {
			annexB = exporttest.HanOnly(strings.Join(exporttest.TableCells([]export.Section{s}), "") + strings.Join(exporttest.Paragraphs([]export.Section{s}), ""))
		}
	}
	for _, name := range []string{"中国台湾", "中国香港", "留尼汪"} {
		got, want := strings.Count(han, name), strings.Count(annexB, name)
		if want == 0 {
			t.Errorf("Annex B has no supporters.country note naming %s", name)
		}
		if got != want {
			t.Errorf("%s printed %d times, %d of them in Annex B's notes", name, got, want)
		}
	}
	// The supporters' table: China twice, France once, Germany once, and the
	// count of countries: China, France, Germany.
	for _, row := range []string{"甲公司部门成员中国", "乙大学学术成员中国", "丙研究所部门准成员法国", "丁公司部门成员德国"} {
		if !strings.Contains(han, row) {
			t.Errorf("row %q not in the PDF", row)
		}
	}
}
