package docx

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"

	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/text"
)

// Page geometry in twentieths of a point: A4 and the PDF's margins.
const (
	pageW   = 11906
	pageH   = 16838
	marginL = 1240 // 62 pt
	marginR = 1134 // 56.7 pt
	marginT = 1280 // 64 pt
	marginB = 1134 // 56.7 pt
	headerY = 600  // 30 pt, where the PDF prints the page number
	bodyW   = pageW - marginL - marginR
)

// closingLine is the line ITU's documents end with.
const closingLine = "______________"

// Colours of the PDF.
const (
	colRule  = "787878"
	colShade = "E1E6EE"
)

// docWriter writes the parts of one document that hold its text.
type docWriter struct {
	doc export.Document
	rtl bool // the document's direction, for paragraphs without strong characters
	b   bytes.Buffer
	// ordered counts the numbered lists: each has its own w:num, restarting at 1.
	ordered int
	// bullets tells whether the document has a bulleted list.
	bullets bool
	// drawings counts the drawings, whose ids must be unique in the document.
	drawings int
	missing  []*text.UncoveredError
	where    string
	// untranslated holds the paths of the fields printed in the draft's
	// language, sourceTag that language's tag
	untranslated map[string]bool
	sourceTag    string
	// marks are the bookmarks written around the fields' text (marks.go)
	marks []fieldMark
	// changes counts the tracked changes of a revision (revision.go)
	changes int
	// out is the body's part, where the body goes as it is set (spill);
	// err is the first error writing to it.
	out io.Writer
	err error
}

func newDocWriter(doc export.Document) *docWriter {
	w := &docWriter{doc: doc, rtl: doc.Lang == forms.Arabic, untranslated: map[string]bool{}}
	for _, f := range doc.Untranslated {
		w.untranslated[f] = true
	}
	if doc.SourceLang.Valid() && doc.SourceLang != doc.Lang {
		w.sourceTag = langTag(doc.SourceLang)
	}
	return w
}

// langOf is the language tag for the runs of a text from field: the
// draft's language when the field has no translation, "" for the
// document's.
func (w *docWriter) langOf(field string) string {
	if field != "" && w.untranslated[field] {
		return w.sourceTag
	}
	return ""
}

// paraRTL tells whether a paragraph of s is right to left: by its first
// strong character, else by the document's direction. A paragraph that
// starts with a label running against the document ("GSMA Post-Quantum
// Telco Network Taskforce: تقترح …" in an Arabic document) takes the
// direction of the text after the label: the label and the text are two
// units, and the text, the paragraph's substance, keeps its direction, its
// full stop at its end. A label in the document's direction ("Chair: …")
// sets the paragraph's.
func (w *docWriter) paraRTL(s string) bool {
	if label, _, rest, ok := export.CutLabel(s); ok {
		ld, rd := text.ParagraphDirection(label), text.ParagraphDirection(rest)
		if ld != text.Neutral && (ld == text.RightToLeft) != w.rtl && rd != text.Neutral {
			return rd == text.RightToLeft
		}
	}
	switch text.ParagraphDirection(s) {
	case text.RightToLeft:
		return true
	case text.LeftToRight:
		return false
	}
	return w.rtl
}

// pstyle is how a paragraph is set: its style and extra properties, each
// already in the schema's order within pPr and rPr. Alignment, spacing and
// the document's direction come from the style.
type pstyle struct {
	style  string
	numID  int    // a list's w:num, 0 for none
	border string // pBdr content
	// lang is the language tag of the paragraph's text when it is not the
	// document's (a field printed untranslated), "" otherwise
	lang string
	// jc is an alignment of the paragraph's own: a chart's labels, placed
	// in text boxes, align to the point they label
	jc  string
	rPr string // run properties before w:rtl (b, color, sz)
	// endSide aligns the paragraph to the end side of the document's
	// direction: the meeting's date at the right of an English cover, at
	// the left of an Arabic one
	endSide bool
	// startSide is for the short texts of table cells, as the PDF sets
	// them: a text without strong characters (a phone number, a date) runs
	// left to right, and a left-to-right text of a right-to-left document
	// is aligned to the right, its start side.
	startSide bool
	// markStart and markEnd enclose the paragraph's text: the bookmark of
	// the field it comes from (marks.go)
	markStart, markEnd string
	// rev is the paragraph's revision marks, written as tracked changes
	// (revision.go); change marks a whole paragraph without spans of its
	// own (a table row's) inserted or deleted
	rev    *export.Revised
	change export.Change
	// lead is the start of the paragraph's text that is not the field's
	// (a contact line's "Tel:" and its tab): written before markStart
	lead string
	// pieces, when set, are the paragraph's text in pieces, each with the
	// mark of its own field (the cover's keywords) and its revision mark
	pieces []export.KeywordPiece
}

// para writes one paragraph of s. A single newline is a line break; the
// caller splits paragraphs.
func (w *docWriter) para(buf *bytes.Buffer, s string, ps pstyle) {
	if buf == &w.b {
		defer w.spill(false) // a long list or table goes out item by item
	}
	s = w.clean(s)
	rtl := w.paraRTL(s)
	if ps.startSide && text.ParagraphDirection(s) == text.Neutral {
		rtl = false
	}
	buf.WriteString(`<w:p><w:pPr>`)
	if ps.style != "" {
		fmt.Fprintf(buf, `<w:pStyle w:val="%s"/>`, ps.style)
	}
	if ps.numID != 0 {
		fmt.Fprintf(buf, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>`, ps.numID)
	}
	if ps.border != "" {
		buf.WriteString(`<w:pBdr>` + ps.border + `</w:pBdr>`)
	}
	// the styles of an Arabic document are right to left, the others'
	// left to right: a paragraph says so only when it runs the other way
	switch {
	case rtl && !w.rtl:
		buf.WriteString(`<w:bidi/>`)
	case !rtl && w.rtl:
		buf.WriteString(`<w:bidi w:val="0"/>`)
	}
	jc := ps.jc
	if ps.endSide {
		// w:jc's left and right are the page's sides in a left-to-right
		// paragraph and swap in a right-to-left one (Word and LibreOffice)
		jc = "right"
		if w.rtl != rtl {
			jc = "left"
		}
	} else if jc == "" && ps.startSide && w.rtl && !rtl {
		// a left-to-right text in a cell of a right-to-left table keeps to
		// the cell's start side, the right
		jc = "right"
	}
	if jc != "" {
		fmt.Fprintf(buf, `<w:jc w:val="%s"/>`, jc)
	}
	rev := ps.rev
	if rev == nil && ps.change != export.Unchanged {
		rev = &export.Revised{Change: ps.change, Spans: []export.Span{{Text: s, Change: ps.change}}}
	}
	if rev != nil && rev.Change != export.Unchanged {
		// the paragraph mark itself was inserted or deleted: accepting
		// or rejecting the change takes the whole paragraph
		buf.WriteString(`<w:rPr>` + w.trackedMark(rev.Change) + `</w:rPr>`)
	}
	buf.WriteString(`</w:pPr>`)
	if ps.pieces != nil {
		// pieces marked each apart: the keywords of the cover's line
		for _, pc := range ps.pieces {
			start, end := w.newMark(pc.Field, false)
			lang := ps.lang
			if pc.Field != "" {
				lang = w.langOf(pc.Field) // a keyword left untranslated
			}
			buf.WriteString(start)
			w.trackedRuns(buf, []export.Span{pc.Span}, ps.rPr, lang, rtl)
			buf.WriteString(end)
		}
		buf.WriteString(`</w:p>`)
		return
	}
	if ps.lead != "" {
		// the text's own label (Tel:) stands before the field's mark
		// (a revision's marks are the field's text's alone)
		if rest, ok := strings.CutPrefix(s, ps.lead); ok {
			if rev != nil && rev.Change != export.Unchanged {
				// a line added or removed whole: its label with it
				w.trackedRuns(buf, []export.Span{{Text: ps.lead, Change: rev.Change}}, ps.rPr, "", rtl)
			} else {
				w.runs(buf, ps.lead, ps.rPr, "", rtl)
			}
			s = rest
		}
	}
	buf.WriteString(ps.markStart)
	if rev == nil {
		w.runs(buf, s, ps.rPr, ps.lang, rtl)
	} else {
		w.trackedRuns(buf, rev.Spans, ps.rPr, ps.lang, rtl)
	}
	buf.WriteString(ps.markEnd + `</w:p>`)
}

// runs writes s as runs with the properties rPr, a new run wherever the
// strong direction changes: right-to-left runs (Arabic, Hebrew) are marked
// w:rtl, the others are not. Characters before the first strong one go with
// it; a text without any takes the paragraph's direction. The text stays in
// logical order: Word orders and shapes it. Each run names its language
// (w:lang): lang, when the text is not in the document's language, and
// Arabic or Chinese for runs with those letters, so that a word processor
// checks each in its own language.
func (w *docWriter) runs(buf *bytes.Buffer, s, rPr, lang string, paraRTL bool) {
	if s == "" {
		return
	}
	rs := []rune(s)
	start, dir := 0, text.Neutral
	flush := func(end int, d text.Direction) {
		if end <= start {
			return
		}
		rtl := d == text.RightToLeft || d == text.Neutral && paraRTL
		tags := runLang(rs[start:end], lang)
		buf.WriteString(`<w:r>`)
		if rPr != "" || rtl || tags != "" {
			buf.WriteString(`<w:rPr>` + rPr)
			if rtl {
				buf.WriteString(`<w:rtl/>`)
			}
			if tags != "" {
				buf.WriteString(`<w:lang` + tags + `/>`)
			}
			buf.WriteString(`</w:rPr>`)
		}
		runText(buf, string(rs[start:end]))
		buf.WriteString(`</w:r>`)
		start = end
	}
	for i, r := range rs {
		d := text.RuneDirection(r)
		if d == text.Neutral {
			continue
		}
		if dir != text.Neutral && d != dir {
			// the neutrals between two runs go with the first
			flush(i, dir)
		}
		dir = d
	}
	flush(len(rs), dir)
}

// runLang is the attributes of a run's w:lang: w:val for the Latin and
// Cyrillic letters of a text in another language than the document's,
// w:eastAsia for Chinese characters, w:bidi for Arabic letters.
func runLang(rs []rune, lang string) string {
	var han, arabic bool
	for _, r := range rs {
		han = han || unicode.Is(unicode.Han, r)
		arabic = arabic || unicode.Is(unicode.Arabic, r)
	}
	var b strings.Builder
	if lang != "" {
		b.WriteString(` w:val="` + lang + `"`)
	}
	if han {
		b.WriteString(` w:eastAsia="` + langTag(forms.Chinese) + `"`)
	}
	if arabic {
		b.WriteString(` w:bidi="` + langTag(forms.Arabic) + `"`)
	}
	return b.String()
}

// runText writes the text of a run: w:t elements, with line breaks and tabs
// as elements of their own.
func runText(buf *bytes.Buffer, s string) {
	for s != "" {
		i := strings.IndexAny(s, "\n\t\r")
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			buf.WriteString(`<w:t xml:space="preserve">` + esc(s[:i]) + `</w:t>`)
		}
		if i == len(s) {
			break
		}
		switch s[i] {
		case '\n':
			buf.WriteString(`<w:br/>`)
		case '\t':
			buf.WriteString(`<w:tab/>`)
		}
		s = s[i+1:]
	}
}

// paragraphs splits a text into paragraphs at blank lines, as the PDF does.
func paragraphs(s string) []string { return strings.Split(s, "\n\n") }

// document writes word/document.xml to out as it is set (spill): the
// cover, the sections and the section properties (page, margins,
// headers).
func (w *docWriter) document(out io.Writer) error {
	w.out = out
	buf := &w.b
	buf.WriteString(xmlHeader)
	fmt.Fprintf(buf, `<w:document xmlns:w="%s" xmlns:r="%s"`+
		` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"`+
		` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`+
		` xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`+
		` xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"`+
		` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="wps wpg"><w:body>`, nsW, nsR)
	w.where = "cover"
	w.cover()
	w.spill(false)
	for i := range w.doc.Sections {
		w.section(&w.doc.Sections[i])
	}
	// ITU's documents end with a short centred line
	w.para(&w.b, closingLine, pstyle{style: "Closing"})
	// the section properties of the document's only section
	buf.WriteString(`<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>`)
	fmt.Fprintf(buf, `<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
		pageW, pageH, marginT, marginR, marginB, marginL, headerY, marginB/2)
	buf.WriteString(`<w:titlePg/>`)
	if w.rtl {
		buf.WriteString(`<w:bidi/>`)
	}
	buf.WriteString(`</w:sectPr></w:body></w:document>`)
	w.spill(true)
	return w.err
}

// spillAt is how much of the body is held before it goes to the part.
const spillAt = 256 << 10

// spill writes the body set so far to the part, once it holds spillAt
// bytes or when all is set, and forgets it: the body of a long document is
// never whole in memory. It may be called anywhere: the body is only ever
// appended to, never read back or changed.
func (w *docWriter) spill(all bool) {
	if w.out == nil || w.err != nil || (!all && w.b.Len() < spillAt) {
		return
	}
	_, w.err = w.out.Write(w.b.Bytes())
	w.b.Reset()
}

// section writes a section's heading in a heading style (the builder
// numbers the titles, as the PDF prints them), its blocks and its
// subsections. An annex starts a new page.
func (w *docWriter) section(s *export.Section) {
	w.where = s.ID
	level := min(max(s.Level, 1), 2)
	title, style := headingText(s.Title), fmt.Sprintf("Heading%d", level)
	if level == 1 && strings.HasPrefix(s.ID, "annex") {
		title, style = annexTitle(s.Title), "AnnexTitle"
	}
	w.para(&w.b, title, pstyle{style: style})
	for _, b := range s.Blocks {
		w.block(b)
		w.spill(false)
	}
	for i := range s.Sub {
		w.section(&s.Sub[i])
	}
}

// headingText puts a tab between a heading's number and its title ("3.1
// Scope"), as ITU's headings have it: the number hangs in the indent.
func headingText(title string) string {
	num, rest, ok := strings.Cut(title, " ")
	if !ok || num == "" || strings.Trim(num, "0123456789.") != "" && !isAnnexNumber(num) {
		return title
	}
	return num + "\t" + rest
}

// isAnnexNumber tells an annex clause's number: a capital letter, a dot and
// digits ("A.1", "B.2.3").
func isAnnexNumber(num string) bool {
	letter, digits, ok := strings.Cut(num, ".")
	return ok && len(letter) == 1 && letter[0] >= 'A' && letter[0] <= 'Z' && digits != "" && strings.Trim(digits, "0123456789.") == ""
}

// annexTitle sets an annex's number and title on two lines ("Annex A" over
// "Draft terms of reference"), as ITU's annex headings are.
func annexTitle(title string) string {
	for _, dash := range []string{" – ", " — ", " - ", "：", ": "} {
		if num, rest, ok := strings.Cut(title, dash); ok && num != "" && rest != "" {
			return num + "\n" + rest
		}
	}
	return title
}

func (w *docWriter) block(b export.Block) {
	switch b := b.(type) {
	case export.Paragraph:
		if b.Field != "" {
			w.where = b.Field
		}
		ps := pstyle{lang: w.langOf(b.Field)} // the Normal style
		switch {
		case b.Subheading:
			ps.style = "Heading3"
		case b.Bold:
			ps.rPr = `<w:b/><w:bCs/>`
		}
		if b.Rev != nil {
			// a revised paragraph is one line of its field
			ps.markStart, ps.markEnd = w.newMark(b.Field, false)
			ps.rev = b.Rev
			w.para(&w.b, b.Text, ps)
			break
		}
		for _, p := range paragraphs(b.Text) {
			ps.markStart, ps.markEnd = w.newMark(b.Field, false)
			w.para(&w.b, p, ps)
		}
	case export.List:
		if b.Field != "" {
			w.where = b.Field
		}
		num := bulletNum
		if b.Ordered {
			w.ordered++
			num = firstOrderedNum + w.ordered - 1
		} else {
			w.bullets = true
		}
		for i, item := range b.Items {
			ps := pstyle{style: "ListParagraph", numID: num, lang: w.langOf(b.Field)}
			if i < len(b.Revs) {
				ps.rev = &b.Revs[i]
			}
			ps.markStart, ps.markEnd = w.newMark(b.Field, b.Ordered)
			w.para(&w.b, item, ps)
		}
	case export.Table:
		w.table(b)
	case export.Chart:
		w.chart(b)
	}
}

// The w:num ids of numbering.xml: bullets share one, each ordered list has
// its own from firstOrderedNum on.
const (
	bulletNum       = 1
	firstOrderedNum = 2
)

// numbering writes numbering.xml: the bullet list's and the decimal list's
// definitions where the document has such lists, and one w:num per ordered
// list so that each starts at 1. The number hangs in ITU's indent, a tab
// after it.
func (w *docWriter) numbering() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	fmt.Fprintf(&b, `<w:numbering xmlns:w="%s">`, nsW)
	lvl := func(format, textVal, font string) string {
		rPr := ""
		if font != "" {
			rPr = fmt.Sprintf(`<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/></w:rPr>`, font, font, font)
		}
		return fmt.Sprintf(`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>`+
			`<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>`, format, textVal, itHanging, itHanging, rPr)
	}
	// the schema wants every abstractNum before the first num
	if w.bullets {
		b.WriteString(`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>` + lvl("bullet", "•", "Times New Roman") + `</w:abstractNum>`)
	}
	if w.ordered > 0 {
		b.WriteString(`<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>` + lvl("decimal", "%1.", "") + `</w:abstractNum>`)
	}
	if w.bullets {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="0"/></w:num>`, bulletNum)
	}
	for i := 0; i < w.ordered; i++ {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`, firstOrderedNum+i)
	}
	b.WriteString(`</w:numbering>`)
	return b.Bytes()
}

// tableStart opens a table of the given column widths (twips): full body
// width, fixed layout, laid out right to left in a right-to-left document.
func (w *docWriter) tableStart(widths []int, style string, borders bool) {
	buf := &w.b
	buf.WriteString(`<w:tbl><w:tblPr>`)
	if style != "" {
		fmt.Fprintf(buf, `<w:tblStyle w:val="%s"/>`, style)
	}
	if w.rtl {
		buf.WriteString(`<w:bidiVisual/>`)
	}
	fmt.Fprintf(buf, `<w:tblW w:w="%d" w:type="dxa"/>`, bodyW)
	if !borders {
		buf.WriteString(`<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`)
	}
	buf.WriteString(`<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, wd := range widths {
		fmt.Fprintf(buf, `<w:gridCol w:w="%d"/>`, wd)
	}
	buf.WriteString(`</w:tblGrid>`)
}

// cell is one table cell: its paragraphs, their style, and the cell's
// properties.
type cell struct {
	paras  []string
	ps     pstyle
	width  int
	span   int    // columns spanned, 0 or 1 for one
	fill   string // shading
	bottom int    // width of a bottom border in eighths of a point, 0 for none
	// padding is the space under the cell's text, twips, as the PDF leaves
	// between the cover's fields
	padding int
	// field is the path of the field the cell prints, "" for none: each of
	// its paragraphs is marked (marks.go)
	field string
	// lines, when set, are the cell's paragraphs each with a field and
	// revision mark of its own (the cover's), in place of paras and field
	lines []cellLine
}

// cellLine is one paragraph of a cell with its own field: lead is the
// start of its text that is not the field's, rev its revision marks.
type cellLine struct {
	text, lead, field string
	rev               *export.Revised
}

func (w *docWriter) cell(c cell) {
	buf := &w.b
	fmt.Fprintf(buf, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, c.width)
	if c.span > 1 {
		fmt.Fprintf(buf, `<w:gridSpan w:val="%d"/>`, c.span)
	}
	if c.bottom > 0 {
		fmt.Fprintf(buf, `<w:tcBorders><w:bottom w:val="single" w:sz="%d" w:space="0" w:color="%s"/></w:tcBorders>`, c.bottom, colRule)
	}
	if c.fill != "" {
		fmt.Fprintf(buf, `<w:shd w:val="clear" w:color="auto" w:fill="%s"/>`, c.fill)
	}
	if c.padding > 0 {
		fmt.Fprintf(buf, `<w:tcMar><w:bottom w:w="%d" w:type="dxa"/></w:tcMar>`, c.padding)
	}
	buf.WriteString(`</w:tcPr>`)
	if c.lines == nil {
		for _, p := range c.paras {
			c.lines = append(c.lines, cellLine{text: p, field: c.field})
		}
	}
	if len(c.lines) == 0 {
		c.lines = []cellLine{{}} // a cell holds at least one paragraph
	}
	c.ps.startSide = true
	for _, l := range c.lines {
		ps := c.ps
		ps.markStart, ps.markEnd = w.newMark(l.field, false)
		ps.lead, ps.rev = l.lead, l.rev
		if l.field != "" {
			ps.lang = w.langOf(l.field)
		}
		w.para(buf, l.text, ps)
	}
	buf.WriteString(`</w:tc>`)
}

// table writes a table with its header row repeated on every page.
func (w *docWriter) table(t export.Table) {
	ncol := t.Columns()
	if ncol == 0 {
		return
	}
	widths := fitWords(t, columnWidths(t.Weights, ncol, bodyW))
	w.tableStart(widths, "TableGrid", true)
	// row writes the header row (r < 0) or row r, inserted or deleted
	// whole by a revision when change says so
	row := func(cells []string, r int, change export.Change) {
		header := r < 0
		w.b.WriteString(`<w:tr>`)
		switch {
		case header:
			w.b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		case change != export.Unchanged:
			// a row added or removed by a revision: the row, and
			// the text of its cells, as one tracked change each
			w.b.WriteString(`<w:trPr>` + w.trackedMark(change) + `</w:trPr>`)
		}
		for i := 0; i < ncol; i++ {
			c := cell{width: widths[i], ps: pstyle{style: "TableText", change: change}}
			if header {
				c.ps.style, c.fill = "TableHeading", colShade
			}
			if i < len(cells) {
				c.paras = paragraphs(cells[i])
			}
			if !header {
				c.field = t.FieldOf(r, i)
			}
			w.cell(c)
		}
		w.b.WriteString(`</w:tr>`)
	}
	if len(t.Header) > 0 {
		row(t.Header, -1, export.Unchanged)
	}
	for i, cells := range t.Rows {
		change := export.Unchanged
		if i < len(t.RowChanges) {
			change = t.RowChanges[i]
		}
		row(cells, i, change)
	}
	w.b.WriteString(`</w:tbl>`)
	// a paragraph after the table keeps two tables from merging
	w.para(&w.b, "", pstyle{style: "TableText"})
}

// fitWords widens the columns too narrow for their longest word, so that
// Word and LibreOffice need not break a word in the middle; the width is
// Times New Roman's estimated at the table's size, bold in the header row,
// with the cell's margins (108 twips each side) and a little room.
func fitWords(t export.Table, widths []int) []int {
	fw := make([]float64, len(widths))
	for i, wd := range widths {
		fw[i] = float64(wd)
	}
	minimum := t.ColumnMinimums(len(widths), func(word string, header bool) float64 {
		// textWidth errs wide for charts' labels; Times New Roman's
		// lower case is about nine tenths of it
		pt := 0.9 * textWidth(word, szTable/2)
		if header {
			pt *= 1.1
		}
		return pt*20 + 2*108 + 60
	})
	fw = export.FitColumns(fw, minimum)
	out := make([]int, len(widths))
	left := 0
	for i := range fw {
		out[i] = int(fw[i])
		left += widths[i] - out[i]
	}
	out[len(out)-1] += left
	return out
}

// columnWidths shares total between n columns by their weights (1 where
// missing or not positive).
func columnWidths(weights []float64, n, total int) []int {
	ws := make([]float64, n)
	sum := 0.0
	for i := range ws {
		ws[i] = 1
		if i < len(weights) && weights[i] > 0 {
			ws[i] = weights[i]
		}
		sum += ws[i]
	}
	out := make([]int, n)
	left := total
	for i := range ws {
		out[i] = int(ws[i] / sum * float64(total))
		left -= out[i]
	}
	out[n-1] += left
	return out
}

// The cover's grid: the label column, a column for the labels of contact
// lines (Tel:, E-mail:), and two columns whose split is where the PDF puts
// the document number.
var coverCols = []int{bodyW * 20 / 100, bodyW * 16 / 100, bodyW * 20 / 100, bodyW - bodyW*56/100}

// fieldPadding is the space under each field of the cover (3 pt), twips.
const fieldPadding = 60

// Cover rules, eighths of a point: thick under the heading block and at the
// end, thin between the groups of fields.
const (
	ruleThick = 10
	ruleThin  = 5
)

// cover writes the cover as a borderless table with the PDF's blocks and
// labels: the union, sector and study period beside the document number,
// group and original language; the labelled fields; the contacts; the
// keywords and abstract.
func (w *docWriter) cover() {
	c := w.doc.Cover
	cols := coverCols
	w.tableStart(cols, "", false)
	const bold = `<w:b/><w:bCs/>`
	nonEmpty := func(ss ...string) []string {
		var out []string
		for _, s := range ss {
			if s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	// the heading block: two cells, the right one holding paragraphs of
	// different styles
	w.b.WriteString(`<w:tr>`)
	w.cell(cell{paras: nonEmpty(c.Union, c.Sector, c.StudyPeriod), ps: pstyle{style: "CoverText", rPr: bold}, width: cols[0] + cols[1] + cols[2], span: 3, bottom: ruleThick})
	fmt.Fprintf(&w.b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:tcBorders><w:bottom w:val="single" w:sz="%d" w:space="0" w:color="%s"/></w:tcBorders></w:tcPr>`, cols[3], ruleThick, colRule)
	w.para(&w.b, c.DocNumber, pstyle{style: "CoverDocNumber", startSide: true})
	if c.Group != "" {
		w.para(&w.b, c.Group, pstyle{style: "CoverText", rPr: bold, startSide: true})
	}
	if c.Original != "" {
		w.para(&w.b, c.Original, pstyle{style: "CoverText", startSide: true})
	}
	w.b.WriteString(`</w:tc></w:tr>`)

	labelCell := func(label string, bottom int) cell {
		return cell{paras: []string{label}, ps: pstyle{style: "CoverText", rPr: bold}, width: cols[0], bottom: bottom}
	}
	valueW := cols[1] + cols[2] + cols[3]
	// a value printed from a field is marked, paragraph by paragraph,
	// with the field's bookmark and, in a revision, its revision marks
	valueLines := func(l export.Labelled) []cellLine {
		if marks := c.ValueMarks(l.Field); marks != nil {
			var out []cellLine
			for i := range marks {
				out = append(out, cellLine{text: marks[i].Shown(), field: l.Field, rev: &marks[i]})
			}
			return out
		}
		var out []cellLine
		for _, p := range paragraphs(l.Value) {
			out = append(out, cellLine{text: p, field: l.Field})
		}
		return out
	}
	// field writes a labelled value's row; pieces, when set, are its text
	// in marked pieces (the keywords)
	field := func(l export.Labelled, strong bool, bottom int, pieces []export.KeywordPiece) {
		w.where = "cover: " + labelName(l.Label)
		ps := pstyle{style: "CoverText"}
		if strong {
			ps.rPr = bold
		}
		w.b.WriteString(`<w:tr>`)
		label := labelCell(l.Label, bottom)
		label.padding = fieldPadding
		w.cell(label)
		value := cell{lines: valueLines(l), ps: ps, width: valueW, span: 3, bottom: bottom, padding: fieldPadding}
		if len(pieces) > 0 {
			// one paragraph, each keyword marked as its own field
			ps.pieces = pieces
			value = cell{paras: []string{keywordLine(pieces)}, ps: ps, width: valueW, span: 3, bottom: bottom, padding: fieldPadding}
		}
		w.cell(value)
		w.b.WriteString(`</w:tr>`)
	}
	for i, f := range c.Fields {
		bottom := 0
		if i == len(c.Fields)-1 {
			bottom = ruleThin
		}
		if i == 0 && c.Meeting != "" {
			// the meeting's place and date on the Questions row, at its
			// end side, as on ITU's cover
			w.where = "cover: " + labelName(f.Label)
			w.b.WriteString(`<w:tr>`)
			label := labelCell(f.Label, bottom)
			label.padding = fieldPadding
			w.cell(label)
			w.cell(cell{paras: paragraphs(f.Value), ps: pstyle{style: "CoverText"}, width: cols[1] + cols[2], span: 2, bottom: bottom, padding: fieldPadding})
			w.where = "cover: meeting"
			w.cell(cell{paras: []string{c.Meeting}, ps: pstyle{style: "CoverText", endSide: true}, width: cols[3], bottom: bottom, padding: fieldPadding})
			w.b.WriteString(`</w:tr>`)
			continue
		}
		field(f, isTitleLabel(f.Label), bottom, nil)
	}
	// a contact is one row, as on ITU's cover: the name, organization and
	// country in one cell, Tel and E-mail in the cell beside
	for i, ct := range c.Contacts {
		w.where = "cover: " + labelName(ct.Label)
		bottom := 0
		if i == len(c.Contacts)-1 {
			bottom = ruleThin
		}
		var who, reach []cellLine
		for j, l := range ct.Lines {
			line := cellLine{text: l.Value, field: l.Field}
			if mark := ct.LineMark(j); mark != nil {
				line.text, line.rev = mark.Shown(), mark
			}
			if l.Label == "" {
				who = append(who, line)
				continue
			}
			line.lead = l.Label + "\t"
			line.text = line.lead + line.text
			reach = append(reach, line)
		}
		w.b.WriteString(`<w:tr>`)
		if ct.Change != export.Unchanged {
			// a contact a revision added or removed: the row, as a
			// table's row, and its label with it
			w.b.WriteString(`<w:trPr>` + w.trackedMark(ct.Change) + `</w:trPr>`)
		}
		lc := labelCell(ct.Label, bottom)
		lc.padding = fieldPadding
		lc.ps.change = ct.Change
		w.cell(lc)
		w.cell(cell{lines: who, ps: pstyle{style: "CoverText"}, width: cols[1] + cols[2], span: 2, bottom: bottom, padding: fieldPadding})
		w.cell(cell{lines: reach, ps: pstyle{style: "CoverContact"}, width: cols[3], bottom: bottom, padding: fieldPadding})
		w.b.WriteString(`</w:tr>`)
	}
	type tailRow struct {
		l      export.Labelled
		pieces []export.KeywordPiece
	}
	var tail []tailRow
	for _, r := range []tailRow{{c.Keywords, c.KeywordPieces()}, {l: c.Abstract}} {
		if r.l.Label != "" || r.l.Value != "" {
			tail = append(tail, r)
		}
	}
	for i, r := range tail {
		bottom := 0
		if i == len(tail)-1 {
			bottom = ruleThick
		}
		field(r.l, false, bottom, r.pieces)
	}
	w.b.WriteString(`</w:tbl>`)
	w.para(&w.b, "", pstyle{style: "CoverText"})
}

// keywordLine is the keywords' line as shown: every piece, the deleted
// keywords of a revision too.
func keywordLine(pieces []export.KeywordPiece) string {
	var b strings.Builder
	for _, pc := range pieces {
		b.WriteString(pc.Text)
	}
	return b.String()
}

// labelName is a cover label without its colon, to name it in a message.
func labelName(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ":：")
}

// isTitleLabel recognises the Title field in the six languages: its value
// is set in bold, as in the PDF.
func isTitleLabel(s string) bool {
	switch strings.ToLower(labelName(s)) {
	case "title", "titre", "título", "название", "标题", "العنوان":
		return true
	}
	return false
}

// headers writes the two headers: the default one, for every page from the
// second, with the page number centred and the document number under it,
// nothing else (Rec. ITU-T A.2, I.2.2); and the title page's, without a
// number. Both carry the draft mark while the draft does not meet A.7.
func (w *docWriter) headers() (header, first []byte) {
	open := func(buf *bytes.Buffer) {
		buf.WriteString(xmlHeader)
		fmt.Fprintf(buf, `<w:hdr xmlns:w="%s" xmlns:r="%s">`, nsW, nsR)
	}
	var h, f bytes.Buffer
	open(&h)
	open(&f)
	// the page number, a PAGE field between dashes
	h.WriteString(`<w:p><w:pPr><w:pStyle w:val="Header"/>`)
	if w.rtl {
		h.WriteString(`<w:bidi w:val="0"/>`)
	}
	h.WriteString(`</w:pPr><w:r><w:t xml:space="preserve">- </w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:t xml:space="preserve"> -</w:t></w:r></w:p>`)
	w.where = "cover"
	w.para(&h, w.doc.Cover.DocNumber, pstyle{style: "Header"})
	if w.doc.DraftMark != "" {
		w.where = "draft mark"
		for _, b := range []*bytes.Buffer{&h, &f} {
			w.para(b, w.doc.DraftMark, pstyle{style: "DraftMark"})
		}
	} else {
		w.para(&f, "", pstyle{style: "Header"})
	}
	h.WriteString(`</w:hdr>`)
	f.WriteString(`</w:hdr>`)
	return h.Bytes(), f.Bytes()
}
