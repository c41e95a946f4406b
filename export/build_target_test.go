package export_test

import (
	"testing"

	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// A deliverable's target group is printed as ITU writes it in the document
// language, not as typed (issue 19, item 8); another body's name as typed;
// no target group as "none".
func TestTargetGroupInDocumentLanguage(t *testing.T) {
	t.Parallel()
	want := map[forms.Lang][2]string{ // SG13, TSAG
		forms.English: {"SG13", "TSAG"},
		forms.French:  {"CE 13", "GCNT"},
		forms.Spanish: {"CE 13", "GANT"},
		forms.Russian: {"ИК13", "КГСЭ"},
		forms.Chinese: {"第13研究组", "TSAG"},
		forms.Arabic:  {"لجنة الدراسات 13", "الفريق الاستشاري (TSAG)"},
	}
	for _, lang := range forms.Languages() {
		p := exporttest.GoodProposal()
		ds := p.FocusGroup.Deliverables[:3]
		ds[0].TargetGroup = "ITU-T SG 13"
		ds[1].TargetGroup = "tsag"
		ds[2].TargetGroup = "ETSI TC CYBER"
		p.FocusGroup.Deliverables = append(ds, forms.Deliverable{Title: "Glossary", Type: forms.GapAnalysisReport, Due: ds[0].Due})
		doc := build(t, p, lang)
		s := section(doc, "annex-a-deliverables")
		if s == nil {
			t.Fatalf("%s: no deliverables section", lang)
		}
		tb := firstTable(t, s)
		none := exporttest.Cat.In(lang).T("doc.none")
		for i, w := range []string{want[lang][0], want[lang][1], "ETSI TC CYBER", none} {
			row := tb.Rows[i]
			if got := row[len(row)-1]; got != w {
				t.Errorf("%s: deliverable %d's target group printed %q, want %q", lang, i+1, got, w)
			}
		}
	}
}
