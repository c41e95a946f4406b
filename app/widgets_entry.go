package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wrapEntry is a multi-line entry that wraps at words, the wizard's field
// wrapper for free text. It works around a defect of Fyne 2.7.1: when a
// space typed at the end of the text becomes the point where the line
// wraps, the space is not part of any row, and the entry leaves its cursor
// at the end of the row before it, that is before the space; the next word
// is then glued to the previous one and the space ends up after it ("can
// bedecrypted "). The cursor belongs one column further, after the space.
//
// Tab and Shift+Tab leave the field (see tabLeaves): a proposal has no use
// for tab characters, and keyboard users must be able to reach the next
// field and the Back and Next buttons.
type wrapEntry struct {
	widget.Entry
	inner *container.Scroll // the entry's own scroller, once rendered
}

func newWrapEntry() *wrapEntry {
	e := &wrapEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	followCaret(&e.Entry, e, func() *container.Scroll { return e.inner })
	return e
}

// TypedRune types r and makes sure the cursor stands right after it.
func (e *wrapEntry) TypedRune(r rune) {
	if r == '\t' {
		return // a tab never enters a draft from the keyboard
	}
	want := e.CursorTextOffset() + 1
	e.Entry.TypedRune(r)
	if r == ' ' && e.CursorTextOffset() == want-1 {
		e.CursorColumn++
	}
}

// AcceptsTab tells the window that Tab moves the focus out of the entry.
func (e *wrapEntry) AcceptsTab() bool { return false }

// TypedShortcut adds Ctrl+Home and Ctrl+End (with Shift, selecting), to the
// text's start and end as in a word processor; Fyne's entry has them on
// Page Up and Page Down only.
func (e *wrapEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.Modifier&^fyne.KeyModifierShift == fyne.KeyModifierControl {
		switch cs.KeyName {
		case fyne.KeyHome:
			e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
			return
		case fyne.KeyEnd:
			e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
			return
		}
	}
	e.Entry.TypedShortcut(s)
}

// FocusLost shows the text from its first line again: a field left
// scrolled to where it was typed in shows the end of a sentence, cut, under
// its label. The caret stays where it was.
func (e *wrapEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.inner != nil {
		e.inner.ScrollToTop()
	}
}

// TypedKey moves the focus on Tab, should the key reach the entry anyway.
func (e *wrapEntry) TypedKey(k *fyne.KeyEvent) {
	if tabLeaves(e, k) {
		return
	}
	e.Entry.TypedKey(k)
}

// tabLeaves handles Tab typed into a field: it moves the focus to the next
// widget (the previous one with Shift) and reports true; any other key is
// left to the field. A field type embeds the call in its TypedKey and
// answers false to AcceptsTab, which is all a new kind of entry needs to
// behave like the others.
func tabLeaves(obj fyne.CanvasObject, k *fyne.KeyEvent) bool {
	if k.Name != fyne.KeyTab {
		return false
	}
	a := fyne.CurrentApp()
	if a == nil {
		return true
	}
	c := a.Driver().CanvasForObject(obj)
	if c == nil {
		return true
	}
	if d, ok := a.Driver().(desktop.Driver); ok && d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0 {
		c.FocusPrevious()
	} else {
		c.FocusNext()
	}
	return true
}

// CreateRenderer keeps the entry's own scroller, so that the mouse wheel
// can be passed on (see wheelChain).
func (e *wrapEntry) CreateRenderer() fyne.WidgetRenderer {
	r := e.Entry.CreateRenderer()
	for _, o := range r.Objects() {
		if s, ok := o.(*container.Scroll); ok {
			e.inner = s
		}
	}
	return r
}

// wheelChain lies over a multi-line entry and takes the mouse wheel, which
// the entry's own scroller would swallow even when the text fits: the
// entry scrolls while it has text further in that direction, the page
// (the form's scroller) otherwise. Taps, drags and the pointer go to the
// entry underneath: the chain takes nothing but the wheel.
type wheelChain struct {
	widget.BaseWidget
	entry *wrapEntry // nil: a one-line entry, which never takes the wheel
	page  fyne.Scrollable
}

func newWheelChain(e *wrapEntry, page fyne.Scrollable) *wheelChain {
	w := &wheelChain{entry: e, page: page}
	w.ExtendBaseWidget(w)
	return w
}

// Scrolled scrolls the entry or the page.
func (w *wheelChain) Scrolled(ev *fyne.ScrollEvent) {
	if w.entry != nil {
		if in := w.entry.inner; in != nil && in.Visible() && canScroll(in, ev.Scrolled.DY) {
			in.Scrolled(ev)
			return
		}
	}
	if w.page != nil {
		w.page.Scrolled(ev)
	}
}

// canScroll reports whether s has content further in the direction of a
// wheel turn of dy (negative: down).
func canScroll(s *container.Scroll, dy float32) bool {
	if s.Content == nil {
		return false
	}
	end := s.Content.MinSize().Height - s.Size().Height
	if dy < 0 {
		return s.Offset.Y < end
	}
	return dy > 0 && s.Offset.Y > 0
}

func (w *wheelChain) MinSize() fyne.Size { return fyne.Size{} }

func (w *wheelChain) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}

// pageScroll is the form's scroller. One notch of the mouse wheel moves the
// page by wheelLines lines of text, as word processors and browsers do;
// Fyne moves a scroller by 25 units a notch on Linux and Windows (10 on
// macOS), less than one field with its label.
type pageScroll struct {
	container.Scroll
}

// wheelLines is how many lines of text a notch of the wheel scrolls.
const wheelLines = 3

// fyneNotch is the distance Fyne's desktop driver gives one notch.
const fyneNotch = 25

func newPageScroll(content fyne.CanvasObject) *pageScroll {
	s := &pageScroll{}
	s.Content = content
	s.Direction = container.ScrollVerticalOnly
	s.ExtendBaseWidget(s)
	return s
}

// Scrolled scrolls the page by wheelLines lines a notch.
func (s *pageScroll) Scrolled(ev *fyne.ScrollEvent) {
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
	scaled := *ev
	scaled.Scrolled.DY = ev.Scrolled.DY * wheelLines * line / fyneNotch
	s.Scroll.Scrolled(&scaled)
}

// oneLineFyneEntry tells Fyne's one-line entry, alone or in the wizard's
// date and country fields.
func oneLineFyneEntry(f fyne.Focusable) bool {
	switch e := f.(type) {
	case *widget.Entry:
		return !e.MultiLine
	case *dateEntry:
		return !e.MultiLine
	case *countryEntry:
		return !e.MultiLine
	}
	return false
}
