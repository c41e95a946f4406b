package export

import (
	"fmt"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"fgdraft/export/text"
	"fgdraft/forms"
)

var (
	colLifetime    = rgb{120, 160, 210}
	colMeeting     = rgb{40, 80, 150}
	colDeliverable = rgb{30, 140, 80}
	colDeadline    = rgb{210, 60, 40}
	colAxis        = rgb{80, 80, 80}
	colGrid        = rgb{215, 215, 215}
)

func daysBetween(a, b forms.Date) float64 {
	return b.Time().Sub(a.Time()).Hours() / 24
}

// chart draws the timeline: a month axis, one lane per Lane with its marks and
// their labels, and a legend. For Arabic the lane labels are on the right.
func (r *renderer) chart(c Chart) {
	r.where = "chart"
	from, to := c.From, c.To
	if from.IsZero() || to.IsZero() || !from.Before(to) {
		// derive the span from the marks
		for _, l := range c.Lanes {
			for _, m := range l.Marks {
				for _, d := range []forms.Date{m.Start, m.End} {
					if d.IsZero() {
						continue
					}
					if from.IsZero() || d.Before(from) {
						from = d
					}
					if to.IsZero() || d.After(to) {
						to = d
					}
				}
			}
		}
	}
	if from.IsZero() || to.IsZero() || !from.Before(to) {
		return
	}
	// whole months
	from = forms.NewDate(from.Year, from.Month, 1)
	to = forms.NewDate(to.Year, to.Month+1, 1)
	span := daysBetween(from, to)

	labelW := bodyW * 0.24
	axisW := bodyW - labelW - 6
	axisX := r.xs(marginL, bodyW, labelW+6, axisW)
	labX := r.xs(marginL, bodyW, 0, labelW)
	xOf := func(d forms.Date) float64 { return axisX + daysBetween(from, d)/span*axisW }

	laneS := tstyle{size: sizeSmall, col: black, lead: 1.3, auto: true}
	markS := tstyle{size: sizeTiny, col: grey, lead: 1.25}
	markLH := r.lineHeight(markS)
	const barH = 9.0

	// lay out lanes: labels and mark labels in sub-rows that do not overlap
	type placed struct {
		m      Mark
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
		var rows [][][2]float64
		for _, m := range l.Marks {
			if m.Start.IsZero() && m.End.IsZero() {
				continue
			}
			start := m.Start
			if start.IsZero() {
				start = m.End
			}
			p := placed{m: m, x0: xOf(start), x1: xOf(start)}
			if !m.End.IsZero() && m.End.After(start) {
				p.x1 = xOf(m.End)
			}
			if p.x1-p.x0 < 3 {
				c := (p.x0 + p.x1) / 2
				p.x0, p.x1 = c-1.5, c+1.5
			}
			if m.Label != "" {
				ls := r.layout(m.Label, 0, markS)
				if len(ls) > 0 {
					p.line = ls[0]
				}
				w := p.line.Width
				// label starts at the mark, kept inside the axis
				p.lx = p.x0
				if m.Kind == MarkDeliverable || m.Kind == MarkDeadline {
					p.lx = (p.x0+p.x1)/2 - w/2
				}
				p.lx = min(max(p.lx, axisX), axisX+axisW-w)
				row := 0
				for ; row < len(rows); row++ {
					free := true
					for _, iv := range rows[row] {
						if p.lx < iv[1]+3 && p.lx+w > iv[0]-3 {
							free = false
							break
						}
					}
					if free {
						break
					}
				}
				if row == len(rows) {
					rows = append(rows, nil)
				}
				rows[row] = append(rows[row], [2]float64{p.lx, p.lx + w})
				p.row = row
			}
			ln.marks = append(ln.marks, p)
		}
		ln.h = max(barH+6+float64(len(rows))*markLH, float64(len(ln.label))*r.lineHeight(laneS)+4)
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
		months := int(span/30.4 + 0.5)
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
				ls := r.layout(monthLabel(c.Months, d.Month), w, monthS)
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
			case MarkLifetime:
				r.add(op{kind: opRect, x: p.x0, y: bar, w: p.x1 - p.x0, h: barH, style: "F", fill: colLifetime})
			case MarkMeeting:
				r.add(op{kind: opRect, x: p.x0, y: bar + 1.5, w: p.x1 - p.x0, h: barH - 3, style: "F", fill: colMeeting})
			case MarkDeliverable:
				s := barH / 2
				r.add(op{kind: opPoly, style: "F", fill: colDeliverable, pts: []fpdf.PointType{
					{X: mid, Y: cy - s}, {X: mid + s, Y: cy}, {X: mid, Y: cy + s}, {X: mid - s, Y: cy}}})
			case MarkDeadline:
				s := barH / 2
				r.add(op{kind: opPoly, style: "F", fill: colDeadline, pts: []fpdf.PointType{
					{X: mid - s, Y: cy + s}, {X: mid + s, Y: cy + s}, {X: mid, Y: cy - s}}})
			default:
				r.add(op{kind: opRect, x: p.x0, y: bar + 2, w: p.x1 - p.x0, h: barH - 4, style: "F", fill: grey})
			}
			if len(p.line.Runs) > 0 {
				r.drawLine(p.line, p.lx, bar+barH+2+float64(p.row)*markLH, markS)
			}
		}
		r.y += l.h
	}
	// legend
	r.y += 4
	legS := tstyle{size: sizeTiny + 0.5, col: black, lead: 1.3}
	off := 0.0
	for _, k := range []MarkKind{MarkLifetime, MarkMeeting, MarkDeliverable, MarkDeadline} {
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
		case MarkLifetime:
			r.add(op{kind: opRect, x: sym, y: cy - 3.5, w: 10, h: 7, style: "F", fill: colLifetime})
		case MarkMeeting:
			r.add(op{kind: opRect, x: sym + 3, y: cy - 2.5, w: 4, h: 5, style: "F", fill: colMeeting})
		case MarkDeliverable:
			r.add(op{kind: opPoly, style: "F", fill: colDeliverable, pts: []fpdf.PointType{
				{X: sym + 5, Y: cy - 4}, {X: sym + 9, Y: cy}, {X: sym + 5, Y: cy + 4}, {X: sym + 1, Y: cy}}})
		case MarkDeadline:
			r.add(op{kind: opPoly, style: "F", fill: colDeadline, pts: []fpdf.PointType{
				{X: sym + 1, Y: cy + 4}, {X: sym + 9, Y: cy + 4}, {X: sym + 5, Y: cy - 4}}})
		}
		r.drawLine(ls[0], tx, r.y, legS)
		off += w
	}
	r.y += r.lineHeight(legS) + 10
}

// monthLabel is the axis label of a month: its short name in the document
// language, or its number when the chart has no names.
func monthLabel(names []string, m time.Month) string {
	if int(m) <= len(names) {
		return names[m-1]
	}
	return fmt.Sprintf("%02d", int(m))
}
