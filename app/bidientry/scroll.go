package bidientry

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// viewport shows the part of the content the offset points at, clipped to
// the entry. It is not a container.Scroll: a Scroll takes the mouse wheel
// even when it has nothing to scroll, and a form of many entries would then
// stop scrolling under the pointer. The wheel is taken (by wheel, laid over
// the text) only while the text does not fit.
type viewport struct {
	clip   *container.Clip
	offset fyne.Position
	wheel  *wheel
	bar    *canvas.Rectangle
}

func newViewport(e *Entry) *viewport {
	v := &viewport{clip: container.NewClip(e.content), bar: canvas.NewRectangle(nil)}
	v.wheel = &wheel{e: e}
	v.wheel.ExtendBaseWidget(v.wheel)
	return v
}

// wheel takes the mouse wheel over an entry whose text does not fit.
type wheel struct {
	widget.BaseWidget
	e *Entry
}

// Scrolled scrolls the text: a one-line entry sideways (with either wheel).
func (w *wheel) Scrolled(ev *fyne.ScrollEvent) {
	dx, dy := ev.Scrolled.DX, ev.Scrolled.DY
	if !w.e.Wrapping {
		if dx == 0 {
			dx = dy
		}
		dy = 0
	}
	w.e.scrollTo(w.e.view.offset.Subtract(fyne.NewPos(dx, dy)))
}

func (w *wheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(nil))
}

// overflow is how far the content reaches past the viewport.
func (e *Entry) overflow() fyne.Size {
	view := e.view.clip.Size()
	ms := e.content.MinSize()
	return fyne.NewSize(max(0, ms.Width-view.Width), max(0, ms.Height-view.Height))
}

// scrollTo moves the viewport to off, kept within the content, and shows the
// wheel and the bar when there is something to scroll.
func (e *Entry) scrollTo(off fyne.Position) {
	v := e.view
	over := e.overflow()
	off.X = max(0, min(off.X, over.Width))
	off.Y = max(0, min(off.Y, over.Height))
	v.offset = off
	e.content.Move(fyne.NewPos(-off.X, -off.Y))

	view := v.clip.Size()
	v.wheel.Resize(view)
	v.wheel.Move(v.clip.Position())
	if over.Width == 0 && over.Height == 0 {
		v.wheel.Hide()
		v.bar.Hide()
		return
	}
	v.wheel.Show()
	th := e.Theme()
	v.bar.FillColor = th.Color(theme.ColorNameScrollBar, fyne.CurrentApp().Settings().ThemeVariant())
	thick := th.Size(theme.SizeNameScrollBarSmall)
	v.bar.CornerRadius = thick / 2
	ms := e.content.MinSize()
	if over.Height > 0 {
		h := max(thick*2, view.Height*view.Height/ms.Height)
		y := (view.Height - h) * off.Y / over.Height
		v.bar.Resize(fyne.NewSize(thick, h))
		v.bar.Move(v.clip.Position().Add(fyne.NewPos(view.Width-thick-1, y)))
	} else {
		w := max(thick*2, view.Width*view.Width/ms.Width)
		x := (view.Width - w) * off.X / over.Width
		v.bar.Resize(fyne.NewSize(w, thick))
		v.bar.Move(v.clip.Position().Add(fyne.NewPos(x, view.Height-thick-1)))
	}
	v.bar.Show()
	v.bar.Refresh()
}
