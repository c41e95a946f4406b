package app

import (
	"image/color"
	"reflect"
	"strconv"
	"strings"
	"time"

	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// chartKind is what a mark on the timeline chart stands for.
type chartKind int

const (
	chartLifetime    chartKind = iota // the focus group's lifetime, a bar
	chartMeeting                      // a focus-group meeting
	chartParent                       // a parent-group meeting
	chartDeliverable                  // a deliverable's due date
	chartDeadline                     // a derived deadline
)

// chartMark is one thing drawn on a lane: a span (a bar) or a point (a dot)
// when To equals From.
type chartMark struct {
	Kind     chartKind
	From, To forms.Date
	Label    string
	Path     string // the field path it comes from
}

// chartLane is one row of the chart: a title and its marks.
type chartLane struct {
	Title string
	Marks []chartMark
}

// chartData is everything the chart draws; the chart redraws only when it
// changes.
type chartData struct {
	Lanes    []chartLane
	From, To forms.Date // the time axis, first day of a month to last day of a month
	Today    forms.Date
	Empty    string // shown instead of the axis when there is nothing to draw
	Months   [12]string
	RTL      bool
	TodayTxt string
}

// timelineChartData is the draft's timeline as the export's chart model
// draws it (export.TimelineChart), labelled in the interface language.
func timelineChartData(p *forms.Proposal, ui *locales.Localizer, today forms.Date) chartData {
	return chartDataOf(export.TimelineChart(p, ui, a7.Options{Today: today}), ui, today)
}

// chartDataOf turns a chart of the document model into what the chart
// widget draws: the timeline step and the preview both come through here,
// so they show what the exported document shows.
func chartDataOf(c export.Chart, loc *locales.Localizer, today forms.Date) chartData {
	d := chartData{From: c.From, To: c.To, Today: today, RTL: loc.Lang().RTL(), TodayTxt: loc.T("editor.chart.today")}
	for m := 1; m <= 12; m++ {
		if m <= len(c.Months) {
			d.Months[m-1] = c.Months[m-1]
		} else {
			d.Months[m-1] = strconv.Itoa(m)
		}
	}
	kinds := map[export.MarkKind]chartKind{
		export.MarkLifetime:    chartLifetime,
		export.MarkMeeting:     chartMeeting,
		export.MarkDeliverable: chartDeliverable,
		export.MarkDeadline:    chartDeadline,
	}
	for _, lane := range c.Lanes {
		l := chartLane{Title: lane.Label}
		for _, m := range lane.Marks {
			to := m.End
			if to.IsZero() {
				to = m.Start
			}
			kind := kinds[m.Kind]
			if kind == chartMeeting && lane.ID == export.LaneParent {
				kind = chartParent
			}
			l.Marks = append(l.Marks, chartMark{Kind: kind, From: m.Start, To: to, Label: m.Label, Path: m.Field})
		}
		d.Lanes = append(d.Lanes, l)
	}
	if len(d.Lanes) == 0 || d.From.IsZero() {
		d.Empty = loc.T("editor.chart.empty")
	}
	return d
}

// timelineChart draws the timeline: a time axis with month ticks and lanes
// for the lifetime, meetings, deliverables and deadlines.
type timelineChart struct {
	widget.BaseWidget
	data chartData
	// onTap, when set, is called with the field path of a tapped mark.
	onTap func(path string)
	hits  []chartHit // where the marks were drawn
}

// chartHit is the area of a drawn mark.
type chartHit struct {
	x0, y0, x1, y1 float32
	path           string
}

// Tapped calls onTap with the path of the mark under the pointer.
func (c *timelineChart) Tapped(ev *fyne.PointEvent) {
	if c.onTap == nil {
		return
	}
	const slack = 4
	x, y := ev.Position.X, ev.Position.Y
	for i := len(c.hits) - 1; i >= 0; i-- { // the last drawn is on top
		h := c.hits[i]
		if h.path != "" && x >= h.x0-slack && x <= h.x1+slack && y >= h.y0-slack && y <= h.y1+slack {
			c.onTap(h.path)
			return
		}
	}
}

func newTimelineChart() *timelineChart {
	c := &timelineChart{}
	c.ExtendBaseWidget(c)
	return c
}

// set shows new data; it redraws only when the data changed.
func (c *timelineChart) set(d chartData) {
	if reflect.DeepEqual(d, c.data) {
		return
	}
	c.data = d
	c.Refresh()
}

func (c *timelineChart) CreateRenderer() fyne.WidgetRenderer {
	return &chartRenderer{c: c}
}

type chartRenderer struct {
	c    *timelineChart
	objs []fyne.CanvasObject
	size fyne.Size
}

const (
	chartLaneMark = 12 // height of a bar or dot
	// chartMinWidth is the narrowest plotting area: months' names thin out
	// to fit. At scale 1.5 on a 1280×800 screen the Timeline step then fits
	// the window, with the findings panel beside it too.
	chartMinWidth = 280
	chartMaxLabel = 220 // longer labels are cut with an ellipsis
)

// fitText cuts s with an ellipsis to at most width.
func fitText(s string, width, size float32) string {
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi { // the longest prefix that fits with "…"
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(r[:mid])+"…", size, fyne.TextStyle{}).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(r[:lo])) + "…"
}

func (r *chartRenderer) textSize() float32 { return theme.CaptionTextSize() }

func (r *chartRenderer) lineHeight() float32 {
	return fyne.MeasureText("Mg", r.textSize(), fyne.TextStyle{}).Height
}

// labelRows is how many rows of labels a lane has room for: three for
// deadlines, which come close together, two for the others.
func labelRows(l chartLane) int {
	for _, m := range l.Marks {
		if m.Kind == chartDeadline {
			return 3
		}
	}
	return 2
}

func (r *chartRenderer) titleWidth() float32 {
	var w float32
	for _, l := range r.c.data.Lanes {
		w = max(w, fyne.MeasureText(l.Title, r.textSize(), fyne.TextStyle{Bold: true}).Width)
	}
	return w + 2*theme.Padding()
}

func (r *chartRenderer) laneHeight(i int) float32 {
	return chartLaneMark + float32(labelRows(r.c.data.Lanes[i]))*r.lineHeight() + 2*theme.Padding()
}

func (r *chartRenderer) axisHeight() float32 { return 2*r.lineHeight() + theme.Padding() }

func (r *chartRenderer) MinSize() fyne.Size {
	d := r.c.data
	if d.Empty != "" {
		s := fyne.MeasureText(d.Empty, theme.TextSize(), fyne.TextStyle{})
		return fyne.NewSize(s.Width+2*theme.Padding(), s.Height+4*theme.Padding())
	}
	h := r.axisHeight()
	for i := range d.Lanes {
		h += r.laneHeight(i)
	}
	return fyne.NewSize(r.titleWidth()+chartMinWidth, h+theme.Padding())
}

func (r *chartRenderer) Layout(size fyne.Size) {
	r.size = size
	r.build()
}

func (r *chartRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.c)
}

func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *chartRenderer) Destroy() {}

// build makes the chart's shapes for the current size and data.
func (r *chartRenderer) build() {
	d := r.c.data
	size := r.size
	r.objs = r.objs[:0]
	r.c.hits = r.c.hits[:0]
	fg := theme.Color(theme.ColorNameForeground)
	muted := theme.Color(theme.ColorNamePlaceHolder)
	sep := theme.Color(theme.ColorNameSeparator)
	ts := r.textSize()
	pad := theme.Padding()

	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	bg.Resize(size)
	r.objs = append(r.objs, bg)
	if d.Empty != "" || size.Width <= 0 {
		t := canvas.NewText(d.Empty, muted)
		t.Move(fyne.NewPos(pad, 2*pad))
		r.objs = append(r.objs, t)
		return
	}

	titleW := r.titleWidth()
	// The plotting area; in a right-to-left interface the lane titles sit at
	// the right. Time runs left to right in both.
	x0, x1 := titleW, size.Width-pad
	titleX := pad
	if d.RTL {
		x0, x1 = pad, size.Width-titleW
		titleX = size.Width - titleW + pad
	}
	span := float32(d.From.DaysUntil(d.To) + 1)
	xOf := func(v forms.Date) float32 {
		return x0 + (x1-x0)*float32(d.From.DaysUntil(v))/span
	}
	line := func(ax, ay, bx, by float32, c color.Color, w float32) {
		l := canvas.NewLine(c)
		l.StrokeWidth = w
		l.Position1 = fyne.NewPos(ax, ay)
		l.Position2 = fyne.NewPos(bx, by)
		r.objs = append(r.objs, l)
	}
	text := func(s string, x, y float32, c color.Color, bold bool) *canvas.Text {
		s = visualOwn(s, d.RTL)
		t := canvas.NewText(s, c)
		t.TextSize = ts
		t.TextStyle.Bold = bold
		t.Move(fyne.NewPos(x, y))
		r.objs = append(r.objs, t)
		return t
	}
	lh := r.lineHeight()
	top := pad
	axisY := top + r.axisHeight()
	bottom := axisY
	for i := range d.Lanes {
		bottom += r.laneHeight(i)
	}

	// Axis: month ticks, month names where there is room, years.
	line(x0, axisY, x1, axisY, fg, 1)
	monthW := (x1 - x0) * 30 / span
	every := 1
	for every < 12 && monthW*float32(every) < fyne.MeasureText(d.Months[8], ts, fyne.TextStyle{}).Width+pad {
		every++
	}
	for every > 1 && 12%every != 0 {
		every++
	}
	first := true
	for m := d.From; !m.After(d.To); m = m.AddMonths(1) {
		x := xOf(m)
		line(x, axisY-4, x, bottom, sep, 1)
		line(x, axisY-4, x, axisY, fg, 1)
		if (int(m.Month)-1)%every == 0 {
			name := d.Months[m.Month-1]
			w := fyne.MeasureText(name, ts, fyne.TextStyle{}).Width
			if x+w <= x1+pad {
				text(name, x+2, top+lh, muted, false)
			}
		}
		if m.Month == time.January || first {
			text(strconv.Itoa(m.Year), x+2, top, fg, true)
			first = false
		}
	}

	// Lanes.
	colors := map[chartKind]color.Color{
		chartLifetime:    theme.Color(theme.ColorNamePrimary),
		chartMeeting:     theme.Color(theme.ColorNameSuccess),
		chartParent:      theme.Color(theme.ColorNameHyperlink),
		chartDeliverable: theme.Color(theme.ColorNameWarning),
		chartDeadline:    theme.Color(theme.ColorNameError),
	}
	y := axisY
	for i, lane := range d.Lanes {
		h := r.laneHeight(i)
		if i > 0 {
			line(x0, y, x1, y, sep, 1)
		}
		tt := text(lane.Title, titleX, y+pad, fg, true)
		if d.RTL {
			w := fyne.MeasureText(lane.Title, ts, tt.TextStyle).Width
			tt.Move(fyne.NewPos(size.Width-pad-w, y+pad))
		}
		markY := y + pad
		rows := labelRows(lane)
		taken := make([][][2]float32, rows) // the stretches each row's labels cover
		// Labels are drawn after every mark of the lane, on the chart's
		// background, so that the stems of later marks do not cross them.
		var labels []func()
		for _, m := range lane.Marks {
			c := colors[m.Kind]
			a, b := xOf(m.From), xOf(m.To.AddDays(1))
			if a < x0 {
				a = x0
			}
			if b > x1 {
				b = x1
			}
			if m.From == m.To && m.Kind != chartLifetime {
				dot := canvas.NewCircle(c)
				dot.Resize(fyne.NewSquareSize(chartLaneMark - 2))
				dot.Move(fyne.NewPos(a-(chartLaneMark-2)/2, markY+1))
				r.objs = append(r.objs, dot)
				line(a, markY+chartLaneMark, a, y+h-pad/2, c, 1)
				r.c.hits = append(r.c.hits, chartHit{a - chartLaneMark/2, markY, a + chartLaneMark/2, markY + chartLaneMark, m.Path})
				b = a
			} else {
				bar := canvas.NewRectangle(c)
				bar.CornerRadius = 3
				bar.Move(fyne.NewPos(a, markY))
				bar.Resize(fyne.NewSize(max(b-a, 4), chartLaneMark))
				r.objs = append(r.objs, bar)
				r.c.hits = append(r.c.hits, chartHit{a, markY, a + max(b-a, 4), markY + chartLaneMark, m.Path})
			}
			if m.Label == "" {
				continue
			}
			label := fitText(m.Label, chartMaxLabel, ts)
			lw := fyne.MeasureText(label, ts, fyne.TextStyle{}).Width
			// A label starts at its mark, or in a right-to-left interface
			// ends there, and stays inside the axis.
			lx := a
			if d.RTL {
				lx = b - lw
			}
			lx = max(x0, min(lx, x1-lw))
			row := 0
			for row < rows && overlaps(taken[row], lx, lx+lw+pad) {
				row++
			}
			if row == rows {
				continue // no room: the dot stays, the list under the chart names it
			}
			taken[row] = append(taken[row], [2]float32{lx - pad, lx + lw + pad})
			ly := markY + chartLaneMark + float32(row)*lh
			labels = append(labels, func() {
				back := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
				back.Move(fyne.NewPos(lx, ly+1))
				back.Resize(fyne.NewSize(lw, lh-2))
				r.objs = append(r.objs, back)
				text(label, lx, ly, fg, false)
			})
		}
		for _, draw := range labels {
			draw()
		}
		y += h
	}

	// Today.
	if !d.Today.Before(d.From) && !d.Today.After(d.To) {
		x := xOf(d.Today)
		red := theme.Color(theme.ColorNameError)
		line(x, axisY, x, bottom, red, 2)
		text(d.TodayTxt, x+2, bottom-lh, red, true)
	}
	border := canvas.NewRectangle(color.Transparent)
	border.StrokeColor = sep
	border.StrokeWidth = 1
	border.CornerRadius = theme.InputRadiusSize()
	border.Resize(size)
	r.objs = append(r.objs, border)
}

// overlaps reports whether [lo, hi) meets one of the stretches.
func overlaps(stretches [][2]float32, lo, hi float32) bool {
	for _, st := range stretches {
		if lo < st[1] && st[0] < hi {
			return true
		}
	}
	return false
}
