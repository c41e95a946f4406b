package app

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"fgdraft/forms"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dateEntry is an entry for a date typed as ISO 8601 (YYYY-MM-DD), with a
// button that opens a calendar to pick it. A text that is not a date gets a
// message naming the problem ("February 2027 has 28 days") and leaves the
// draft as it was; an empty entry is "no date".
type dateEntry struct {
	widget.Entry
	ui     *locales.Localizer
	dir    direction
	onDate func(forms.Date) // a valid date (or the zero Date) was typed or picked
	// onProblem is called with the text when a message says it is no date,
	// and with "" when the message goes.
	onProblem func(text string)
	msg       *widget.Label
	box       fyne.CanvasObject
	pick      *pickButton
	pop       *widget.PopUp
	cal       *calendarPicker // the calendar of the open pop-up
	// loading suppresses onDate while the entry is set from the draft.
	loading bool
}

func newDateEntry(ui *locales.Localizer, dir direction) *dateEntry {
	d := &dateEntry{ui: ui, dir: dir}
	d.ExtendBaseWidget(d)
	d.SetPlaceHolder(uiText(ui, ui.T("editor.date.placeholder")))
	d.msg = errorText()
	d.pick = newPickButton(theme.CalendarIcon(), d.openPicker)
	d.ActionItem = d.pick
	d.OnChanged = func(s string) { d.check(s, false) }
	d.box = container.NewVBox(container.New(&narrowLayout{width: 170, dir: dir}, d), d.msg)
	return d
}

// setDate shows a date of the draft, clearing any message.
func (d *dateEntry) setDate(v forms.Date) {
	d.clearProblem()
	if cur, problem := parseISODate(d.Text, d.ui); problem == "" && cur == v && (d.Text != "" || v.IsZero()) {
		return
	}
	d.loading = true
	d.SetText(v.String())
	d.loading = false
}

// check validates the text; final is true when the user left the entry, so
// that an unfinished date is reported too.
func (d *dateEntry) check(s string, final bool) {
	v, problem := parseISODate(s, d.ui)
	if problem != "" {
		if !final && isPartialDate(s) {
			d.clearProblem()
			return
		}
		setErrorText(d.msg, uiText(d.ui, problem))
		if d.onProblem != nil {
			d.onProblem(s)
		}
		return
	}
	d.clearProblem()
	if !d.loading && d.onDate != nil {
		d.onDate(v)
	}
}

// clearProblem takes the message away.
func (d *dateEntry) clearProblem() {
	setErrorText(d.msg, "")
	if d.onProblem != nil {
		d.onProblem("")
	}
}

// FocusLost reports an unfinished date when the user leaves the entry.
func (d *dateEntry) FocusLost() {
	d.Entry.FocusLost()
	d.check(d.Text, true)
}

func (d *dateEntry) openPicker() {
	if fyne.CurrentApp() == nil {
		return
	}
	drv := fyne.CurrentApp().Driver()
	c := drv.CanvasForObject(d)
	if c == nil {
		return
	}
	start := time.Now()
	v, problem := parseISODate(d.Text, d.ui)
	if problem == "" && !v.IsZero() {
		start = v.Time()
	}
	d.cal = newCalendarPicker(d.ui, d.dir, start, v, func(picked forms.Date) {
		d.SetText(picked.String())
		d.closePicker()
	})
	d.pop = widget.NewPopUp(d.cal.content, c)
	pos := drv.AbsolutePositionForObject(d).Add(fyne.NewPos(0, d.Size().Height))
	d.pop.ShowAtPosition(pos)
	d.cal.grid.onEscape = d.closePicker
	c.Focus(d.cal.grid)
	pickerKeys(c, d.pop, func(k *fyne.KeyEvent) bool {
		if k.Name == fyne.KeyEscape {
			d.closePicker()
			return true
		}
		return d.cal.keys(k)
	})
}

// closePicker hides the calendar and gives the entry the focus back.
func (d *dateEntry) closePicker() {
	if d.pop == nil || !d.pop.Visible() {
		return
	}
	d.pop.Hide()
	if c := fyne.CurrentApp().Driver().CanvasForObject(d); c != nil {
		c.Focus(d)
	}
}

// TypedShortcut opens the calendar on Alt+Down.
func (d *dateEntry) TypedShortcut(s fyne.Shortcut) {
	if isOpenPicker(s) {
		d.openPicker()
		return
	}
	d.Entry.TypedShortcut(s)
}

var (
	isoDate     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	partialDate = regexp.MustCompile(`^\d{0,4}(-(\d{0,2}(-\d{0,2})?)?)?$`)
)

// isPartialDate reports whether s could still become a date by typing on.
func isPartialDate(s string) bool {
	return len(s) < len("2006-01-02") && partialDate.MatchString(s)
}

// parseISODate reads YYYY-MM-DD. It returns a message naming the problem in
// the interface language, or "" when s is a date (or empty).
func parseISODate(s string, ui *locales.Localizer) (forms.Date, string) {
	if forms.Blank(s) {
		return forms.Date{}, ""
	}
	s = strings.TrimSpace(s)
	m := isoDate.FindStringSubmatch(s)
	if m == nil {
		return forms.Date{}, ui.T("editor.date.format", map[string]any{"Text": s})
	}
	year, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	if month < 1 || month > 12 {
		return forms.Date{}, ui.T("editor.date.month", map[string]any{"Text": s, "Month": m[2]})
	}
	days := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if day < 1 || day > days {
		return forms.Date{}, ui.T("editor.date.day", map[string]any{
			"Text": s, "Day": day, "Days": days, "Year": year,
			"Month": ui.T("month." + strconv.Itoa(month)),
		})
	}
	return forms.Date{Year: year, Month: time.Month(month), Day: day}, ""
}

// Disable disables the entry and its calendar button.
func (d *dateEntry) Disable() {
	d.Entry.Disable()
	d.pick.Disable()
}

// Enable enables the entry and its calendar button.
func (d *dateEntry) Enable() {
	d.Entry.Enable()
	d.pick.Enable()
}
