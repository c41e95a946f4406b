package docx

import (
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// A Chinese DOCX, its document part read back, names the supporters from
// Taiwan, Hong Kong and Réunion by their Member States, China and France,
// in the supporters' table (issue 19, item 3).
func TestDOCXPrintsMemberStatesOfTerritories(t *testing.T) {
	t.Parallel()
	p := exporttest.GoodProposal()
	p.Supporters = []forms.Supporter{
		{Entity: "甲公司", Category: forms.SectorMember, Country: "TW", Committed: true},
		{Entity: "乙大学", Category: forms.Academia, Country: "hk", Committed: true},
		{Entity: "丙研究所", Category: forms.Associate, Country: "RE", Committed: true},
		{Entity: "丁公司", Category: forms.SectorMember, Country: "CAN", Committed: true},
	}
	doc := export.Build(p, forms.Chinese, exporttest.Cat, a7.Options{Today: exporttest.Today})
	body := render(t, doc).xml(t, "word/document.xml")
	want := map[string]string{"甲公司": "中国", "乙大学": "中国", "丙研究所": "法国", "丁公司": "CAN"}
	found := 0
	for _, tbl := range body.all("tbl") {
		for _, tr := range tbl.all("tr") {
			var cells []string
			for _, tc := range tr.all("tc") {
				cells = append(cells, strings.TrimSpace(tc.paraText()))
			}
			if len(cells) < 3 {
				continue
			}
			if country, ok := want[cells[0]]; ok {
				found++
				if cells[2] != country {
					t.Errorf("%s: country cell %q, want %q", cells[0], cells[2], country)
				}
			}
		}
	}
	if found != len(want) {
		t.Errorf("%d supporter rows found in the DOCX, want %d", found, len(want))
	}
}
