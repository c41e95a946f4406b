package app

import (
	"strconv"
	"strings"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// The field constructors below each make one widget for the field of a typed
// handle (forms.FGScope, forms.GapEntryGap.At(i)), so that a misspelt field
// does not compile; they add it to a grid with its label, write every edit
// into the draft and report the handle's path, and register how to re-read
// the widget from the draft. The field is looked up in the draft on every
// use, never cached: the window may replace the draft's lists (or the whole
// proposal value) between calls.

// bound is the accessor of h's field in the draft the form edits, looked up
// anew on every call.
func bound[T any](f *form, h forms.Field[T]) func() *T {
	return h.Bind(func() *forms.Proposal { return f.env.draft })
}

// look is how a string field shows beyond what its kind decides: the hint
// (a message key) a one-line entry shows while empty, and the rows a
// paragraph field (prose) or a long line shows. Zero rows: prose shows four,
// a line one.
type look struct {
	hint string
	rows int
}

// field is the entry for a string field, the one its declared kind calls
// for (forms.Field.Kind, generated from the model's fg tag), so that no step
// chooses again: prose a wrapping entry with a word count, a country the
// country picker, a phone number the plain left-to-right entry in every
// language, any other one-line field an entry of one line, or of l.rows
// wrapped rows for a long one (titles, the source). Where the text or the
// interface is right to left, free text gets the bidirectional entry.
func (g *grid) field(h forms.Field[string], l look) textField {
	switch h.Kind() {
	case forms.KindProse:
		return g.prose(h, l.rows)
	case forms.KindCountry:
		return g.country(h)
	case forms.KindPhone:
		return g.plainLine(h, l.hint)
	}
	if l.rows > 1 {
		return g.longText(h, l.hint, l.rows)
	}
	return g.text(h, l.hint)
}

// text is a one-line entry for a name, title or code; where the text or the
// interface is right to left, the bidirectional entry (see bidiLine).
func (g *grid) text(h forms.Field[string], hint string) textField {
	f := g.f
	if f.bidiText() {
		return g.bidiLine(h.Path(), bound(f, h), hint)
	}
	return g.plainLine(h, hint)
}

// plainLine is Fyne's one-line entry, in every language: what a telephone
// number, which reads left to right everywhere, always gets.
func (g *grid) plainLine(h forms.Field[string], hint string) textField {
	f := g.f
	path, get := h.Path(), bound(f, h)
	e := widget.NewEntry()
	followCaret(e, e, nil)
	if hint != "" {
		e.SetPlaceHolder(f.vis(f.T(hint)))
	}
	box, note := f.withHiddenNote(e)
	e.SetText(*get())
	note(e.Text)
	e.OnChanged = func(s string) {
		note(s)
		if f.loading > 0 {
			return
		}
		if clean := noTabs(s); clean != s {
			e.SetText(clean) // calls OnChanged again with the clean text
			return
		}
		*get() = s
		f.edited(path)
	}
	g.add(path, "", box, e)
	g.onReload(func() {
		setEntryText(e, *get())
		note(e.Text)
	})
	return e
}

// noTabs turns the tabs of pasted one-line text into spaces: a tab never
// enters a draft.
func noTabs(s string) string { return strings.ReplaceAll(s, "\t", " ") }

// setEntryText changes an entry's text only when it differs, which keeps the
// cursor where it is when nothing changed.
func setEntryText(e *widget.Entry, s string) {
	if e.Text != s {
		e.SetText(s)
	}
}

// prose is a wrapping multi-line entry with a live word count under it; where
// the text or the interface is right to left, the bidirectional entry (see
// bidiProse).
func (g *grid) prose(h forms.Field[string], rows int) textField {
	f := g.f
	path, get := h.Path(), bound(f, h)
	if rows <= 0 {
		rows = 4
	}
	if f.bidiText() {
		return g.bidiProse(path, get, rows)
	}
	e := newWrapEntry()
	e.SetMinRowsVisible(rows)
	count, updateCount := f.wordCount()
	box, note := f.withHiddenNote(container.NewBorder(nil, count, nil, nil, container.NewStack(e, newWheelChain(e, f.page))))
	e.SetText(*get())
	updateCount(e.Text)
	note(e.Text)
	e.OnChanged = func(s string) {
		updateCount(s)
		note(s)
		if f.loading > 0 {
			return
		}
		*get() = s
		f.edited(path)
	}
	g.add(path, "", box, e)
	g.onReload(func() {
		setEntryText(&e.Entry, *get())
		updateCount(e.Text)
		note(e.Text)
	})
	return e
}

// textLength counts the words of s, or its characters when s is mostly
// Chinese or Japanese (which separate no words by spaces): chars reports
// which. Every CJK character counts as one; other text counts by
// space-separated words.
func textLength(s string) (n int, chars bool) {
	var words, cjk int
	inWord := false
	for _, r := range s {
		switch {
		case isCJK(r):
			cjk++
			inWord = false
		case isSpace(r):
			inWord = false
		case isPunct(r):
			// inside a word ("l'UIT", "FG-AI") or alone ("—"): no new word
		default:
			if !inWord {
				words++
			}
			inWord = true
		}
	}
	if cjk > 0 && cjk >= words {
		// Chinese counts characters (字数), punctuation included; Latin words
		// inside count as one each.
		return cjk + words, true
	}
	return words + cjk, false
}

func isCJK(r rune) bool {
	switch {
	case r >= 0x3400 && r <= 0x9FFF, // CJK unified ideographs (+ ext. A)
		r >= 0xF900 && r <= 0xFAFF, // compatibility ideographs
		r >= 0x20000 && r <= 0x2FFFF,
		r >= 0x3040 && r <= 0x30FF, // kana
		r >= 0xAC00 && r <= 0xD7AF, // Hangul
		r >= 0x3000 && r <= 0x303F, // CJK punctuation 、。「」
		r >= 0xFF00 && r <= 0xFFEF: // full-width forms ，：（）
		return true
	}
	return false
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 || r == 0x2009 || r == 0x202F
}

func isPunct(r rune) bool { return strings.ContainsRune(".,;:!?()[]\"'-–—«»…", r) }

// check is a check box for a yes/no field; the label says what it means.
func (g *grid) check(h forms.Field[bool]) *widget.Check {
	f := g.f
	path, get := h.Path(), bound(f, h)
	c := widget.NewCheck("", nil)
	c.SetChecked(*get())
	c.OnChanged = func(b bool) {
		if f.loading > 0 {
			return
		}
		*get() = b
		f.edited(path)
	}
	g.add(path, "", f.narrow(c, 0), c)
	g.onReload(func() {
		if c.Checked != *get() {
			c.SetChecked(*get())
		}
	})
	return c
}

// number is an entry for a whole number (a study-group number, months). An
// empty entry is 0; text that is not a whole number is refused with a
// message and leaves the draft as it was.
func (g *grid) number(h forms.Field[int], hint string) *widget.Entry {
	f := g.f
	path, get := h.Path(), bound(f, h)
	e := widget.NewEntry()
	followCaret(e, e, nil)
	if hint != "" {
		e.SetPlaceHolder(f.vis(f.T(hint)))
	}
	msg := errorText()
	show := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	e.SetText(show(*get()))
	e.OnChanged = func(s string) {
		if f.loading > 0 {
			return
		}
		s = strings.TrimSpace(s)
		n := 0
		if !forms.Blank(s) {
			v, err := strconv.Atoi(s)
			if err != nil || v < 0 {
				setErrorText(msg, f.vis(f.T("editor.number.invalid", map[string]any{"Text": s})))
				f.unreadable(path, s)
				return
			}
			n = v
		}
		setErrorText(msg, "")
		f.unreadable(path, "")
		if *get() == n {
			return
		}
		*get() = n
		f.edited(path)
	}
	g.add(path, "", container.NewVBox(f.narrow(e, 120), msg), e)
	g.onReload(func() {
		setErrorText(msg, "")
		f.unreadable(path, "")
		if cur, err := strconv.Atoi(strings.TrimSpace(e.Text)); err != nil || cur != *get() {
			setEntryText(e, show(*get()))
		}
	})
	return e
}

// choice is a select for an enumerated value: options are the values'
// labels as label gives them (see prefixed).
func choice[T ~string](g *grid, h forms.Field[T], values []T, label func(T) string) *widget.Select {
	f := g.f
	path, get := h.Path(), bound(f, h)
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = label(v)
	}
	s := widget.NewSelect(names, nil)
	s.PlaceHolder = f.T("editor.choose")
	set := func() {
		cur := *get()
		for i, v := range values {
			if v == cur {
				if s.SelectedIndex() != i {
					s.SetSelectedIndex(i)
				}
				return
			}
		}
		if s.SelectedIndex() >= 0 {
			s.ClearSelected()
		}
	}
	f.loading++
	set()
	f.loading--
	s.OnChanged = func(string) {
		if f.loading > 0 {
			return
		}
		i := s.SelectedIndex()
		if i < 0 {
			return
		}
		if *get() == values[i] {
			return
		}
		*get() = values[i]
		f.edited(path)
	}
	g.add(path, "", f.narrow(s, 260), s)
	g.onReload(set)
	return s
}

// prefixed labels enumerated values with message IDs prefix + value.
func prefixed[T ~string](f *form, prefix string) func(T) string {
	return func(v T) string { return f.T(prefix + string(v)) }
}

// date is a date entry (typed ISO or picked from a calendar).
func (g *grid) date(h forms.Field[forms.Date]) *dateEntry {
	f := g.f
	path, get := h.Path(), bound(f, h)
	d := newDateEntry(f.env.ui, f.dir)
	d.setDate(*get())
	d.onDate = func(v forms.Date) {
		if f.loading > 0 || *get() == v {
			return
		}
		*get() = v
		f.edited(path)
	}
	d.onProblem = func(text string) { f.unreadable(path, text) }
	g.add(path, "", d.box, d)
	g.onReload(func() { d.setDate(*get()) })
	return d
}

// country is an entry for an ISO 3166 country code that offers and shows the
// countries' names.
func (g *grid) country(h forms.Field[string]) *countryEntry {
	f := g.f
	path, get := h.Path(), bound(f, h)
	c := newCountryEntry(f.env.ui)
	c.setCode(*get())
	c.onCode = func(code string) {
		if f.loading > 0 || *get() == code {
			return
		}
		*get() = code
		f.edited(path)
	}
	g.add(path, "", container.NewVBox(f.narrow(c, 300), c.msg), c)
	g.onReload(func() { c.setCode(*get()) })
	return c
}

// lineEntry is a one-line text (a title, a list of names) shown wrapped over
// several rows so that all of it stays visible: Return inserts nothing, and
// line breaks that come in with pasted text become spaces.
type lineEntry struct {
	wrapEntry
}

func newLineEntry(rows int) *lineEntry {
	e := &lineEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(rows)
	return e
}

// TypedKey ignores Return and Enter, which would break the line, and moves
// the focus on Tab.
func (e *lineEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter || tabLeaves(e, k) {
		return
	}
	e.wrapEntry.TypedKey(k)
}

// oneLine makes pasted lines one line: with a line break or a tab in s,
// every run of white space becomes one space and the ends are trimmed;
// without one, s is left as typed.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ") // Fields splits at \r, \n and \t too
}

// longText is a one-line field whose text is often long (titles, the
// source): a wrapping entry of a few rows; where the text or the interface
// is right to left, the bidirectional entry (see bidiLongText).
func (g *grid) longText(h forms.Field[string], hint string, rows int) textField {
	f := g.f
	path, get := h.Path(), bound(f, h)
	if f.bidiText() {
		return g.bidiLongText(path, get, hint, rows)
	}
	e := newLineEntry(rows)
	if hint != "" {
		e.SetPlaceHolder(f.vis(f.T(hint)))
	}
	box, note := f.withHiddenNote(container.NewStack(e, newWheelChain(&e.wrapEntry, f.page)))
	e.SetText(*get())
	note(e.Text)
	e.OnChanged = func(s string) {
		note(s)
		if f.loading > 0 {
			return
		}
		if one := oneLine(s); one != s {
			e.SetText(one) // calls OnChanged again with the clean text
			return
		}
		*get() = s
		f.edited(path)
	}
	g.add(path, "", box, e)
	g.onReload(func() {
		setEntryText(&e.Entry, *get())
		note(e.Text)
	})
	return e
}
