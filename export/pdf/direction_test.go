package pdf

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/text"
)

// renderParagraphs renders the sample document of lang with one section
// holding the given paragraphs, and returns the path of the PDF.
func renderParagraphs(t *testing.T, lang forms.Lang, paras ...string) string {
	t.Helper()
	doc := exporttest.SampleDoc(lang)
	sec := export.Section{ID: "test", Level: 1, Title: "1"}
	for _, p := range paras {
		sec.Blocks = append(sec.Blocks, export.Paragraph{Text: p})
	}
	doc.Sections = []export.Section{sec}
	b, err := export.Render(New(exporttest.Fonts(t)), doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), string(lang)+".pdf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// lineOf returns the words pdftotext -bbox finds on the line of the word
// that contains probe (same top), left to right; each word's text is its
// characters in the order they are drawn.
func lineOf(t *testing.T, path, probe string) []wordBox {
	t.Helper()
	words := bboxWords(t, exporttest.Run(t, "pdftotext", "-bbox", path, "-"))
	i := slices.IndexFunc(words, func(w wordBox) bool { return strings.Contains(w.s, probe) })
	if i < 0 {
		t.Fatalf("no word %q in %s", probe, path)
	}
	var line []wordBox
	for _, w := range words {
		if math.Abs(w.y0-words[i].y0) < 1 {
			line = append(line, w)
		}
	}
	slices.SortFunc(line, func(a, b wordBox) int { return int(math.Round(a.x0 - b.x0)) })
	return line
}

const rightEdge = marginL + bodyW

func isArabic(r rune) bool { return unicode.Is(unicode.Arabic, r) }

// An Arabic paragraph with Latin words, numbers and a closing full stop, in
// an English, French or Chinese document, is set right to left: aligned
// right, its full stop drawn left of its last word. MuPDF, which takes text
// objects in the order they are written, returns its runs in reading order.
func TestArabicParagraphInLeftToRightDocuments(t *testing.T) {
	exporttest.NeedTool(t, "pdftotext", "mutool")
	const ar = "تقترح شركة Huaxin إنشاء الفريق في عام 2027 لمدة 12 شهراً."
	for _, lang := range []forms.Lang{forms.English, forms.French, forms.Chinese} {
		path := renderParagraphs(t, lang, ar)
		line := lineOf(t, path, "Huaxin")
		first, last := line[0], line[len(line)-1]
		if math.Abs(last.x1-rightEdge) > 1 || first.x0 < marginL+20 {
			t.Errorf("%s: Arabic line from %.1f to %.1f, want it aligned right at %.1f", lang, first.x0, last.x1, rightEdge)
		}
		if !strings.HasPrefix(first.s, ".") || !strings.ContainsFunc(first.s, isArabic) {
			t.Errorf("%s: leftmost word %q, want the full stop left of the last Arabic word", lang, first.s)
		}
		// MuPDF: the first words, the Latin name, then the rest.
		txt := exporttest.Run(t, "mutool", "draw", "-F", "txt", path)
		a, h, n := strings.Index(txt, "حرتقت"), strings.Index(txt, "Huaxin"), strings.Index(txt, "2027")
		if a < 0 || h < 0 || n < 0 || !(a < h && h < n) {
			t.Errorf("%s: mutool reads the runs out of order (%d, %d, %d):\n%s", lang, a, h, n, txt)
		}
	}
}

// A Chinese and a Russian paragraph in the Arabic document are set left to
// right: aligned left, with their closing punctuation at the right end.
func TestLeftToRightParagraphsInTheArabicDocument(t *testing.T) {
	exporttest.NeedTool(t, "pdftotext", "mutool")
	zh := "该焦点组由华信通信于2027年提议成立。"
	ru := "Группа по переписке рассмотрит предложение в 2027 г.!"
	path := renderParagraphs(t, forms.Arabic, zh, ru)
	for _, probe := range []string{"华信通信", "переписке"} {
		line := lineOf(t, path, probe)
		first, last := line[0], line[len(line)-1]
		if math.Abs(first.x0-marginL) > 1 {
			t.Errorf("%s: line starts at %.1f, want the left margin %.1f", probe, first.x0, marginL)
		}
		if !strings.HasSuffix(last.s, "。") && !strings.HasSuffix(last.s, "!") {
			t.Errorf("%s: rightmost word %q, want the closing punctuation at the right", probe, last.s)
		}
	}
	txt := exporttest.Run(t, "mutool", "draw", "-F", "txt", path)
	for _, s := range []string{zh, ru} {
		if !strings.Contains(strings.ReplaceAll(txt, "\n", ""), s) {
			t.Errorf("mutool does not read %q in order:\n%s", s, txt)
		}
	}
}

// In an Arabic document, Latin words, e-mail addresses and codes are drawn in
// the Latin face with their own full stops: Naskh's full stop sits low and
// reads as a comma. The full stop closing an Arabic sentence stays Arabic.
func TestLatinInTheArabicDocumentUsesTheLatinFace(t *testing.T) {
	fs := exporttest.Fonts(t)
	s := "راسلوا li.mingyuan@huaxin-comm.example بشأن criteria.interest اليوم."
	lines, _ := text.Layout(s, 0, text.Style{Chain: fs.Chain(forms.Arabic, false), Size: 10, RTL: true, Auto: true})
	for _, r := range lines[0].Runs {
		latin := strings.ContainsFunc(r.Text, func(c rune) bool { return c < 0x80 && unicode.IsLetter(c) })
		switch {
		case latin && r.Face != fs.Sans:
			t.Errorf("%q drawn in %s, want Noto Sans", r.Text, r.Face.Name())
		case strings.HasPrefix(r.Text, ".") && r.Face != fs.Naskh:
			t.Errorf("closing full stop %q drawn in %s, want Noto Naskh Arabic", r.Text, r.Face.Name())
		}
	}
}

// A chart lane label in Arabic, in an English document, is set right to
// left and aligned to the right edge of the label column, its full stop at
// the left; an English lane label in the Arabic document is aligned left.
func TestChartLabelsTakeTheirOwnDirection(t *testing.T) {
	exporttest.NeedTool(t, "pdftotext")
	chart := func(label string) export.Chart {
		return export.Chart{
			Legend: map[export.MarkKind]string{export.MarkLifetime: "FG"},
			Lanes: []export.Lane{{Label: label, Marks: []export.Mark{
				{Kind: export.MarkLifetime, Label: "FG-TEST", Start: exporttest.Day(2027, time.January, 1), End: exporttest.Day(2027, time.December, 31)},
			}}},
		}
	}
	render := func(lang forms.Lang, label string) string {
		doc := export.Document{Lang: lang, Meta: export.Meta{Title: "Chart"},
			Sections: []export.Section{{ID: "chart", Title: "Chart", Level: 1, Blocks: []export.Block{chart(label)}}}}
		b, err := export.Render(New(exporttest.Fonts(t)), doc)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), string(lang)+".pdf")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	labelRight := marginL + bodyW*0.24
	line := lineOf(t, render(forms.English, "اجتماعات SG17 في 2027."), "SG17")
	if first, last := line[0], line[len(line)-1]; math.Abs(last.x1-labelRight) > 1 || !strings.HasPrefix(first.s, ".") {
		t.Errorf("Arabic lane label %q from %.1f to %.1f, want it aligned right at %.1f with its full stop first", first.s, first.x0, last.x1, labelRight)
	}
	labelLeft := marginL + bodyW - bodyW*0.24
	line = lineOf(t, render(forms.Arabic, "Meetings of SG17."), "Meetings")
	if first, last := line[0], line[len(line)-1]; math.Abs(first.x0-labelLeft) > 1 || !strings.HasSuffix(last.s, ".") {
		t.Errorf("English lane label in the Arabic document from %.1f (%q) to %q, want it at the left of its column %.1f", first.x0, first.s, last.s, labelLeft)
	}
}

// List items and table cells take their own direction too: an Arabic item in
// an English document ends at the right margin, and an Arabic cell starts,
// on the left, with its full stop.
func TestArabicListItemAndCellInTheEnglishDocument(t *testing.T) {
	exporttest.NeedTool(t, "pdftotext")
	doc := exporttest.SampleDoc(forms.English)
	doc.Sections = []export.Section{{ID: "test", Level: 1, Title: "1", Blocks: []export.Block{
		export.List{Items: []string{"بند القائمة Huaxin في 2027."}},
		export.Table{Header: []string{"A", "B"}, Rows: [][]string{{"خلية Mingyuan في 2028.", "x"}}},
	}}}
	b, err := export.Render(New(exporttest.Fonts(t)), doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "en.pdf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	item := slices.DeleteFunc(lineOf(t, path, "Huaxin"), func(w wordBox) bool { return w.s == "•" })
	if first, last := item[0], item[len(item)-1]; math.Abs(last.x1-rightEdge) > 1 || !strings.HasPrefix(first.s, ".") {
		t.Errorf("Arabic list item %q … %q ends at %.1f, want the right margin %.1f and its full stop first", first.s, last.s, last.x1, rightEdge)
	}
	cell := lineOf(t, path, "Mingyuan")
	if first := cell[0]; !strings.HasPrefix(first.s, ".") || first.x0 < marginL+10 {
		t.Errorf("Arabic cell starts with %q at %.1f, want its full stop, away from the cell's left edge", first.s, first.x0)
	}
}

// Numbers go with the word before them: a year in an Arabic sentence is drawn
// with the Arabic words, the digits of "SG17" with its letters, and "12.5"
// in one face.
func TestNumbersTakeTheFaceOfTheirWord(t *testing.T) {
	fs := exporttest.Fonts(t)
	s := "اجتماع SG17 في 2027 لمدة 12.5 شهراً."
	lines, _ := text.Layout(s, 0, text.Style{Chain: fs.Chain(forms.Arabic, false), Size: 10, RTL: true, Auto: true})
	for _, r := range lines[0].Runs {
		switch {
		case strings.Contains(r.Text, "SG") && r.Face != fs.Sans:
			t.Errorf("%q drawn in %s, want Noto Sans", r.Text, r.Face.Name())
		case strings.ContainsAny(r.Text, "0123456789") && !strings.Contains(r.Text, "SG") && r.Face != fs.Naskh:
			t.Errorf("number %q drawn in %s, want the Arabic face of its sentence", r.Text, r.Face.Name())
		}
	}
}

// reversed is s with its characters in the opposite order: the order in
// which a right-to-left word is drawn, and pdftotext returns it.
func reversed(s string) string {
	rs := []rune(s)
	slices.Reverse(rs)
	return string(rs)
}

// arabicWords are the words of line that hold Arabic letters, left to right.
func arabicWords(line []wordBox) []string {
	var out []string
	for _, w := range line {
		if strings.ContainsFunc(w.s, isArabic) {
			out = append(out, w.s)
		}
	}
	return out
}

// A Latin label and the Arabic text after it are two units (issue 20, item
// 6): in the English document the label starts the line at the left and the
// Arabic text, right to left, follows it with its full stop at its left end;
// in the Arabic document the label stands whole at the right, beside the
// bullet, and the Arabic text runs on to the left, its full stop at the left
// end. MuPDF reads the label, then the Arabic words, in both.
func TestLabelAndArabicTextAreTwoUnits(t *testing.T) {
	exporttest.NeedTool(t, "pdftotext", "mutool")
	const label, arabic = "GSMA Post-Quantum Telco Network Taskforce", "تقترح فرقة العمل دراسة الانتقال"
	words := strings.Fields(arabic)
	// drawn right to left: the last word leftmost, with the full stop before it
	var want []string
	for i := len(words) - 1; i >= 0; i-- {
		want = append(want, reversed(words[i]))
	}
	want[0] = "." + want[0]
	for _, lang := range []forms.Lang{forms.English, forms.Arabic} {
		doc := exporttest.SampleDoc(lang)
		doc.Sections = []export.Section{{ID: "test", Level: 1, Title: "1", Blocks: []export.Block{
			export.List{Items: []string{label + ": " + arabic + "."}},
		}}}
		b, err := export.Render(New(exporttest.Fonts(t)), doc)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), string(lang)+".pdf")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		line := slices.DeleteFunc(lineOf(t, path, "Taskforce"), func(w wordBox) bool { return w.s == "•" })
		if got := arabicWords(line); !slices.Equal(got, want) {
			t.Errorf("%s: Arabic words left to right %q, want %q", lang, got, want)
		}
		gsma := slices.IndexFunc(line, func(w wordBox) bool { return strings.Contains(w.s, "GSMA") })
		task := slices.IndexFunc(line, func(w wordBox) bool { return strings.Contains(w.s, "Taskforce") })
		stop := slices.IndexFunc(line, func(w wordBox) bool { return strings.HasPrefix(w.s, ".") })
		switch lang {
		case forms.English:
			// the label first, at the item's indent, then the Arabic text
			if gsma != 0 || math.Abs(line[0].x0-(marginL+18)) > 1 || stop != task+1 {
				t.Errorf("English: line %q, want the label at the left, the full stop right after it", texts(line))
			}
		case forms.Arabic:
			// the label whole at the right end, beside the bullet, left to
			// right; the Arabic text on its left, its full stop leftmost
			last := line[len(line)-1]
			if stop != 0 || !strings.HasSuffix(last.s, "Taskforce") || math.Abs(last.x1-(rightEdge-18)) > 1 || gsma > task {
				t.Errorf("Arabic: line %q from %.1f to %.1f, want the full stop leftmost and the label whole at the right, ending at %.1f", texts(line), line[0].x0, last.x1, rightEdge-18)
			}
		}
		txt := exporttest.Run(t, "mutool", "draw", "-F", "txt", path)
		// the item is the document's last text (the cover's abstract has the same verb)
		g, a := strings.LastIndex(txt, "GSMA"), strings.LastIndex(txt, reversed(words[0]))
		if g < 0 || a < 0 || g > a {
			t.Errorf("%s: mutool reads the label at %d and the Arabic text at %d, want the label first:\n%s", lang, g, a, txt)
		}
	}
}

// texts is the words of a line, for a message.
func texts(line []wordBox) []string {
	out := make([]string, len(line))
	for i, w := range line {
		out[i] = w.s
	}
	return out
}

// An Arabic value in a cover cell of an English document (a source printed
// untranslated) is set right to left beside its label, its words in Arabic
// order and its full stop at its left end (issue 20, item 6).
func TestArabicCoverValueInTheEnglishDocument(t *testing.T) {
	exporttest.NeedTool(t, "pdftotext")
	const source = "وزارة الاتصالات وتقانة المعلومات"
	doc := exporttest.SampleDoc(forms.English)
	found := false
	for i, f := range doc.Cover.Fields {
		if strings.HasPrefix(f.Label, "Source") {
			doc.Cover.Fields[i].Value = source + "."
			found = true
		}
	}
	if !found {
		t.Fatalf("the sample cover has no Source field: %+v", doc.Cover.Fields)
	}
	b, err := export.Render(New(exporttest.Fonts(t)), doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "en.pdf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	line := lineOf(t, path, "Source")
	words := strings.Fields(source)
	var want []string
	for i := len(words) - 1; i >= 0; i-- {
		want = append(want, reversed(words[i]))
	}
	want[0] = "." + want[0]
	if got := arabicWords(line); !slices.Equal(got, want) {
		t.Errorf("Source value left to right %q, want %q", got, want)
	}
	if len(line) < 2 || line[0].s != "Source:" || line[1].x0 > marginL+bodyW*0.2+7 {
		t.Errorf("Source row %q, want the value's full stop first beside the label", texts(line))
	}
}
