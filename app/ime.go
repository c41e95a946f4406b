package app

import (
	"image"
	"math"

	"fgdraft/app/bidientry"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The text fields tell the input method where their caret is, so that it
// shows the text being composed and its candidates next to the caret rather
// than in a corner of the window (docs/ime.md). The windowing layer's call
// for it (SetPreeditCursorRectangle, fgdraft's patch of the GLFW bindings)
// takes the caret in window pixels; the fields know it in their own units.

// followCaret makes Fyne's entry e report its caret to the input method
// whenever it moves (typing, clicks, arrows, focus). view gives the entry's
// own scroller when it is known (wrapEntry keeps it); without it, the caret
// is kept inside the entry, which is where a one-line entry scrolls it.
func followCaret(e *widget.Entry, self fyne.CanvasObject, view func() *container.Scroll) {
	e.OnCursorChanged = func() {
		var scroll *container.Scroll
		if view != nil {
			scroll = view()
		}
		th := e.Theme()
		line := fyne.MeasureText("M", th.Size(theme.SizeNameText), e.TextStyle).Height
		reportCaret(self, entryCaret(e.CursorPosition(), e.Size(), scroll), line)
	}
}

// followBidiCaret makes the bidirectional entry e report its caret.
func followBidiCaret(e *bidientry.Entry) { followEmbeddedBidiCaret(e, e) }

// followEmbeddedBidiCaret makes the bidirectional entry e, embedded in the
// widget self (a table's cell), report its caret: the window knows self,
// not the entry inside it, as the focused object.
func followEmbeddedBidiCaret(self fyne.CanvasObject, e *bidientry.Entry) {
	e.OnCaretMoved = func(caret fyne.Position, lineHeight float32) {
		reportCaret(self, caret, lineHeight)
	}
}

// entryCaret is the top left of the caret of Fyne's entry inside the entry
// of the given size: cursor is where Fyne draws it in the entry's scrolled
// content, scroll the entry's scroller (nil when not known).
func entryCaret(cursor fyne.Position, size fyne.Size, scroll *container.Scroll) fyne.Position {
	p := cursor
	if scroll != nil {
		p = p.Add(scroll.Position()).Subtract(scroll.Offset)
	}
	p.X = min(max(p.X, 0), size.Width)
	p.Y = min(max(p.Y, 0), size.Height)
	return p
}

// reportCaret tells the input method of obj's window that the caret is at
// caret (relative to obj) and lineHeight high, when obj has the keyboard
// focus: an entry that is merely redrawn says nothing.
func reportCaret(obj fyne.CanvasObject, caret fyne.Position, lineHeight float32) {
	a := fyne.CurrentApp()
	if a == nil {
		return
	}
	d := a.Driver()
	c, ok := focusedIn(d, obj)
	if !ok {
		return
	}
	var native driver.NativeWindow
	for _, w := range d.AllWindows() {
		if w.Canvas() == c {
			native, _ = w.(driver.NativeWindow)
			break
		}
	}
	if native == nil {
		return // the test driver, or a window of another kind
	}
	r := caretPixels(d.AbsolutePositionForObject(obj).Add(caret), lineHeight, c.Scale())
	native.RunNative(func(ctx any) { placeCaret(ctx, r) })
}

// focusedIn is the canvas of obj when obj has its keyboard focus. A widget
// embedding an entry is the focused object, not the entry inside it.
func focusedIn(d fyne.Driver, obj fyne.CanvasObject) (fyne.Canvas, bool) {
	c := d.CanvasForObject(obj)
	if c == nil {
		return nil, false
	}
	focused, ok := c.Focused().(fyne.CanvasObject)
	return c, ok && focused == obj
}

// caretPixels is the caret at pos (in the canvas's units), lineHeight high,
// in the window's pixels at the canvas's scale: one pixel wide.
func caretPixels(pos fyne.Position, lineHeight, scale float32) image.Rectangle {
	px := func(v float32) int { return int(math.Round(float64(v * scale))) }
	x, y := px(pos.X), px(pos.Y)
	return image.Rect(x, y, x+1, y+max(px(lineHeight), 1))
}
