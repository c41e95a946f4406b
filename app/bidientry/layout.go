// Package bidientry is a text entry for Fyne that edits bidirectional text:
// Arabic with Latin words and numbers, and Latin with Arabic phrases. Each
// paragraph takes its direction from its first strong character (UAX #9
// P2–P3), is broken into lines by UAX #14 and reordered per line (UAX #9
// L1–L2) by the project's text layer, and right-to-left paragraphs are
// right-aligned. The caret is a logical offset drawn where the next typed
// character will appear; Left and Right move visually, Backspace and Delete
// logically, and a selection is a logical range drawn as several pieces.
//
// The package depends on Fyne and the text layer only (fgdraft/text,
// which depends on nothing else of the project).
package bidientry

import (
	"unicode"

	"fgdraft/text"
	"golang.org/x/text/unicode/bidi"
)

// Measurer measures text as the widget draws it.
type Measurer interface {
	// Advance is the width of r drawn alone.
	Advance(r rune) float32
	// Width is the width of s drawn as one text object: a right-to-left
	// piece shaped and joined.
	Width(s string) float32
}

// Piece is a stretch of a line drawn as one text object.
type Piece struct {
	// Text is what is drawn. A right-to-left word (with the spaces between
	// its words) is in logical order: the toolkit shapes and orders a run of
	// one direction itself. Anything else is one run of left-to-right text,
	// or a single neutral character of right-to-left text, mirrored when it
	// is a bracket.
	Text string
	// RTL is set for a right-to-left word.
	RTL bool
	// X is the left edge from the line's left, Width the drawn width.
	X, Width float32
}

// Line is one visual line.
type Line struct {
	// Start and End are the logical rune offsets of the line in the text;
	// End excludes the paragraph's line feed.
	Start, End int
	// RTL is the direction of the line's paragraph.
	RTL bool
	// Visual holds the logical offsets of the line's characters, left to
	// right, and Levels their bidi levels.
	Visual []int
	Levels []uint8
	// Edges are the x positions of the boundaries between the characters,
	// from the line's left: Edges[v] is the left edge of Visual[v];
	// len(Edges) == len(Visual)+1.
	Edges  []float32
	Pieces []Piece
	// Width is the line's width; X is the place of its left edge in the
	// box: right-to-left lines are right-aligned, their trailing spaces
	// hanging past the left edge.
	Width, X float32
	// visualOf maps a logical offset minus Start to its visual index.
	visualOf []int
}

// trailingEdge is the edge of the character at logical offset k that the
// next character in its direction would touch: its right edge in
// left-to-right text, its left edge in right-to-left text.
func (ln *Line) trailingEdge(k int) int {
	v := ln.visualOf[k-ln.Start]
	if ln.Levels[v]&1 == 0 {
		return v + 1
	}
	return v
}

// leadingEdge is the edge where the character at logical offset k begins.
func (ln *Line) leadingEdge(k int) int {
	v := ln.visualOf[k-ln.Start]
	if ln.Levels[v]&1 == 0 {
		return v
	}
	return v + 1
}

// stop is a caret position: a logical offset shown at an edge of a line.
type stop struct{ pos, edge int }

// stops lists the caret positions of the line from left to right. At each
// edge, the logical offsets on the two sides of it: after the character to
// its left (in that character's direction) and before the character to its
// right. Where a right-to-left run meets a left-to-right one they differ
// and both are stops, so every logical offset of the line can be reached.
// skip reports offsets the caret never stops at (before a combining mark).
func (ln *Line) stops(skip func(pos int) bool) []stop {
	n := len(ln.Visual)
	if n == 0 {
		return []stop{{ln.Start, 0}}
	}
	out := make([]stop, 0, n+4)
	add := func(pos, edge int) {
		if skip(pos) {
			return
		}
		if k := len(out); k > 0 && out[k-1] == (stop{pos, edge}) {
			return
		}
		out = append(out, stop{pos, edge})
	}
	for b := 0; b <= n; b++ {
		if b > 0 {
			k := ln.Visual[b-1]
			if ln.Levels[b-1]&1 == 0 {
				add(k+1, b)
			} else {
				add(k, b)
			}
		}
		if b < n {
			k := ln.Visual[b]
			if ln.Levels[b]&1 == 0 {
				add(k, b)
			} else {
				add(k+1, b)
			}
		}
	}
	return out
}

// layoutParagraphs sets rs into visual lines of at most width (no wrapping
// when wrap is false), aligned in a box width wide.
func layoutParagraphs(l *text.Layouter, rs []rune, width float32, wrap, defaultRTL bool, ms Measurer) []Line {
	var lines []Line
	// strong marks the right-to-left letters
	strong := make([]bool, len(rs))
	for i, r := range rs {
		strong[i] = isStrongRTL(r)
	}
	start := 0
	for start <= len(rs) {
		end := start
		for end < len(rs) && rs[end] != '\n' {
			end++
		}
		lines = appendParagraph(lines, l, rs, strong, start, end, width, wrap, defaultRTL, ms)
		start = end + 1
	}
	return lines
}

func appendParagraph(lines []Line, l *text.Layouter, rs []rune, strong []bool, start, end int, width float32, wrap, defaultRTL bool, ms Measurer) []Line {
	p := rs[start:end]
	rtl := defaultRTL
	switch text.ParagraphDirection(string(p)) {
	case text.RightToLeft:
		rtl = true
	case text.LeftToRight:
		rtl = false
	}
	if len(p) == 0 {
		ln := Line{Start: start, End: start, RTL: rtl, Edges: []float32{0}}
		if rtl {
			ln.X = width
		}
		return append(lines, ln)
	}
	levels := text.Levels(p, rtl)
	adv := make([]float64, len(p))
	for i, r := range p {
		adv[i] = float64(ms.Advance(r))
	}
	breakWidth := float64(width)
	if !wrap {
		breakWidth = 0
	}
	ls := 0
	for _, le := range l.LineEnds(p, adv, breakWidth) {
		order, lv := text.VisualOrder(p, levels, ls, le, rtl)
		ln := Line{Start: start + ls, End: start + le, RTL: rtl, Levels: lv, Visual: order}
		for v := range ln.Visual {
			ln.Visual[v] += start
		}
		ln.visualOf = make([]int, le-ls)
		for v, k := range ln.Visual {
			ln.visualOf[k-ln.Start] = v
		}
		placePieces(&ln, rs, strong, ms)
		if rtl {
			// right-aligned; a full line's trailing spaces, at its left
			// end, hang out of the box. A line that is not wrapped and
			// does not fit starts at the box's left edge and scrolls.
			ln.X = width - ln.Width
			if !wrap {
				ln.X = max(0, ln.X)
			}
		}
		lines = append(lines, ln)
		ls = le
	}
	return lines
}

// placePieces cuts the line into pieces and places its edges: each piece
// drawn at its measured width, the edges inside it in proportion to the
// advances of its characters.
func placePieces(ln *Line, rs []rune, strong []bool, ms Measurer) {
	n := len(ln.Visual)
	ln.Edges = make([]float32, n+1)
	x := float32(0)
	buf := make([]rune, 0, n)
	for v := 0; v < n; {
		e := pieceEnd(ln, rs, strong, v)
		buf = buf[:0]
		rtlWord := ln.Levels[v]&1 == 1 && strong[ln.Visual[v]]
		if rtlWord {
			for k := e - 1; k >= v; k-- {
				buf = append(buf, rs[ln.Visual[k]])
			}
		} else {
			for k := v; k < e; k++ {
				r := rs[ln.Visual[k]]
				if ln.Levels[k]&1 == 1 {
					if m, ok := text.Mirror(r); ok {
						r = m
					}
				}
				buf = append(buf, r)
			}
		}
		s := string(buf)
		w := ms.Width(s)
		sum := float32(0)
		for k := v; k < e; k++ {
			sum += ms.Advance(rs[ln.Visual[k]])
		}
		acc := float32(0)
		for k := v; k < e; k++ {
			ln.Edges[k] = x + scaled(acc, sum, w)
			acc += ms.Advance(rs[ln.Visual[k]])
		}
		ln.Pieces = append(ln.Pieces, Piece{Text: s, RTL: rtlWord, X: x, Width: w})
		x += w
		v = e
	}
	ln.Edges[n] = x
	ln.Width = x
}

func scaled(acc, sum, w float32) float32 {
	if sum <= 0 {
		return 0
	}
	return acc * w / sum
}

// pieceEnd returns the end of the piece that starts at visual index v: a run
// of one left-to-right level; a right-to-left word with the spaces between
// its words; or a single other character of right-to-left text.
func pieceEnd(ln *Line, rs []rune, strong []bool, v int) int {
	n := len(ln.Visual)
	lv := ln.Levels[v]
	if lv&1 == 0 {
		e := v + 1
		for e < n && ln.Levels[e] == lv {
			e++
		}
		return e
	}
	if !strong[ln.Visual[v]] {
		return v + 1
	}
	e := v + 1
	for e < n && ln.Levels[e] == lv {
		k := ln.Visual[e]
		if strong[k] {
			e++
			continue
		}
		if rs[k] != ' ' {
			break
		}
		// spaces belong to the word only between two right-to-left letters
		f := e
		for f < n && ln.Levels[f] == lv && rs[ln.Visual[f]] == ' ' {
			f++
		}
		if f == n || ln.Levels[f] != lv || !strong[ln.Visual[f]] {
			break
		}
		e = f
	}
	return e
}

// isStrongRTL reports right-to-left letters and the marks on them.
func isStrongRTL(r rune) bool {
	if r < 0x0590 { // Latin, Greek, Cyrillic and before: no right-to-left letter
		return false
	}
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.R, bidi.AL:
		return true
	case bidi.NSM:
		return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana)
	}
	return false
}
