package docx

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// convert converts DOCX files to PDF with LibreOffice headless, all in one
// call (LibreOffice starts once), and returns the PDFs' paths.
func convert(t *testing.T, docx map[string][]byte) map[string]string {
	t.Helper()
	exporttest.NeedTool(t, "soffice", "pdftotext", "pdfinfo", "qpdf")
	dir := t.TempDir()
	args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir}
	for name, b := range docx {
		f := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(f, b, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, f)
	}
	cmd := exec.Command("soffice", args...)
	cmd.Env = append(os.Environ(), "FONTCONFIG_FILE="+fontConfig(t, dir))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	out := map[string]string{}
	for name := range docx {
		pdf := filepath.Join(dir, name+".pdf")
		if _, err := os.Stat(pdf); err != nil {
			t.Fatalf("LibreOffice did not convert %s: %v", name, err)
		}
		out[name] = pdf
	}
	return out
}

// fontConfig writes a fontconfig file that gives LibreOffice real fonts
// for the document's: Noto (Debian's fonts-noto-core and fonts-noto-cjk)
// for Times New Roman, SimSun and Traditional Arabic. Without them it draws
// Arabic with DejaVu Sans, whose kashida pdftotext reads as a letter A.
func fontConfig(t *testing.T, dir string) string {
	t.Helper()
	conf := `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>Times New Roman</family><prefer><family>Noto Serif</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>Traditional Arabic</family><prefer><family>Noto Naskh Arabic</family></prefer></alias>
</fontconfig>
`
	path := filepath.Join(dir, "fonts.conf")
	if err := os.WriteFile(path, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// bodyText is pdftotext's text without the page headers, which would
// split a paragraph running on to the next page: each page's text starts
// after the draft mark, the last paragraph of every page's header.
func bodyText(t *testing.T, doc export.Document, pdf string) string {
	t.Helper()
	if doc.DraftMark == "" {
		t.Fatal("bodyText needs a draft mark to find where the header ends")
	}
	var pages []string
	// -raw: the text in the order LibreOffice wrote it, line by line, as
	// the default layout mode takes the wide spaces of justified lines for
	// column gaps; but Arabic needs the default mode, which rebuilds the
	// logical order
	args := []string{"-raw", "-enc", "UTF-8", pdf, "-"}
	if doc.Lang == forms.Arabic {
		args = args[1:]
	}
	out := bidiControls.Replace(exporttest.Run(t, "pdftotext", args...))
	// a word broken after its hyphen at a line end is one word
	out = strings.ReplaceAll(out, "-\n", "-")
	for _, page := range strings.Split(out, "\f") {
		if i := strings.Index(page, doc.DraftMark+"\n"); i >= 0 {
			page = page[i+len(doc.DraftMark)+1:]
		}
		pages = append(pages, page)
	}
	return strings.Join(pages, "\n")
}

var bidiControls = strings.NewReplacer("\u202A", "", "\u202B", "", "\u202C", "", "\u202D", "", "\u202E", "",
	"\u200E", "", "\u200F", "", "\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "")

// readerQuirks undoes what LibreOffice's PDF and pdftotext do to the text,
// in the document's paragraphs and the extracted text alike. It drops the white space after en dashes in the document's
// paragraphs and in the extracted text: LibreOffice breaks lines after an
// en dash ("20–31"), where pdftotext then puts a line end.
//
// And in Arabic it puts a lam-alef ligature's two letters back in visual
// order (alef, lam): lam-alef is compared as alef-lam on both sides.
func readerQuirks(doc export.Document, extracted string) (export.Document, string) {
	after := regexp.MustCompile(`–\s+`)
	lamAlef := regexp.MustCompile(`ل([اأإآ])`)
	fix := func(s string) string {
		s = after.ReplaceAllString(s, "–")
		if doc.Lang == forms.Arabic {
			s = lamAlef.ReplaceAllString(s, "${1}ل")
		}
		return s
	}
	var secs func([]export.Section) []export.Section
	secs = func(in []export.Section) []export.Section {
		out := make([]export.Section, len(in))
		for i, s := range in {
			out[i] = s
			out[i].Blocks = make([]export.Block, len(s.Blocks))
			for j, b := range s.Blocks {
				switch b := b.(type) {
				case export.Paragraph:
					b.Text = fix(b.Text)
					out[i].Blocks[j] = b
				case export.List:
					items := make([]string, len(b.Items))
					for k, it := range b.Items {
						items[k] = fix(it)
					}
					b.Items = items
					out[i].Blocks[j] = b
				default:
					out[i].Blocks[j] = b
				}
			}
			out[i].Sub = secs(s.Sub)
		}
		return out
	}
	doc.Sections = secs(doc.Sections)
	return doc, fix(extracted)
}

var (
	arabicLetters = regexp.MustCompile(`[\x{0621}-\x{064A}\x{0660}-\x{0669}\x{0671}-\x{06D3}\x{064B}-\x{065F}\x{0670}]+`)
	arabicMarks   = regexp.MustCompile(`[\x{064B}-\x{065F}\x{0670}]`)
	latinWords    = regexp.MustCompile(`[A-Za-z0-9]+`)
)

// arabicTogether reports Arabic paragraphs whose words pdftotext did not
// give back together. LibreOffice's PDF places the diacritics (shadda,
// damma) of a word apart from its letters, and pdftotext then cuts the
// word where they were and may take a line of marks for a line of its
// own, swapping the lines of a paragraph: words carrying diacritics are
// left out of the comparison, the others must all come in a stretch of
// extracted words twice the paragraph's length. The Latin words and
// numbers must all be there.
func arabicTogether(t *testing.T, doc export.Document, extracted string) {
	t.Helper()
	words := func(s string) []string {
		var out []string
		for _, w := range arabicLetters.FindAllString(s, -1) {
			if !arabicMarks.MatchString(w) {
				out = append(out, w)
			}
		}
		return out
	}
	all := arabicLetters.FindAllString(arabicMarks.ReplaceAllString(extracted, ""), -1)
	// found tells whether every word of want is in a stretch of the
	// extracted words no longer than twice the paragraph
	found := func(want []string) bool {
		for start := range all {
			left := map[string]int{}
			for _, w := range want {
				left[w]++
			}
			missing := len(want)
			for i := start; i < len(all) && i < start+2*len(want)+4 && missing > 0; i++ {
				if left[all[i]] > 0 {
					left[all[i]]--
					missing--
				}
			}
			if missing == 0 {
				return true
			}
		}
		return false
	}
	for _, p := range exporttest.Paragraphs(doc.Sections) {
		if want := words(p); len(want) > 0 && !found(want) {
			t.Errorf("ar: Arabic words of paragraph not extracted together: %q", p)
		}
		for _, w := range latinWords.FindAllString(strings.ReplaceAll(p, "-", ""), -1) {
			if !strings.Contains(strings.ReplaceAll(extracted, "-", ""), w) {
				t.Errorf("ar: %q of paragraph %q not extracted", w, p)
			}
		}
	}
}

// outline lists the outline of a PDF, as qpdf reads it: each entry's
// level (1 at the top) and title.
func outline(t *testing.T, pdf string) []heading {
	t.Helper()
	type entry struct {
		Title string  `json:"title"`
		Kids  []entry `json:"kids"`
	}
	var doc struct {
		Outlines []entry `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(exporttest.Run(t, "qpdf", "--json", "--json-key=outlines", pdf)), &doc); err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	var out []heading
	var walk func([]entry, int)
	walk = func(es []entry, level int) {
		for _, e := range es {
			out = append(out, heading{level, e.Title})
			walk(e.Kids, level+1)
		}
	}
	walk(doc.Outlines, 1)
	return out
}

// checkPages checks the page headers as LibreOffice prints them: the draft
// mark on every page; from page 2 the page number, centred, with the
// document number under it; no number on the title page.
func checkPages(t *testing.T, doc export.Document, pdf string) {
	t.Helper()
	pages := strings.Split(bidiControls.Replace(exporttest.Run(t, "pdftotext", "-raw", "-enc", "UTF-8", pdf, "-")), "\f")
	pages = pages[:len(pages)-1] // the text ends with a form feed
	if len(pages) < 3 {
		t.Fatalf("%d pages", len(pages))
	}
	for i, page := range pages {
		lines := strings.Split(strings.TrimSpace(page), "\n")
		if !strings.Contains(page, doc.DraftMark+"\n") {
			t.Errorf("page %d: no draft mark", i+1)
		}
		number := fmt.Sprintf("- %d -", i+1)
		switch {
		case i == 0 && strings.Contains(page, "- 1 -"):
			t.Error("a page number on the title page")
		case i > 0 && (len(lines) < 2 || lines[0] != number || lines[1] != doc.Cover.DocNumber):
			t.Errorf("page %d starts %q, want the number %q and the document number %q", i+1, lines[:min(2, len(lines))], number, doc.Cover.DocNumber)
		}
	}
	// centred: the page number's middle is the middle of the text area
	const mid = float64(marginL+pageW-marginR) / 40
	for _, l := range bboxLines(t, pdf) {
		if strings.Join(l.Words, " ") == "- 2 -" {
			if c := (l.XMin + l.XMax) / 2; c < mid-3 || c > mid+3 {
				t.Errorf("the page number is not centred: %.1f, want %.1f", c, mid)
			}
			return
		}
	}
	t.Error("no page number on page 2")
}

// bboxLine is a line of pdftotext -bbox-layout.
type bboxLine struct {
	XMin  float64  `xml:"xMin,attr"`
	XMax  float64  `xml:"xMax,attr"`
	Words []string `xml:"word"`
}

func bboxLines(t *testing.T, pdf string) []bboxLine {
	t.Helper()
	out := exporttest.Run(t, "pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-")
	var doc struct {
		Lines []bboxLine `xml:"body>doc>page>flow>block>line"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("pdftotext -bbox-layout: %v", err)
	}
	return doc.Lines
}

// TestLibreOffice has a real reader open the six DOCX files: LibreOffice
// converts them to PDF, whose text holds every paragraph; right-to-left
// paragraphs are set from the right margin, left-to-right ones from the
// left, whatever the document's language.
func TestLibreOffice(t *testing.T) {
	docs := map[string]export.Document{}
	files := map[string][]byte{}
	for _, lang := range forms.Languages() {
		doc := builtDoc(lang)
		doc.DraftMark = "DRAFT"
		docs[string(lang)] = doc
	}
	// the direction of short paragraphs of either direction in an English
	// and an Arabic document
	const arabic, english = "يعمل الفريق المتخصص بسرعة", "The group works fast"
	for _, lang := range []forms.Lang{forms.English, forms.Arabic} {
		doc := exporttest.SampleDoc(lang)
		doc.Sections = []export.Section{{ID: "s", Title: "1 X", Level: 1, Blocks: []export.Block{export.Paragraph{Text: arabic}, export.Paragraph{Text: english}}}}
		docs["dir-"+string(lang)] = doc
	}
	// a table over several pages
	long := exporttest.SampleDoc(forms.English)
	var rows [][]string
	for i := 0; i < 80; i++ {
		rows = append(rows, []string{fmt.Sprintf("D%d", i), strings.Repeat("A cell that wraps over lines. ", 1+i%4), "2027-01-01"})
	}
	long.Sections = []export.Section{{ID: "s", Title: "1 X", Level: 1, Blocks: []export.Block{
		export.Table{Header: []string{"Deliverable", "Content", "Due"}, Weights: []float64{1, 4, 1}, Rows: rows}}}}
	docs["long-table"] = long
	for name, doc := range docs {
		b, err := export.Render(New(), doc)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = b
		if dir := os.Getenv("FGDRAFT_SAMPLES"); dir != "" {
			os.WriteFile(filepath.Join(dir, name+".docx"), b, 0o644)
		}
	}
	pdfs := convert(t, files)
	for _, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			doc := docs[string(lang)]
			info := exporttest.Run(t, "pdfinfo", pdfs[string(lang)])
			if !strings.Contains(info, "A4") {
				t.Errorf("LibreOffice's page is not A4:\n%s", info)
			}
			doc, extracted := readerQuirks(doc, bodyText(t, doc, pdfs[string(lang)]))
			checkPages(t, doc, pdfs[string(lang)])
			// the headings are LibreOffice's outline, by level: Word's
			// navigation pane and table of contents
			if got, want := outline(t, pdfs[string(lang)]), wantOutline(docs[string(lang)].Sections); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("outline of LibreOffice's PDF\n got %v\nwant %v", got, want)
			}
			if lang == forms.Arabic {
				arabicTogether(t, doc, extracted)
			} else {
				exporttest.CheckExtracted(t, doc, extracted)
			}
		})
	}
	// the header row repeats on every page the table runs on to
	pages := strings.Split(exporttest.Run(t, "pdftotext", "-raw", pdfs["long-table"], "-"), "\f")
	pages = pages[1 : len(pages)-1]
	if len(pages) < 2 {
		t.Errorf("the long table takes %d more pages, want 2 or more", len(pages))
	}
	for i, page := range pages {
		if !strings.Contains(page, "Deliverable Content Due") {
			t.Errorf("page %d of the long table has no header row", i+2)
		}
	}
	const left, right = marginL / 20, (pageW - marginR) / 20
	for _, lang := range []forms.Lang{forms.English, forms.Arabic} {
		var ar, en *bboxLine
		lines := bboxLines(t, pdfs["dir-"+string(lang)])
		for i, l := range lines {
			s := strings.Join(l.Words, " ")
			if strings.Contains(s, "works") {
				en = &lines[i]
			}
			if strings.Contains(s, "بسرعة") || strings.Contains(s, "ةعرسب") {
				ar = &lines[i]
			}
		}
		if ar == nil || en == nil {
			t.Fatalf("%s: paragraphs not found in %v", lang, lines)
		}
		if ar.XMax < right-3 || ar.XMin < (left+right)/2 {
			t.Errorf("%s: the Arabic paragraph is not right to left: x %.1f to %.1f", lang, ar.XMin, ar.XMax)
		}
		if en.XMin > left+3 || en.XMax > (left+right)/2 {
			t.Errorf("%s: the English paragraph is not left to right: x %.1f to %.1f", lang, en.XMin, en.XMax)
		}
		t.Logf("%s: Arabic %s-%s, English %s-%s", lang, strconv.FormatFloat(ar.XMin, 'f', 1, 64), strconv.FormatFloat(ar.XMax, 'f', 1, 64),
			strconv.FormatFloat(en.XMin, 'f', 1, 64), strconv.FormatFloat(en.XMax, 'f', 1, 64))
	}
}
