package pdf

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/export/fonts"
	"fgdraft/forms/a7"

	"fgdraft/forms"
	"fgdraft/text"
)

// checkPDF runs the structure, page, font and text checks on one PDF.
func checkPDF(t *testing.T, lang forms.Lang, doc export.Document, b []byte) {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
		t.Fatal("not a PDF")
	}
	path := filepath.Join(t.TempDir(), string(lang)+".pdf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("FGDRAFT_SAMPLES"); dir != "" {
		os.WriteFile(filepath.Join(dir, filepath.Base(path)), b, 0o644)
	}
	exporttest.Run(t, "qpdf", "--check", path)
	info := exporttest.Run(t, "pdfinfo", path)
	if !strings.Contains(info, "595.28 x 841.89 pts") {
		t.Errorf("page size is not A4:\n%s", info)
	}
	if doc.Meta.Title != "" && !strings.Contains(info, strings.Fields(doc.Meta.Title)[0]) {
		t.Errorf("title missing from document information:\n%s", info)
	}
	fonts := exporttest.Run(t, "pdffonts", path)
	rows := strings.Split(strings.TrimSpace(fonts), "\n")[2:]
	if len(rows) == 0 {
		t.Error("no fonts")
	}
	for _, row := range rows {
		f := strings.Fields(row)
		if len(f) < 7 || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
			t.Errorf("font not embedded as a subset with a ToUnicode map: %s", row)
		}
	}
	// the body only, without running head, page number and draft mark, as
	// a paragraph may continue on the next page
	extracted := exporttest.Run(t, "pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "50", "-W", "596", "-H", "740", path, "-")
	exporttest.CheckExtracted(t, doc, extracted)
	// MuPDF, a second extractor, takes the text objects in the order they
	// are written: the paragraphs come back intact too. (Its plain text
	// gives the letters of Arabic words as drawn, in an order that depends on
	// how a line was justified; TestArabicParagraphInLeftToRightDocuments
	// reads mixed Arabic lines with it.)
	if lang != forms.Arabic {
		exporttest.NeedTool(t, "mutool")
		exporttest.CheckExtracted(t, doc, mupdfText(t, doc, path))
	}
}

// mupdfText is the text MuPDF extracts from the PDF of doc at path, without
// the running head, the page numbers and the draft mark (a paragraph may
// continue on the next page).
func mupdfText(t *testing.T, doc export.Document, path string) string {
	t.Helper()
	out := exporttest.Run(t, "mutool", "draw", "-q", "-F", "txt", path)
	pageNumber := regexp.MustCompile(`^- \d+ -$`)
	var keep []string
	for _, l := range strings.Split(out, "\n") {
		s := strings.TrimSpace(l)
		if s == "" || s == doc.RunningHead || s == doc.DraftMark || pageNumber.MatchString(s) {
			continue
		}
		keep = append(keep, l)
	}
	// a word broken at a hyphen at the end of a line is one word
	return strings.ReplaceAll(strings.Join(keep, "\n"), "-\n", "-")
}

func TestRenderSamples(t *testing.T) {
	exporttest.NeedTool(t, "qpdf", "pdfinfo", "pdffonts", "pdftotext")
	fs := exporttest.Fonts(t)
	for _, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			doc := exporttest.SampleDoc(lang)
			if lang == forms.English || lang == forms.Arabic {
				doc.DraftMark = "DRAFT – does not yet meet Recommendation ITU-T A.7"
			}
			b, err := export.Render(New(fs), doc)
			if err != nil {
				t.Fatal(err)
			}
			checkPDF(t, lang, doc, b)
		})
	}
}

// TestRenderBuilt renders the builder's documents of a complete proposal.
func TestRenderBuilt(t *testing.T) {
	exporttest.NeedTool(t, "qpdf", "pdfinfo", "pdffonts", "pdftotext")
	fs := exporttest.Fonts(t)
	for _, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			doc := export.Build(exporttest.GoodProposal(), lang, exporttest.Cat, a7.Options{Today: exporttest.Today})
			b, err := export.Render(New(fs), doc)
			if err != nil {
				t.Fatal(err)
			}
			if lang == forms.Chinese && len(b) > 150<<10 {
				t.Errorf("Chinese export is %d KB, want < 150 KB", len(b)>>10)
			}
			checkPDF(t, lang, doc, b)
		})
	}
}

func TestRenderConcurrent(t *testing.T) {
	fs := exporttest.Fonts(t)
	var wg sync.WaitGroup
	errs := make([]error, 6)
	outs := make([][]byte, 6)
	for i, lang := range forms.Languages() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], errs[i] = export.Render(New(fs), exporttest.SampleDoc(lang))
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil || len(outs[i]) == 0 {
			t.Errorf("%s: %v", forms.Languages()[i], err)
		}
	}
}

func TestRenderMissingGlyphs(t *testing.T) {
	fs := exporttest.Fonts(t)
	doc := exporttest.SampleDoc(forms.English)
	doc.Sections[0].Blocks = append(doc.Sections[0].Blocks, export.Paragraph{Text: "Smile \U0001F600 and Deseret \U00010400.", Field: "focusGroup.scope"})
	b, err := export.Render(New(fs), doc)
	var me *export.MissingGlyphsError
	if !errors.As(err, &me) || b != nil {
		t.Fatalf("want export.MissingGlyphsError, got %v", err)
	}
	if len(me.Texts) != 1 || me.Texts[0].Where != "focusGroup.scope" || len(me.Texts[0].Missing) != 2 ||
		me.Texts[0].Missing[0] != (text.Missing{Rune: 0x1F600, Offset: 6}) {
		t.Errorf("missing = %+v", me.Texts)
	}
	if !strings.Contains(err.Error(), "U+1F600") {
		t.Errorf("error text: %v", err)
	}
}

func TestLongTableSplitsAcrossPages(t *testing.T) {
	exporttest.NeedTool(t, "pdfinfo", "pdftotext")
	fs := exporttest.Fonts(t)
	doc := exporttest.SampleDoc(forms.English)
	var rows [][]string
	for i := 0; i < 60; i++ {
		rows = append(rows, []string{"D" + strings.Repeat("x", i%3), strings.Repeat("A long cell that wraps over several lines. ", 1+i%4), "2027-01-01"})
	}
	rows = append(rows, []string{"Dbig", strings.Repeat("An enormous cell taller than a page. ", 160), "2027"})
	doc.Sections[0].Blocks = []export.Block{export.Table{Header: []string{"Deliverable", "Content", "Due"}, Weights: []float64{1, 4, 1}, Rows: rows}}
	b, err := export.Render(New(fs), doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "t.pdf")
	os.WriteFile(path, b, 0o644)
	out := exporttest.Run(t, "pdftotext", path, "-")
	pages := strings.Split(out, "\f")
	n := 0
	for _, p := range pages[1:] {
		if strings.Contains(p, "Deliverable") {
			n++
		}
	}
	if len(pages) < 4 || n < len(pages)-3 {
		t.Errorf("header not repeated: %d pages, %d with the header", len(pages)-1, n)
	}
}

func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"plain text", "a\x00b\x1bc\x7f\u0085d", "\u202Eevil\u202C \u2067iso\u2069 \u200E\u200F",
		"e\u0301\u0308\u20DD combining", "\U0001F600\U00010400", strings.Repeat("x", 3000),
		"اجتماع SG17 في 2027 (ITU-T) لا لأ", "焦点组，。、", "\uFEFF\u00AD\u200B\u200D\u200C\uFE0F",
		"\xff\xfe invalid utf8", "\n\n\n", "", "ـــ", "ل", "(((([[[", "\u0644\u064E\u0627",
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
	}
	fs, err := fonts.Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, l uint8) {
		lang := forms.Languages()[int(l)%6]
		doc := export.Document{Lang: lang, DraftMark: s, RunningHead: s,
			Cover:    export.Cover{Union: s, Fields: []export.Labelled{{Label: s, Value: s}}},
			Sections: []export.Section{{ID: "x", Title: s, Level: 1, Blocks: []export.Block{export.Paragraph{Text: s}, export.List{Items: []string{s}}, export.Table{Header: []string{s}, Rows: [][]string{{s, s}}}}}},
		}
		b, err := export.Render(New(fs), doc)
		if err != nil {
			var me *export.MissingGlyphsError
			if !errors.As(err, &me) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
			t.Fatal("not a PDF")
		}
	})
}

func benchDocs(b *testing.B, langs ...forms.Lang) {
	fs := exporttest.Fonts(b)
	docs := make([]export.Document, len(langs))
	for i, l := range langs {
		docs[i] = export.Build(exporttest.GoodProposal(), l, exporttest.Cat, a7.Options{Today: exporttest.Today})
	}
	b.ReportAllocs()
	b.ResetTimer()
	size := 0
	for i := 0; i < b.N; i++ {
		size = 0
		for _, d := range docs {
			out, err := export.Render(New(fs), d)
			if err != nil {
				b.Fatal(err)
			}
			size += len(out)
		}
	}
	b.ReportMetric(float64(size)/1024, "KB")
}

func BenchmarkRenderEN(b *testing.B)  { benchDocs(b, forms.English) }
func BenchmarkRenderZH(b *testing.B)  { benchDocs(b, forms.Chinese) }
func BenchmarkRenderAR(b *testing.B)  { benchDocs(b, forms.Arabic) }
func BenchmarkRenderSix(b *testing.B) { benchDocs(b, forms.Languages()...) }

func BenchmarkLoadFonts(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := fonts.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
