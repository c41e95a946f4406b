package app

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The calendar is one keyboard grid, as in GTK and Windows date pickers: it
// takes the focus when it opens and is its pop-up's only Tab stop, so that
// Tab cannot wander behind it. A cursor day moves with the arrows (by a day
// and a week; left and right follow the reading direction), Home and End go
// to the month's ends, Page Up and Page Down by a month; Enter or Space
// picks the cursor day; Escape closes the calendar from anywhere in it and
// gives the date field its focus back. Days and the month buttons answer
// the mouse and take no focus.

// calendarGrid is the focusable whole of a calendar pop-up.
type calendarGrid struct {
	widget.BaseWidget
	p       *calendarPicker
	body    fyne.CanvasObject
	focused bool
	space   bool // Space went down here: the pick waits for its release
	// onEscape closes the pop-up and returns the focus to the field.
	onEscape func()
}

func newCalendarGrid(p *calendarPicker, body fyne.CanvasObject) *calendarGrid {
	g := &calendarGrid{p: p, body: body}
	g.ExtendBaseWidget(g)
	return g
}

func (g *calendarGrid) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(g.body)
}

// FocusGained shows the cursor day.
func (g *calendarGrid) FocusGained() {
	g.focused = true
	g.p.build()
}

// FocusLost hides the cursor day.
func (g *calendarGrid) FocusLost() {
	g.focused, g.space = false, false
	g.p.build()
}

// TypedRune ignores characters (Space's comes before its release).
func (g *calendarGrid) TypedRune(rune) {}

// TypedKey moves the cursor, picks or closes.
func (g *calendarGrid) TypedKey(k *fyne.KeyEvent) {
	if !g.p.key(k.Name) && k.Name == fyne.KeyEscape && g.onEscape != nil {
		g.onEscape()
	}
}

// KeyDown notes Space, which picks on its release: the pick closes the
// pop-up and focuses the field, which would otherwise get the space.
func (g *calendarGrid) KeyDown(k *fyne.KeyEvent) {
	if k.Name == fyne.KeySpace {
		g.space = true
	}
}

// KeyUp picks the cursor day when Space comes up.
func (g *calendarGrid) KeyUp(k *fyne.KeyEvent) {
	if k.Name == fyne.KeySpace && g.space {
		g.space = false
		g.p.pick(g.p.cursor)
	}
}

var _ desktop.Keyable = (*calendarGrid)(nil)

// key handles a key of the calendar; it reports whether it used it.
// Escape is the pop-up's, not the calendar's.
func (p *calendarPicker) key(name fyne.KeyName) bool {
	forward := 1
	if p.dir.rtl {
		forward = -1
	}
	c := p.cursor
	switch name {
	case fyne.KeyRight:
		p.moveCursor(c.AddDate(0, 0, forward))
	case fyne.KeyLeft:
		p.moveCursor(c.AddDate(0, 0, -forward))
	case fyne.KeyDown:
		p.moveCursor(c.AddDate(0, 0, 7))
	case fyne.KeyUp:
		p.moveCursor(c.AddDate(0, 0, -7))
	case fyne.KeyPageDown:
		p.moveCursor(addMonthsClamped(c, 1))
	case fyne.KeyPageUp:
		p.moveCursor(addMonthsClamped(c, -1))
	case fyne.KeyHome:
		p.moveCursor(time.Date(c.Year(), c.Month(), 1, 0, 0, 0, 0, time.UTC))
	case fyne.KeyEnd:
		p.moveCursor(time.Date(c.Year(), c.Month()+1, 0, 0, 0, 0, 0, time.UTC))
	case fyne.KeyReturn, fyne.KeyEnter:
		p.pick(c)
	default:
		return false
	}
	return true
}

// addMonthsClamped goes months from t, keeping the day where the month has
// it and taking the month's last day otherwise (31 January → 28 February).
func addMonthsClamped(t time.Time, months int) time.Time {
	first := time.Date(t.Year(), t.Month()+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(t.Day(), last)-1)
}

// moveCursor puts the cursor on t, showing its month.
func (p *calendarPicker) moveCursor(t time.Time) {
	p.cursor = t
	p.month = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	p.build()
}

// dayCell is one day of the calendar: a tap picks it; it takes no focus
// (the grid has it). The selected day is marked like a default button, the
// cursor day with the focus colour while the grid has the focus.
type dayCell struct {
	widget.BaseWidget
	label  *widget.Label
	bg     *canvas.Rectangle
	onTap  func()
	cursor bool
}

func newDayCell(text string, selected, cursor bool, tapped func()) *dayCell {
	c := &dayCell{label: widget.NewLabelWithStyle(text, fyne.TextAlignCenter, fyne.TextStyle{Bold: selected}),
		bg: canvas.NewRectangle(color.Transparent), onTap: tapped, cursor: cursor}
	c.bg.CornerRadius = theme.InputRadiusSize()
	switch {
	case cursor:
		c.bg.FillColor = theme.Color(theme.ColorNameFocus)
		c.bg.StrokeColor = theme.Color(theme.ColorNamePrimary)
		c.bg.StrokeWidth = 2
	case selected:
		c.bg.FillColor = theme.Color(theme.ColorNameSelection)
	}
	if selected {
		c.label.Importance = widget.HighImportance
	}
	c.ExtendBaseWidget(c)
	return c
}

// Tapped picks the day.
func (c *dayCell) Tapped(*fyne.PointEvent) {
	if c.onTap != nil {
		c.onTap()
	}
}

// Cursor shows the pointer of something to press.
func (c *dayCell) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (c *dayCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, c.label))
}
