package app

import (
	"strconv"
	"time"

	"fgdraft/forms"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Pickers: the calendar of a date field and the drop-down of a country
// field. Each field is one Tab stop: the button that opens the picker is
// for the mouse only (pickButton), and Alt+Down opens it from the keyboard.
// Escape closes an open picker without a choice.

// openPickerShortcut opens the picker of the focused date or country field.
var openPickerShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}

// isOpenPicker reports whether s is the shortcut that opens a picker.
func isOpenPicker(s fyne.Shortcut) bool {
	return s.ShortcutName() == openPickerShortcut.ShortcutName()
}

// pickButton is an icon inside an entry that opens its picker when tapped.
// It takes no focus, so that Tab goes from field to field.
type pickButton struct {
	widget.BaseWidget
	res      fyne.Resource
	icon     *widget.Icon
	onTapped func()
	disabled bool
}

func newPickButton(res fyne.Resource, tapped func()) *pickButton {
	b := &pickButton{res: res, icon: widget.NewIcon(res), onTapped: tapped}
	b.ExtendBaseWidget(b)
	return b
}

// Tapped opens the picker.
func (b *pickButton) Tapped(*fyne.PointEvent) {
	if !b.disabled && b.onTapped != nil {
		b.onTapped()
	}
}

// Cursor shows the pointer of something to press.
func (b *pickButton) Cursor() desktop.Cursor { return desktop.PointerCursor }

// Disable greys the button out; taps do nothing.
func (b *pickButton) Disable() {
	b.disabled = true
	b.icon.SetResource(theme.NewDisabledResource(b.res))
}

// Enable makes the button work again.
func (b *pickButton) Enable() {
	b.disabled = false
	b.icon.SetResource(b.res)
}

// Disabled reports whether the button is disabled.
func (b *pickButton) Disabled() bool { return b.disabled }

func (b *pickButton) MinSize() fyne.Size {
	return fyne.NewSquareSize(theme.IconInlineSize() + 2*theme.InnerPadding())
}

func (b *pickButton) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewCenter(b.icon))
}

// pickerKeys routes Escape (and keys) to an open picker: with a pop-up
// shown, keys that no widget of it takes reach the canvas. The canvas's own
// handler is put back once the pop-up is gone, and gets every other key.
// keys returns true for a key it used.
func pickerKeys(c fyne.Canvas, pop *widget.PopUp, keys func(*fyne.KeyEvent) bool) {
	prev := c.OnTypedKey()
	handler := func(k *fyne.KeyEvent) {
		if !pop.Visible() {
			c.SetOnTypedKey(prev)
			if prev != nil {
				prev(k)
			}
			return
		}
		if !keys(k) && prev != nil {
			prev(k)
		}
	}
	c.SetOnTypedKey(handler)
}

// calendarPicker is a month of days to pick a date from, with buttons that
// go a month or a year back and forth (PageUp and PageDown go by months).
type calendarPicker struct {
	ui       *locales.Localizer
	dir      direction
	month    time.Time // the first day of the month shown
	cursor   time.Time // the day the keys move and Enter picks
	selected forms.Date
	onPick   func(forms.Date)

	title *widget.Label
	days  *fyne.Container
	// grid is the calendar as one focusable widget (calendar_keys.go).
	grid    *calendarGrid
	content fyne.CanvasObject
	// The buttons that go a year or a month back and forth: for the mouse
	// (the keys are Page Up and Page Down), so that the grid is the one
	// Tab stop.
	prevYear, prevMonth, nextMonth, nextYear *pickButton
}

func newCalendarPicker(ui *locales.Localizer, dir direction, show time.Time, selected forms.Date, onPick func(forms.Date)) *calendarPicker {
	p := &calendarPicker{ui: ui, dir: dir, selected: selected, onPick: onPick,
		month: time.Date(show.Year(), show.Month(), 1, 0, 0, 0, 0, time.UTC)}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	p.cursor = time.Date(show.Year(), show.Month(), show.Day(), 0, 0, 0, 0, time.UTC)
	nav := func(icon fyne.Resource, months int) *pickButton {
		return newPickButton(icon, func() { p.shift(months) })
	}
	// Earlier months lie to the left, or to the right in a right-to-left
	// interface.
	earlier, later := dir.backIcon(), dir.forwardIcon()
	muchEarlier, muchLater := dir.pointing(theme.MediaFastRewindIcon(), theme.MediaFastForwardIcon())
	p.prevYear, p.prevMonth = nav(muchEarlier, -12), nav(earlier, -1)
	p.nextMonth, p.nextYear = nav(later, 1), nav(muchLater, 12)
	head := dir.row(dir.tight(p.prevYear, p.prevMonth), dir.tight(p.nextMonth, p.nextYear), p.title)
	p.days = container.NewGridWithColumns(7)
	p.grid = newCalendarGrid(p, container.NewBorder(head, nil, nil, nil, p.days))
	p.content = p.grid
	p.build()
	return p
}

// shift shows the month months later (earlier when negative).
// The cursor goes along, to the same day where the month has it.
func (p *calendarPicker) shift(months int) {
	p.moveCursor(addMonthsClamped(p.cursor, months))
}

// keys handles the calendar's keys when they reach the canvas.
func (p *calendarPicker) keys(k *fyne.KeyEvent) bool { return p.key(k.Name) }

// pick chooses the day t.
func (p *calendarPicker) pick(t time.Time) {
	if p.onPick != nil {
		p.onPick(forms.NewDate(t.Year(), t.Month(), t.Day()))
	}
}

// build fills the grid: weekday names (Monday first), blanks before the
// first day, then one button per day.
func (p *calendarPicker) build() {
	p.title.SetText(uiText(p.ui, p.ui.T("month."+strconv.Itoa(int(p.month.Month())))+" "+strconv.Itoa(p.month.Year())))
	var cells []fyne.CanvasObject
	for d := 1; d <= 7; d++ {
		l := widget.NewLabelWithStyle(p.ui.T("wizard.weekday."+strconv.Itoa(d)), fyne.TextAlignCenter, fyne.TextStyle{})
		l.Importance = widget.LowImportance
		cells = append(cells, l)
	}
	lead := (int(p.month.Weekday()) + 6) % 7 // Monday is 0
	for range lead {
		cells = append(cells, widget.NewLabel(""))
	}
	last := p.month.AddDate(0, 1, -1).Day()
	for d := 1; d <= last; d++ {
		day := p.month.AddDate(0, 0, d-1)
		date := forms.NewDate(day.Year(), day.Month(), d)
		cursor := p.grid != nil && p.grid.focused && day.Equal(p.cursor)
		cells = append(cells, newDayCell(strconv.Itoa(d), date == p.selected, cursor, func() { p.pick(day) }))
	}
	p.days.Objects = p.dir.gridCells(7, cells) // each week runs in reading order
	p.days.Refresh()
}
