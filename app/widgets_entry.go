package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// wrapEntry is a multi-line entry that wraps at words. It works around a
// defect of Fyne 2.7.1: when a space typed at the end of the text becomes the
// point where the line wraps, the space is not part of any row, and the
// entry leaves its cursor at the end of the row before it, that is before
// the space; the next word is then glued to the previous one and the space
// ends up after it ("can bedecrypted "). The cursor belongs one column
// further, after the space.
type wrapEntry struct {
	widget.Entry
}

func newWrapEntry() *wrapEntry {
	e := &wrapEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// TypedRune types r and makes sure the cursor stands right after it.
func (e *wrapEntry) TypedRune(r rune) {
	want := e.CursorTextOffset() + 1
	e.Entry.TypedRune(r)
	if r == ' ' && e.CursorTextOffset() == want-1 {
		e.CursorColumn++
	}
}
