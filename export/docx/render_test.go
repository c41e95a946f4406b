package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/export/pdf"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/text"
)

func builtDoc(lang forms.Lang) export.Document {
	doc := export.Build(exporttest.GoodProposal(), lang, exporttest.Cat, a7.Options{Today: exporttest.Today})
	doc.Draft = []byte(`{"draft":"` + string(lang) + `"}`)
	return doc
}

func render(t *testing.T, doc export.Document) pkg {
	t.Helper()
	b, err := export.Render(New(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return openPackage(t, b)
}

// heading is a heading paragraph: its level and text.
type heading struct {
	level int
	text  string
}

func wantHeadings(secs []export.Section) []heading {
	return headingsOf(secs, false)
}

// wantOutline are the headings as a reader's outline nests them: the
// subheadings one level under their section, the titles on one line.
func wantOutline(secs []export.Section) []heading {
	return headingsOf(secs, true)
}

// headingsOf lists the sections' headings and their subheadings, in order:
// in the Word file by style level (a subheading is heading 3), with a tab
// after a heading's number and an annex's number over its title; or as an
// outline reads them.
func headingsOf(secs []export.Section, outline bool) []heading {
	var out []heading
	for _, s := range secs {
		level := min(max(s.Level, 1), 2)
		title := s.Title
		annex := level == 1 && strings.HasPrefix(s.ID, "annex")
		switch {
		case annex && outline:
			title = strings.Replace(title, " – ", " ", 1)
		case annex:
			title = strings.Replace(title, " – ", "\n", 1)
		case !outline && title != "" && title[0] >= '0' && title[0] <= '9' || !outline && len(title) > 2 && title[1] == '.':
			title = strings.Replace(title, " ", "\t", 1)
		}
		out = append(out, heading{level, title})
		for _, b := range s.Blocks {
			if p, ok := b.(export.Paragraph); ok && p.Subheading {
				sub := 3
				if outline {
					sub = level + 1
				}
				out = append(out, heading{sub, p.Text})
			}
		}
		out = append(out, headingsOf(s.Sub, outline)...)
	}
	return out
}

func wantTables(secs []export.Section) []export.Table {
	var out []export.Table
	for _, s := range secs {
		for _, b := range s.Blocks {
			if t, ok := b.(export.Table); ok {
				out = append(out, t)
			}
		}
		out = append(out, wantTables(s.Sub)...)
	}
	return out
}

func pStyle(p *node) string {
	if s := p.child("pPr").child("pStyle"); s != nil {
		return s.attr["val"]
	}
	return ""
}

// bidi tells whether a paragraph is right to left.
// bidi tells whether a paragraph is right to left: by its own w:bidi, else
// by its style's, which is the document's (rtlDoc).
func bidi(p *node, rtlDoc bool) bool {
	b := p.child("pPr").child("bidi")
	if b == nil {
		return rtlDoc
	}
	return b.attr["val"] != "0" && b.attr["val"] != "false"
}

// coverTexts are the texts of the cover in reading order, row by row of ITU's cover.
func coverTexts(c export.Cover) []string {
	out := []string{c.Union, c.Sector, c.StudyPeriod, c.DocNumber, c.Group, c.Original}
	for i, f := range c.Fields {
		out = append(out, f.Label, f.Value)
		if i == 0 {
			// the meeting shares the Questions row
			out = append(out, c.Meeting)
		}
	}
	// a contact's name, organization and country, then Tel and E-mail,
	// each label and value on one line
	for _, ct := range c.Contacts {
		out = append(out, ct.Label)
		var reach []string
		for _, l := range ct.Lines {
			if l.Label == "" {
				out = append(out, l.Value)
			} else {
				reach = append(reach, l.Label+"\t"+l.Value)
			}
		}
		out = append(out, reach...)
	}
	out = append(out, c.Keywords.Label, c.Keywords.Value, c.Abstract.Label, c.Abstract.Value)
	var nonEmpty []string
	for _, s := range out {
		if s != "" {
			nonEmpty = append(nonEmpty, s)
		}
	}
	return nonEmpty
}

func nonEmptyTexts(ps []*node) []string {
	var out []string
	for _, p := range ps {
		if s := p.paraText(); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// checkStructure compares document.xml with the document model: cover,
// headings, paragraphs and list items, tables; and the direction of every
// paragraph and run.
func checkStructure(t *testing.T, doc export.Document, p pkg) {
	t.Helper()
	root := p.xml(t, "word/document.xml")
	body := root.child("body")
	if body == nil {
		t.Fatal("no w:body")
	}
	var tables []*node
	var paras []*node
	for _, k := range body.kids {
		switch k.name {
		case "tbl":
			tables = append(tables, k)
		case "p":
			paras = append(paras, k)
		}
	}
	if len(tables) == 0 {
		t.Fatal("no cover table")
	}
	// the cover: a table holding the PDF's texts in order
	if got, want := nonEmptyTexts(tables[0].all("p")), coverTexts(doc.Cover); !equal(got, want) {
		t.Errorf("cover texts\n got %q\nwant %q", got, want)
	}
	// headings in heading styles, as numbered by the builder
	var gotH []heading
	for _, para := range paras {
		switch s := pStyle(para); {
		case strings.HasPrefix(s, "Heading"):
			gotH = append(gotH, heading{int(s[len(s)-1] - '0'), para.paraText()})
		case s == "AnnexTitle":
			gotH = append(gotH, heading{1, para.paraText()})
		}
	}
	if want := wantHeadings(doc.Sections); fmt.Sprint(gotH) != fmt.Sprint(want) {
		t.Errorf("headings\n got %v\nwant %v", gotH, want)
	}
	// an annex starts a page, by its style; no other heading does
	for _, para := range paras {
		if pStyle(para) == "AnnexTitle" && para.child("pPr").child("pageBreakBefore") != nil {
			t.Errorf("heading %q: a page break of its own, not its style's", para.paraText())
		}
	}
	for _, st := range p.xml(t, "word/styles.xml").all("style") {
		breaks := st.child("pPr").child("pageBreakBefore") != nil
		if breaks != (st.attr["styleId"] == "AnnexTitle") {
			t.Errorf("style %s: page break before %v", st.attr["styleId"], breaks)
		}
	}
	// no paragraph of the body sets its own alignment: the styles do
	for _, para := range paras {
		if para.child("pPr").child("jc") != nil {
			t.Errorf("paragraph %q sets its own alignment", para.paraText())
		}
	}
	// every paragraph and list item, in order, as paragraphs of their own
	var gotP []string
	for _, para := range paras {
		switch pStyle(para) {
		case "", "Heading3": // body text, in the Normal style, and subheadings
			gotP = append(gotP, para.paraText())
		case "ListParagraph":
			if para.child("pPr").child("numPr") == nil {
				t.Errorf("list item without numbering: %q", para.paraText())
			}
			gotP = append(gotP, para.paraText())
		}
	}
	if want := exporttest.Paragraphs(doc.Sections); !equal(gotP, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", gotP, want)
	}
	// tables: the header row repeats, the cells hold the model's texts
	want := wantTables(doc.Sections)
	if len(tables)-1 != len(want) {
		t.Fatalf("%d tables, want %d", len(tables)-1, len(want))
	}
	for i, tb := range want {
		rows := tables[i+1].all("tr")
		wantRows := tb.Rows
		if len(tb.Header) > 0 {
			wantRows = append([][]string{tb.Header}, tb.Rows...)
		}
		if len(rows) != len(wantRows) {
			t.Errorf("table %d: %d rows, want %d", i, len(rows), len(wantRows))
			continue
		}
		for r, row := range rows {
			header := row.child("trPr").child("tblHeader") != nil
			if header != (r == 0 && len(tb.Header) > 0) {
				t.Errorf("table %d row %d: repeated header %v", i, r, header)
			}
			var cells []string
			for _, c := range row.all("tc") {
				var ps []string
				for _, p := range c.all("p") {
					ps = append(ps, p.paraText())
				}
				cells = append(cells, strings.Join(ps, "\n\n"))
			}
			for c := range cells {
				w := ""
				if c < len(wantRows[r]) {
					w = wantRows[r][c]
				}
				if cells[c] != w {
					t.Errorf("table %d row %d cell %d = %q, want %q", i, r, c, cells[c], w)
				}
			}
		}
		if (tables[i+1].child("tblPr").child("bidiVisual") != nil) != (doc.Lang == forms.Arabic) {
			t.Errorf("table %d: bidiVisual wrong for %s", i, doc.Lang)
		}
	}
	// direction: a paragraph is right to left by its first strong
	// character, else by the document; a run is right to left when its
	// text is
	// (in a table cell, a text without strong characters, such as a phone
	// number, is left to right)
	for _, name := range []string{"word/document.xml", "word/header1.xml", "word/header2.xml"} {
		root := p.xml(t, name)
		inCell := map[*node]bool{}
		for _, tc := range root.all("tc") {
			for _, para := range tc.all("p") {
				inCell[para] = true
			}
		}
		for _, para := range root.all("p") {
			s := para.paraText()
			wantRTL := text.ParagraphDirection(s) == text.RightToLeft ||
				text.ParagraphDirection(s) == text.Neutral && doc.Lang == forms.Arabic && !inCell[para]
			if got := bidi(para, doc.Lang == forms.Arabic); s != "" && got != wantRTL && !strings.Contains(s, "- 2 -") {
				t.Errorf("%s: paragraph %q right to left: %v", name, s, got)
			}
			for _, r := range para.all("r") {
				rt := r.paraText()
				rtl := r.child("rPr").child("rtl") != nil
				if strings.ContainsFunc(rt, isRTLLetter) && !rtl {
					t.Errorf("%s: run %q of right-to-left letters without w:rtl", name, rt)
				}
				if strings.ContainsFunc(rt, isLTRLetter) && rtl {
					t.Errorf("%s: run %q of left-to-right letters marked w:rtl", name, rt)
				}
			}
		}
	}
}

func isRTLLetter(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew) && unicode.IsLetter(r)
}
func isLTRLetter(r rune) bool { return unicode.IsLetter(r) && !isRTLLetter(r) }

func equal(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

// checkSetup checks page, headers, styles and properties.
func checkSetup(t *testing.T, doc export.Document, p pkg) {
	t.Helper()
	sect := p.xml(t, "word/document.xml").child("body").child("sectPr")
	if sect == nil {
		t.Fatal("no section properties")
	}
	if sz := sect.child("pgSz"); sz == nil || sz.attr["w"] != "11906" || sz.attr["h"] != "16838" {
		t.Error("page size is not A4")
	}
	if m := sect.child("pgMar"); m == nil || m.attr["left"] != "1240" || m.attr["top"] != "1280" {
		t.Error("margins are not the PDF's")
	}
	if sect.child("titlePg") == nil {
		t.Error("no different first page")
	}
	refs := map[string]string{}
	for _, h := range sect.all("headerReference") {
		refs[h.attr["type"]] = h.attr["id"]
	}
	if refs["default"] != "rIdHeaderDefault" || refs["first"] != "rIdHeaderFirst" {
		t.Errorf("header references %v", refs)
	}
	// page number centred at the top from page 2, the document number under it
	h1 := p.xml(t, "word/header1.xml").all("p")
	if len(h1) < 2 || !strings.Contains(string(p["word/header1.xml"]), " PAGE ") ||
		h1[0].child("pPr").child("pStyle").attr["val"] != "Header" || h1[1].paraText() != doc.Cover.DocNumber {
		t.Errorf("header of page 2 on: %s", p["word/header1.xml"])
	}
	if strings.Contains(string(p["word/header2.xml"]), "PAGE") {
		t.Error("a page number on the title page")
	}
	for _, name := range []string{"word/header1.xml", "word/header2.xml"} {
		has := strings.Contains(strings.Join(nonEmptyTexts(p.xml(t, name).all("p")), "|"), doc.DraftMark)
		if doc.DraftMark != "" && !has {
			t.Errorf("%s: no draft mark", name)
		}
		if doc.DraftMark == "" && bytes.Contains(p[name], []byte("DraftMark")) {
			t.Errorf("%s: a draft mark on a document without errors", name)
		}
	}
	// fonts and languages
	st := p.xml(t, "word/styles.xml")
	fonts := st.child("docDefaults").child("rPrDefault").child("rPr").child("rFonts")
	if fonts.attr["ascii"] != "Times New Roman" || fonts.attr["hAnsi"] != "Times New Roman" || fonts.attr["eastAsia"] != "SimSun" || fonts.attr["cs"] == "" {
		t.Errorf("fonts %v", fonts.attr)
	}
	lang := st.child("docDefaults").child("rPrDefault").child("rPr").child("lang")
	if lang.attr["eastAsia"] != "zh-CN" || lang.attr["bidi"] != "ar-SA" || !strings.HasPrefix(lang.attr["val"], map[forms.Lang]string{forms.French: "fr", forms.Spanish: "es", forms.Russian: "ru"}[doc.Lang]) {
		t.Errorf("languages %v", lang.attr)
	}
	for _, s := range st.all("style") {
		if id := s.attr["styleId"]; strings.HasPrefix(id, "Heading") {
			if o := s.child("pPr").child("outlineLvl"); o == nil || o.attr["val"] != string(id[len(id)-1]-1) {
				t.Errorf("%s: outline level missing", id)
			}
		}
	}
	// document properties
	core := p.xml(t, "docProps/core.xml")
	for name, want := range map[string]string{"title": doc.Meta.Title, "subject": doc.Meta.Subject, "creator": doc.Meta.Author,
		"keywords": strings.Join(doc.Meta.Keywords, ", "), "language": string(doc.Lang)} {
		if c := core.child(name); want != "" && (c == nil || c.text != want) {
			t.Errorf("core property %s: got %v, want %q", name, c, want)
		}
	}
	// the draft in its own part, by a package relationship
	z := p.zip(t)
	draft, err := ReadDraft(bytes.NewReader(z), int64(len(z)))
	if len(doc.Draft) > 0 && (err != nil || !bytes.Equal(draft, doc.Draft)) {
		t.Errorf("draft read back: %q, %v", draft, err)
	}
	if len(doc.Draft) == 0 && !errors.Is(err, ErrNoDraft) {
		t.Errorf("a document without a draft: %v", err)
	}
}

// zip writes the package back, for ReadDraft.
func (p pkg) zip(t *testing.T) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, data := range p {
		f, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(data)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPackage(t *testing.T) {
	exporttest.NeedTool(t, "unzip")
	dir := t.TempDir()
	for _, lang := range forms.Languages() {
		for _, doc := range []export.Document{exporttest.SampleDoc(lang), builtDoc(lang)} {
			b, err := export.Render(New(), doc)
			if err != nil {
				t.Fatal(err)
			}
			checkPackage(t, openPackage(t, b))
			f := filepath.Join(dir, string(lang)+".docx")
			if err := os.WriteFile(f, b, 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command("unzip", "-t", f).CombinedOutput(); err != nil {
				t.Errorf("%s: unzip -t: %v\n%s", lang, err, out)
			}
		}
	}
}

func TestStructure(t *testing.T) {
	for _, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			for i, doc := range []export.Document{exporttest.SampleDoc(lang), builtDoc(lang)} {
				if i == 0 {
					doc.DraftMark = "DRAFT – does not yet meet Recommendation ITU-T A.7"
				}
				p := render(t, doc)
				checkStructure(t, doc, p)
				checkSetup(t, doc, p)
			}
		})
	}
}

// TestParagraphDirection: a paragraph's direction comes from its own text,
// not the document's language.
func TestParagraphDirection(t *testing.T) {
	arabic := "يعمل الفريق المتخصص على أمن وكلاء الذكاء الاصطناعي (ITU-T X.1xx)."
	english := "The focus group studies the security of AI agents."
	for _, lang := range []forms.Lang{forms.English, forms.Arabic} {
		doc := exporttest.SampleDoc(lang)
		doc.Sections[0].Blocks = []export.Block{export.Paragraph{Text: arabic}, export.Paragraph{Text: english}, export.Paragraph{Text: "2027-01-01"}}
		p := render(t, doc)
		got := map[string]bool{}
		for _, para := range p.xml(t, "word/document.xml").all("p") {
			if pStyle(para) == "" {
				got[para.paraText()] = bidi(para, lang == forms.Arabic)
			}
		}
		if !got[arabic] || got[english] || got["2027-01-01"] != (lang == forms.Arabic) {
			t.Errorf("%s: right to left: %v", lang, got)
		}
		// a phone number in a cell runs left to right, aligned to the
		// document's start side
		for _, para := range p.xml(t, "word/document.xml").all("p") {
			if para.paraText() != "+41 22 730 5111" {
				continue
			}
			jc := ""
			if j := para.child("pPr").child("jc"); j != nil {
				jc = j.attr["val"]
			}
			if bidi(para, lang == forms.Arabic) || (jc == "right") != (lang == forms.Arabic) {
				t.Errorf("%s: phone number right to left %v, aligned %q", lang, bidi(para, lang == forms.Arabic), jc)
			}
		}
	}
}

func TestNoDraftMark(t *testing.T) {
	doc := builtDoc(forms.English)
	doc.DraftMark = ""
	doc.Draft = nil
	p := render(t, doc)
	checkSetup(t, doc, p)
	if _, ok := p[strings.TrimPrefix(DraftPartName, "/")]; ok {
		t.Error("a draft part without a draft")
	}
}

// TestForbiddenCharacters: characters XML 1.0 forbids never reach a part;
// they are refused, naming where they are.
func TestForbiddenCharacters(t *testing.T) {
	for _, c := range []struct {
		edit  func(*export.Document)
		where string
	}{
		{func(d *export.Document) {
			d.Sections[0].Blocks = append(d.Sections[0].Blocks, export.Paragraph{Text: "bell \a here", Field: "focusGroup.scope"})
		}, "focusGroup.scope"},
		{func(d *export.Document) { d.Cover.Union = "UNION\x0b" }, "cover"},
		{func(d *export.Document) { d.Cover.Group = "STUDY GROUP \uFFFE" }, "cover"},
		{func(d *export.Document) { d.Meta.Title = "a\x00b" }, "document properties"},
	} {
		doc := exporttest.SampleDoc(forms.French)
		c.edit(&doc)
		b, err := export.Render(New(), doc)
		var me *export.MissingGlyphsError
		if !errors.As(err, &me) || b != nil {
			t.Errorf("want a MissingGlyphsError, got %v", err)
			continue
		}
		if len(me.Texts) != 1 || me.Texts[0].Where != c.where {
			t.Errorf("refused %v, want at %s", me.Texts, c.where)
		}
	}
}

// TestContributionRefusesByField: export refuses a proposal holding a
// character XML 1.0 forbids by the field's path, before rendering; a draft
// that exports to PDF exports to DOCX.
func TestContributionRefusesByField(t *testing.T) {
	p := exporttest.GoodProposal()
	p.FocusGroup.Scope = "Study\x1b the security."
	_, _, err := export.Contribution(p, forms.English, exporttest.Cat, New(), a7.Options{Today: exporttest.Today})
	var me *export.MissingGlyphsError
	if !errors.As(err, &me) || len(me.Texts) != 1 || me.Texts[0].Where != "focusGroup.scope" {
		t.Fatalf("want the scope refused, got %v", err)
	}
	if !strings.Contains(err.Error(), "U+001B") || strings.Contains(err.Error(), "font") {
		t.Errorf("the message does not name the character, or blames a font: %v", err)
	}
	zh := exporttest.Cat.In(forms.Chinese)
	if msg := me.Message(zh); !strings.HasPrefix(msg, zh.T("export.unprintable.control")) || !strings.Contains(msg, "(focusGroup.scope)") {
		t.Errorf("Chinese message: %s", msg)
	}
	for _, lang := range forms.Languages() {
		b, res, err := export.Contribution(exporttest.GoodProposal(), lang, exporttest.Cat, New(), a7.Options{Today: exporttest.Today})
		if err != nil || res.Errors != 0 {
			t.Fatalf("%s: %v, %d errors", lang, err, res.Errors)
		}
		checkPackage(t, openPackage(t, b))
	}
}

// TestChart: the timeline is a drawing of shapes with alternative text
// naming every mark, its labels in text boxes, long ones cut with an
// ellipsis.
func TestChart(t *testing.T) {
	doc := exporttest.SampleDoc(forms.English)
	long := strings.Repeat("A very long deliverable title ", 6)
	doc.Sections = doc.Sections[:1]
	doc.Sections[0].Blocks = []export.Block{export.Chart{
		Legend: map[export.MarkKind]string{export.MarkDeliverable: "Deliverable", export.MarkMeeting: "Meeting"},
		Lanes: []export.Lane{{Label: "Deliverables", Marks: []export.Mark{
			{Kind: export.MarkDeliverable, Label: long, End: forms.NewDate(2027, 6, 30)},
			{Kind: export.MarkMeeting, Label: "Geneva", Start: forms.NewDate(2027, 3, 1), End: forms.NewDate(2027, 3, 3)}}}},
	}}
	p := render(t, doc)
	root := p.xml(t, "word/document.xml")
	props := root.all("docPr")
	if len(props) != 1 {
		t.Fatalf("%d drawings, want 1", len(props))
	}
	alt := props[0].attr["descr"]
	for _, want := range []string{"Deliverables: Deliverable " + strings.TrimSpace(long) + " (2027-06-30)", "Meeting Geneva (2027-03-01 – 2027-03-03)"} {
		if !strings.Contains(alt, want) {
			t.Errorf("alternative text %q lacks %q", alt, want)
		}
	}
	var shapes []string
	var labels []string
	for _, sp := range root.all("wsp") {
		if g := sp.child("spPr").child("prstGeom"); g != nil && sp.child("txbx") == nil {
			shapes = append(shapes, g.attr["prst"])
		}
		if tb := sp.child("txbx"); tb != nil {
			labels = append(labels, tb.all("p")[0].paraText())
		}
	}
	if !strings.Contains(strings.Join(shapes, " "), "diamond") {
		t.Errorf("no diamond for the deliverable: %v", shapes)
	}
	joined := strings.Join(labels, "|")
	for _, want := range []string{"Deliverables", "Geneva", "03", "2027", "Meeting", "Deliverable"} {
		if !strings.Contains(joined, want) {
			t.Errorf("no label %q in %q", want, joined)
		}
	}
	if strings.Contains(joined, strings.TrimSpace(long)) || !strings.Contains(joined, "…") {
		t.Errorf("the long label is not cut: %q", joined)
	}
}

// TestRenderConcurrent: one renderer serves concurrent exports, each giving
// the bytes a lone export gives.
func TestRenderConcurrent(t *testing.T) {
	r := New()
	langs := forms.Languages()
	want := make([][]byte, len(langs))
	for i, l := range langs {
		b, err := export.Render(New(), builtDoc(l))
		if err != nil {
			t.Fatal(err)
		}
		want[i] = b
	}
	got := make([][]byte, len(langs)*3)
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = export.Render(r, builtDoc(langs[i%len(langs)]))
		}()
	}
	wg.Wait()
	for i, b := range got {
		if !bytes.Equal(b, want[i%len(langs)]) {
			t.Errorf("%s: a concurrent export differs from a lone one", langs[i%len(langs)])
		}
	}
}

// TestExamplesExport: every example draft that exports to PDF exports to
// DOCX, in every language.
func TestExamplesExport(t *testing.T) {
	files, err := filepath.Glob("../../examples/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	pdfRenderer := pdf.New(exporttest.Fonts(t))
	opt := a7.Options{Today: exporttest.Today}
	exported := 0
	for _, f := range files {
		p, err := draftfile.Load(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, lang := range forms.Languages() {
			if _, _, err := export.Contribution(p, lang, exporttest.Cat, pdfRenderer, opt); err != nil {
				continue
			}
			b, _, err := export.Contribution(p, lang, exporttest.Cat, New(), opt)
			if err != nil {
				t.Errorf("%s in %s: exports to PDF, not to DOCX: %v", filepath.Base(f), lang, err)
				continue
			}
			checkPackage(t, openPackage(t, b))
			exported++
		}
	}
	if exported < len(files)*len(forms.Languages())/2 {
		t.Errorf("only %d exports to PDF", exported)
	}
}

// TestRunLanguage: the runs of a field printed untranslated name the
// draft's language; Chinese and Arabic runs name theirs; the document's own
// text names none.
func TestRunLanguage(t *testing.T) {
	t.Parallel()
	doc := exporttest.SampleDoc(forms.French)
	doc.SourceLang = forms.English
	doc.Untranslated = []string{"focusGroup.scope"}
	doc.Sections[0].Blocks = []export.Block{
		export.Paragraph{Text: "The group studies agents.", Field: "focusGroup.scope"},
		export.List{Items: []string{"Collect use cases."}, Ordered: true, Field: "focusGroup.scope"},
		export.Paragraph{Text: "Le groupe étudie les agents.", Field: "focusGroup.background"},
		export.Paragraph{Text: "Nom : 焦点组 et الفريق المتخصص"},
	}
	p := render(t, doc)
	got := map[string]string{}
	for _, r := range p.xml(t, "word/document.xml").all("r") {
		if l := r.child("rPr").child("lang"); l != nil {
			got[r.paraText()] = l.attr["val"] + "|" + l.attr["eastAsia"] + "|" + l.attr["bidi"]
		} else {
			got[r.paraText()] = "none"
		}
	}
	for text, want := range map[string]string{
		"The group studies agents.":    "en-GB||",
		"Collect use cases.":           "en-GB||",
		"Le groupe étudie les agents.": "none",
		"Nom : 焦点组 et ":                "|zh-CN|",
		"الفريق المتخصص":               "||ar-SA",
	} {
		if got[text] != want {
			t.Errorf("run %q: lang %q, want %q", text, got[text], want)
		}
	}
}

// TestNarrowColumnFitsItsWord: a column narrower than its longest word is
// widened (before, 277 twips held "Recommendation", which Word broke in the
// middle); the table keeps the body's width.
func TestNarrowColumnFitsItsWord(t *testing.T) {
	t.Parallel()
	doc := exporttest.SampleDoc(forms.English)
	doc.Sections = []export.Section{{ID: "s", Title: "1 X", Level: 1, Blocks: []export.Block{
		export.Table{Header: []string{"A", "B"}, Weights: []float64{0.15, 5}, Rows: [][]string{{"Recommendation A.1", "x"}}},
	}}}
	p := render(t, doc)
	tables := p.xml(t, "word/document.xml").child("body").all("tbl")
	grid := tables[len(tables)-1].child("tblGrid").all("gridCol")
	first, _ := strconv.Atoi(grid[0].attr["w"])
	second, _ := strconv.Atoi(grid[1].attr["w"])
	// 14 letters of 11 pt Times New Roman are about 75 pt, 1500 twips
	if first < 1500 || first+second != bodyW {
		t.Errorf("columns %d and %d twips, want the first at least 1500 and %d in all", first, second, bodyW)
	}
}

// TestLabelledParagraphDirection: a Latin label before an Arabic text (an
// untranslated supporter's name and its statement) leaves the paragraph of
// an Arabic document right to left, its full stop with the Arabic text; in
// an English document the label sets the paragraph, the text is a run of
// its own, right to left with its full stop; an Arabic label before a Latin
// name keeps an Arabic document's paragraph right to left.
func TestLabelledParagraphDirection(t *testing.T) {
	t.Parallel()
	const item = "GSMA Post-Quantum Telco Network Taskforce: تقترح فرقة العمل دراسة الانتقال."
	const chair = "الرئيس: Grace Hopper (ExampleTel Ltd)"
	for _, c := range []struct {
		lang forms.Lang
		text string
		rtl  bool
	}{
		{forms.Arabic, item, true},
		{forms.English, item, false},
		{forms.Arabic, chair, true},
	} {
		doc := exporttest.SampleDoc(c.lang)
		doc.Sections[0].Blocks = []export.Block{export.List{Items: []string{c.text}}}
		p := render(t, doc)
		found := false
		for _, para := range p.xml(t, "word/document.xml").all("p") {
			if para.paraText() != c.text {
				continue
			}
			found = true
			if got := bidi(para, c.lang == forms.Arabic); got != c.rtl {
				t.Errorf("%s: %q right to left %v, want %v", c.lang, c.text, got, c.rtl)
			}
			for _, r := range para.all("r") {
				if rt := r.paraText(); strings.HasSuffix(rt, "الانتقال.") && r.child("rPr").child("rtl") == nil {
					t.Errorf("%s: the Arabic text %q is not a right-to-left run with its full stop", c.lang, rt)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q not found", c.lang, c.text)
		}
	}
}
