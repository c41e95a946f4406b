package pdf

import (
	"strings"
	"unicode"

	"fgdraft/export"
	"fgdraft/text"
)

// A revision's marks (export.MarkRevision) are drawn as ITU's revision marks
// are: inserted text underlined, deleted text struck through, both in the
// revision colour, and a change bar in the outer margin beside every line
// that holds a change (the left margin, the right one in Arabic).

// revColour is the colour of inserted and deleted text.
var revColour = rgb{0, 84, 180}

// changeBarGap is the distance of the change bar from the text, points.
const changeBarGap = 9

// revisedPara sets the spans of a revised paragraph across width at x: the
// lines are broken as for the whole text (deleted words included, not
// justified), and each line is drawn segment by segment, a segment being
// the part of one span on that line, placed one after another from the
// line's start side.
func (r *docWriter) revisedPara(spans []export.Span, x, width float64, ts tstyle, beforeFirst func()) {
	ts.justify = false
	var full strings.Builder
	type span struct {
		from, to int
		change   export.Change
	}
	var offs []span
	for _, s := range spans {
		offs = append(offs, span{full.Len(), full.Len() + len(s.Text), s.Change})
		full.WriteString(s.Text)
	}
	all := full.String()
	lh := r.lineHeight(ts)
	pos := 0
	for j, l := range r.layout(all, width, ts) {
		r.room(lh)
		if j == 0 && beforeFirst != nil {
			beforeFirst()
		}
		start := pos
		if i := strings.Index(all[pos:], l.Logical); i >= 0 {
			start = pos + i
		}
		end := min(start+len(l.Logical), len(all))
		pos = end
		var segs []export.Span
		for _, o := range offs {
			a, b := max(o.from, start), min(o.to, end)
			if a < b {
				segs = append(segs, export.Span{Text: all[a:b], Change: o.change})
			}
		}
		if len(segs) <= 1 && (len(segs) == 0 || segs[0].Change == export.Unchanged) {
			r.drawLine(l, x, r.y, ts)
			r.y += lh
			continue
		}
		r.drawSegments(segs, l, x, ts)
		r.changeBar(r.y, lh)
		r.y += lh
	}
}

// drawSegments draws the segments of line l from its start side, where l
// is set (a line aligned to its end side, as the cover sets a value against
// the document's direction, starts there), the changed ones in the
// revision colour, inserted underlined, deleted struck through.
func (r *docWriter) drawSegments(segs []export.Span, l text.Line, x float64, ts tstyle) {
	space := r.spaceWidth(ts)
	rtl := l.RTL
	left, right := inkSpan(l)
	cursor := x + left
	if rtl {
		cursor = x + right
	}
	lh := r.lineHeight(ts)
	base := r.y + lh/2 + ts.size*0.35
	for _, sg := range segs {
		trimmed := strings.TrimRightFunc(sg.Text, unicode.IsSpace)
		trailing := float64(len([]rune(sg.Text)) - len([]rune(trimmed)))
		w := trailing * space
		var line *text.Line
		if strings.TrimSpace(trimmed) != "" {
			if ls := r.layout(trimmed, 1e5, ts); len(ls) > 0 {
				line = &ls[0]
				w += ls[0].Width
			}
		}
		left := cursor
		if rtl {
			left = cursor - w
			cursor -= w
		} else {
			cursor += w
		}
		if line == nil {
			continue
		}
		st := ts
		if sg.Change != export.Unchanged {
			st.col = revColour
		}
		inkLeft, inkW := left, line.Width
		if rtl {
			// the trailing spaces of a right-to-left segment are on its left
			inkLeft = left + w - line.Width
		}
		// a segment is set alone, wherever its own alignment put it
		from, _ := inkSpan(*line)
		r.drawLine(*line, inkLeft-from, r.y, st)
		switch sg.Change {
		case export.Inserted:
			r.add(op{kind: opLine, x: inkLeft, y: base + ts.size*0.15, w: inkW, lw: 0.6, col: revColour})
		case export.Deleted:
			r.add(op{kind: opLine, x: inkLeft, y: base - ts.size*0.28, w: inkW, lw: 0.6, col: revColour})
		}
	}
}

// inkSpan is where line l's runs start and end, from the left of its box.
func inkSpan(l text.Line) (left, right float64) {
	for i, run := range l.Runs {
		if i == 0 || run.X < left {
			left = run.X
		}
		right = max(right, run.X+run.Width)
	}
	return left, right
}

// markedLine draws a line of a table row inserted or deleted whole: its
// text in the revision colour (set by the caller), underlined or struck
// through, with a change bar.
func (r *docWriter) markLine(l text.Line, x, y float64, ts tstyle, change export.Change) {
	lh := r.lineHeight(ts)
	base := y + lh/2 + ts.size*0.35
	left := x
	for i, run := range l.Runs {
		if i == 0 || run.X < left-x {
			left = x + run.X
		}
	}
	switch change {
	case export.Inserted:
		r.add(op{kind: opLine, x: left, y: base + ts.size*0.15, w: l.Width, lw: 0.6, col: revColour})
	case export.Deleted:
		r.add(op{kind: opLine, x: left, y: base - ts.size*0.28, w: l.Width, lw: 0.6, col: revColour})
	}
}

// changeBar draws the bar in the outer margin beside a line at y, h high.
func (r *docWriter) changeBar(y, h float64) {
	x := marginL - changeBarGap
	if r.rtl {
		x = pageW - marginR + changeBarGap
	}
	r.add(op{kind: opLine, x: x, y: y, h: h, lw: 1.2, col: revColour})
}

// spaceWidth is the width of a space between two words in style ts.
func (r *docWriter) spaceWidth(ts tstyle) float64 {
	width := func(s string) float64 {
		if ls := r.layout(s, 1e5, ts); len(ls) > 0 {
			return ls[0].Width
		}
		return 0
	}
	return max(width("n n")-width("nn"), 0)
}

// coverMarks are the revision marks of a labelled value of cover c, one
// per paragraph, nil when it has none: the value's own, or for the
// keywords' line the line made of its keywords and separators.
func coverMarks(c *export.Cover, l export.Labelled) []export.Revised {
	if l.Field != "" {
		return c.ValueMarks(l.Field)
	}
	if c.Rev == nil || l != c.Keywords || len(c.Rev.Keywords) == 0 {
		return nil
	}
	var line export.Revised
	for _, pc := range c.KeywordPieces() {
		line.Spans = append(line.Spans, pc.Span)
	}
	if !line.Marked() {
		return nil
	}
	return []export.Revised{line}
}

// revisedValue draws a cover's label and its revised value, paragraph by
// paragraph with a blank line between them, as the value column sets a
// text of several paragraphs.
func (r *docWriter) revisedValue(label string, marks []export.Revised, labelW, valW float64, lab, val tstyle) {
	labelBottom := r.y
	first := true
	drawLabel := func() {
		if !first {
			return
		}
		first = false
		labelBottom = r.y
		for _, l := range r.layout(label, labelW, lab) {
			r.drawLine(l, r.xs(marginL, bodyW, 0, labelW), labelBottom, lab)
			labelBottom += r.lineHeight(lab)
		}
	}
	for i, m := range marks {
		if i > 0 {
			r.y += r.lineHeight(val)
		}
		r.revisedPara(m.Spans, r.xs(marginL, bodyW, labelW+6, valW), valW, val, drawLabel)
	}
	drawLabel() // a value without lines still has its label
	r.y = max(r.y, labelBottom) + 3
}
