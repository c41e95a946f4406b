package export

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode"

	"fgdraft/export/text"
	"fgdraft/forms"
)

var (
	fontsOnce sync.Once
	testFonts *Fonts
	fontsErr  error
)

func loadTestFonts(t testing.TB) *Fonts {
	t.Helper()
	fontsOnce.Do(func() { testFonts, fontsErr = LoadFonts() })
	if fontsErr != nil {
		t.Fatal(fontsErr)
	}
	return testFonts
}

// needTool skips the test when a poppler/qpdf tool is missing, unless CI is
// set, where it fails.
func needTool(t *testing.T, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, err := exec.LookPath(name); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed (CI is set)", name)
			}
			t.Skipf("%s is not installed", name)
		}
	}
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// paragraphs returns every paragraph and list item of the document body.
func paragraphs(secs []Section) []string {
	var out []string
	for _, s := range secs {
		for _, b := range s.Blocks {
			switch b := b.(type) {
			case Paragraph:
				out = append(out, strings.Split(b.Text, "\n\n")...)
			case List:
				out = append(out, b.Items...)
			}
		}
		out = append(out, paragraphs(s.Sub)...)
	}
	return out
}

var bidiControls = strings.NewReplacer("\u202A", "", "\u202B", "", "\u202C", "", "\u200E", "", "\u200F", "",
	"\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "", "\u00AD", "")

func squash(s string) string { return strings.Join(strings.Fields(bidiControls.Replace(s)), " ") }

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, bidiControls.Replace(s))
}

var (
	arabicWord = regexp.MustCompile(`[\x{0621}-\x{064A}\x{0660}-\x{0669}\x{0671}-\x{06D3}]+`)
	latinWord  = regexp.MustCompile(`[A-Za-z0-9]+`)
)

var (
	hyphens    = strings.NewReplacer("-", "", "‐", "")
	arabicMark = regexp.MustCompile(`[\x{064B}-\x{065F}\x{0670}]`)
)

// checkExtracted reports paragraphs of doc whose text pdftotext did not give
// back (hyphens are ignored).
func checkExtracted(t *testing.T, doc Document, extracted string) {
	t.Helper()
	lang := doc.Lang
	paras := paragraphs(doc.Sections)
	// pdftotext joins a word hyphenated at a line end, dropping its hyphen:
	// compare without hyphens
	extracted = hyphens.Replace(extracted)
	for i, p := range paras {
		paras[i] = hyphens.Replace(p)
	}
	switch lang {
	case forms.Chinese:
		all := noSpace(extracted)
		for _, p := range paras {
			if !strings.Contains(all, noSpace(p)) {
				t.Errorf("zh: paragraph not extracted intact: %q", p)
			}
		}
	case forms.Arabic:
		// pdftotext rebuilds the logical order itself and places neutrals
		// (brackets, hyphens between numbers) by its own rules; compare the
		// Arabic words in logical order and the presence of Latin words and
		// numbers.
		if strings.ContainsFunc(extracted, func(r rune) bool { return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFC }) {
			t.Errorf("ar: presentation forms in the extracted text")
		}
		extracted = arabicMark.ReplaceAllString(extracted, "")
		all := " " + strings.Join(arabicWord.FindAllString(extracted, -1), " ") + " "
		for _, p := range paras {
			p = arabicMark.ReplaceAllString(p, "")
			want := " " + strings.Join(arabicWord.FindAllString(p, -1), " ") + " "
			if strings.TrimSpace(want) != "" && !strings.Contains(all, want) {
				t.Errorf("ar: Arabic words of paragraph not extracted in order: %q", p)
			}
			for _, w := range latinWord.FindAllString(p, -1) {
				if !strings.Contains(extracted, w) {
					t.Errorf("ar: %q of paragraph %q not extracted", w, p)
				}
			}
		}
	default:
		all := squash(extracted)
		for _, p := range paras {
			if !strings.Contains(all, squash(p)) {
				t.Errorf("%s: paragraph not extracted intact: %q", lang, p)
			}
		}
	}
}

// checkPDF runs the structure, page, font and text checks on one PDF.
func checkPDF(t *testing.T, lang forms.Lang, doc Document, b []byte) {
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
	run(t, "qpdf", "--check", path)
	info := run(t, "pdfinfo", path)
	if !strings.Contains(info, "595.28 x 841.89 pts") {
		t.Errorf("page size is not A4:\n%s", info)
	}
	if doc.Meta.Title != "" && !strings.Contains(info, strings.Fields(doc.Meta.Title)[0]) {
		t.Errorf("title missing from document information:\n%s", info)
	}
	fonts := run(t, "pdffonts", path)
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
	extracted := run(t, "pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "50", "-W", "596", "-H", "740", path, "-")
	checkExtracted(t, doc, extracted)
}

func TestRenderSamples(t *testing.T) {
	needTool(t, "qpdf", "pdfinfo", "pdffonts", "pdftotext")
	fs := loadTestFonts(t)
	for _, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			doc := sampleDoc(lang)
			if lang == forms.English || lang == forms.Arabic {
				doc.DraftMark = "DRAFT – does not yet meet Recommendation ITU-T A.7"
			}
			b, err := RenderPDF(doc, fs)
			if err != nil {
				t.Fatal(err)
			}
			checkPDF(t, lang, doc, b)
		})
	}
}

// TestRenderBuilt renders the builder's documents of a complete proposal.
func TestRenderBuilt(t *testing.T) {
	needTool(t, "qpdf", "pdfinfo", "pdffonts", "pdftotext")
	fs := loadTestFonts(t)
	for _, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			doc := Build(goodProposal(), lang, testCat, forms.Options{Today: testToday})
			b, err := RenderPDF(doc, fs)
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
	fs := loadTestFonts(t)
	var wg sync.WaitGroup
	errs := make([]error, 6)
	outs := make([][]byte, 6)
	for i, lang := range forms.Languages() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], errs[i] = RenderPDF(sampleDoc(lang), fs)
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
	fs := loadTestFonts(t)
	doc := sampleDoc(forms.English)
	doc.Sections[0].Blocks = append(doc.Sections[0].Blocks, Paragraph{Text: "Smile \U0001F600 and Deseret \U00010400.", Field: "focusGroup.scope"})
	b, err := RenderPDF(doc, fs)
	var me *MissingGlyphsError
	if !errors.As(err, &me) || b != nil {
		t.Fatalf("want MissingGlyphsError, got %v", err)
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
	needTool(t, "pdfinfo", "pdftotext")
	fs := loadTestFonts(t)
	doc := sampleDoc(forms.English)
	var rows [][]string
	for i := 0; i < 60; i++ {
		rows = append(rows, []string{"D" + strings.Repeat("x", i%3), strings.Repeat("A long cell that wraps over several lines. ", 1+i%4), "2027-01-01"})
	}
	rows = append(rows, []string{"Dbig", strings.Repeat("An enormous cell taller than a page. ", 160), "2027"})
	doc.Sections[0].Blocks = []Block{Table{Header: []string{"Deliverable", "Content", "Due"}, Weights: []float64{1, 4, 1}, Rows: rows}}
	b, err := RenderPDF(doc, fs)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "t.pdf")
	os.WriteFile(path, b, 0o644)
	out := run(t, "pdftotext", path, "-")
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
	fs, err := LoadFonts()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, l uint8) {
		lang := forms.Languages()[int(l)%6]
		doc := Document{Lang: lang, DraftMark: s, RunningHead: s,
			Cover:    Cover{Union: s, Fields: []Labelled{{s, s}}},
			Sections: []Section{{ID: "x", Title: s, Level: 1, Blocks: []Block{Paragraph{Text: s}, List{Items: []string{s}}, Table{Header: []string{s}, Rows: [][]string{{s, s}}}}}},
		}
		b, err := RenderPDF(doc, fs)
		if err != nil {
			var me *MissingGlyphsError
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
	fs := loadTestFonts(b)
	docs := make([]Document, len(langs))
	for i, l := range langs {
		docs[i] = Build(goodProposal(), l, testCat, forms.Options{Today: testToday})
	}
	b.ReportAllocs()
	b.ResetTimer()
	size := 0
	for i := 0; i < b.N; i++ {
		size = 0
		for _, d := range docs {
			out, err := RenderPDF(d, fs)
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
		if _, err := LoadFonts(); err != nil {
			b.Fatal(err)
		}
	}
}
