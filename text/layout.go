package text

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
	"golang.org/x/text/unicode/bidi"
)

// Chain is a font fallback chain: each character is drawn with the first
// face that has its glyph.
type Chain []*Face

// Has reports whether some face of the chain covers r.
func (c Chain) Has(r rune) bool {
	for _, f := range c {
		if f.Has(r) {
			return true
		}
	}
	return false
}

// Align is the alignment of lines that are not justified.
type Align uint8

// Alignments. Start is left in a left-to-right paragraph, right in a
// right-to-left one.
const (
	AlignStart Align = iota
	AlignCenter
	AlignEnd
)

// Style says how to set a paragraph.
type Style struct {
	Chain Chain
	Size  float64 // points
	// RTL makes the paragraph right to left (bidi paragraph level 1).
	RTL bool
	// Auto gives each paragraph of the text (the text between forced line
	// breaks) the direction of its own text, as ParagraphDirection decides it, with
	// RTL as the direction of a paragraph that has no letter. Alignment then
	// follows each paragraph's direction: AlignStart is the right edge of a
	// right-to-left paragraph, whatever the document's direction.
	Auto bool
	// Justify stretches the inter-word spaces of every line but the last and
	// those ending in a forced break.
	Justify bool
	Align   Align
}

// Run is a piece of a line drawn in one face, left to right.
type Run struct {
	Face *Face
	// Text is the characters to draw, in visual order (left to right):
	// Arabic as presentation forms (a lam-alef ligature is one character),
	// brackets of right-to-left text mirrored. A PDF maps the presentation
	// forms back to letters for text extraction (see PresentationToLogical).
	Text  string
	X     float64 // from the left edge of the box, points
	Width float64 // points
	RTL   bool
	// first is the logical index, within the line, of the run's first
	// character: ordering runs by it gives the line's reading order.
	first int
}

// Line is one set line of a paragraph.
type Line struct {
	Runs []Run
	// Width is the natural width (before justification).
	Width float64
	// Logical is the line's text in logical order.
	Logical string
	// RTL is the direction of the line's paragraph.
	RTL bool
}

// InReadingOrder returns the line's runs in reading (logical) order: an
// extractor that takes text objects in the order they are written returns a
// mixed line as it is read (the runs keep their visual X positions).
func (l Line) InReadingOrder() []Run {
	out := slices.Clone(l.Runs)
	slices.SortStableFunc(out, func(a, b Run) int { return a.first - b.first })
	return out
}

// Visual returns the line as a displayable string in visual order
// (presentation forms, mirrored brackets), for a toolkit that lays text out
// left to right.
func (l Line) Visual() string {
	var b strings.Builder
	for _, r := range l.Runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// Missing is a character no face of the chain covers. Offset is its byte
// offset in the text.
type Missing struct {
	Rune   rune
	Offset int
}

func (m Missing) String() string { return fmt.Sprintf("U+%04X at byte %d", m.Rune, m.Offset) }

// UncoveredError reports characters that no bundled font can draw.
type UncoveredError struct {
	// Where names the text, e.g. a section or field; may be empty.
	Where   string
	Text    string
	Missing []Missing
}

func (e *UncoveredError) Error() string {
	var b strings.Builder
	if e.Where != "" {
		b.WriteString(e.Where)
		b.WriteString(": ")
	}
	b.WriteString("no font has ")
	b.WriteString(e.Chars())
	return b.String()
}

// Chars lists the missing characters with their code points and their
// positions in the text, counted in characters as people count them.
func (e *UncoveredError) Chars() string {
	var b strings.Builder
	for i, m := range e.Missing {
		if i > 0 {
			b.WriteString(", ")
		}
		if i == 8 {
			fmt.Fprintf(&b, "and %d more", len(e.Missing)-8)
			break
		}
		if e.Text != "" && m.Offset <= len(e.Text) {
			fmt.Fprintf(&b, "%q (U+%04X, character %d)", m.Rune, m.Rune, utf8.RuneCountInString(e.Text[:m.Offset])+1)
			continue
		}
		fmt.Fprintf(&b, "%q (%s)", m.Rune, m)
	}
	return b.String()
}

// Layouter sets paragraphs; it keeps buffers between calls. Not safe for
// concurrent use; the zero value is ready.
type Layouter struct {
	seg segmenter.Segmenter
}

// Layout sets s into lines of at most width points (a width <= 0 means one
// line per forced break). Characters no face covers are left out of the lines
// and returned in missing.
func Layout(s string, width float64, st Style) (lines []Line, missing []Missing) {
	var l Layouter
	return l.Layout(s, width, st)
}

type unit struct {
	r      rune
	g      Glyph
	face   *Face
	w      float64
	level  uint8
	para   uint8 // the level of the unit's paragraph: 0 left to right, 1 right to left
	hidden bool  // not drawn, no width
	space  bool  // stretchable inter-word space
	white  bool  // whitespace (trimmed at line ends)
}

const (
	brkNone = iota
	brkAllowed
	brkMandatory
)

// normalize turns s into runes with their byte offsets, dropping what is
// never drawn.
func normalize(s string) (rs []rune, offs []int) {
	rs = make([]rune, 0, len(s))
	offs = make([]int, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		off := i
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			r = '\n'
		case r == '\n' || r == 0x2028 || r == 0x2029 || r == 0x85 || r == '\v' || r == '\f':
			r = '\n'
		case r == '\t':
			r = ' '
		case r < 0x20 || r >= 0x7F && r < 0xA0:
			continue
		case r == 0x200E || r == 0x200F || r == 0x061C || r >= 0x202A && r <= 0x202E:
			continue // marks, embeddings and overrides: the document sets the direction
		case r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0000 && r <= 0xE01EF:
			continue // variation selectors, tags
		case r == 0x00AD || r == 0xFEFF || r == 0xFFFE || r == 0xFFFF:
			continue
		}
		rs = append(rs, r)
		offs = append(offs, off)
	}
	return rs, offs
}

func isHidden(r rune) bool {
	switch r {
	case '\n', 0x200B, 0x200C, 0x200D, 0x2060, 0x034F:
		return true
	case 0x2066, 0x2067, 0x2068, 0x2069: // isolates: they order the text, they are not drawn
		return true
	}
	return false
}

func isCommon(r rune) bool {
	return !unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// Layout is the method form of the package function Layout.
func (l *Layouter) Layout(s string, width float64, st Style) ([]Line, []Missing) {
	rs, offs := normalize(s)
	n := len(rs)
	if n == 0 {
		return nil, nil
	}
	if st.Size <= 0 {
		st.Size = 10
	}
	us := make([]unit, n)
	gs := make([]Glyph, n)
	shapeArabic(rs, gs)
	orig := make([]bclass, n)
	for i, r := range rs {
		orig[i] = classOf(r)
	}
	levels, paras := paragraphLevels(rs, orig, st)
	var missing []Missing
	for i, r := range rs {
		u := &us[i]
		u.r, u.g, u.level, u.para = r, gs[i], levels[i], paras[i]
		u.white = orig[i] == bidi.WS || r == '\n'
		u.space = r == ' ' || r == 0xA0
		if isHidden(r) {
			u.hidden = true
			continue
		}
		if u.level&1 == 1 {
			if m, ok := mirrors[r]; ok && u.g.Form == FormNone {
				u.g = Glyph{m, FormMirror}
			}
		}
	}
	if len(st.Chain) > 0 { // without fonts: order and shape only (Visual)
		missing = pickFaces(us, offs, st)
	}
	brk := l.breaks(rs)
	var lines []Line
	for start := 0; start < n; {
		end, forced := fit(us, brk, start, width)
		lines = append(lines, setLine(us[start:end], width, st, us[start].para, forced || end == n))
		start = end
	}
	return lines, missing
}

// paragraphLevels resolves the bidi levels of rs, paragraph by paragraph
// (paragraphs end at forced line breaks), and the paragraph level of each
// character: the style's direction, or with st.Auto each paragraph's own.
func paragraphLevels(rs []rune, orig []bclass, st Style) (levels, paras []uint8) {
	var ctx uint8
	if st.RTL {
		ctx = 1
	}
	levels = make([]uint8, len(rs))
	paras = make([]uint8, len(rs))
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && rs[end] != '\n' {
			end++
		}
		if end < len(rs) {
			end++ // the break belongs to its paragraph
		}
		para := ctx
		if st.Auto {
			switch ParagraphDirection(string(rs[start:end])) {
			case LeftToRight:
				para = 0
			case RightToLeft:
				para = 1
			}
		}
		copy(levels[start:end], resolveIsolating(rs[start:end], orig[start:end], para))
		for i := start; i < end; i++ {
			paras[i] = para
		}
		start = end
	}
	return levels, paras
}

// pickFaces chooses the face of every unit. Letters take the first face of
// the chain that has them (marks stay with their letter). Digits, full stops
// and other neutrals take the face of the directional run they belong to:
// that of the nearest letter of their resolved direction, so that the "." of
// an e-mail address in an Arabic sentence is drawn with the Latin letters
// around it and the full stop closing the sentence with its Arabic words.
// Characters no face has are hidden and returned.
func pickFaces(us []unit, offs []int, st Style) (missing []Missing) {
	var prev *Face
	for pass := 0; pass < 2; pass++ {
		for i := range us {
			u := &us[i]
			if u.hidden || isCommon(u.r) != (pass == 1) {
				if !u.hidden && u.face != nil {
					prev = u.face
				}
				continue
			}
			ctx := prev
			if pass == 1 {
				if f := runFace(us, i); f != nil {
					ctx = f
				}
			}
			u.face = pick(st.Chain, u, ctx)
			if u.face == nil {
				// fall back to the plain character
				u.g = Glyph{u.r, FormNone}
				u.face = pick(st.Chain, u, ctx)
			}
			if u.face == nil {
				missing = append(missing, Missing{u.r, offs[i]})
				u.hidden = true
				continue
			}
			prev = u.face
			if u.g.Char != 0 { // 0: the lam inside a lam-alef ligature
				u.w = float64(u.face.Advance(u.g.Char)) * st.Size / 1000
			}
		}
		prev = nil
	}
	slices.SortFunc(missing, func(a, b Missing) int { return a.Offset - b.Offset })
	return missing
}

// runFace is the face of the run unit i belongs to: that of the character
// before it when both have the same level (the "." of "li.ming", the digits
// and separators of "12.5" after the first digit), else that of the nearest
// letter, before it or else after it within its paragraph; for a digit any
// letter (a number goes with the word before it: "SG17", "في 2027"), for
// another neutral one of the direction it resolved to (odd level right to
// left, even left to right: the full stop closing an Arabic sentence that
// ends in a Latin name is Arabic). nil when there is none.
func runFace(us []unit, i int) *Face {
	u := &us[i]
	if p := prevDrawn(us, i); p != nil && p.level == u.level && p.face != nil {
		return p.face
	}
	rtl, digit := u.level&1 == 1, unicode.IsDigit(u.r)
	match := func(v *unit) bool {
		return v.face != nil && !v.hidden && !isCommon(v.r) && (digit || (v.level&1 == 1) == rtl)
	}
	for k := i - 1; k >= 0 && us[k].r != '\n'; k-- {
		if match(&us[k]) {
			return us[k].face
		}
	}
	for k := i + 1; k < len(us) && us[k].r != '\n'; k++ {
		if match(&us[k]) {
			return us[k].face
		}
	}
	return nil
}

// prevDrawn is the drawn unit before unit i in its paragraph, nil if none.
func prevDrawn(us []unit, i int) *unit {
	for k := i - 1; k >= 0 && us[k].r != '\n'; k-- {
		if !us[k].hidden {
			return &us[k]
		}
	}
	return nil
}

// pick chooses the face for a unit: marks and common characters stay in the
// face of the character before them when it has them.
func pick(chain Chain, u *unit, prev *Face) *Face {
	c := u.g.Char
	ok := func(f *Face) bool {
		if c == 0 {
			return f.Has(u.r)
		}
		return f.Has(c)
	}
	if prev != nil && isCommon(u.r) && ok(prev) {
		return prev
	}
	for _, f := range chain {
		if ok(f) {
			return f
		}
	}
	return nil
}

// breaks returns, for each position i, the kind of break allowed before rs[i]
// (index len(rs) is the end).
func (l *Layouter) breaks(rs []rune) []uint8 {
	brk := make([]uint8, len(rs)+1)
	l.seg.Init(rs)
	it := l.seg.LineIterator()
	for it.Next() {
		ln := it.Line()
		end := ln.Offset + len(ln.Text)
		if ln.IsMandatoryBreak {
			brk[end] = brkMandatory
		} else {
			brk[end] = brkAllowed
		}
	}
	for i := 1; i < len(rs); i++ {
		if brk[i] == brkAllowed && (noBreakBefore(rs[i]) || noBreakAfter(rs[i-1]) ||
			unicode.IsDigit(rs[i]) && (rs[i-1] == '.' || rs[i-1] == ',') && i > 1 && !unicode.IsSpace(rs[i-2])) {
			brk[i] = brkNone
		}
	}
	// grapheme starts, for breaking words longer than a line
	gi := l.seg.GraphemeIterator()
	for gi.Next() {
		g := gi.Grapheme()
		if brk[g.Offset] == brkNone {
			brk[g.Offset] = brkGrapheme
		}
	}
	return brk
}

const brkGrapheme = 3

// fit returns the end of the line starting at start, and whether it ends in a
// forced break.
func fit(us []unit, brk []uint8, start int, width float64) (end int, forced bool) {
	n := len(us)
	if width <= 0 {
		width = 1e12
	}
	w, wTrim := 0.0, 0.0
	last := -1
	for i := start; i < n; i++ {
		w += us[i].w
		if !us[i].white {
			wTrim = w
		}
		b := brk[i+1]
		if i+1 == n {
			b = brkMandatory
		}
		if b != brkAllowed && b != brkMandatory {
			continue
		}
		if wTrim > width+1e-9 {
			break
		}
		last = i + 1
		if b == brkMandatory {
			return last, true
		}
	}
	if last > start {
		return last, false
	}
	// The first word does not fit: break it between graphemes.
	w = 0
	end = -1
	for i := start; i < n; i++ {
		if i > start && (brk[i] != brkNone) && w+us[i].w > width && end < 0 {
			end = i
			break
		}
		w += us[i].w
	}
	if end < 0 {
		end = n
	}
	return end, false
}

// setLine orders and places the units of one line.
func setLine(us []unit, width float64, st Style, para uint8, last bool) Line {
	// drop trailing whitespace and hidden units at the logical end (L1)
	e := len(us)
	for e > 0 && (us[e-1].white || us[e-1].hidden) {
		e--
	}
	var logical strings.Builder
	for _, u := range us[:e] {
		if !isHidden(u.r) {
			logical.WriteRune(u.r)
		}
	}
	us = us[:e]
	levels := make([]uint8, len(us))
	natural := 0.0
	spaces := 0
	for i, u := range us {
		levels[i] = u.level
		natural += u.w
		if u.space && !u.hidden {
			spaces++
		}
	}
	order := reorder(levels)
	x := 0.0
	extra := 0.0
	if width > 0 && width < 1e11 {
		switch {
		case st.Justify && !last && spaces > 0 && (width-natural)/float64(spaces) < st.Size*1.2:
			extra = (width - natural) / float64(spaces)
		case st.Align == AlignCenter:
			x = (width - natural) / 2
		case (st.Align == AlignEnd) != (para == 1):
			x = width - natural
		}
	}
	line := Line{Width: natural, Logical: logical.String(), RTL: para == 1}
	var glyphs []rune
	var cur *Run
	flush := func() {
		if cur != nil {
			cur.Text = string(glyphs)
			line.Runs = append(line.Runs, *cur)
			cur = nil
		}
		glyphs = glyphs[:0]
	}
	for _, k := range order {
		u := &us[k]
		if u.hidden {
			continue
		}
		rtl := u.level&1 == 1
		if cur == nil || cur.Face != u.face || cur.RTL != rtl || cur.X+cur.Width < x-1e-6 {
			flush()
			cur = &Run{Face: u.face, X: x, RTL: rtl, first: k}
		}
		if u.g.Char != 0 {
			glyphs = append(glyphs, u.g.Char)
		}
		cur.first = min(cur.first, k)
		cur.Width += u.w
		x += u.w
		if u.space {
			x += extra
		}
	}
	flush()
	return line
}

// noBreakBefore lists characters that must not start a line: CJK closing
// punctuation and the fullwidth forms (also forbidden by UAX #14 classes CL,
// CP, EX, IS, NS; kept explicit here).
func noBreakBefore(r rune) bool {
	switch r {
	case '，', '。', '、', '；', '：', '？', '！', '）', '」', '』', '】', '》', '〉', '〕', '〗', '〙', '〛',
		'］', '｝', '…', '‥', '・', '〜', '～', 'ー', '’', '”', '％', '〃', '々', '．',
		'!', ')', ',', '.', ':', ';', '?', ']', '}':
		return true
	}
	return false
}

// noBreakAfter lists characters that must not end a line: opening brackets
// and quotation marks.
func noBreakAfter(r rune) bool {
	switch r {
	case '（', '「', '『', '【', '《', '〈', '〔', '〖', '〘', '〚', '［', '｛', '‘', '“', '(', '[', '{':
		return true
	}
	return false
}

// Visual returns s shaped and reordered for display by a toolkit that draws
// text left to right without shaping: Arabic presentation forms, lines in
// visual order, mirrored brackets. Forced line breaks are kept as "\n".
func Visual(s string, rtl bool) string {
	lines, _ := Layout(s, 0, Style{RTL: rtl, Size: 10})
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Visual())
	}
	return b.String()
}
