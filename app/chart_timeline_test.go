package app

import (
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Tapping a meeting on the chart focuses its start date.
func TestChartTapFocusesField(t *testing.T) {
	h := newStepHarness(t, forms.StepTimeline, forms.English)
	s := h.form.(*timelineStep)
	var hit *chartHit
	for i := range s.chart.hits {
		if s.chart.hits[i].path == "timeline.meetings[1].start" {
			hit = &s.chart.hits[i]
		}
	}
	if hit == nil {
		t.Fatalf("no mark drawn for the second meeting; hits: %v", s.chart.hits)
	}
	test.TapAt(s.chart, fyne.NewPos((hit.x0+hit.x1)/2, (hit.y0+hit.y1)/2))
	if h.win.Canvas().Focused() != h.focusable("timeline.meetings[1].start") {
		t.Errorf("focused %T", h.win.Canvas().Focused())
	}
}
