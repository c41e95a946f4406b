package app

import (
	"strings"
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Issue 21, item 9: the wheel over a one-line field scrolls the form, as
// it does over the form's labels; Fyne's entry would keep it for its own
// sideways scroller.
func TestWheelOverOneLineFieldScrollsTheForm(t *testing.T) {
	for _, step := range []forms.Step{forms.StepContribution, forms.StepTerms, forms.StepTimeline} {
		h := newStepHarness(t, step, forms.English)
		h.win.Resize(fyne.NewSize(1024, 400))
		d := fyne.CurrentApp().Driver()
		n := 0
		for path, ref := range h.f.fields {
			if !oneLineFyneEntry(ref.focus) || !ref.show.Visible() {
				continue
			}
			n++
			h.f.scroll.ScrollToTop()
			h.f.scroll.Refresh()
			h.f.scrollTo(ref.show)
			before := h.f.scroll.Offset.Y
			at := d.AbsolutePositionForObject(ref.show).Add(fyne.NewPos(10, ref.show.Size().Height/2))
			dy := float32(-fyneNotch)
			if before > 0 {
				dy = fyneNotch
			}
			test.Scroll(h.win.Canvas(), at, 0, dy)
			if h.f.scroll.Offset.Y == before {
				t.Errorf("%s: the wheel over %s did not scroll the form", step, path)
			}
		}
		if n == 0 {
			t.Fatalf("%s: no one-line field", step)
		}
	}
}

// Issue 21, item 9: one notch of the wheel scrolls the form by three lines
// of text, not by Fyne's 25 units.
func TestWheelNotchScrollsThreeLines(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.English)
	h.win.Resize(fyne.NewSize(1024, 400))
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
	h.f.page.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -fyneNotch)})
	if got := h.f.scroll.Offset.Y; got < 2.5*line || got > 3.5*line {
		t.Errorf("one notch scrolled %v, want about three lines (%v)", got, 3*line)
	}
}

// Issue 21, item 9: in a multi-line field, Ctrl+Home and Ctrl+End go to the
// text's start and end; when the focus leaves, the field shows its first
// line again.
func TestMultiLineFieldEndsAndFirstLine(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.English)
	h.win.Resize(fyne.NewSize(1024, 600))
	path := forms.FGBackground.Path()
	h.replace(path, strings.Repeat("A line of background.\n", 30))
	e := h.focusable(path).(*wrapEntry)
	h.win.Canvas().Focus(e)
	ctrl := func(k fyne.KeyName) {
		e.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierControl})
	}
	ctrl(fyne.KeyEnd)
	if e.CursorRow != 30 || e.CursorColumn != 0 {
		t.Errorf("Ctrl+End: row %d column %d, want row 30", e.CursorRow, e.CursorColumn)
	}
	if e.inner == nil || e.inner.Offset.Y == 0 {
		t.Fatal("Ctrl+End did not scroll to the end")
	}
	ctrl(fyne.KeyHome)
	if e.CursorRow != 0 || e.CursorColumn != 0 || e.inner.Offset.Y != 0 {
		t.Errorf("Ctrl+Home: row %d column %d, scrolled %v", e.CursorRow, e.CursorColumn, e.inner.Offset.Y)
	}
	ctrl(fyne.KeyEnd)
	h.win.Canvas().Focus(h.focusable(forms.FGScope.Path()))
	if e.inner.Offset.Y != 0 {
		t.Errorf("after the focus left: scrolled %v, want the first line", e.inner.Offset.Y)
	}
}
