package export_test

import (
	"reflect"
	"testing"
	"time"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// The document's chart is export.TimelineChart: the wizard's step draws
// the same model, so both show the deciding meeting, and every mark knows
// the field it comes from.
func TestTimelineChartIsTheDocumentsChart(t *testing.T) {
	p := exporttest.GoodProposal()
	opt := a7.Options{Today: exporttest.Today}
	doc := export.Build(p, forms.English, exporttest.Cat, opt)
	var inDoc *export.Chart
	for _, s := range doc.Sections {
		if s.ID != export.SecTimeline {
			continue
		}
		for _, b := range s.Blocks {
			if c, ok := b.(export.Chart); ok {
				inDoc = &c
			}
		}
	}
	if inDoc == nil {
		t.Fatal("no chart in the timeline section")
	}
	chart := export.TimelineChart(p, exporttest.Cat.In(forms.English), opt)
	if !reflect.DeepEqual(*inDoc, chart) {
		t.Errorf("the document's chart differs from TimelineChart:\n%+v\n%+v", *inDoc, chart)
	}
	var deciding bool
	for _, l := range chart.Lanes {
		for _, m := range l.Marks {
			if m.Field == "" {
				t.Errorf("lane %s: mark %q has no field", l.ID, m.Label)
			}
			if m.Field == "contribution.meeting.start" && l.ID == export.LaneParent {
				deciding = true
			}
		}
	}
	if !deciding {
		t.Error("the deciding meeting is not on the parent lane")
	}
	if chart.From.Day != 1 || chart.To.AddDays(1).Day != 1 {
		t.Errorf("axis %v–%v is not whole months", chart.From, chart.To)
	}
}

// A mistyped year does not squeeze the chart: the axis reaches at most five
// years either side of the start, and marks beyond it are left out.
func TestTimelineChartBoundsTheAxis(t *testing.T) {
	p := exporttest.GoodProposal()
	p.FocusGroup.Deliverables[0].Due = forms.NewDate(2207, time.June, 30)
	chart := export.TimelineChart(p, exporttest.Cat.In(forms.English), a7.Options{Today: exporttest.Today})
	if limit := p.Timeline.Start.AddMonths(61); chart.To.After(limit) {
		t.Errorf("axis ends %v, beyond %v", chart.To, limit)
	}
	for _, l := range chart.Lanes {
		for _, m := range l.Marks {
			if m.Start.Year > 2100 {
				t.Errorf("mark %q of year %d kept", m.Label, m.Start.Year)
			}
		}
	}
}

// Both renderers place marks through the chart's Scale: dates in whole
// months along the line, a point widened to be seen, a span kept on the
// line, a mark without a date left out.
func TestChartScale(t *testing.T) {
	d := func(m time.Month, day int) forms.Date { return forms.NewDate(2027, m, day) }
	c := export.Chart{Lanes: []export.Lane{{Marks: []export.Mark{{Start: d(time.January, 10), End: d(time.February, 20)}}}}}
	s, ok := c.Scale(100, 59)
	if !ok || s.Days() != 59 {
		t.Fatalf("scale over January–February: ok %v, %v days", ok, s.Days())
	}
	if x := s.X(d(time.January, 1)); x != 100 {
		t.Errorf("1 January at %v, want 100", x)
	}
	if x := s.X(d(time.March, 1)); x != 159 {
		t.Errorf("1 March at %v, want 159", x)
	}
	for _, c := range []struct {
		m      export.Mark
		x0, x1 float64
		ok     bool
	}{
		{export.Mark{Start: d(time.January, 11)}, 108.5, 111.5, true},
		{export.Mark{End: d(time.January, 11)}, 108.5, 111.5, true},
		{export.Mark{Start: d(time.January, 1), End: d(time.December, 31)}, 100, 159, true},
		{export.Mark{}, 0, 0, false},
	} {
		x0, x1, ok := s.Extent(c.m, 3)
		if ok != c.ok || x0 != c.x0 || x1 != c.x1 {
			t.Errorf("%+v: %v–%v %v, want %v–%v %v", c.m, x0, x1, ok, c.x0, c.x1, c.ok)
		}
	}
	if _, ok := (export.Chart{}).Scale(0, 10); ok {
		t.Error("an empty chart has a scale")
	}
}
