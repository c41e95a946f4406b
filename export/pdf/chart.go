package pdf

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fgdraft/export"
	"fgdraft/text"
)

var (
	colLifetime    = rgb{120, 160, 210}
	colMeeting     = rgb{40, 80, 150}
	colDeliverable = rgb{30, 140, 80}
	colDeadline    = rgb{210, 60, 40}
	colAxis        = rgb{80, 80, 80}
	colGrid        = rgb{215, 215, 215}
)

// chart draws the timeline: a month axis, one lane per export.Lane with its marks and
// their labels, and a legend. For Arabic the lane labels are on the right.
func (r *docWriter) chart(c export.Chart) {
	r.where = "chart"
	from, to, ok := c.Axis()
	if !ok {
		return
	}

	labelW := bodyW * 0.24
	axisW := bodyW - labelW - 6
	axisX := r.xs(marginL, bodyW, labelW+6, axisW)
	labX := r.xs(marginL, bodyW, 0, labelW)
	scale, _ := c.Scale(axisX, axisW)
	xOf := scale.X

	laneS := tstyle{size: sizeSmall, col: black, lead: 1.3, own: true}
	markS := tstyle{size: sizeTiny, col: grey, lead: 1.25, own: true}
	markLH := r.lineHeight(markS)
	const barH = 9.0
	maxLabelW := axisW * 0.4
	minLabelW := 4 * markS.size

	// lay out lanes: the lane label, the marks, and the mark labels packed
	// in rows under the bars (packLabels)
	type placed struct {
		m      export.Mark
		x0, x1 float64 // mark extent
		line   text.Line
		lx     float64 // label x
		row    int
	}
	type lane struct {
		label []text.Line
		marks []placed
		h     float64
	}
	lanes := make([]lane, len(c.Lanes))
	for i, l := range c.Lanes {
		ln := lane{label: r.layout(l.Label, labelW, laneS)}
		var boxes []labelBox
		var lines []text.Line // the label of each box, cut to maxLabelW
		var owner []int       // the index in ln.marks of each box
		for _, m := range l.Marks {
			x0, x1, ok := scale.Extent(m, 3)
			if !ok {
				continue
			}
			p := placed{m: m, x0: x0, x1: x1, row: -1}
			if m.Label != "" {
				if line, ok := r.fitLabel(m.Label, maxLabelW, markS); ok {
					a, want := r.labelAnchor(p.x0, p.x1, line.Width)
					boxes = append(boxes, labelBox{W: line.Width, Anchor: a, Want: want})
					lines = append(lines, line)
					owner = append(owner, len(ln.marks))
				}
			}
			ln.marks = append(ln.marks, p)
		}
		rows := 0
		for k, s := range packLabels(boxes, axisX, axisX+axisW, labelGap, maxLabelRows, minLabelW) {
			if s.Row < 0 {
				continue // dropped: the table after the chart lists the date
			}
			p := &ln.marks[owner[k]]
			if s.W < lines[k].Width-0.01 {
				n := len(r.missing) // recorded by the first fitLabel
				cut, ok := r.fitLabel(p.m.Label, s.W, markS)
				r.missing = r.missing[:n]
				if !ok {
					continue
				}
				lines[k] = cut
			}
			p.line = lines[k]
			_, want := r.labelAnchor(p.x0, p.x1, p.line.Width)
			p.lx = min(max(want, s.X), s.X+s.W-p.line.Width)
			p.row = s.Row
			rows = max(rows, s.Row+1)
		}
		ln.h = max(barH+6+float64(rows)*markLH, float64(len(ln.label))*r.lineHeight(laneS)+4)
		lanes[i] = ln
	}
	axisH := 26.0
	total := axisH
	for _, l := range lanes {
		total += l.h
	}
	legendH := 18.0
	if total+legendH > pageH-marginT-marginB {
		// a chart taller than a page is drawn lane by lane across pages
		r.room(axisH + lanes[0].h)
	} else {
		r.room(total + legendH)
	}
	r.y += 4

	drawAxis := func() {
		top := r.y
		// month ticks and labels
		monthS := tstyle{size: sizeTiny, col: colAxis, lead: 1.2, align: text.AlignCenter}
		months := int(scale.Days()/30.4 + 0.5)
		step := 1
		for months/step > 24 {
			step++
		}
		r.add(op{kind: opLine, x: axisX, y: top + axisH - 2, w: axisW, lw: 0.6, col: colAxis})
		for d, k := from, 0; !d.After(to); d, k = d.AddMonths(1), k+1 {
			x := xOf(d)
			r.add(op{kind: opLine, x: x, y: top + axisH - 5, h: 3, lw: 0.5, col: colAxis})
			if d.Before(to) && k%step == 0 {
				mid := xOf(d.AddMonths(step))
				w := min(mid, axisX+axisW) - x
				ls := r.layout(c.MonthLabel(d.Month), w, monthS)
				if len(ls) > 0 {
					r.drawLine(ls[0], x, top+axisH-15, monthS)
				}
				if k == 0 || d.Month == time.January {
					ys := monthS
					ys.align = text.AlignStart
					ys.col = black
					yl := r.layout(fmt.Sprint(d.Year), 0, ys)
					if len(yl) > 0 {
						r.drawLine(yl[0], x, top+1, ys)
					}
				}
			}
		}
		r.y += axisH
	}
	drawAxis()
	for _, l := range lanes {
		if r.y+l.h > pageH-marginB {
			r.newPage()
			drawAxis()
		}
		top := r.y
		// grid line and lane label
		r.add(op{kind: opLine, x: marginL, y: top + l.h, w: bodyW, lw: 0.3, col: colGrid})
		for k, ll := range l.label {
			r.drawLine(ll, labX, top+2+float64(k)*r.lineHeight(laneS), laneS)
		}
		bar := top + 3
		for _, p := range l.marks {
			mid := (p.x0 + p.x1) / 2
			cy := bar + barH/2
			switch p.m.Kind {
			case export.MarkLifetime:
				r.add(op{kind: opRect, x: p.x0, y: bar, w: p.x1 - p.x0, h: barH, style: "F", fill: colLifetime})
			case export.MarkMeeting:
				r.add(op{kind: opRect, x: p.x0, y: bar + 1.5, w: p.x1 - p.x0, h: barH - 3, style: "F", fill: colMeeting})
			case export.MarkDeliverable:
				s := barH / 2
				r.add(op{kind: opPoly, style: "F", fill: colDeliverable, pts: []point{
					{X: mid, Y: cy - s}, {X: mid + s, Y: cy}, {X: mid, Y: cy + s}, {X: mid - s, Y: cy}}})
			case export.MarkDeadline:
				s := barH / 2
				r.add(op{kind: opPoly, style: "F", fill: colDeadline, pts: []point{
					{X: mid - s, Y: cy + s}, {X: mid + s, Y: cy + s}, {X: mid, Y: cy - s}}})
			default:
				r.add(op{kind: opRect, x: p.x0, y: bar + 2, w: p.x1 - p.x0, h: barH - 4, style: "F", fill: grey})
			}
			if p.row >= 0 && len(p.line.Runs) > 0 {
				r.drawLine(p.line, p.lx, bar+barH+2+float64(p.row)*markLH, markS)
			}
		}
		r.y += l.h
	}
	// legend
	r.y += 4
	legS := tstyle{size: sizeTiny + 0.5, col: black, lead: 1.3, own: true}
	off := 0.0
	for _, k := range []export.MarkKind{export.MarkLifetime, export.MarkMeeting, export.MarkDeliverable, export.MarkDeadline} {
		label, ok := c.Legend[k]
		if !ok || label == "" {
			continue
		}
		ls := r.layout(label, 0, legS)
		if len(ls) == 0 {
			continue
		}
		w := 14 + ls[0].Width + 14
		if off+w > bodyW {
			off = 0
			r.y += r.lineHeight(legS) + 2
		}
		x := r.xs(marginL, bodyW, off, w)
		sym := x
		tx := x + 14
		if r.rtl {
			sym = x + w - 10
		}
		cy := r.y + r.lineHeight(legS)/2
		switch k {
		case export.MarkLifetime:
			r.add(op{kind: opRect, x: sym, y: cy - 3.5, w: 10, h: 7, style: "F", fill: colLifetime})
		case export.MarkMeeting:
			r.add(op{kind: opRect, x: sym + 3, y: cy - 2.5, w: 4, h: 5, style: "F", fill: colMeeting})
		case export.MarkDeliverable:
			r.add(op{kind: opPoly, style: "F", fill: colDeliverable, pts: []point{
				{X: sym + 5, Y: cy - 4}, {X: sym + 9, Y: cy}, {X: sym + 5, Y: cy + 4}, {X: sym + 1, Y: cy}}})
		case export.MarkDeadline:
			r.add(op{kind: opPoly, style: "F", fill: colDeadline, pts: []point{
				{X: sym + 1, Y: cy + 4}, {X: sym + 9, Y: cy + 4}, {X: sym + 5, Y: cy - 4}}})
		}
		r.drawLine(ls[0], tx, r.y, legS)
		off += w
	}
	r.y += r.lineHeight(legS) + 10
}

// export.Mark labels: how far apart labels of one row stay, how many rows a lane
// holds at most.
const (
	labelGap     = 8.0
	maxLabelRows = 4
)

// labelAnchor says where the label of a mark drawn over [x0, x1] goes: the x
// it must cover and the left edge it would like for a width of w. A point or
// a short bar has its label centred under it; a long bar has its label start
// at its start (its right end in Arabic).
func (r *docWriter) labelAnchor(x0, x1, w float64) (anchor, want float64) {
	if x1-x0 < 20 {
		m := (x0 + x1) / 2
		return m, m - w/2
	}
	if r.rtl {
		return x1, x1 - w
	}
	return x0, x0
}

// fitLabel sets the label s on one line no wider than w (w <= 0: no limit).
// A longer label is cut, at a character, and ends with an ellipsis; ok is
// false when not even its first character fits.
func (r *docWriter) fitLabel(s string, w float64, ts tstyle) (line text.Line, ok bool) {
	s = strings.Join(strings.Fields(s), " ")
	ls := r.layout(s, 0, ts)
	if len(ls) == 0 {
		return text.Line{}, false
	}
	if w <= 0 || ls[0].Width <= w {
		return ls[0], true
	}
	// the missing characters of s are recorded once, above
	n := len(r.missing)
	defer func() { r.missing = r.missing[:n] }()
	var cuts []int // byte offsets where s may be cut: not before a combining mark
	for i, c := range s {
		if i > 0 && !unicode.In(c, unicode.Mn, unicode.Me, unicode.Mc) && c != 0x200D {
			cuts = append(cuts, i)
		}
	}
	set := func(end int) (text.Line, bool) {
		head := strings.TrimRightFunc(s[:end], func(c rune) bool {
			return unicode.IsSpace(c) || strings.ContainsRune(",;:-–—(/·、，：；（", c)
		})
		if head == "" {
			return text.Line{}, false
		}
		ls := r.layout(head+"…", 0, ts)
		if len(ls) == 0 || ls[0].Width > w {
			return text.Line{}, false
		}
		return ls[0], true
	}
	// the longest head that fits
	k := sort.Search(len(cuts), func(k int) bool { _, ok := set(cuts[k]); return !ok })
	if k == 0 {
		return text.Line{}, false
	}
	end := cuts[k-1]
	// rather at a space, when that keeps most of the head
	if sp := strings.LastIndexByte(s[:end], ' '); sp > 0 &&
		utf8.RuneCountInString(s[:sp]) >= utf8.RuneCountInString(s[:end])*2/3 {
		if line, ok := set(sp); ok {
			return line, true
		}
	}
	return set(end)
}

// labelBox is a label to place on a lane: its width, the x it must cover
// (its mark) and the left edge it would like.
type labelBox struct {
	W, Anchor, Want float64
}

// labelSlot is where packLabels put a label: its left edge X, the width W it
// may use (less than its own when it must be cut) and its row, from 0 under
// the bar; Row is -1 for a label left out.
type labelSlot struct {
	X, W float64
	Row  int
}

// packLabels places labels in rows inside [lo, hi], greedily from left to
// right: each goes on the lowest row where a free stretch covering its
// anchor holds it, at least gap away from the labels already there, as close
// to where it wants to be as that stretch allows; a label wider than hi-lo
// is cut to it. With maxRows rows in use and none holding it, a label gets
// the widest free stretch covering its anchor, cut, if that is at least minW
// wide, and is left out otherwise. Every placed label covers its anchor,
// lies inside [lo, hi] and overlaps no other.
func packLabels(boxes []labelBox, lo, hi, gap float64, maxRows int, minW float64) []labelSlot {
	out := make([]labelSlot, len(boxes))
	order := make([]int, len(boxes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return boxes[order[a]].Anchor < boxes[order[b]].Anchor })
	type span struct{ x0, x1 float64 }
	var rows [][]span
	// free is the stretch of row around a, or ok false when a is taken.
	free := func(row []span, a float64) (g0, g1 float64, ok bool) {
		g0, g1 = lo, hi
		for _, s := range row {
			switch {
			case s.x1+gap <= a:
				g0 = max(g0, s.x1+gap)
			case s.x0-gap >= a:
				g1 = min(g1, s.x0-gap)
			default:
				return 0, 0, false
			}
		}
		return g0, g1, g1 > g0
	}
	for _, i := range order {
		b := boxes[i]
		w := min(max(b.W, 0), hi-lo)
		a := min(max(b.Anchor, lo), hi)
		place := func(row int, g0, g1, w float64) {
			x := min(max(b.Want, g0, a-w), g1-w, a)
			out[i] = labelSlot{X: x, W: w, Row: row}
			rows[row] = append(rows[row], span{x, x + w})
		}
		best, bestW, b0, b1 := -1, 0.0, 0.0, 0.0
		done := false
		for row := range rows {
			g0, g1, ok := free(rows[row], a)
			if !ok {
				continue
			}
			if g1-g0 >= w {
				place(row, g0, g1, w)
				done = true
				break
			}
			if g1-g0 > bestW {
				best, bestW, b0, b1 = row, g1-g0, g0, g1
			}
		}
		switch {
		case done:
		case len(rows) < maxRows:
			rows = append(rows, nil)
			place(len(rows)-1, lo, hi, w)
		case best >= 0 && bestW >= minW:
			place(best, b0, b1, bestW)
		default:
			out[i] = labelSlot{Row: -1}
		}
	}
	return out
}
