// Package pdf renders the document model (export.Document) as an A4 PDF:
// the text set by the text layer (fallback runs, bidi, Arabic shaping,
// line breaking) in the bundled fonts, subset and numbered anew
// (fontobj.go, subset.go), the timeline chart (chart.go), and the draft
// carried inside as the associated source file. The file is written by
// this package itself, each page as soon as it is set (output.go, file.go),
// so that a long document never needs the memory of all its pages. The
// second half of a long document is set on another core (ahead.go).
package pdf

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"fgdraft/export"
	"fgdraft/export/fonts"
	"fgdraft/forms"
	"fgdraft/text"
)

// Page geometry, points (A4).
const (
	pageW   = 595.28
	pageH   = 841.89
	marginL = 62.0
	marginR = 56.7
	marginT = 64.0
	marginB = 56.7
	bodyW   = pageW - marginL - marginR

	sizeBody   = 10.5
	sizeSmall  = 8.5
	sizeTiny   = 7
	sizeH1     = 12.5
	sizeH2     = 11
	sizeCover  = 9.5
	sizeDocNum = 14
)

type rgb struct{ r, g, b uint8 }

var (
	black    = rgb{0, 0, 0}
	grey     = rgb{90, 90, 90}
	red      = rgb{200, 20, 30}
	ruleGrey = rgb{120, 120, 120}
	shade    = rgb{225, 230, 238}
)

type opKind uint8

const (
	opText opKind = iota
	opLine
	opRect
	opPoly
	opBookmark
)

// op is one drawing operation of a page, recorded during layout and
// replayed into the PDF once every font's characters are known.
type op struct {
	kind  opKind
	face  *text.Face
	size  float64
	x, y  float64
	w, h  float64
	s     string
	col   rgb
	fill  rgb
	style string // "F", "D", "FD"
	lw    float64
	pts   []point
	level int
	fake  bool // synthetic bold: fill and stroke the glyphs
}

// point is a corner of a polygon, in points from the page's top left.
type point struct{ X, Y float64 }

type page struct {
	ops []op
	top float64 // where content starts (below a repeated table header)
}

// fresh reports whether y is at the top of the page's content area, where
// nothing is gained by starting a new page.
func (p *page) fresh(y float64) bool { return y <= max(p.top, marginT)+0.5 }

// tstyle is how a piece of text is set.
type tstyle struct {
	size    float64
	bold    bool
	justify bool
	align   text.Align
	col     rgb
	lead    float64 // line height factor, 0 = the document's
	// auto gives a text the direction coverRTL decides (a phone number left
	// to right in an Arabic document, an Arabic source right to left in an
	// English one), still aligned to the start side of the document (right
	// in Arabic), beside its label: the cover, laid out by the document's
	// direction.
	auto bool
	// own gives each paragraph the direction of its own text
	// (text.ParagraphDirection), and the alignment that goes with it: an Arabic
	// paragraph in an English document is set right to left and aligned
	// right, an English one in an Arabic document left. Body paragraphs,
	// list items, table cells and chart labels.
	own bool
}

// coverRTL is the direction of a cover text in a document of direction
// docRTL: in a right-to-left document, right to left unless it has no
// right-to-left letter (a phone number, an e-mail address, a Latin name); in
// a left-to-right one, right to left when its first strong character is (an
// Arabic source or organisation printed untranslated), its full stop then
// at its left end.
func coverRTL(s string, docRTL bool) bool {
	if docRTL {
		return hasRTL(s)
	}
	return text.ParagraphDirection(s) == text.RightToLeft
}

// Isolates (UAX #9) that the renderer puts around a label and its text.
const (
	firstStrongIsolate = "\u2068"
	popIsolate         = "\u2069"
)

// isolateLabel isolates a label and the text after it when they run in
// different directions ("GSMA Post-Quantum Telco Network Taskforce: تقترح …"):
// the two are units of their own, the Arabic text keeps its direction and
// its full stop whatever the paragraph's, and the paragraph, without a
// strong character outside the isolates, takes the document's direction, as
// the DOCX's paragraph does. Only the paragraph's first line is isolated.
func isolateLabel(s string) string {
	label, sep, rest, ok := export.CutLabel(s)
	if !ok {
		return s
	}
	// a label is a name, its first letter tells; the text after it may
	// open with a name in another script ("مشروع شراكة الجيل الثالث (3GPP): SA1
	// وSA2 وRAN: تحديد …" is Arabic throughout)
	ld, rd := text.ParagraphDirection(label), text.MainDirection(rest)
	if ld == text.Neutral || rd == text.Neutral || ld == rd {
		return s
	}
	tail := ""
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest, tail = rest[:i], rest[i:]
	}
	return firstStrongIsolate + label + popIsolate + sep + firstStrongIsolate + rest + popIsolate + tail
}

func hasRTL(s string) bool {
	for _, c := range s {
		if c >= 0x0590 && c <= 0x08FF || c >= 0xFB1D && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF {
			return true
		}
	}
	return false
}

type docWriter struct {
	doc   export.Document
	out   *Renderer
	rtl   bool
	lead  float64
	lay   text.Layouter
	cur   *page
	count int // pages begun
	y     float64
	// sink takes each page when it is finished (the PDF's output writes
	// it and forgets it); without one the pages are kept in pages (the
	// preview draws them). sinkErr is the first error sink returned.
	sink    func(*page) error
	sinkErr error
	pages   []*page
	used    map[*text.Face]map[rune]bool
	missing []*text.UncoveredError
	where   string
	// ahead holds the lines the second pass set (ahead.go), nil without one;
	// fills is set in the second pass itself, which fills it.
	ahead, fills *aheadCache
}

// Renderer renders documents as A4 PDF files. Make one per process with
// New and share it: it is safe for concurrent use.
type Renderer struct {
	// Producer names the program and its version in the PDF's document
	// information (Creator and Producer), e.g. "fgdraft 0.1.0 (build 1,
	// commit 4b1262a)"; main passes it down. Set it before the first Render;
	// "" writes "fgdraft".
	Producer string
	// Date is written as the PDF's creation and modification date, in UTC,
	// so that two exports of one draft give the same bytes; zero writes the
	// time of the export. main passes SOURCE_DATE_EPOCH or --date down.
	Date time.Time

	fonts *fonts.Set
	// toUnicodeZ is the ToUnicode CMap of every font, compressed: identity,
	// except that Arabic presentation forms map back to their letters.
	toUnicodeZ []byte
	// zpool holds the compressors of compressAll, reused across exports.
	zpool sync.Pool
	// aheadBudget bounds the text the second pass sets (ahead.go).
	aheadBudget int
}

// New makes a PDF renderer drawing with the faces of fs.
func New(fs *fonts.Set) *Renderer {
	m := text.PresentationToLogical()
	m[pdfLam] = []rune{0x0644}
	rd := &Renderer{fonts: fs, aheadBudget: defaultAheadBudget}
	// the compressor goes to the pool, for the first export's streams
	rd.toUnicodeZ = rd.compressAll(1, func(int) []byte { return buildToUnicode(m) })[0]
	return rd
}

// Format is PDF.
func (rd *Renderer) Format() export.Format { return export.PDF }

// Covers tells the characters a document in lang can print: those of its
// fonts' fallback chain, and those the layout drops rather than draws.
func (rd *Renderer) Covers(lang forms.Lang) func(rune) bool {
	chain := rd.fonts.Chain(lang, false)
	return func(r rune) bool { return chain.Has(r) || export.Invisible(r) }
}

// CheckFonts tells why a font of a document in lang cannot be read (see
// export.FontChecker).
func (rd *Renderer) CheckFonts(lang forms.Lang) error {
	if err := rd.fonts.Check(lang); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return nil
}

// Write writes the document as an A4 PDF to w, each page as soon as it is
// set. If some text holds characters no bundled font covers, it returns a
// *export.MissingGlyphsError, and what it wrote is no PDF.
func (rd *Renderer) Write(w io.Writer, doc export.Document) error {
	if rd == nil || rd.fonts == nil {
		return errors.New("pdf: no fonts")
	}
	if err := rd.CheckFonts(doc.Lang); err != nil {
		return err
	}
	out := rd.newOutput(w, doc)
	r := rd.newDocWriter(doc)
	r.sink = out.page
	if err := r.layOut(true); err != nil {
		return err
	}
	return out.finish(r.used)
}

// layOut makes the pages; withAhead lays out the second half of the
// document on another core at the same time (ahead.go).
func (r *docWriter) layOut(withAhead bool) error {
	if withAhead {
		defer r.layoutAhead()()
	}
	r.newPage()
	r.where = "cover"
	r.cover()
	for i := range r.doc.Sections {
		if r.ahead != nil {
			r.ahead.at.Store(int32(i))
		}
		r.section(&r.doc.Sections[i])
	}
	r.endPage()
	if len(r.missing) > 0 {
		return &export.MissingGlyphsError{Format: export.PDF, Lang: r.doc.Lang, Texts: r.missing}
	}
	if r.sinkErr != nil {
		return fmt.Errorf("render PDF: %w", r.sinkErr)
	}
	return nil
}

// newDocWriter starts writing doc: no page yet.
func (rd *Renderer) newDocWriter(doc export.Document) *docWriter {
	r := &docWriter{
		doc:  doc,
		out:  rd,
		rtl:  doc.Lang == forms.Arabic,
		used: map[*text.Face]map[rune]bool{},
	}
	switch doc.Lang {
	case forms.Arabic:
		r.lead = 1.75
	case forms.Chinese:
		r.lead = 1.6
	default:
		r.lead = 1.4
	}
	return r
}

// newPage finishes the current page, if any, and starts the next.
func (r *docWriter) newPage() {
	if r.cur != nil {
		r.endPage()
	}
	r.cur = &page{}
	r.count++
	r.y = marginT
}

// endPage finishes the current page: its furniture is added and it goes
// to the sink, or is kept. The second pass (ahead.go) keeps no page: only
// its lines are wanted.
func (r *docWriter) endPage() {
	switch {
	case r.fills != nil:
	case r.sink != nil:
		r.furnish(r.count - 1)
		if r.sinkErr == nil {
			r.sinkErr = r.sink(r.cur)
		}
	default:
		r.furnish(r.count - 1)
		r.pages = append(r.pages, r.cur)
	}
	r.cur = nil
}

// room makes sure h points fit below the current position, starting a new
// page if not.
func (r *docWriter) room(h float64) {
	if r.y+h > pageH-marginB && r.y > marginT+0.1 {
		r.newPage()
	}
}

// add records o on the current page; the second pass (ahead.go) records
// nothing, its pages are never drawn.
func (r *docWriter) add(o op) {
	if r.fills == nil {
		r.cur.ops = append(r.cur.ops, o)
	}
}

func (r *docWriter) lineHeight(ts tstyle) float64 {
	l := ts.lead
	if l == 0 {
		l = r.lead
	}
	return ts.size * l
}

// layout sets s into lines width wide.
func (r *docWriter) layout(s string, width float64, ts tstyle) []text.Line {
	st := text.Style{
		Chain:   r.out.fonts.Chain(r.doc.Lang, ts.bold),
		Size:    ts.size,
		RTL:     r.rtl,
		Justify: ts.justify && r.doc.Lang != forms.Chinese,
		Align:   ts.align,
	}
	switch {
	case ts.own:
		st.Auto = true
		s = isolateLabel(s)
	case ts.auto && coverRTL(s, st.RTL) != st.RTL:
		st.RTL = !st.RTL
		switch st.Align {
		case text.AlignStart:
			st.Align = text.AlignEnd
		case text.AlignEnd:
			st.Align = text.AlignStart
		}
	}
	key := layoutKey{s, width, ts}
	var lines []text.Line
	var miss []text.Missing
	if lo, ok := r.ahead.takeIfAny(key); ok {
		lines, miss = lo.lines, lo.miss
	} else {
		if r.fills != nil && r.fills.stop.Load() {
			return nil // the main pass is done: nobody needs these lines
		}
		lines, miss = r.lay.Layout(s, width, st)
		if r.fills != nil {
			r.fills.put(key, laidOut{lines, miss})
		}
	}
	if len(miss) > 0 {
		r.missing = append(r.missing, &text.UncoveredError{Where: r.where, Text: s, Missing: miss})
	}
	return lines
}

// drawLine records one set line with its top at y. Each run becomes its own
// text object, written in reading order: viewers and extractors that take
// text objects in the order of the content stream (pdf.js, MuPDF) then return
// a line that mixes directions as it is read.
func (r *docWriter) drawLine(l text.Line, x, y float64, ts tstyle) {
	lh := r.lineHeight(ts)
	base := y + lh/2 + ts.size*0.35
	for _, run := range l.InReadingOrder() {
		if run.Text == "" {
			continue
		}
		m := r.used[run.Face]
		if m == nil {
			m = map[rune]bool{}
			r.used[run.Face] = m
		}
		s := run.Text
		if strings.ContainsFunc(s, isLamAlef) && run.Face.EmptyGlyph() != 0 {
			var b strings.Builder
			for _, c := range s {
				b.WriteRune(c)
				if isLamAlef(c) {
					b.WriteRune(pdfLam)
				}
			}
			s = b.String()
		}
		for _, c := range s {
			m[c] = true
		}
		r.add(op{kind: opText, face: run.Face, size: ts.size, x: x + run.X, y: base, s: s, col: ts.col,
			fake: ts.bold && !run.Face.Bold()})
	}
}

// para sets s across width at x, flowing over pages; returns nothing, moves r.y.
func (r *docWriter) para(s string, x, width float64, ts tstyle) {
	lh := r.lineHeight(ts)
	for _, l := range r.layout(s, width, ts) {
		r.room(lh)
		r.drawLine(l, x, r.y, ts)
		r.y += lh
	}
}

// xs returns the left edge of a box of width w placed at offset off from the
// start edge of a region [x0, x0+total] (mirrored for Arabic).
func (r *docWriter) xs(x0, total, off, w float64) float64 {
	if r.rtl {
		return x0 + total - off - w
	}
	return x0 + off
}

func (r *docWriter) rule(y, lw float64) {
	r.add(op{kind: opLine, x: marginL, y: y, w: bodyW, lw: lw, col: ruleGrey})
}

// cover draws the first-page block.
func (r *docWriter) cover() {
	c := r.doc.Cover
	leftW := bodyW * 0.58
	rightW := bodyW - leftW
	top := r.y
	hs := tstyle{size: sizeCover, bold: true, col: black, lead: 1.35, auto: true}
	y := top
	for _, s := range []string{c.Union, c.Sector, c.StudyPeriod} {
		if s == "" {
			continue
		}
		for _, l := range r.layout(s, leftW-8, hs) {
			r.drawLine(l, r.xs(marginL, bodyW, 0, leftW-8), y, hs)
			y += r.lineHeight(hs)
		}
	}
	y2 := top
	docS := tstyle{size: sizeDocNum, bold: true, col: black, lead: 1.3, auto: true}
	for _, item := range []struct {
		s  string
		ts tstyle
	}{
		{c.DocNumber, docS},
		{c.Group, tstyle{size: sizeCover, bold: true, col: black, lead: 1.35, auto: true}},
		{c.Original, tstyle{size: sizeCover, col: black, lead: 1.35, auto: true}},
	} {
		if item.s == "" {
			continue
		}
		for _, l := range r.layout(item.s, rightW, item.ts) {
			r.drawLine(l, r.xs(marginL, bodyW, leftW, rightW), y2, item.ts)
			y2 += r.lineHeight(item.ts)
		}
	}
	r.y = max(y, y2) + 6
	r.rule(r.y, 1.2)
	r.y += 6

	labelW := bodyW * 0.2
	valW := bodyW - labelW - 6
	lab := tstyle{size: sizeBody, bold: true, col: black, auto: true}
	val := tstyle{size: sizeBody, col: black, auto: true}
	// field draws a label and its value; aside, when given, shares the
	// value's row at its end side (the meeting's place and date beside the
	// Questions, as on ITU's cover)
	field := func(l export.Labelled, valStyle tstyle, aside string) {
		if marks := coverMarks(&c, l); marks != nil {
			r.revisedValue(l.Label, marks, labelW, valW, lab, valStyle)
			return
		}
		ls := r.layout(l.Label, labelW, lab)
		vw, aw := valW, 0.0
		var as []text.Line
		if aside != "" {
			vw = valW * 0.42
			aw = valW - vw - 6
			end := val
			end.align = text.AlignEnd
			as = r.layout(aside, aw, end)
		}
		vs := r.layout(l.Value, vw, valStyle)
		lh := r.lineHeight(val)
		n := max(len(ls), len(vs), len(as))
		r.room(lh * float64(min(n, 3)))
		y0 := r.y
		for i := 0; i < n; i++ {
			if r.y+lh > pageH-marginB {
				r.newPage()
				y0 = r.y - float64(i)*lh
			}
			if i < len(ls) {
				r.drawLine(ls[i], r.xs(marginL, bodyW, 0, labelW), r.y, lab)
			}
			if i < len(vs) {
				r.drawLine(vs[i], r.xs(marginL, bodyW, labelW+6, vw), r.y, valStyle)
			}
			if i < len(as) {
				r.drawLine(as[i], r.xs(marginL, bodyW, labelW+6+vw+6, aw), r.y, val)
			}
			r.y += lh
		}
		_ = y0
		r.y += 3
	}
	for i, f := range c.Fields {
		r.where = "cover: " + labelName(f.Label)
		vs := val
		if strings.Contains(strings.ToLower(f.Label), "title") || isTitleLabel(f.Label) {
			vs.bold = true
		}
		aside := ""
		if i == 0 {
			aside = c.Meeting
		}
		field(f, vs, aside)
	}
	r.rule(r.y, 0.6)
	r.y += 6
	for _, ct := range c.Contacts {
		r.where = "cover: " + labelName(ct.Label)
		r.contact(ct, labelW, valW, lab, val)
	}
	if len(c.Contacts) > 0 {
		r.rule(r.y, 0.6)
		r.y += 6
	}
	for _, l := range []export.Labelled{c.Keywords, c.Abstract} {
		if l.Label == "" && l.Value == "" {
			continue
		}
		r.where = "cover: " + labelName(l.Label)
		vs := val
		vs.justify = true
		field(l, vs, "")
	}
	r.rule(r.y, 1.2)
	r.y += 12
}

// labelName is a cover label without its colon, to name it in a message.
func labelName(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ":：")
}

// isTitleLabel recognises the Title field in the six languages.
func isTitleLabel(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ":"))
	s = strings.TrimSuffix(s, "：")
	switch strings.ToLower(s) {
	case "title", "titre", "título", "название", "标题", "العنوان":
		return true
	}
	return false
}

// contact draws one contact block: the label in the label column, the lines
// in the value column (their own labels, such as Tel:, in a small column).
func (r *docWriter) contact(ct export.Contact, labelW, valW float64, lab, val tstyle) {
	lh := r.lineHeight(val)
	r.room(lh * float64(min(len(ct.Lines), 4)))
	ls := r.layout(ct.Label, labelW, lab)
	if len(ls) > 0 {
		if ct.Change != export.Unchanged {
			// a contact a revision added or removed: its label marked too
			st := lab
			st.col = revColour
			r.drawLine(ls[0], r.xs(marginL, bodyW, 0, labelW), r.y, st)
			r.markLine(ls[0], r.xs(marginL, bodyW, 0, labelW), r.y, st, ct.Change)
		} else {
			r.drawLine(ls[0], r.xs(marginL, bodyW, 0, labelW), r.y, lab)
		}
	}
	// as on ITU's cover: the name, organization and country in one column,
	// Tel and E-mail beside them
	nameW := valW * 0.42
	telOff := labelW + 6 + nameW + 6
	telW := valW - nameW - 6
	// the sub-labels' column as wide as the widest of them ("البريد
	// الإلكتروني:" is twice "E-mail:"), within reason; one that is still
	// too wide wraps, all its lines drawn
	subW := telW * 0.26
	for _, l := range ct.Lines {
		if l.Label == "" {
			continue
		}
		if ll := r.layout(l.Label, bodyW, val); len(ll) > 0 {
			subW = max(subW, min(ll[0].Width+6, telW*0.45))
		}
	}
	// subLabel draws a sub-label's lines from y, and tells where they end
	subLabel := func(ll []text.Line, y float64, st tstyle, change export.Change) float64 {
		for _, x := range ll {
			if change != export.Unchanged {
				r.markLine(x, r.xs(marginL, bodyW, telOff, subW), y, st, change)
			}
			r.drawLine(x, r.xs(marginL, bodyW, telOff, subW), y, st)
			y += lh
		}
		return y
	}
	top := r.y
	yName, yTel := top, top
	for i, l := range ct.Lines {
		if mark := ct.LineMark(i); mark != nil {
			// a revised line: its value with the revision's marks
			y := &yName
			x, w := labelW+6, nameW
			labelEnd := 0.0
			if l.Label != "" {
				y = &yTel
				x, w = telOff+subW, telW-subW
				st := val
				if mark.Change != export.Unchanged {
					// a line added or removed whole: its label with it
					st.col = revColour
				}
				labelEnd = subLabel(r.layout(l.Label, subW, val), yTel, st, mark.Change)
			}
			r.y = *y
			r.revisedPara(mark.Spans, r.xs(marginL, bodyW, x, w), w, val, nil)
			*y = max(r.y, labelEnd)
			continue
		}
		if l.Label == "" {
			for _, vl := range r.layout(l.Value, nameW, val) {
				r.drawLine(vl, r.xs(marginL, bodyW, labelW+6, nameW), yName, val)
				yName += lh
			}
			continue
		}
		labelEnd := subLabel(r.layout(l.Label, subW, val), yTel, val, export.Unchanged)
		for _, vl := range r.layout(l.Value, telW-subW, val) {
			r.drawLine(vl, r.xs(marginL, bodyW, telOff+subW, telW-subW), yTel, val)
			yTel += lh
		}
		yTel = max(yTel, labelEnd)
	}
	r.y = max(yName, yTel, top+lh) + 4
}

// section draws a section: its title (numbered by the builder), blocks and
// subsections; an annex starts a new page.
func (r *docWriter) section(s *export.Section) {
	r.where = s.ID
	level := s.Level
	if level < 1 {
		level = 1
	}
	ts := tstyle{size: sizeH1, bold: true, col: black}
	before := 10.0
	if level >= 2 {
		ts.size = sizeH2
		before = 6
	}
	if level == 1 && strings.HasPrefix(s.ID, "annex") && r.y > marginT+1 {
		r.newPage()
	}
	title := s.Title
	lh := r.lineHeight(ts)
	lines := r.layout(title, bodyW, ts)
	// keep the heading with the first lines of what follows
	r.room(before + lh*float64(len(lines)) + 3*r.lineHeight(tstyle{size: sizeBody}))
	if r.y > marginT+1 {
		r.y += before
	}
	r.add(op{kind: opBookmark, s: s.Title, level: level - 1, y: r.y})
	for _, l := range lines {
		r.room(lh)
		r.drawLine(l, marginL, r.y, ts)
		r.y += lh
	}
	r.y += 3
	for _, b := range s.Blocks {
		r.block(b)
	}
	for i := range s.Sub {
		r.section(&s.Sub[i])
	}
}

func (r *docWriter) block(b export.Block) {
	body := tstyle{size: sizeBody, col: black, justify: true, own: true}
	switch b := b.(type) {
	case export.Paragraph:
		if b.Field != "" {
			r.where = b.Field
		}
		ts := body
		ts.bold = b.Bold
		if b.Rev.Marked() {
			r.revisedPara(b.Rev.Spans, marginL, bodyW, ts, nil)
			r.y += sizeBody * 0.5
			break
		}
		for _, p := range strings.Split(b.Text, "\n\n") {
			r.para(p, marginL, bodyW, ts)
			r.y += sizeBody * 0.5
		}
	case export.List:
		r.list(b, body)
	case export.Table:
		r.table(b)
	case export.Chart:
		r.chart(b)
	}
}

func (r *docWriter) list(l export.List, ts tstyle) {
	indent := 18.0
	lh := r.lineHeight(ts)
	for i, item := range l.Items {
		mark := "•"
		if l.Ordered {
			mark = fmt.Sprintf("%d.", i+1)
			if r.doc.Lang == forms.Chinese {
				mark = fmt.Sprintf("%d.", i+1)
			}
		}
		if i < len(l.Revs) && l.Revs[i].Marked() {
			ms := ts
			ms.justify = false
			r.revisedPara(l.Revs[i].Spans, r.xs(marginL, bodyW, indent, bodyW-indent), bodyW-indent, ts, func() {
				if ml := r.layout(mark, indent-4, ms); len(ml) > 0 {
					r.drawLine(ml[0], r.xs(marginL, bodyW, 0, indent-4), r.y, ms)
				}
			})
			r.y += 2
			continue
		}
		lines := r.layout(item, bodyW-indent, ts)
		for j, ln := range lines {
			r.room(lh)
			if j == 0 {
				ms := ts
				ms.justify = false
				ml := r.layout(mark, indent-4, ms)
				if len(ml) > 0 {
					r.drawLine(ml[0], r.xs(marginL, bodyW, 0, indent-4), r.y, ms)
				}
			}
			r.drawLine(ln, r.xs(marginL, bodyW, indent, bodyW-indent), r.y, ts)
			r.y += lh
		}
		r.y += 2
	}
	r.y += sizeBody * 0.4
}

// table draws a table with a shaded header row repeated on every page; rows
// taller than the room left are split between pages.
func (r *docWriter) table(t export.Table) {
	ncol := t.Columns()
	if ncol == 0 {
		return
	}
	widths := make([]float64, ncol)
	total := 0.0
	for i := range widths {
		w := 1.0
		if i < len(t.Weights) && t.Weights[i] > 0 {
			w = t.Weights[i]
		}
		widths[i] = w
		total += w
	}
	for i := range widths {
		widths[i] = widths[i] / total * bodyW
	}
	const pad = 3.5
	cellS := tstyle{size: sizeSmall + 0.5, col: black, lead: r.lead - 0.1, own: true}
	headS := cellS
	headS.bold = true
	// every column as wide as its longest word, so that no word is broken
	// in the middle
	widths = export.FitColumns(widths, t.ColumnMinimums(ncol, func(word string, header bool) float64 {
		ts := cellS
		if header {
			ts = headS
		}
		// a word's missing glyphs are reported with its cell, not again
		reported := len(r.missing)
		w := 0.0
		for _, l := range r.layout(word, bodyW, ts) {
			w = max(w, l.Width)
		}
		r.missing = r.missing[:reported]
		// a little room beyond the word, so that a reader does not run
		// it into the next column's text
		return w + 2*pad + 6
	}))
	offs := make([]float64, ncol)
	o := 0.0
	for i := range widths {
		offs[i] = o
		o += widths[i]
	}
	lh := r.lineHeight(cellS)
	setRow := func(cells []string, ts tstyle) ([][]text.Line, int) {
		out := make([][]text.Line, ncol)
		n := 1
		for i := 0; i < ncol; i++ {
			if i < len(cells) {
				out[i] = r.layout(cells[i], widths[i]-2*pad, ts)
			}
			n = max(n, len(out[i]))
		}
		return out, n
	}
	header, hn := setRow(t.Header, headS)
	hasHeader := len(t.Header) > 0
	// drawRow draws lines [from, to) of a row with its borders.
	drawRow := func(cells [][]text.Line, from, to int, ts tstyle, fill bool, change export.Change) {
		h := float64(to-from)*lh + 2*pad
		if change != export.Unchanged {
			ts.col = revColour
			r.changeBar(r.y, h)
		}
		for i := 0; i < ncol; i++ {
			x := r.xs(marginL, bodyW, offs[i], widths[i])
			style := "D"
			if fill {
				style = "FD"
			}
			r.add(op{kind: opRect, x: x, y: r.y, w: widths[i], h: h, style: style, fill: shade, col: ruleGrey, lw: 0.5})
			for k := from; k < to && k < len(cells[i]); k++ {
				r.drawLine(cells[i][k], x+pad, r.y+pad+float64(k-from)*lh, ts)
				if change != export.Unchanged {
					r.markLine(cells[i][k], x+pad, r.y+pad+float64(k-from)*lh, ts, change)
				}
			}
		}
		r.y += h
	}
	// drawSplit draws a row, splitting it between pages where needed; the
	// header is repeated on each new page.
	var drawHeader func()
	drawSplit := func(cells [][]text.Line, n int, ts tstyle, fill bool, repeat bool, change export.Change) {
		from := 0
		for from < n {
			avail := int((pageH - marginB - r.y - 2*pad) / lh)
			fresh := r.cur.fresh(r.y)
			if !fresh && (avail < 1 || (avail < n-from && avail < 2 && from == 0)) {
				r.newPage()
				if repeat {
					drawHeader()
				}
				continue
			}
			to := min(n, from+max(avail, 1))
			drawRow(cells, from, to, ts, fill, change)
			from = to
			if from < n {
				r.newPage()
				if repeat {
					drawHeader()
				}
			}
		}
	}
	headH := 0.0
	if hasHeader {
		headH = float64(hn)*lh + 2*pad
	}
	// a header taller than a quarter page is drawn once, not repeated
	repeat := hasHeader && headH < (pageH-marginT-marginB)/4
	drawHeader = func() {
		if repeat {
			drawRow(header, 0, hn, headS, true, export.Unchanged)
			r.cur.top = r.y
		}
	}
	r.room(min(headH, (pageH-marginT-marginB)/4) + lh + 2*pad)
	if repeat {
		drawHeader()
	} else if hasHeader {
		drawSplit(header, hn, headS, true, false, export.Unchanged)
	}
	for i, row := range t.Rows {
		cells, n := setRow(row, cellS)
		change := export.Unchanged
		if i < len(t.RowChanges) {
			change = t.RowChanges[i]
		}
		drawSplit(cells, n, cellS, false, repeat, change)
	}
	r.y += 8
}

// furnish adds the running head, the page number and the draft mark to
// the current page, the i-th (from 0).
func (r *docWriter) furnish(i int) {
	defer func(where string) { r.where = where }(r.where)
	small := tstyle{size: sizeSmall, col: grey, lead: 1.3}
	if i > 0 {
		num := fmt.Sprintf("- %d -", i+1)
		ls := r.layout(num, bodyW, tstyle{size: sizeSmall, col: grey, align: text.AlignCenter, lead: 1.3})
		if len(ls) > 0 {
			r.drawLine(ls[0], marginL, 30, small)
		}
		if r.doc.RunningHead != "" {
			r.where = "running head"
			hs := small
			hs.auto = true
			ls := r.layout(r.doc.RunningHead, bodyW*0.4, hs)
			if len(ls) > 0 {
				r.drawLine(ls[0], r.xs(marginL, bodyW, 0, bodyW*0.4), 30, small)
			}
		}
		r.add(op{kind: opLine, x: marginL, y: 30 + r.lineHeight(small) + 1, w: bodyW, lw: 0.3, col: ruleGrey})
	}
	if r.doc.DraftMark != "" {
		r.where = "draft mark"
		ms := tstyle{size: sizeSmall + 0.5, bold: true, col: rgb{255, 255, 255}, align: text.AlignCenter, lead: 1.3}
		ls := r.layout(r.doc.DraftMark, bodyW-8, ms)
		h := float64(max(1, len(ls)))*r.lineHeight(ms) + 4
		y := pageH - marginB + 14
		r.add(op{kind: opRect, x: marginL, y: y, w: bodyW, h: h, style: "F", fill: red})
		for k, l := range ls {
			r.drawLine(l, marginL+4, y+2+float64(k)*r.lineHeight(ms), ms)
		}
	}
}

// clean makes s safe for the document information and the
// outline, which viewers show on one line: valid UTF-8, BMP only, no control
// characters, line breaks as spaces, and no bidi embedding, override or
// isolate, which would let a title show as "…fdp.exe" in a viewer's document
// properties.
func clean(s string) string {
	return strings.Map(func(c rune) rune {
		switch {
		case c == utf8.RuneError, c > 0xFFFF:
			return 0xFFFD
		case c == '\n' || c == '\t' || c == '\r' || c == 0x2028 || c == 0x2029:
			return ' '
		case c < 0x20 || c >= 0x7F && c < 0xA0, forms.IsBidiControl(c):
			return -1
		}
		return c
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
