package app

import (
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
)

// pressKey delivers one key to a canvas as the desktop driver does: the key
// goes down to the focused widget, is typed there, its character (if any)
// goes to whatever has focus after that, and the key comes up at whatever
// has focus then.
func pressKey(c fyne.Canvas, name fyne.KeyName, char rune) {
	ev := &fyne.KeyEvent{Name: name}
	if k, ok := c.Focused().(desktop.Keyable); ok {
		k.KeyDown(ev)
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	}
	if f := c.Focused(); f != nil && char != 0 {
		f.TypedRune(char)
	}
	if k, ok := c.Focused().(desktop.Keyable); ok {
		k.KeyUp(ev)
	}
}

// typeOn types text into whatever has focus.
func typeOn(c fyne.Canvas, text string) {
	for _, r := range text {
		c.Focused().TypedRune(r)
	}
}

// Issue 21 item 1: Space on a focused Add button adds a row and the new
// row's field does not receive the space; Enter presses a focused button too.
func TestAddButtonKeysDoNotTypeIntoNewRow(t *testing.T) {
	for _, c := range []struct {
		key  fyne.KeyName
		char rune
	}{{fyne.KeySpace, ' '}, {fyne.KeyReturn, 0}, {fyne.KeyEnter, 0}} {
		h := newStepHarness(t, forms.StepContribution, forms.English)
		cv := h.win.Canvas()
		l := listOf[string](h, "contribution.questions")
		before := len(h.env.draft.Contribution.Questions)
		cv.Focus(l.add)
		pressKey(cv, c.key, c.char)
		qs := h.env.draft.Contribution.Questions
		if len(qs) != before+1 {
			t.Fatalf("%s on Add: %d questions, want %d", c.key, len(qs), before+1)
		}
		typeOn(cv, "Q6/13")
		if got := h.env.draft.Contribution.Questions[before]; got != "Q6/13" {
			t.Errorf("%s on Add, then typing: new question %q, want %q", c.key, got, "Q6/13")
		}
	}
}

// A key released on a button that was pressed elsewhere presses nothing.
func TestKeyButtonNeedsItsOwnPress(t *testing.T) {
	t.Parallel()
	pressed := 0
	b := newKeyButton("x", nil, func() { pressed++ })
	b.KeyUp(&fyne.KeyEvent{Name: fyne.KeySpace})
	if pressed != 0 {
		t.Errorf("a release alone pressed the button %d times", pressed)
	}
	b.KeyDown(&fyne.KeyEvent{Name: fyne.KeySpace})
	b.FocusLost()
	b.KeyUp(&fyne.KeyEvent{Name: fyne.KeySpace})
	if pressed != 0 {
		t.Errorf("a release after focus left pressed the button %d times", pressed)
	}
}

// inView reports whether obj lies whole within the visible part of s.
func inView(s *container.Scroll, obj fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(s.Content).Y
	return y >= s.Offset.Y-1 && y+obj.Size().Height <= s.Offset.Y+s.Size().Height+1
}

// Issue 21 item 2: Tab and Shift+Tab through a step at 1024×600 keep every
// focused field of the form in view.
func TestFocusFollowedThroughStep(t *testing.T) {
	for _, step := range []forms.Step{forms.StepContribution, forms.StepSupporters, forms.StepTimeline} {
		h := newStepHarness(t, step, forms.English)
		h.win.Resize(fyne.NewSize(1024, 600))
		cv := h.win.Canvas()
		ff := &focusFollower{canvas: cv, scroll: func() *container.Scroll { return h.f.scroll }}
		if h.f.scroll.Content.MinSize().Height <= h.f.scroll.Size().Height {
			t.Fatalf("%s: the form fits at 1024×600, the test shows nothing", step)
		}
		cv.FocusNext()
		seen := 0
		for _, back := range []bool{false, true} {
			for i := 0; i < 80; i++ {
				pressTab(cv, back)
				ff.check()
				obj := cv.Focused().(fyne.CanvasObject)
				seen++
				if !inView(h.f.scroll, obj) {
					t.Errorf("%s: after %d× Tab (back %v) the focused %T is out of view (offset %v)", step, i+1, back, obj, h.f.scroll.Offset.Y)
				}
			}
		}
		if seen == 0 {
			t.Errorf("%s: Tab reached nothing", step)
		}
	}
}

// Issue 21 item 2: a row added at the end of a long list is in view with its
// first field focused.
func TestAddedRowInView(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	h.win.Resize(fyne.NewSize(1024, 600))
	cv := h.win.Canvas()
	l := listOf[forms.Supporter](h, "supporters")
	for i := 0; i < 6; i++ {
		cv.Focus(l.addEnd)
		pressKey(cv, fyne.KeySpace, ' ')
	}
	obj := cv.Focused().(fyne.CanvasObject)
	if want := h.f.fields[l.rows[len(l.rows)-1].g.paths[0]].focus; obj != want.(fyne.CanvasObject) {
		t.Errorf("focus on %T, not the new row's first field", obj)
	}
	if !inView(h.f.scroll, obj) {
		t.Errorf("the new row's first field is out of view (offset %v)", h.f.scroll.Offset.Y)
	}
}
