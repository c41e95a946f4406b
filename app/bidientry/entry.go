package bidientry

import (
	"image/color"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Entry is a text entry for bidirectional text. Set its fields before it is
// shown, or call Refresh after changing them.
type Entry struct {
	widget.BaseWidget

	// OnChanged is called with the text after every edit by the user.
	OnChanged func(string)
	// OnSubmitted is called when Return is pressed in a one-line entry.
	OnSubmitted func(string)
	// OnCaretMoved is called with the caret's top left inside the entry
	// (CaretPosition) and the height of a line whenever the caret moves
	// while the entry has the focus, and when it gains the focus: the
	// input method shows its candidates there.
	OnCaretMoved func(caret fyne.Position, lineHeight float32)

	// PlaceHolder is shown, dimmed, while the text is empty.
	PlaceHolder string
	// MultiLine entries take line feeds; others turn line feeds and tabs
	// into spaces and submit on Return.
	MultiLine bool
	// Wrapping breaks lines at the entry's width, and the entry scrolls
	// vertically; without it, sideways.
	Wrapping bool
	// ReadOnly text can be selected and copied, not changed.
	ReadOnly bool
	// DefaultRTL is the direction of a paragraph with no letter, an empty
	// one first: the interface's, or the language's of the text.
	DefaultRTL bool
	// FontSource is the font to draw with (nil: the theme's); TextStyle its
	// style.
	FontSource fyne.Resource
	TextStyle  fyne.TextStyle

	model    *Model
	measure  *fontMeasure
	minRows  int
	disabled bool
	focused  bool
	shift    bool
	dragging bool

	content *content
	view    *viewport
	// outer is the widget that extends the entry (a type embedding it),
	// the entry itself otherwise: what takes the focus on a click.
	outer fyne.Widget
	// caretMovedAt keeps the caret solid while the user types (see
	// blinking).
	caretMovedAt time.Time
}

// NewEntry is a one-line entry.
func NewEntry() *Entry {
	e := &Entry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry is a multi-line entry that wraps at words.
func NewMultiLineEntry() *Entry {
	e := &Entry{MultiLine: true, Wrapping: true}
	e.ExtendBaseWidget(e)
	return e
}

// ExtendBaseWidget is BaseWidget's, for a type that embeds the entry; the
// entry also remembers that type, so that a click focuses it, not the
// embedded entry (which the window does not know as its object).
func (e *Entry) ExtendBaseWidget(w fyne.Widget) {
	e.BaseWidget.ExtendBaseWidget(w)
	if e.outer == nil {
		e.outer = w
	}
}

// self is the widget the window knows: the embedding type, if any.
func (e *Entry) self() fyne.Widget {
	if e.outer == nil {
		return e
	}
	return e.outer
}

func (e *Entry) ensureModel() *Model {
	if e.model == nil {
		e.model = NewModel(nil)
	}
	return e.model
}

// prepare brings the model in line with the fields and the theme.
func (e *Entry) prepare() *Model {
	m := e.ensureModel()
	size := e.Theme().Size(theme.SizeNameText)
	if e.measure == nil || !e.measure.same(e.FontSource, size, e.TextStyle) {
		e.measure = newFontMeasure(e.FontSource, size, e.TextStyle)
		m.SetMeasurer(e.measure)
	}
	m.SetSingleLine(!e.MultiLine)
	m.SetDefaultRTL(e.DefaultRTL)
	return m
}

// Text is the text in logical order.
func (e *Entry) Text() string { return e.ensureModel().Text() }

// SetText replaces the text (without calling OnChanged) and forgets the undo
// history: the text comes from elsewhere.
func (e *Entry) SetText(s string) {
	m := e.ensureModel()
	if m.Text() == s {
		return
	}
	m.SetText(s)
	e.Refresh()
}

// SetPlaceHolder sets the text shown while the entry is empty.
func (e *Entry) SetPlaceHolder(s string) {
	e.PlaceHolder = s
	e.Refresh()
}

// SetMinRowsVisible sets how many lines the entry is high at least.
func (e *Entry) SetMinRowsVisible(rows int) {
	e.minRows = rows
	e.Refresh()
}

// CursorOffset is the caret's logical offset in runes.
func (e *Entry) CursorOffset() int { return e.ensureModel().Caret() }

// SetCursorOffset puts the caret at a logical offset.
func (e *Entry) SetCursorOffset(pos int) {
	e.ensureModel().SetCaret(pos, false)
	e.caretMoved()
}

// Select selects the logical range [start, end).
func (e *Entry) Select(start, end int) {
	e.ensureModel().Select(start, end)
	e.caretMoved()
}

// SelectedText is the selected text in logical order.
func (e *Entry) SelectedText() string { return e.ensureModel().SelectedText() }

// CaretPosition is the top left of the caret inside the entry (what is
// shown, scrolling included).
func (e *Entry) CaretPosition() fyne.Position {
	e.layoutContent()
	li, x := e.prepare().CaretPlace()
	pad := e.Theme().Size(theme.SizeNameInnerPadding)
	p := fyne.NewPos(pad+x, pad+float32(li)*e.lineHeight())
	if e.view != nil {
		p = p.Add(e.view.clip.Position()).Subtract(e.view.offset)
	}
	return p
}

// Disable makes the entry read-only and dimmed.
func (e *Entry) Disable() {
	if !e.disabled {
		e.disabled = true
		e.Refresh()
	}
}

// Enable makes a disabled entry editable again.
func (e *Entry) Enable() {
	if e.disabled {
		e.disabled = false
		e.Refresh()
	}
}

// Disabled reports whether the entry is disabled.
func (e *Entry) Disabled() bool { return e.disabled }

func (e *Entry) editable() bool { return !e.disabled && !e.ReadOnly }

func (e *Entry) lineHeight() float32 {
	e.prepare()
	return e.measure.lineHeight()
}

// FocusGained implements fyne.Focusable.
func (e *Entry) FocusGained() {
	e.focused = true
	e.Refresh()
	e.reportCaret()
}

// FocusLost implements fyne.Focusable. A text of several lines shows its
// first line again: left scrolled to where it was typed in, a field shows
// the end of a sentence, cut, under its label. The caret stays where it was.
func (e *Entry) FocusLost() {
	e.focused = false
	e.shift = false
	e.Refresh()
	if e.view != nil && (e.MultiLine || e.Wrapping) {
		e.scrollTo(fyne.NewPos(e.view.offset.X, 0))
	}
}

// KeyDown tracks Shift, which extends the selection.
func (e *Entry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
}

// KeyUp tracks Shift.
func (e *Entry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
}

// TypedRune inserts r. Control characters but the line feed are not typed:
// a tab moves the focus.
func (e *Entry) TypedRune(r rune) {
	if !e.editable() || r < ' ' && r != '\n' || r == 0x7F {
		return
	}
	if e.prepare().Insert(string(r)) {
		e.changed()
	}
}

// TypedKey moves the caret and deletes. Tab moves the focus (the window
// does it before the key reaches an entry that is not Tabbable; should it
// reach it anyway, the entry does).
func (e *Entry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyTab {
		e.leave()
		return
	}
	m := e.prepare()
	e.layoutContent()
	ext := e.shift
	switch k.Name {
	case fyne.KeyLeft:
		m.MoveLeft(ext)
	case fyne.KeyRight:
		m.MoveRight(ext)
	case fyne.KeyUp:
		m.MoveUp(ext)
	case fyne.KeyDown:
		m.MoveDown(ext)
	case fyne.KeyHome:
		m.Home(ext)
	case fyne.KeyEnd:
		m.End(ext)
	case fyne.KeyPageUp: // as Fyne's entry: to the text's start and end
		m.SetCaret(0, ext)
	case fyne.KeyPageDown:
		m.SetCaret(m.Len(), ext)
	case fyne.KeyBackspace:
		if e.editable() && m.Backspace() {
			e.changed()
		}
		return
	case fyne.KeyDelete:
		if e.editable() && m.Delete() {
			e.changed()
		}
		return
	case fyne.KeyReturn, fyne.KeyEnter:
		if !e.MultiLine {
			if e.OnSubmitted != nil {
				e.OnSubmitted(m.Text())
			}
			return
		}
		if e.editable() && m.Insert("\n") {
			e.changed()
		}
		return
	default:
		return
	}
	e.caretMoved()
}

// TypedShortcut handles the clipboard, select all, undo and redo, and
// Ctrl with the arrows, Home and End (Shift extends the selection).
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	m := e.prepare()
	e.layoutContent()
	switch s := s.(type) {
	case *fyne.ShortcutCopy:
		e.copyTo(s.Clipboard)
	case *fyne.ShortcutCut:
		e.copyTo(s.Clipboard)
		if e.editable() && m.SelectedText() != "" && m.Backspace() {
			e.changed()
		}
	case *fyne.ShortcutPaste:
		e.pasteFrom(s.Clipboard)
	case *fyne.ShortcutSelectAll:
		m.SelectAll()
		e.caretMoved()
	case *fyne.ShortcutUndo:
		if e.editable() && m.Undo() {
			e.changed()
		}
	case *fyne.ShortcutRedo:
		if e.editable() && m.Redo() {
			e.changed()
		}
	case *desktop.CustomShortcut:
		e.typedCustomShortcut(m, s)
	}
}

// wordModifier moves by words with the arrows and deletes words with
// Backspace and Delete, as in Fyne's entry: Ctrl, and Option on macOS, where
// Command with the arrows goes to the line's ends.
func wordModifier() fyne.KeyModifier {
	if runtime.GOOS == "darwin" {
		return fyne.KeyModifierAlt
	}
	return fyne.KeyModifierShortcutDefault
}

func (e *Entry) typedCustomShortcut(m *Model, s *desktop.CustomShortcut) {
	ext := s.Modifier&fyne.KeyModifierShift != 0
	mod := s.Modifier &^ fyne.KeyModifierShift
	if runtime.GOOS == "darwin" && mod == fyne.KeyModifierSuper && (s.KeyName == fyne.KeyLeft || s.KeyName == fyne.KeyRight) {
		if (s.KeyName == fyne.KeyRight) == m.caretLineRTL() {
			m.Home(ext)
		} else {
			m.End(ext)
		}
		e.caretMoved()
		return
	}
	if mod == wordModifier() {
		switch s.KeyName {
		case fyne.KeyLeft:
			m.MoveWordLeft(ext)
			e.caretMoved()
			return
		case fyne.KeyRight:
			m.MoveWordRight(ext)
			e.caretMoved()
			return
		case fyne.KeyBackspace, fyne.KeyDelete:
			if e.editable() && m.DeleteWord(s.KeyName == fyne.KeyDelete) {
				e.changed()
			}
			return
		}
	}
	if mod == fyne.KeyModifierShortcutDefault {
		switch s.KeyName {
		case fyne.KeyHome:
			m.SetCaret(0, ext)
		case fyne.KeyEnd:
			m.SetCaret(m.Len(), ext)
		case fyne.KeyY:
			if e.editable() && m.Redo() {
				e.changed()
			}
			return
		default:
			return
		}
		e.caretMoved()
	}
}

func clipboardOf(c fyne.Clipboard) fyne.Clipboard {
	if c != nil {
		return c
	}
	return fyne.CurrentApp().Clipboard()
}

func (e *Entry) copyTo(c fyne.Clipboard) {
	if s := e.ensureModel().SelectedText(); s != "" {
		clipboardOf(c).SetContent(s)
	}
}

func (e *Entry) pasteFrom(c fyne.Clipboard) {
	if !e.editable() {
		return
	}
	if e.prepare().Insert(clipboardOf(c).Content()) {
		e.changed()
	}
}

// changed follows an edit by the user.
func (e *Entry) changed() {
	e.caretMoved()
	if e.OnChanged != nil {
		e.OnChanged(e.model.Text())
	}
}

// caretMoved redraws and scrolls the caret into view.
func (e *Entry) caretMoved() {
	e.caretMovedAt = time.Now()
	if e.content == nil {
		return
	}
	e.content.Resize(e.view.clip.Size().Max(e.content.MinSize()))
	e.content.Refresh()
	e.scrollToCaret()
	e.reportCaret()
}

// reportCaret calls OnCaretMoved while the entry has the focus.
func (e *Entry) reportCaret() {
	if e.OnCaretMoved != nil && e.focused && e.content != nil {
		e.OnCaretMoved(e.CaretPosition(), e.lineHeight())
	}
}

func (e *Entry) scrollToCaret() {
	li, x := e.model.CaretPlace()
	pad := e.Theme().Size(theme.SizeNameInnerPadding)
	lh := e.lineHeight()
	view := e.view.clip.Size()
	off := e.view.offset
	top := pad + float32(li)*lh
	if top < off.Y+pad {
		off.Y = top - pad
	} else if top+lh+pad > off.Y+view.Height {
		off.Y = top + lh + pad - view.Height
	}
	cx := pad + x
	if cx < off.X+pad {
		off.X = cx - pad
	} else if cx+pad > off.X+view.Width {
		off.X = cx + pad - view.Width
	}
	e.scrollTo(off)
}

// pointAt turns a position in the content into a visual line and an x in
// the model's box.
func (e *Entry) pointAt(p fyne.Position) (int, float32) {
	pad := e.Theme().Size(theme.SizeNameInnerPadding)
	li := int((p.Y - pad) / e.lineHeight())
	return max(0, li), p.X - pad
}

// leave moves the focus to the next widget, the previous one with Shift.
func (e *Entry) leave() {
	c := fyne.CurrentApp().Driver().CanvasForObject(e.self())
	if c == nil {
		return
	}
	if e.shift {
		c.FocusPrevious()
	} else {
		c.FocusNext()
	}
}

func (e *Entry) requestFocus() {
	if e.disabled {
		return
	}
	self, ok := e.self().(fyne.Focusable)
	if !ok {
		self = e
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(e.self()); c != nil && c.Focused() != self {
		c.Focus(self)
	}
}

// layoutContent lays the text out for the current width.
func (e *Entry) layoutContent() {
	m := e.prepare()
	pad := e.Theme().Size(theme.SizeNameInnerPadding)
	w := e.Size().Width - 2*pad - 2*e.Theme().Size(theme.SizeNameInputBorder)
	if e.view != nil && e.view.clip.Size().Width > 0 {
		w = e.view.clip.Size().Width - 2*pad
	}
	m.SetWidth(max(w, 1), e.Wrapping)
}

// Lines are the visual lines as the entry lays them out at its width: what
// it draws, for a reader that checks the order on screen.
func (e *Entry) Lines() []Line {
	e.layoutContent()
	return e.prepare().Lines()
}

// CreateRenderer implements fyne.Widget.
func (e *Entry) CreateRenderer() fyne.WidgetRenderer {
	e.ExtendBaseWidget(e)
	e.prepare()
	th := e.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	e.content = &content{entry: e}
	e.content.ExtendBaseWidget(e.content)
	e.view = newViewport(e)
	box := canvas.NewRectangle(th.Color(theme.ColorNameInputBackground, v))
	border := canvas.NewRectangle(color.Transparent)
	r := &entryRenderer{e: e, box: box, border: border}
	r.Refresh()
	return r
}

// showMenu offers cut, copy, paste and select all at a point of the canvas.
func (e *Entry) showMenu(at fyne.Position) {
	c := fyne.CurrentApp().Driver().CanvasForObject(e.self())
	if c == nil {
		return
	}
	// The shortcuts go to the embedding type, which may handle them itself
	// (a table's cell pastes rows).
	var to fyne.Shortcutable = e
	if s, ok := e.self().(fyne.Shortcutable); ok {
		to = s
	}
	clip := fyne.CurrentApp().Clipboard()
	cut := fyne.NewMenuItem(lang.L("Cut"), func() { to.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip}) })
	cp := fyne.NewMenuItem(lang.L("Copy"), func() { to.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip}) })
	paste := fyne.NewMenuItem(lang.L("Paste"), func() { to.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip}) })
	all := fyne.NewMenuItem(lang.L("Select all"), func() { to.TypedShortcut(&fyne.ShortcutSelectAll{}) })
	var items []*fyne.MenuItem
	if e.editable() {
		items = []*fyne.MenuItem{cut, cp, paste, all}
	} else {
		items = []*fyne.MenuItem{cp, all}
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, at)
}

type entryRenderer struct {
	e           *Entry
	box, border *canvas.Rectangle
}

func (r *entryRenderer) Layout(size fyne.Size) {
	th := r.e.Theme()
	b := th.Size(theme.SizeNameInputBorder)
	r.border.Resize(fyne.NewSize(size.Width-b-.5, size.Height-b-.5))
	r.border.Move(fyne.NewSquareOffsetPos(b / 2))
	r.box.Resize(size.Subtract(fyne.NewSquareSize(b * 2)))
	r.box.Move(fyne.NewSquareOffsetPos(b))
	r.e.view.clip.Resize(size.Subtract(fyne.NewSquareSize(b * 2)))
	r.e.view.clip.Move(fyne.NewSquareOffsetPos(b))
	r.e.layoutContent()
	r.e.caretMoved()
}

func (r *entryRenderer) MinSize() fyne.Size {
	e := r.e
	th := e.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	b := th.Size(theme.SizeNameInputBorder)
	rows := e.minRows
	if rows <= 0 {
		rows = 1
		if e.MultiLine {
			rows = 3
		}
	}
	w := 6 * th.Size(theme.SizeNameText)
	return fyne.NewSize(w+2*pad+2*b, float32(rows)*e.lineHeight()+2*pad+2*b)
}

func (r *entryRenderer) Refresh() {
	e := r.e
	th := e.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.box.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.box.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.border.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	r.border.CornerRadius = th.Size(theme.SizeNameInputRadius)
	switch {
	case e.disabled:
		r.border.StrokeColor = th.Color(theme.ColorNameDisabled, v)
	case e.focused:
		r.border.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	default:
		r.border.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	}
	r.box.Refresh()
	r.border.Refresh()
	e.prepare()
	e.content.Refresh()
}

func (r *entryRenderer) Objects() []fyne.CanvasObject {
	v := r.e.view
	return []fyne.CanvasObject{r.box, r.border, v.clip, v.bar, v.wheel}
}

func (r *entryRenderer) Destroy() {}
