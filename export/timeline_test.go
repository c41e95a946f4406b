package export_test

import (
	"reflect"
	"testing"
	"time"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// The document's chart is export.TimelineChart: the wizard's step draws
// the same model, so both show the deciding meeting, and every mark knows
// the field it comes from.
func TestTimelineChartIsTheDocumentsChart(t *testing.T) {
	p := exporttest.GoodProposal()
	opt := forms.Options{Today: exporttest.Today}
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
	chart := export.TimelineChart(p, exporttest.Cat.In(forms.English), forms.Options{Today: exporttest.Today})
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
