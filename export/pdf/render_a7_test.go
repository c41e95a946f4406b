package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// The exported PDF says what the proposer answered (issue 15): TSAG asked to
// designate a study group as parent, which study groups have the topic within
// their mandate and which are only affected, the urgent market need of the
// between-meetings route, and that no body outside ITU-T works on the topic.
// pdftotext reads the sentences back from the rendered file.
func TestRenderAnswersOnParentAndRoute(t *testing.T) {
	exporttest.NeedTool(t, "qpdf", "pdfinfo", "pdffonts", "pdftotext")
	fs := exporttest.Fonts(t)
	p := exporttest.GoodProposal()
	p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
	p.Contribution.Route = forms.BetweenMeetings
	p.Contribution.Meeting = forms.Event{}
	p.Contribution.PostingDate = exporttest.Day(2026, time.November, 2)
	p.Contribution.UrgentMarketNeed = "Agents reach the market this winter; operators need common requirements before then."
	p.FocusGroup.DesignatedParent = forms.Group{Kind: forms.StudyGroup, Number: 13}
	p.FocusGroup.AffectedGroups = []forms.AffectedGroup{{Number: 13, WithinMandate: true}, {Number: 20, ChairConsulted: true}}
	p.GapAnalysis.NoOtherWork = "A search of the ISO, IEC, IETF and ETSI work programmes found no work on agent security."
	for _, lang := range []forms.Lang{forms.English, forms.Chinese, forms.Arabic} {
		t.Run(string(lang), func(t *testing.T) {
			loc := exporttest.Cat.In(lang)
			doc := export.Build(p, lang, exporttest.Cat, a7.Options{Today: exporttest.Today})
			b, err := export.Render(New(fs), doc)
			if err != nil {
				t.Fatal(err)
			}
			checkPDF(t, lang, doc, b)
			path := filepath.Join(t.TempDir(), "a7.pdf")
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			extracted := exporttest.Run(t, "pdftotext", "-enc", "UTF-8", path, "-")
			sg := func(n int) string { return loc.T("doc.group.sg.full", map[string]any{"Number": n}) }
			// The opening sentence, as the builder wrote it for TSAG designating SG13.
			var open string
			for _, s := range doc.Sections {
				if s.ID == export.SecProposal {
					open = s.Blocks[0].(export.Paragraph).Text
				}
			}
			if !strings.Contains(open, "13") {
				t.Errorf("the proposal's opening does not name the designated study group: %q", open)
			}
			for _, s := range []string{
				open,
				loc.T("doc.proposal.withinMandate"),
				loc.T("doc.proposal.affectsWork"),
				loc.T("doc.proposal.consulted", map[string]any{"Group": sg(20)}),
				loc.T("doc.tor.parentIs.designated", map[string]any{"Number": 13}),
				p.Contribution.UrgentMarketNeed,
				p.GapAnalysis.NoOtherWork,
			} {
				if !exporttest.ExtractedHas(lang, extracted, s) {
					t.Errorf("the PDF does not say %q", s)
				}
			}
			if strings.Contains(extracted, "[doc.") || strings.Contains(extracted, "<no value>") {
				t.Errorf("the PDF shows a message key or a missing value")
			}
		})
	}
}
