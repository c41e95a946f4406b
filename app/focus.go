package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// focusFollower keeps whatever has the keyboard focus in view: when focus
// moves to a widget of the scrolled form (Tab, Shift+Tab, a click, a new
// row, a finding's link) or the focused widget grows (a multi-line field
// gaining lines), the form scrolls just enough to show it whole.
//
// Fyne's canvas tells no one when focus moves (the desktop driver moves it
// on Tab itself), so the follower looks at the canvas's focused widget: on
// a short ticker in the running application, and directly wherever the
// application moves focus itself.
type focusFollower struct {
	canvas fyne.Canvas
	scroll func() *container.Scroll // the scroller of the form shown now, or nil
	last   fyne.Focusable
	size   fyne.Size
}

// followInterval is how often the running application looks at the focus:
// well under the time between two key presses, and cheap (one comparison
// while nothing changes).
const followInterval = 60 * time.Millisecond

// check scrolls the focused widget into view when it is new or has grown.
func (ff *focusFollower) check() {
	if ff.canvas == nil {
		return
	}
	focused := ff.canvas.Focused()
	obj, ok := focused.(fyne.CanvasObject)
	if !ok {
		ff.last = focused
		return
	}
	if focused == ff.last && obj.Size() == ff.size {
		return
	}
	ff.last, ff.size = focused, obj.Size()
	if s := ff.scroll(); s != nil {
		reveal(s, obj)
	}
}

// run checks the focus until stop is closed.
func (ff *focusFollower) run(stop <-chan struct{}) {
	t := time.NewTicker(followInterval)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			fyne.Do(ff.check)
		}
	}
}

// reveal scrolls s by as little as it takes to show obj whole (its top, if
// obj is taller than the view). It does nothing when obj is not inside the
// content of s or not on screen.
func reveal(s *container.Scroll, obj fyne.CanvasObject) {
	if obj == nil || s == nil || s.Content == nil || fyne.CurrentApp() == nil || !obj.Visible() {
		return
	}
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(obj) == nil || d.CanvasForObject(s.Content) == nil {
		return
	}
	content := d.AbsolutePositionForObject(s.Content)
	at := d.AbsolutePositionForObject(obj).Subtract(content)
	size, cs := obj.Size(), s.Content.Size()
	// Only a widget laid out within the content belongs to the form: the
	// step list, the navigation bar and the findings panel lie outside it.
	const slack = 1
	if at.X < -slack || at.Y < -slack || at.X+size.Width > cs.Width+slack || at.Y+size.Height > cs.Height+slack {
		return
	}
	view := s.Size().Height
	top := s.Offset.Y
	margin := theme.Padding() * 2
	off := top
	switch {
	case at.Y < top || size.Height+2*margin > view:
		off = at.Y - margin
	case at.Y+size.Height > top+view:
		off = at.Y + size.Height + margin - view
	}
	if limit := cs.Height - view; off > limit {
		off = limit
	}
	if off < 0 {
		off = 0
	}
	if off != top {
		s.ScrollToOffset(fyne.NewPos(s.Offset.X, off))
	}
}

// formScroll is the scroller of the step form shown now (nil on the review
// step, which scrolls its parts itself).
func (w *window) formScroll() *container.Scroll {
	if w.stepForms == nil {
		return nil
	}
	switch s := w.formFor(w.current).Content().(type) {
	case *pageScroll:
		return &s.Scroll
	case *container.Scroll:
		return s
	}
	return nil
}
