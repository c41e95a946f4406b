package app

import (
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Picking a day in the calendar writes it like typing it would.
func TestDatePicker(t *testing.T) {
	h := newStepHarness(t, forms.StepTimeline, forms.English)
	d := h.focusable("timeline.start").(*dateEntry)
	d.openPicker()
	if d.pop == nil || !d.pop.Visible() || d.cal == nil {
		t.Fatal("the calendar did not open")
	}
	d.cal.onPick(stepDate(2027, 5, 20))
	if d.Text != "2027-05-20" || h.env.draft.Timeline.Start != stepDate(2027, 5, 20) {
		t.Errorf("picked: entry %q, draft %v", d.Text, h.env.draft.Timeline.Start)
	}
	h.wantChange("timeline.start")
	if d.pop.Visible() {
		t.Error("the calendar stays open after a pick")
	}
}

// Item 3: Escape closes the calendar without a choice, the calendar goes
// by years too, and Alt+Down opens it from the keyboard.
func TestDatePickerKeysAndYears(t *testing.T) {
	h := newStepHarness(t, forms.StepTimeline, forms.English)
	c := h.win.Canvas()
	d := h.focusable("timeline.start").(*dateEntry)
	before := h.env.draft.Timeline.Start
	c.Focus(d)
	d.TypedShortcut(openPickerShortcut)
	if d.pop == nil || !d.pop.Visible() {
		t.Fatal("Alt+Down did not open the calendar")
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if d.pop.Visible() {
		t.Fatal("Escape left the calendar open")
	}
	if h.env.draft.Timeline.Start != before || c.Focused() != d {
		t.Errorf("after Escape: date %v (was %v), focus %T", h.env.draft.Timeline.Start, before, c.Focused())
	}

	// A year forward, two back, a month forward, then day 16.
	d.openPicker()
	test.Tap(d.cal.nextYear)
	test.Tap(d.cal.prevYear)
	test.Tap(d.cal.prevYear)
	test.Tap(d.cal.nextMonth)
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	if got := d.cal.title.Text; got != "May 2026" {
		t.Errorf("the calendar shows %q, want May 2026 (from April 2027)", got)
	}
	for _, o := range d.cal.days.Objects {
		if b, ok := o.(interface{ Tapped(*fyne.PointEvent) }); ok && containsText(o, "16") {
			b.Tapped(nil)
			break
		}
	}
	if got := h.env.draft.Timeline.Start; got != stepDate(2026, 5, 16) {
		t.Errorf("picked %v, want 2026-05-16", got)
	}
	// The canvas's key handler is its own again.
	if k := c.OnTypedKey(); k != nil {
		k(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
}

// Item 3: date and country fields are one Tab stop each.
func TestPickerFieldsAreOneTabStop(t *testing.T) {
	for _, c := range []struct {
		step       forms.Step
		path, next string
	}{
		{forms.StepTimeline, "timeline.start", "timeline.durationMonths"},
		{forms.StepSupporters, "supporters[0].country", "supporters[0].contact"},
		{forms.StepContribution, "contribution.meeting.start", "contribution.meeting.end"},
	} {
		h := newStepHarness(t, c.step, forms.English)
		cv := h.win.Canvas()
		cv.Focus(h.focusable(c.path))
		cv.FocusNext()
		if got := cv.Focused(); got != h.focusable(c.next) {
			t.Errorf("Tab from %s reaches %T, not %s", c.path, got, c.next)
		}
	}
}

// Item 3: the country list opens with Alt+Down, closes with Escape without
// a choice, and a space typed into the field is text.
func TestCountryListKeys(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	cv := h.win.Canvas()
	ce := h.focusable("supporters[0].country").(*countryEntry)
	h.retype("supporters[0].country", "New Zealand")
	if ce.Text != "New Zealand" || h.env.draft.Supporters[0].Country != "NZ" {
		t.Errorf("typed: %q, draft %q", ce.Text, h.env.draft.Supporters[0].Country)
	}
	if ce.popUp != nil && ce.popUp.Visible() {
		t.Error("typing opened the list")
	}
	cv.Focus(ce)
	ce.TypedShortcut(openPickerShortcut)
	if ce.popUp == nil || !ce.popUp.Visible() {
		t.Fatal("Alt+Down did not open the list")
	}
	cv.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ce.popUp.Visible() || cv.Focused() != ce || h.env.draft.Supporters[0].Country != "NZ" {
		t.Errorf("after Escape: list open %v, focus %T, country %q", ce.popUp.Visible(), cv.Focused(), h.env.draft.Supporters[0].Country)
	}
}
