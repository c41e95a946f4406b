package app

import (
	"fgdraft/app/bidientry"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// bidiText reports whether the form's free text is edited with the
// bidirectional entry: when the interface or the draft's language is right
// to left, or Chinese. Fyne's entry lays Arabic out left to right with its
// runs in logical order, and wraps Chinese anywhere, starting lines with
// "、" or "，"; the bidirectional entry breaks lines with the text layer's
// rules, as the document does. Elsewhere Fyne's entry stays, as it was.
func (f *form) bidiText() bool {
	if f.dir.rtl || f.env.ui.Lang() == forms.Chinese {
		return true
	}
	return f.env.draft != nil && (f.env.draft.Language.RTL() || f.env.draft.Language == forms.Chinese)
}

// newBidiEntry is a bidirectional entry for the form: one line (wrapped) or
// several, its empty paragraphs in the interface's direction.
func (f *form) newBidiEntry(multiLine bool, rows int) *bidientry.Entry {
	var e *bidientry.Entry
	if multiLine {
		e = bidientry.NewMultiLineEntry()
	} else {
		e = bidientry.NewEntry()
		e.Wrapping = true
	}
	e.DefaultRTL = f.dir.rtl
	e.SetMinRowsVisible(rows)
	followBidiCaret(e)
	return e
}

// wordCount is the live word (or character) count shown under a prose
// field, and the function that updates it for a text.
func (f *form) wordCount() (*widget.Label, func(string)) {
	count := widget.NewLabel("")
	count.SizeName = theme.SizeNameCaptionText
	count.Importance = widget.LowImportance
	count.Alignment = f.dir.endAlign()
	last := -1
	lastChars := false
	return count, func(s string) {
		n, chars := textLength(s)
		if n == 0 {
			// An empty field counts in the interface's unit: in Chinese,
			// the characters that a Chinese text is counted in ("0 字"
			// before "118 字", not "0 个词").
			chars = f.env.ui.Lang() == forms.Chinese
		}
		if n == last && chars == lastChars {
			return
		}
		last, lastChars = n, chars
		if chars {
			count.SetText(f.vis(f.env.ui.N("editor.characters", n, nil)))
		} else {
			count.SetText(f.vis(f.env.ui.N("editor.words", n, nil)))
		}
	}
}

// textField is what a step needs of a one-line text field: to focus it, and
// to enable and disable it.
type textField interface {
	fyne.Focusable
	disableable
}

// bidiLine is text with the bidirectional entry: one line that scrolls
// sideways. Phone numbers keep Fyne's entry: they are written left to right
// in every language, and a right-to-left paragraph would reverse their
// groups of digits (UAX #9).
func (g *grid) bidiLine(path string, get func() *string, hint string) *bidientry.Entry {
	f := g.f
	e := bidientry.NewEntry()
	e.DefaultRTL = f.dir.rtl
	followBidiCaret(e)
	if hint != "" {
		e.SetPlaceHolder(f.vis(f.T(hint)))
	}
	box, note := f.withHiddenNote(e)
	g.bindBidi(e, path, get, note)
	g.add(path, "", box, e)
	return e
}

// bidiProse is prose with the bidirectional entry.
func (g *grid) bidiProse(path string, get func() *string, rows int) *bidientry.Entry {
	f := g.f
	e := f.newBidiEntry(true, rows)
	count, updateCount := f.wordCount()
	box, note := f.withHiddenNote(container.NewBorder(nil, count, nil, nil, e))
	g.bindBidi(e, path, get, func(s string) {
		updateCount(s)
		note(s)
	})
	g.add(path, "", box, e)
	return e
}

// bindBidi keeps e and its field in step: the field's text is shown now and
// on every reload, and every edit is stored and reported. also, when not
// nil, sees the text each time (the word count, the hidden characters).
func (g *grid) bindBidi(e *bidientry.Entry, path string, get func() *string, also func(string)) {
	f := g.f
	show := func() {
		e.SetText(*get())
		if also != nil {
			also(e.Text())
		}
	}
	show()
	e.OnChanged = func(s string) {
		if also != nil {
			also(s)
		}
		if f.loading > 0 {
			return
		}
		*get() = s
		f.edited(path)
	}
	g.onReload(show)
}

// bidiLongText is longText with the bidirectional entry: line feeds typed or
// pasted become spaces.
func (g *grid) bidiLongText(path string, get func() *string, hint string, rows int) *bidientry.Entry {
	f := g.f
	e := f.newBidiEntry(false, rows)
	if hint != "" {
		e.SetPlaceHolder(f.vis(f.T(hint)))
	}
	box, note := f.withHiddenNote(e)
	g.bindBidi(e, path, get, note)
	g.add(path, "", box, e)
	return e
}
