package export_test

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/docx"
	"fgdraft/export/exporttest"
	"fgdraft/export/pdf"
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// The reverse of TestParagraphFieldsNameTheirText: every printed field of
// the model, as its declarations list them (not a list kept by hand),
// reaches the text of both filed documents. A draft fills every string
// field with a word of its own; the PDF (read back by pdftotext) and the
// DOCX (its body's text runs, read back from the zip by unzip) must each
// show every word. A field added to the model without its line in the
// builder fails here, named.
//
// Some fields print only under a condition another field sets: the parent
// meeting's place at a meeting, the urgent market need between meetings,
// the other type of a deliverable of type "other". The draft is therefore
// filed once per establishment route, with deliverables of every type, and
// a field counts as printed when one of its items shows in one of them.
func TestEveryPrintedFieldReachesBothDocuments(t *testing.T) {
	t.Parallel()
	exporttest.NeedTool(t, "pdftotext", "unzip")
	kinds := map[string]forms.FieldKind{}
	decls, err := forms.Declarations()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range decls {
		if d.Kind != forms.KindID {
			kinds[d.Pattern] = d.Kind
		}
	}
	renderers := []export.Renderer{pdf.New(exporttest.Fonts(t)), docx.New()}
	shown := map[export.Format]map[string]bool{} // field pattern -> printed
	for _, r := range renderers {
		shown[r.Format()] = map[string]bool{}
	}
	dir := t.TempDir()
	for _, route := range []forms.Route{forms.AtMeeting, forms.BetweenMeetings} {
		p, words := filledProposal(route, kinds)
		for _, r := range renderers {
			data, _, err := export.Contribution(p, forms.English, exporttest.Cat, r, a7.Options{Today: exporttest.Today})
			if err != nil {
				t.Fatalf("%s, route %s: %v", r.Format(), route, err)
			}
			extracted := exporttest.Squash(documentText(t, dir, r.Format(), data))
			for path, word := range words {
				if strings.Contains(extracted, word) {
					shown[r.Format()][pattern(path)] = true
				}
			}
		}
	}
	for _, r := range renderers {
		for pat := range kinds {
			if !shown[r.Format()][pat] {
				t.Errorf("%s: field %s is declared printed, but no paragraph or table cell shows it", r.Format(), pat)
			}
		}
	}
}

// filledProposal is a draft that meets A.7, on route, with every string
// field filled: free text with a word of its own per item ("Fw3x"), a
// country with a code whose name the document shows. words gives each
// concrete path the text it must find.
func filledProposal(route forms.Route, kinds map[string]forms.FieldKind) (*forms.Proposal, map[string]string) {
	p := exporttest.GoodProposal()
	c := &p.Contribution
	c.Route = route
	if route == forms.BetweenMeetings {
		c.PostingDate = exporttest.Day(2026, 11, 2)
	}
	fg := &p.FocusGroup
	fg.Deliverables[0].Type = forms.BaseTextRecommendation
	fg.Deliverables[1].Type = forms.OtherDeliverable
	p.Supporters[0].Contact = "x"
	countries := []string{"FR", "GB", "DE", "JP", "US", "CN", "BR", "IN", "KE", "CA", "MX", "EG", "AU", "KR"}
	words := map[string]string{}
	fields := append(p.TextFields(), p.PrintedVerbatim()...)
	for i, f := range fields {
		switch kinds[pattern(f.Path)] {
		case forms.KindCountry:
			code := countries[i%len(countries)]
			f.Set(code)
			words[f.Path] = exporttest.Cat.In(forms.English).Country(code)
		case forms.KindEmail:
			word := marker(i)
			f.Set(word + "@example.org")
			words[f.Path] = word
		default:
			word := marker(i)
			f.Set(word)
			words[f.Path] = word
		}
	}
	return p, words
}

// marker is a word no text of the document holds by chance: letters only,
// so that no line breaks inside it, and unlike any word of English.
func marker(i int) string {
	return fmt.Sprintf("Qz%cx%cq", 'a'+rune(i/26%26), 'a'+rune(i%26))
}

var itemIndex = regexp.MustCompile(`\[\d+\]`)

// pattern is the declaration pattern of a concrete path:
// "supporters[2].country" → "supporters[].country".
func pattern(path string) string { return itemIndex.ReplaceAllString(path, "[]") }

// documentText is the text a reader gets from a filed document: pdftotext's
// for a PDF, the text runs of a DOCX's body (word/document.xml, not the
// draft it carries).
func documentText(t *testing.T, dir string, f export.Format, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, "doc."+string(f))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if f == export.PDF {
		return exporttest.Run(t, "pdftotext", "-enc", "UTF-8", path, "-")
	}
	body := exporttest.Run(t, "unzip", "-p", path, "word/document.xml")
	var out strings.Builder
	dec := xml.NewDecoder(strings.NewReader(body))
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("word/document.xml: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inText = tok.Name.Local == "t"
		case xml.EndElement:
			if tok.Name.Local == "p" || tok.Name.Local == "tc" {
				out.WriteString("\n")
			}
			inText = false
		case xml.CharData:
			if inText {
				out.Write(tok)
			}
		}
	}
	return out.String()
}

// An export checks the draft once: the document carries the findings it
// was built with (its compliance annex and draft mark), and the export's
// error count is theirs, so what the user is told is what the file says
// (issue 23, item 7).
func TestExportCountsTheDocumentsFindings(t *testing.T) {
	t.Parallel()
	p := exporttest.GoodProposal()
	p.Supporters = p.Supporters[:1] // too few supporters: an error
	opt := a7.Options{Today: exporttest.Today}
	doc := export.Build(p, forms.French, exporttest.Cat, opt)
	errs := 0
	for _, f := range doc.Findings {
		if f.Severity == a7.Error {
			errs++
		}
	}
	if errs == 0 || doc.DraftMark == "" {
		t.Fatalf("%d errors among the document's findings, draft mark %q: want some", errs, doc.DraftMark)
	}
	_, res, err := export.Contribution(p, forms.French, exporttest.Cat, docx.New(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if res.Errors != errs {
		t.Errorf("the export counts %d errors, its document shows %d", res.Errors, errs)
	}
}
