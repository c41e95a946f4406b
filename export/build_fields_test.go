package export_test

import (
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// Every paragraph of the proposer's text carries the path of the very field
// its text comes from, in every document language: the preview's "go to
// field" and the character checks rely on it. The builder names each field
// by one handle for both, so a paragraph cannot show one field and name
// another.
func TestParagraphFieldsNameTheirText(t *testing.T) {
	p := exporttest.GoodProposal()
	p.FocusGroup.Financing = "Hosted by the proposers.\nNo fee."
	p.FocusGroup.Urgency = "" // a field left empty prints "not yet stated"
	for _, lang := range forms.Languages() {
		doc := build(t, p, lang)
		lp, _ := p.Localized(lang)
		lp.PrintSafe()
		text := map[string]string{}
		for _, f := range lp.TextFields() {
			text[f.Path] = f.Get()
		}
		missing := exporttest.Cat.In(lang).T("doc.missing")
		checked := 0
		var walk func(secs []export.Section)
		walk = func(secs []export.Section) {
			for _, s := range secs {
				for _, b := range s.Blocks {
					par, ok := b.(export.Paragraph)
					if !ok || par.Field == "" {
						continue
					}
					checked++
					src, known := text[par.Field]
					switch {
					case !known:
						t.Errorf("%s: paragraph %q names %s, no free-text field", lang, par.Text, par.Field)
					case strings.TrimSpace(src) == "":
						if par.Text != missing {
							t.Errorf("%s: %s is empty, its paragraph says %q", lang, par.Field, par.Text)
						}
					case !strings.Contains(exporttest.Squash(par.Text), firstLine(src)) && !strings.Contains(src, par.Text):
						t.Errorf("%s: paragraph %q names %s, which holds %q", lang, par.Text, par.Field, src)
					}
				}
				walk(s.Sub)
			}
		}
		walk(doc.Sections)
		if checked < 10 {
			t.Errorf("%s: only %d paragraphs name a field", lang, checked)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return exporttest.Squash(line)
}
