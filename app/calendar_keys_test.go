package app

import (
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
)

// Issue 21 item 3: the calendar is a keyboard grid. It takes the focus on
// Alt+Down and keeps Tab; arrows go by day and week (left and right follow
// the reading direction), Page Up/Down by month; Enter and Space pick
// without typing into the field; Escape closes it and the field has the
// focus again.
func TestCalendarKeyboardGrid(t *testing.T) {
	for _, c := range []struct {
		lang       forms.Lang
		keys       []fyne.KeyName
		pickKey    fyne.KeyName
		pickChar   rune
		want       forms.Date
		wantCursor string // the cursor before the pick
	}{
		// The field holds 2027-04-01, a Thursday.
		{forms.English, []fyne.KeyName{fyne.KeyRight, fyne.KeyDown, fyne.KeyLeft}, fyne.KeyReturn, 0, stepDate(2027, 4, 8), "2027-04-08"},
		{forms.English, []fyne.KeyName{fyne.KeyPageDown, fyne.KeyUp}, fyne.KeySpace, ' ', stepDate(2027, 4, 24), "2027-04-24"},
		{forms.English, []fyne.KeyName{fyne.KeyPageUp, fyne.KeyEnd}, fyne.KeyEnter, 0, stepDate(2027, 3, 31), "2027-03-31"},
		{forms.Arabic, []fyne.KeyName{fyne.KeyLeft, fyne.KeyLeft}, fyne.KeyReturn, 0, stepDate(2027, 4, 3), "2027-04-03"},
	} {
		h := newStepHarness(t, forms.StepTimeline, c.lang)
		cv := h.win.Canvas()
		d := h.focusable("timeline.start").(*dateEntry)
		cv.Focus(d)
		d.TypedShortcut(openPickerShortcut)
		if d.pop == nil || !d.pop.Visible() {
			t.Fatalf("%s: Alt+Down did not open the calendar", c.lang)
		}
		if cv.Focused() != d.cal.grid {
			t.Fatalf("%s: the open calendar does not have the focus (%T has)", c.lang, cv.Focused())
		}
		pressTab(cv, false)
		pressTab(cv, true)
		if cv.Focused() != d.cal.grid {
			t.Errorf("%s: Tab left the calendar for %T", c.lang, cv.Focused())
		}
		for _, k := range c.keys {
			pressKey(cv, k, 0)
		}
		if got := forms.NewDate(d.cal.cursor.Year(), d.cal.cursor.Month(), d.cal.cursor.Day()).String(); got != c.wantCursor {
			t.Errorf("%s: after %v the cursor is on %s, want %s", c.lang, c.keys, got, c.wantCursor)
		}
		pressKey(cv, c.pickKey, c.pickChar)
		if got := h.env.draft.Timeline.Start; got != c.want || d.Text != c.want.String() {
			t.Errorf("%s: %s picked %v (field %q), want %v", c.lang, c.pickKey, got, d.Text, c.want)
		}
		if d.pop.Visible() || cv.Focused() != d {
			t.Errorf("%s: after the pick the calendar is open (%v) or the focus is on %T", c.lang, d.pop.Visible(), cv.Focused())
		}
	}
}

// Escape pressed inside the calendar closes it without a choice and gives
// the field its focus back.
func TestCalendarEscapeFromGrid(t *testing.T) {
	h := newStepHarness(t, forms.StepTimeline, forms.English)
	cv := h.win.Canvas()
	d := h.focusable("timeline.start").(*dateEntry)
	before := h.env.draft.Timeline.Start
	cv.Focus(d)
	d.TypedShortcut(openPickerShortcut)
	pressKey(cv, fyne.KeyDown, 0)
	pressKey(cv, fyne.KeyEscape, 0)
	if d.pop.Visible() {
		t.Fatal("Escape in the calendar left it open")
	}
	if cv.Focused() != d || h.env.draft.Timeline.Start != before {
		t.Errorf("after Escape: focus on %T, date %v (was %v)", cv.Focused(), h.env.draft.Timeline.Start, before)
	}
}
