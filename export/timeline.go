package export

import (
	"fmt"
	"strings"
	"time"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"
)

// The lanes of the timeline chart, in the order they are drawn.
const (
	LaneLifetime     = "lifetime"
	LaneMeetings     = "meetings"
	LaneParent       = "parent"
	LaneDeliverables = "deliverables"
	LaneDeadlines    = "deadlines"
)

// axisReach bounds the time axis to this many months either side of the
// start of the lifetime: a mistyped year would otherwise squeeze every
// mark into a line.
const axisReach = 60

// TimelineChart is the timeline of p as a chart with its texts in loc's
// language: the one chart model that the document, the preview and the
// wizard's timeline step all draw, so that they agree by construction. The
// free text (places, titles) is p's as given: the builder passes the draft
// localised into the document language, the wizard the draft as written.
func TimelineChart(p *forms.Proposal, loc *locales.Localizer, opt a7.Options) Chart {
	if opt.Today.IsZero() {
		opt.Today = forms.Today()
	}
	b := &builder{src: p, p: p, loc: loc, opt: opt, deadline: a7.DerivedDates(p, opt)}
	b.base = b.baseData(p.FocusGroupParent())
	return b.chart()
}

// chart collects the lifetime, the focus-group and parent meetings (the
// meeting that decides on the proposal among them), the deliverables' due
// dates and the derived deadlines, each mark with the field it comes from.
func (b *builder) chart() Chart {
	chart := Chart{Legend: map[MarkKind]string{
		MarkLifetime:    b.t("doc.chart.legend.lifetime"),
		MarkMeeting:     b.t("doc.chart.legend.meeting"),
		MarkDeliverable: b.t("doc.chart.legend.deliverable"),
		MarkDeadline:    b.t("doc.chart.legend.deadline"),
	}}
	for m := 1; m <= 12; m++ {
		chart.Months = append(chart.Months, b.t(fmt.Sprintf("month.short.%d", m)))
	}
	t := &b.p.Timeline

	life := Lane{ID: LaneLifetime, Label: b.t("doc.chart.lane.lifetime")}
	if end := t.End(); !end.IsZero() {
		label := b.base["Acronym"].(string)
		if label == "" {
			label = b.t("doc.chart.legend.lifetime")
		}
		life.Marks = append(life.Marks, Mark{Kind: MarkLifetime, Label: label, Start: t.Start, End: end, Field: forms.TimelineStart.Path()})
	} else if !t.Start.IsZero() {
		life.Marks = append(life.Marks, Mark{Kind: MarkLifetime, Label: b.t("doc.event.start"), Start: t.Start, Field: forms.TimelineStart.Path()})
	}

	meeting := func(m forms.Event, field string) (Mark, bool) {
		if m.Start.IsZero() {
			return Mark{}, false
		}
		end := m.End
		if end.Before(m.Start) {
			end = forms.Date{}
		}
		return Mark{Kind: MarkMeeting, Label: strings.TrimSpace(m.Place), Start: m.Start, End: end, Field: field}, true
	}
	fgm := Lane{ID: LaneMeetings, Label: b.t("doc.chart.lane.meetings")}
	for i, m := range t.Meetings {
		if mk, ok := meeting(m, forms.MeetingStart.At(i).Path()); ok {
			fgm.Marks = append(fgm.Marks, mk)
		}
	}
	pm := Lane{ID: LaneParent, Label: b.t("doc.chart.lane.parent")}
	c := &b.p.Contribution
	// The meeting that decides belongs to the group addressed; it shares the
	// lane only when that group is also the focus group's parent.
	deciding := c.Route == forms.AtMeeting && !c.Meeting.Start.IsZero() && b.p.FocusGroupParent() == c.ParentGroup
	if deciding {
		if mk, ok := meeting(c.Meeting, forms.ContribMeetingStart.Path()); ok {
			pm.Marks = append(pm.Marks, mk)
		}
	}
	for i, m := range t.ParentMeetings {
		if deciding && m.Start == c.Meeting.Start && m.End == c.Meeting.End {
			continue // the deciding meeting, listed again
		}
		if mk, ok := meeting(m, forms.ParentMeetingStart.At(i).Path()); ok {
			pm.Marks = append(pm.Marks, mk)
		}
	}

	dl := Lane{ID: LaneDeliverables, Label: b.t("doc.chart.lane.deliverables")}
	for i, d := range b.p.FocusGroup.Deliverables {
		if !d.Due.IsZero() {
			dl.Marks = append(dl.Marks, Mark{Kind: MarkDeliverable, Label: strings.TrimSpace(d.Title), Start: d.Due,
				Field: forms.DeliverableDue.At(i).Path()})
		}
	}

	dd := Lane{ID: LaneDeadlines, Label: b.t("doc.chart.lane.deadlines")}
	for _, x := range b.deadline {
		if x.Kind == a7.DeadlineEnd || x.Date.IsZero() {
			continue // the lifetime bar ends there
		}
		dd.Marks = append(dd.Marks, Mark{Kind: MarkDeadline, Label: b.t("doc.mark." + string(x.Kind)), Start: x.Date, Field: x.Field})
	}

	for _, l := range []Lane{life, fgm, pm, dl, dd} {
		if len(l.Marks) > 0 {
			chart.Lanes = append(chart.Lanes, l)
		}
	}
	chart.From, chart.To = chartAxis(chart.Lanes, t.Start)
	chart.Lanes = clipToAxis(chart.Lanes, chart.From, chart.To)
	return chart
}

// chartAxis is the time axis of the lanes: whole months from the earliest
// to the latest date shown, at most axisReach months either side of anchor
// (or of the earliest date when anchor is zero).
func chartAxis(lanes []Lane, anchor forms.Date) (from, to forms.Date) {
	from, to = markSpan(lanes)
	if from.IsZero() {
		return from, to
	}
	if anchor.IsZero() {
		anchor = from
	}
	if lo := anchor.AddMonths(-axisReach); from.Before(lo) {
		from = lo
	}
	if hi := anchor.AddMonths(axisReach); to.After(hi) {
		to = hi
	}
	return forms.NewDate(from.Year, from.Month, 1), forms.NewDate(to.Year, to.Month+1, 0)
}

// markSpan is the earliest and the latest date of the marks on lanes.
func markSpan(lanes []Lane) (from, to forms.Date) {
	for _, l := range lanes {
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
	return from, to
}

// Axis is the time axis a renderer draws the chart on, in whole months:
// from the first day of its first month to the first day of the month after
// its last. It is the chart's From–To or, when those are not set, the span
// of its marks; ok is false when there is nothing to draw.
func (c Chart) Axis() (from, to forms.Date, ok bool) {
	from, to = c.From, c.To
	if from.IsZero() || to.IsZero() || !from.Before(to) {
		from, to = markSpan(c.Lanes)
	}
	if from.IsZero() || to.IsZero() || !from.Before(to) {
		return from, to, false
	}
	return forms.NewDate(from.Year, from.Month, 1), forms.NewDate(to.Year, to.Month+1, 1), true
}

// clipToAxis drops the marks that lie wholly outside the axis and cuts the
// spans that reach beyond it.
func clipToAxis(lanes []Lane, from, to forms.Date) []Lane {
	var out []Lane
	for _, l := range lanes {
		kept := l
		kept.Marks = nil
		for _, m := range l.Marks {
			end := m.End
			if end.IsZero() {
				end = m.Start
			}
			if end.Before(from) || m.Start.After(to) {
				continue
			}
			if m.Start.Before(from) {
				m.Start = from
			}
			if !m.End.IsZero() && m.End.After(to) {
				m.End = to
			}
			kept.Marks = append(kept.Marks, m)
		}
		if len(kept.Marks) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

// MonthLabel is the axis label of month m: its short name in the document
// language, or its number when the chart has no names.
func (c Chart) MonthLabel(m time.Month) string {
	if int(m) <= len(c.Months) {
		return c.Months[m-1]
	}
	return fmt.Sprintf("%02d", int(m))
}

// Scale places the dates of a chart's axis on a line, in a renderer's units.
type Scale struct {
	from        forms.Date
	days, x0, w float64
}

// Scale maps the chart's axis (Axis) onto the line from x0 of length w; ok
// is false when the chart has nothing to draw.
func (c Chart) Scale(x0, w float64) (s Scale, ok bool) {
	from, to, ok := c.Axis()
	if !ok {
		return Scale{}, false
	}
	return Scale{from: from, days: daysBetween(from, to), x0: x0, w: w}, true
}

// Days is how many days the axis spans.
func (s Scale) Days() float64 { return s.days }

// X is where date d lies on the line.
func (s Scale) X(d forms.Date) float64 { return s.x0 + daysBetween(s.from, d)/s.days*s.w }

// Extent is where mark m is drawn: from its start (or its only date) to its
// end, kept on the line and at least minW long, so that a point shows; ok is
// false for a mark with no date.
func (s Scale) Extent(m Mark, minW float64) (x0, x1 float64, ok bool) {
	start := m.Start
	if start.IsZero() {
		start = m.End
	}
	if start.IsZero() {
		return 0, 0, false
	}
	x0, x1 = s.X(start), s.X(start)
	if !m.End.IsZero() && m.End.After(start) {
		x1 = s.X(m.End)
	}
	x0 = min(max(x0, s.x0), s.x0+s.w)
	x1 = min(max(x1, s.x0), s.x0+s.w)
	if x1-x0 < minW {
		mid := (x0 + x1) / 2
		x0, x1 = mid-minW/2, mid+minW/2
	}
	return x0, x1, true
}

func daysBetween(a, b forms.Date) float64 { return b.Time().Sub(a.Time()).Hours() / 24 }
