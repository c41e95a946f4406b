package docx

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"fgdraft/export"
	"fgdraft/forms"
)

// The chart is drawn as DrawingML shapes (a group of shapes anchored to a
// paragraph, text wrapping above and below: LibreOffice shows no text boxes
// of an inline group), which Word and LibreOffice both display and which stay
// editable; its texts are text boxes, so Word sets them in the document's
// fonts and direction. Lengths are in points until written (EMU).
const (
	emuPerPt     = 12700
	chartAxisH   = 26.0
	chartBarH    = 9.0
	chartLegendH = 18.0
	chartMarkPt  = float64(szChart) / 2 // size of the mark labels
	chartLabelLH = chartMarkPt * 1.55   // LibreOffice sets a line taller than the PDF
	chartMaxRows = 4
	chartGap     = 6.0
)

// markColour is the colour of a kind of mark, the PDF's.
func markColour(k export.MarkKind) string {
	switch k {
	case export.MarkLifetime:
		return "78A0D2"
	case export.MarkMeeting:
		return "285096"
	case export.MarkDeliverable:
		return "1E8C50"
	case export.MarkDeadline:
		return "D23C28"
	}
	return "5A5A5A"
}

const (
	colAxis = "505050"
	colGrid = "D7D7D7"
)

// shapes collects the shapes of a drawing. Their ids follow from base, so
// that no two shapes of a document share one.
type shapes struct {
	w     *docWriter
	b     bytes.Buffer
	count int
	base  int
}

func emu(pt float64) int { return int(pt * emuPerPt) }

// shape adds a filled preset shape (rect, diamond, triangle).
func (s *shapes) shape(prst string, x, y, w, h float64, fill string) {
	s.count++
	fmt.Fprintf(&s.b, `<wps:wsp><wps:cNvPr id="%d" name="Shape %d"/><wps:cNvSpPr/><wps:spPr>`+
		`<a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="%s"><a:avLst/></a:prstGeom>`+
		`<a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>`+
		`<wps:bodyPr/></wps:wsp>`, s.base+s.count, s.count, emu(x), emu(y), emu(max(w, 0.3)), emu(max(h, 0.3)), prst, fill)
}

// label adds a text box of one line at (x, y), w wide, aligned by jc.
func (s *shapes) label(str string, x, y, w float64, jc string, bold bool) {
	s.count++
	fmt.Fprintf(&s.b, `<wps:wsp><wps:cNvPr id="%d" name="Text %d"/><wps:cNvSpPr txBox="1"/><wps:spPr>`+
		`<a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>`+
		`<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>`,
		s.base+s.count, s.count, emu(x), emu(y), emu(max(w, 1)), emu(chartLabelLH+2))
	ps := pstyle{style: "ChartText", jc: jc}
	if bold {
		ps.rPr = `<w:b/><w:bCs/>`
	}
	s.w.para(&s.b, str, ps)
	s.b.WriteString(`</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>`)
}

// textWidth estimates the width of s at size points: Times New Roman's
// average advance for Latin, Cyrillic and Arabic letters, a full em for
// Chinese.
func textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x30FF || r >= 0xFF00 && r <= 0xFFEF:
			w += 1
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			w += 0.72
		default:
			w += 0.55
		}
	}
	// generous: a text box too narrow for its text cuts it
	return w*size*1.1 + 4
}

// chart draws the timeline as the PDF does: a month axis, one lane per
// export.Lane with its marks and their labels under them, and a legend;
// lane labels on the start side (the right in a right-to-left document).
// The drawing's alternative text lists every mark with its dates.
func (w *docWriter) chart(c export.Chart) {
	w.where = "chart"
	from, to, ok := c.Axis()
	if !ok {
		return
	}
	width := float64(bodyW) / 20
	labelW := width * 0.24
	axisW := width - labelW - 6
	axisX, labX := labelW+6, 0.0
	if w.rtl {
		axisX, labX = 0, axisW+6
	}
	scale, _ := c.Scale(axisX, axisW)
	xOf := scale.X
	w.drawings++
	s := &shapes{w: w, base: 1000 * w.drawings}

	// the axis: years, month names, ticks
	y := 0.0
	months := int(scale.Days()/30.4 + 0.5)
	step := 1
	for months/step > 24 {
		step++
	}
	s.shape("rect", axisX, y+chartAxisH-2, axisW, 0.6, colAxis)
	for d, k := from, 0; !d.After(to); d, k = d.AddMonths(1), k+1 {
		x := xOf(d)
		s.shape("rect", x, y+chartAxisH-5, 0.5, 3, colAxis)
		if d.Before(to) && k%step == 0 {
			next := min(xOf(d.AddMonths(step)), axisX+axisW)
			s.label(c.MonthLabel(d.Month), x, y+chartAxisH-15, next-x, "center", false)
			if k == 0 || d.Month == time.January {
				s.label(fmt.Sprint(d.Year), x, y+1, 30, "", true)
			}
		}
	}
	y += chartAxisH

	// the lanes
	for _, l := range c.Lanes {
		type placed struct {
			m      export.Mark
			x0, x1 float64
		}
		var marks []placed
		for _, m := range l.Marks {
			x0, x1, ok := scale.Extent(m, 3)
			if !ok {
				continue
			}
			p := placed{m: m, x0: x0, x1: x1}
			marks = append(marks, p)
		}
		// the labels, packed in rows under the bars, left to right; a label
		// with no room is left out (the dates table lists every date)
		type slot struct {
			s    string
			x, w float64
			row  int
		}
		var slots []slot
		order := make([]int, len(marks))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return marks[order[a]].x0 < marks[order[b]].x0 })
		rowEnd := make([]float64, 0, chartMaxRows)
		for _, i := range order {
			p := marks[i]
			str := fitLabel(strings.Join(strings.Fields(p.m.Label), " "), axisW*0.4)
			if str == "" {
				continue
			}
			lw := textWidth(str, chartMarkPt)
			want := p.x0
			if p.x1-p.x0 < 20 {
				want = (p.x0+p.x1)/2 - lw/2
			} else if w.rtl {
				want = p.x1 - lw
			}
			want = min(max(want, axisX), axisX+axisW-lw)
			row := -1
			for r, end := range rowEnd {
				if want >= end+chartGap {
					row = r
					break
				}
			}
			if row < 0 && len(rowEnd) < chartMaxRows {
				rowEnd = append(rowEnd, 0)
				row = len(rowEnd) - 1
			}
			if row < 0 {
				continue
			}
			rowEnd[row] = want + lw
			slots = append(slots, slot{str, want, lw, row})
		}
		laneH := max(chartBarH+6+float64(len(rowEnd))*chartLabelLH, chartLabelLH+4)
		s.shape("rect", 0, y+laneH, width, 0.3, colGrid)
		s.label(l.Label, labX, y+2, labelW, "", false)
		bar := y + 3
		for _, p := range marks {
			fill := markColour(p.m.Kind)
			mid := (p.x0 + p.x1) / 2
			switch p.m.Kind {
			case export.MarkLifetime:
				s.shape("rect", p.x0, bar, p.x1-p.x0, chartBarH, fill)
			case export.MarkMeeting:
				s.shape("rect", p.x0, bar+1.5, p.x1-p.x0, chartBarH-3, fill)
			case export.MarkDeliverable:
				s.shape("diamond", mid-chartBarH/2, bar, chartBarH, chartBarH, fill)
			case export.MarkDeadline:
				s.shape("triangle", mid-chartBarH/2, bar, chartBarH, chartBarH, fill)
			default:
				s.shape("rect", p.x0, bar+2, p.x1-p.x0, chartBarH-4, fill)
			}
		}
		for _, sl := range slots {
			s.label(sl.s, sl.x, bar+chartBarH+2+float64(sl.row)*chartLabelLH, sl.w, "center", false)
		}
		y += laneH
	}

	// the legend, from the start side
	y += 4
	off := 0.0
	for _, k := range []export.MarkKind{export.MarkLifetime, export.MarkMeeting, export.MarkDeliverable, export.MarkDeadline} {
		label := c.Legend[k]
		if label == "" {
			continue
		}
		lw := textWidth(label, chartMarkPt+0.5) + 4
		item := 14 + lw + 14
		if off+item > width {
			off = 0
			y += chartLabelLH + 2
		}
		x := off
		if w.rtl {
			x = width - off - item
		}
		sym, tx := x, x+14
		if w.rtl {
			sym, tx = x+item-10, x+item-14-lw
		}
		cy := y + chartLabelLH/2 + 1
		switch k {
		case export.MarkLifetime:
			s.shape("rect", sym, cy-3.5, 10, 7, markColour(k))
		case export.MarkMeeting:
			s.shape("rect", sym+3, cy-2.5, 4, 5, markColour(k))
		case export.MarkDeliverable:
			s.shape("diamond", sym+1, cy-4, 8, 8, markColour(k))
		case export.MarkDeadline:
			s.shape("triangle", sym+1, cy-4, 8, 8, markColour(k))
		}
		s.label(label, tx, y, lw, "", false)
		off += item
	}
	height := y + chartLegendH

	fmt.Fprintf(&w.b, `<w:p><w:pPr><w:pStyle w:val="ChartText"/><w:keepNext/><w:spacing w:before="80" w:after="160"/></w:pPr><w:r><w:drawing>`+
		`<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">`+
		`<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>`+
		`<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>`+
		`<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>`+
		`<wp:docPr id="%d" name="Timeline %d" descr="%s"/><wp:cNvGraphicFramePr/>`+
		`<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/>`+
		`<wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/><a:chOff x="0" y="0"/><a:chExt cx="%d" cy="%d"/></a:xfrm></wpg:grpSpPr>`,
		w.drawings, emu(width), emu(height), w.drawings, w.drawings, esc(w.clean(altText(c))), emu(width), emu(height), emu(width), emu(height))
	w.b.Write(s.b.Bytes())
	w.b.WriteString(`</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>`)
}

// fitLabel cuts a label wider than w, at a character, ending it with an
// ellipsis, as the PDF does: a text box cuts its text anywhere.
func fitLabel(s string, w float64) string {
	if textWidth(s, chartMarkPt) <= w {
		return s
	}
	rs := []rune(s)
	for n := len(rs) - 1; n > 0; n-- {
		head := strings.TrimRightFunc(string(rs[:n]), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
		if head != "" && textWidth(head+"…", chartMarkPt) <= w {
			return head + "…"
		}
	}
	return ""
}

// altText describes the chart for a reader who cannot see it: every lane
// with its marks, their kinds (in the legend's words) and dates.
func altText(c export.Chart) string {
	var lanes []string
	for _, l := range c.Lanes {
		var marks []string
		for _, m := range l.Marks {
			var b strings.Builder
			if k := c.Legend[m.Kind]; k != "" {
				b.WriteString(k)
			}
			if m.Label != "" {
				if b.Len() > 0 {
					b.WriteString(" ")
				}
				b.WriteString(strings.Join(strings.Fields(m.Label), " "))
			}
			dates := []string{}
			for _, d := range []forms.Date{m.Start, m.End} {
				if !d.IsZero() {
					dates = append(dates, d.String())
				}
			}
			if len(dates) > 0 {
				fmt.Fprintf(&b, " (%s)", strings.Join(dates, " – "))
			}
			marks = append(marks, strings.TrimSpace(b.String()))
		}
		lanes = append(lanes, strings.TrimSpace(l.Label)+": "+strings.Join(marks, "; "))
	}
	return strings.Join(lanes, ". ")
}
