package export_test

import (
	"fmt"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
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

// The document properties carry a bounded number of bounded keywords,
// however many the draft has; the cover prints them all (issue 26, item 7).
func TestMetaKeywordsBounded(t *testing.T) {
	t.Parallel()
	p := exporttest.GoodProposal()
	p.Contribution.Keywords = nil
	for i := range 5000 {
		p.Contribution.Keywords = append(p.Contribution.Keywords, fmt.Sprintf("keyword %d %s", i, strings.Repeat("x", 3000)))
	}
	doc := export.Build(p, forms.English, exporttest.Cat, a7.Options{Today: exporttest.Today})
	if n := len(doc.Meta.Keywords); n != forms.MaxKeywords {
		t.Errorf("%d keywords in the properties, want %d", n, forms.MaxKeywords)
	}
	for _, k := range doc.Meta.Keywords {
		if n := len([]rune(k)); n > forms.MaxKeywordLen {
			t.Fatalf("a keyword of %d characters in the properties", n)
		}
	}
	if !strings.Contains(doc.Cover.Keywords.Value, "keyword 4999") {
		t.Error("the cover lost keywords")
	}
}
