package text

import "golang.org/x/text/unicode/bidi"

// What a text editor needs from the text layer when it measures text itself:
// a paragraph's direction (ParagraphDirection, UAX #9 P2–P3), its embedding levels, its lines
// broken by the same rules as a document's (UAX #14 with the CJK rules of
// Layout), and each line's visual order (L1–L2). Indices are rune indices of
// the paragraph as given: nothing is normalised away, so an editor's logical
// offsets stay valid.

// Levels returns the embedding level of each rune of one paragraph of
// direction rtl (rs holds no paragraph separator).
func Levels(rs []rune, rtl bool) []uint8 {
	orig := make([]bclass, len(rs))
	for i, r := range rs {
		orig[i] = classOf(r)
	}
	var para uint8
	if rtl {
		para = 1
	}
	return resolveLevels(rs, orig, para)
}

// LineEnds breaks a paragraph into lines at most width wide (width <= 0:
// one line) and returns the end index of each line. advances holds the width
// of each rune. Whitespace at the end of a line hangs past width, as in
// Layout; a word longer than a line is broken between graphemes.
func (l *Layouter) LineEnds(rs []rune, advances []float64, width float64) []int {
	n := len(rs)
	if n == 0 {
		return nil
	}
	us := make([]unit, n)
	for i, r := range rs {
		us[i].w = advances[i]
		us[i].white = classOf(r) == bidi.WS || r == '\n'
	}
	brk := l.breaks(rs)
	var ends []int
	for start := 0; start < n; {
		end, _ := fit(us, brk, start, width)
		ends = append(ends, end)
		start = end
	}
	return ends
}

// VisualOrder returns the indices start..end-1 of the line rs[start:end] of a
// paragraph in visual order, left to right, and the level of each of them in
// that order. levels are the paragraph's (see Levels). Whitespace at the end
// of the line takes the paragraph level (rule L1), so it stays at the line's
// end side; the line is then reordered (L2).
func VisualOrder(rs []rune, levels []uint8, start, end int, rtl bool) (order []int, lineLevels []uint8) {
	var para uint8
	if rtl {
		para = 1
	}
	lv := make([]uint8, end-start)
	copy(lv, levels[start:end])
	trailing := true
	for i := end - 1; i >= start; i-- {
		switch classOf(rs[i]) {
		case bidi.S, bidi.B:
			lv[i-start] = para
			trailing = true // whitespace before a separator too
		case bidi.WS, bidi.BN:
			if trailing {
				lv[i-start] = para
			}
		default:
			trailing = false
		}
	}
	idx := reorder(lv)
	order = make([]int, len(idx))
	lineLevels = make([]uint8, len(idx))
	for v, k := range idx {
		order[v] = start + k
		lineLevels[v] = lv[k]
	}
	return order, lineLevels
}

// Mirror returns the mirror image of r (Bidi_Mirrored: brackets, angle
// quotation marks) as drawn in right-to-left text, and whether it has one.
func Mirror(r rune) (rune, bool) {
	m, ok := mirrors[r]
	return m, ok
}
