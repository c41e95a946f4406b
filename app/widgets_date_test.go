package app

import (
	"testing"
	"time"

	"fgdraft/forms"

	"fyne.io/fyne/v2/widget"
)

// Picking a day in the calendar writes it like typing it would.
func TestDatePicker(t *testing.T) {
	h := newStepHarness(t, forms.StepTimeline, forms.English)
	d := h.focusable("timeline.start").(*dateEntry)
	d.openPicker()
	if d.pop == nil || !d.pop.Visible() {
		t.Fatal("the calendar did not open")
	}
	cal, ok := d.pop.Content.(*widget.Calendar)
	if !ok {
		t.Fatalf("pop-up shows %T", d.pop.Content)
	}
	cal.OnChanged(time.Date(2027, 5, 20, 0, 0, 0, 0, time.UTC))
	if d.Text != "2027-05-20" || h.env.draft.Timeline.Start != stepDate(2027, 5, 20) {
		t.Errorf("picked: entry %q, draft %v", d.Text, h.env.draft.Timeline.Start)
	}
	h.wantChange("timeline.start")
	if d.pop.Visible() {
		t.Error("the calendar stays open after a pick")
	}
}
