package bidientry

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// content is what scrolls inside the entry: the lines, the selection and the
// caret. It takes the mouse.
type content struct {
	widget.BaseWidget
	entry *Entry
}

func (c *content) CreateRenderer() fyne.WidgetRenderer {
	r := &contentRenderer{c: c, caret: canvas.NewRectangle(nil), placeholder: canvas.NewText("", nil)}
	r.Refresh()
	return r
}

// Tapped focuses the entry and puts the caret where it was tapped.
func (c *content) Tapped(ev *fyne.PointEvent) {
	e := c.entry
	e.requestFocus()
	if e.dragging {
		return
	}
	c.placeCaret(ev.Position, e.shift)
}

func (c *content) placeCaret(p fyne.Position, extend bool) {
	e := c.entry
	e.layoutContent()
	li, x := e.pointAt(p)
	e.prepare().PlaceAt(li, x, extend)
	e.caretMoved()
}

// DoubleTapped selects the word tapped.
func (c *content) DoubleTapped(ev *fyne.PointEvent) {
	e := c.entry
	e.layoutContent()
	li, x := e.pointAt(ev.Position)
	m := e.prepare()
	m.SelectWord(m.OffsetAt(li, x))
	e.caretMoved()
}

// TappedSecondary shows the clipboard menu.
func (c *content) TappedSecondary(ev *fyne.PointEvent) {
	c.entry.requestFocus()
	c.entry.showMenu(ev.AbsolutePosition)
}

// MouseDown starts a selection with the primary button.
func (c *content) MouseDown(ev *desktop.MouseEvent) {
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	c.entry.requestFocus()
	c.placeCaret(ev.Position, c.entry.shift || ev.Modifier&fyne.KeyModifierShift != 0)
}

// MouseUp implements desktop.Mouseable.
func (c *content) MouseUp(*desktop.MouseEvent) {}

// Dragged extends the selection to the pointer.
func (c *content) Dragged(ev *fyne.DragEvent) {
	c.entry.dragging = true
	c.placeCaret(ev.Position, true)
}

// DragEnd ends a selection by dragging.
func (c *content) DragEnd() { c.entry.dragging = false }

// Cursor shows the text cursor over the text.
func (c *content) Cursor() desktop.Cursor { return desktop.TextCursor }

type contentRenderer struct {
	c           *content
	texts       []*canvas.Text
	used        int
	sel         []*canvas.Rectangle
	selUsed     int
	caret       *canvas.Rectangle
	blink       *fyne.Animation
	placeholder *canvas.Text
	objs        []fyne.CanvasObject
}

func (r *contentRenderer) Layout(fyne.Size) {}

func (r *contentRenderer) MinSize() fyne.Size {
	e := r.c.entry
	m := e.prepare()
	pad := e.Theme().Size(theme.SizeNameInnerPadding)
	lines := m.Lines()
	w := float32(0)
	if !e.Wrapping {
		for _, ln := range lines {
			w = max(w, ln.Width)
		}
	}
	return fyne.NewSize(w+2*pad, float32(len(lines))*e.lineHeight()+2*pad)
}

func (r *contentRenderer) text() *canvas.Text {
	if r.used == len(r.texts) {
		r.texts = append(r.texts, canvas.NewText("", nil))
	}
	t := r.texts[r.used]
	r.used++
	return t
}

func (r *contentRenderer) rect() *canvas.Rectangle {
	if r.selUsed == len(r.sel) {
		r.sel = append(r.sel, canvas.NewRectangle(nil))
	}
	s := r.sel[r.selUsed]
	r.selUsed++
	return s
}

// Refresh places a text object per piece of every line, the selection's
// pieces under them and the caret over them.
func (r *contentRenderer) Refresh() {
	e := r.c.entry
	m := e.prepare()
	th := e.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	pad := th.Size(theme.SizeNameInnerPadding)
	size := th.Size(theme.SizeNameText)
	lh := e.lineHeight()
	fg := th.Color(theme.ColorNameForeground, v)
	if e.disabled {
		fg = th.Color(theme.ColorNameDisabled, v)
	}
	lines := m.Lines()
	r.used, r.selUsed = 0, 0

	for _, sp := range m.SelectionSpans() {
		s := r.rect()
		s.FillColor = th.Color(theme.ColorNameSelection, v)
		s.Move(fyne.NewPos(pad+sp.X0, pad+float32(sp.Line)*lh))
		s.Resize(fyne.NewSize(sp.X1-sp.X0, lh))
	}
	for li, ln := range lines {
		y := pad + float32(li)*lh
		for _, p := range ln.Pieces {
			t := r.text()
			t.Text = drawable(p.Text)
			t.Color = fg
			t.TextSize = size
			t.TextStyle = e.TextStyle
			t.FontSource = e.FontSource
			t.Move(fyne.NewPos(pad+ln.X+p.X, y))
			t.Resize(fyne.NewSize(p.Width, lh))
		}
	}

	r.placeholder.Text = ""
	if m.Len() == 0 && e.PlaceHolder != "" {
		r.placeholder.Text = e.PlaceHolder
		r.placeholder.Color = th.Color(theme.ColorNamePlaceHolder, v)
		r.placeholder.TextSize = size
		r.placeholder.TextStyle = e.TextStyle
		r.placeholder.FontSource = e.FontSource
		ms := r.placeholder.MinSize()
		x := pad
		if e.DefaultRTL {
			x = max(pad, pad+m.width-ms.Width)
		}
		r.placeholder.Move(fyne.NewPos(x, pad))
		r.placeholder.Resize(fyne.NewSize(ms.Width, lh))
	}

	showCaret := e.focused && !e.disabled
	r.blinking(showCaret)
	if showCaret {
		li, x := m.CaretPlace()
		w := th.Size(theme.SizeNameInputBorder)
		x = max(0, min(x, max(m.width, r.c.Size().Width-2*pad)))
		r.caret.FillColor = th.Color(theme.ColorNamePrimary, v)
		r.caret.Move(fyne.NewPos(pad+x-w/2, pad+float32(li)*lh))
		r.caret.Resize(fyne.NewSize(w, lh))
	}

	r.objs = r.objs[:0]
	for _, s := range r.sel[:r.selUsed] {
		r.objs = append(r.objs, s)
	}
	for _, t := range r.texts[:r.used] {
		r.objs = append(r.objs, t)
	}
	if r.placeholder.Text != "" {
		r.objs = append(r.objs, r.placeholder)
	}
	if showCaret {
		r.objs = append(r.objs, r.caret)
	}
	canvas.Refresh(r.c)
}

// caretSolid is how long the caret stays solid after it moved or text was
// typed, before it blinks again.
const caretSolid = 600 * time.Millisecond

// blinking starts or stops the caret's blinking: solid for half a second,
// dimmed for the other half, solid while the user types.
func (r *contentRenderer) blinking(on bool) {
	if !on {
		if r.blink != nil {
			r.blink.Stop()
			r.blink = nil
		}
		return
	}
	if r.blink != nil {
		return
	}
	r.blink = fyne.NewAnimation(time.Second/2, func(f float32) {
		c := r.c.entry.Theme().Color(theme.ColorNamePrimary, fyne.CurrentApp().Settings().ThemeVariant())
		if f < 0.5 && time.Since(r.c.entry.caretMovedAt) > caretSolid {
			red, green, blue, _ := c.RGBA()
			c = color.NRGBA{R: uint8(red >> 8), G: uint8(green >> 8), B: uint8(blue >> 8), A: 0x30}
		}
		if r.caret.FillColor != c {
			r.caret.FillColor = c
			r.caret.Refresh()
		}
	})
	r.blink.AutoReverse = true
	r.blink.RepeatCount = fyne.AnimationRepeatForever
	r.blink.Curve = fyne.AnimationLinear
	r.blink.Start()
}

func (r *contentRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *contentRenderer) Destroy() { r.blinking(false) }
