package app

import (
	"fgdraft/app/bidientry"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Find (Ctrl+F): a bar at the foot of the window that searches the whole
// draft and its translations (forms.Proposal.Find: case folded, in the
// wizard's order, then the translations). It does not cover the form: the
// fields found stay visible and editable above it.
//
// Typing in the bar counts the hits; Enter (or Next, or Ctrl+G from
// anywhere) goes to the next one: its step is opened and its field focused
// and scrolled into view, its text selected where the field can select; a
// hit in a translation opens the translation window on that language and
// field. Shift+Enter, Previous and Ctrl+Shift+G go back. Both wrap around.
// The hits are found again at each move, so that an edit in between
// counts. Escape in the bar closes it and gives the focus back: to the
// field of the hit last shown, or else to what had it before Ctrl+F.

// findBar is the bar's widgets and state; the window keeps one, made again
// with the interface (a new language) and keeping its query.
type findBar struct {
	w     *window
	box   *fyne.Container
	entry *findEntry
	count *widget.Label
	hits  []forms.Hit
	at    int            // the hit shown last; -1: none yet
	back  fyne.Focusable // what had the focus when the bar opened
}

// findEntry is the bar's text field: Enter goes to the next hit,
// Shift+Enter to the previous one, Escape closes the bar.
type findEntry struct {
	bidientry.Entry
	bar *findBar
}

func (e *findEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		delta := +1
		if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok && d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0 {
			delta = -1
		}
		e.bar.step(delta)
	case fyne.KeyEscape:
		e.bar.close()
	default:
		e.Entry.TypedKey(k)
	}
}

// newFindBar makes the bar for the window's interface; old is the bar of
// the previous interface, whose query and visibility it keeps.
func newFindBar(w *window, old *findBar) *findBar {
	b := &findBar{w: w, at: -1}
	b.entry = &findEntry{bar: b}
	b.entry.ExtendBaseWidget(b.entry)
	b.entry.DefaultRTL = w.ui.Lang().RTL()
	b.entry.OnChanged = func(string) { b.search() }
	b.count = widget.NewLabel("")
	label := widget.NewLabel(w.visual(w.ui.T("edit.find.label")))
	dir := w.dir()
	prev := newKeyButton(w.ui.T("edit.find.previous"), theme.MoveUpIcon(), func() { b.step(-1) })
	next := newKeyButton(w.ui.T("edit.find.next"), theme.MoveDownIcon(), func() { b.step(+1) })
	done := newKeyButton(w.ui.T("edit.find.close"), theme.CancelIcon(), b.close)
	// The field takes what room the row has; label and buttons their own.
	b.box = container.NewVBox(widget.NewSeparator(),
		dir.row(label, dir.tight(b.count, prev, next, done), b.entry))
	b.box.Hide()
	if old != nil {
		b.entry.SetText(old.entry.Text())
		if old.box.Visible() {
			b.box.Show()
			b.search()
		}
	}
	return b
}

// open shows the bar and puts the focus in its field, with its text
// selected so that typing replaces it.
func (b *findBar) open() {
	c := b.w.win.Canvas()
	if f := c.Focused(); f != b.entry {
		b.back = f
	}
	if !b.box.Visible() {
		b.box.Show()
		b.search()
	}
	c.Focus(b.entry)
	b.entry.Select(0, len([]rune(b.entry.Text())))
}

// close hides the bar and gives the focus back.
func (b *findBar) close() {
	b.box.Hide()
	c := b.w.win.Canvas()
	c.Unfocus()
	if b.at >= 0 && b.at < len(b.hits) {
		b.show(b.hits[b.at])
		return
	}
	if b.back != nil {
		c.Focus(b.back)
	}
}

// search finds the query again and says how many hits there are.
func (b *findBar) search() {
	b.hits = b.w.sess.Draft().Find(b.entry.Text())
	b.at = -1
	b.showCount()
}

// step goes delta hits on (back when negative), wrapping around, and shows it.
func (b *findBar) step(delta int) {
	if !b.box.Visible() {
		b.open()
	}
	var last forms.Hit
	had := b.at >= 0 && b.at < len(b.hits)
	if had {
		last = b.hits[b.at]
	}
	b.hits = b.w.sess.Draft().Find(b.entry.Text())
	n := len(b.hits)
	if n == 0 {
		b.at = -1
		b.showCount()
		return
	}
	switch {
	case !had && delta > 0:
		b.at = 0
	case !had:
		b.at = n - 1
	default:
		b.at = (indexOfHit(b.hits, last) + delta + n) % n
	}
	b.showCount()
	b.show(b.hits[b.at])
}

// indexOfHit is where h is among hits, or -1 when an edit changed it (Next
// then goes to the first hit, Previous to the one before the last).
func indexOfHit(hits []forms.Hit, h forms.Hit) int {
	for i, x := range hits {
		if x == h {
			return i
		}
	}
	return -1
}

// showCount writes "3 of 7", "7 found" before the first move, or "No
// match".
func (b *findBar) showCount() {
	ui := b.w.ui
	var s string
	switch {
	case b.entry.Text() == "":
		s = ""
	case len(b.hits) == 0:
		s = ui.T("edit.find.none")
	case b.at < 0:
		s = ui.N("edit.find.found", len(b.hits), nil)
	default:
		s = ui.T("edit.find.position", map[string]any{"Index": b.at + 1, "Count": len(b.hits)})
	}
	b.count.SetText(b.w.visual(s))
}

// show opens the step or the translation of a hit and focuses its field,
// with the text found selected where the field can select.
func (b *findBar) show(h forms.Hit) {
	w := b.w
	if h.Lang != "" {
		w.showTranslation(h.Lang, h.Path)
		if v := w.translate.view; v != nil {
			if c := v.env.win.Canvas(); c != nil {
				selectHit(c.Focused(), h)
			}
		}
		return
	}
	w.goToField(h.Path)
	c := w.win.Canvas()
	selectHit(c.Focused(), h)
	if s := w.formScroll(); s != nil {
		if obj, ok := c.Focused().(fyne.CanvasObject); ok {
			reveal(s, obj)
		}
	}
}

// selectHit selects the text of h in the focused field, if it can select.
func selectHit(f fyne.Focusable, h forms.Hit) {
	if s, ok := f.(interface{ Select(start, end int) }); ok {
		s.Select(h.Start, h.End)
	}
}

// openFind is Edit → Find and Ctrl+F.
func (w *window) openFind() {
	if w.find != nil {
		w.find.open()
	}
}

// findStep is Edit → Find next and Find previous (Ctrl+G, Ctrl+Shift+G).
func (w *window) findStep(delta int) {
	if w.find != nil {
		w.find.step(delta)
	}
}
