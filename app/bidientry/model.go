package bidientry

import (
	"strings"
	"unicode"

	"fgdraft/text"
)

// Model is the text of an entry and what is done to it: the text in logical
// order, the caret and the selection as logical offsets, the visual lines,
// movement and editing. It knows nothing of drawing but the widths a
// Measurer gives it.
type Model struct {
	text []rune
	// caret and anchor are logical offsets; the selection is the range
	// between them.
	caret, anchor int
	// place is where the caret is shown, set by visual movement and the
	// mouse; a caret at the end of a line that wraps and at the start of
	// the next one is the same offset. placed false: shown where the next
	// typed character will appear (see placeOf).
	place  stop
	line   int
	placed bool
	// goalX is the x that Up and Down keep; < 0: none.
	goalX float32

	width      float32
	wrap       bool
	singleLine bool
	defaultRTL bool
	ms         Measurer

	layouter text.Layouter
	lines    []Line
	valid    bool

	undo, redo []snapshot
	lastEdit   editKind
}

type snapshot struct {
	text          string
	caret, anchor int
}

type editKind uint8

const (
	editOther editKind = iota
	editTyping
	editDeleting
)

// historyLimit bounds the undo history.
const historyLimit = 500

// NewModel is an empty model measured by ms.
func NewModel(ms Measurer) *Model {
	return &Model{ms: ms, goalX: -1, wrap: true}
}

// SetMeasurer changes how text is measured (another font or size).
func (m *Model) SetMeasurer(ms Measurer) { m.ms = ms; m.valid = false }

// SetWidth sets the width of the box; lines are broken to it when wrap is
// set.
func (m *Model) SetWidth(width float32, wrap bool) {
	if width != m.width || wrap != m.wrap {
		m.width, m.wrap = width, wrap
		m.valid = false
	}
}

// SetSingleLine makes line feeds and tabs typed or pasted into spaces.
func (m *Model) SetSingleLine(single bool) { m.singleLine = single }

// SetDefaultRTL sets the direction of a paragraph with no strong character,
// an empty one first: the interface's, or the language's of the field.
func (m *Model) SetDefaultRTL(rtl bool) {
	if rtl != m.defaultRTL {
		m.defaultRTL = rtl
		m.valid = false
	}
}

// Text is the text in logical order.
func (m *Model) Text() string { return string(m.text) }

// Len is the number of characters (runes).
func (m *Model) Len() int { return len(m.text) }

// SetText replaces the text, keeps the caret where it can be, drops the
// selection and the undo history: the text comes from elsewhere.
func (m *Model) SetText(s string) {
	m.text = []rune(s)
	m.caret = min(m.caret, len(m.text))
	m.anchor = m.caret
	m.placed = false
	m.valid = false
	m.undo, m.redo = nil, nil
	m.lastEdit = editOther
}

// Lines are the visual lines, laid out when needed.
func (m *Model) Lines() []Line {
	if !m.valid {
		m.lines = layoutParagraphs(&m.layouter, m.text, m.width, m.wrap, m.defaultRTL, m.ms)
		m.valid = true
		if m.placed && (m.line >= len(m.lines) || !m.lines[m.line].has(m.caret)) {
			m.placed = false
		}
	}
	return m.lines
}

func (ln *Line) has(pos int) bool { return pos >= ln.Start && pos <= ln.End }

// Caret is the caret's logical offset.
func (m *Model) Caret() int { return m.caret }

// Selection returns the selected range [start, end) in logical offsets;
// start == end when nothing is selected.
func (m *Model) Selection() (start, end int) {
	return min(m.caret, m.anchor), max(m.caret, m.anchor)
}

// SelectedText is the selected text in logical order.
func (m *Model) SelectedText() string {
	a, b := m.Selection()
	return string(m.text[a:b])
}

// SetCaret puts the caret at a logical offset, extending the selection to it
// when extend is set.
func (m *Model) SetCaret(pos int, extend bool) {
	pos = max(0, min(pos, len(m.text)))
	m.caret = pos
	if !extend {
		m.anchor = pos
	}
	m.placed = false
	m.goalX = -1
	m.lastEdit = editOther
}

// Select selects [start, end), the caret at end.
func (m *Model) Select(start, end int) {
	m.SetCaret(start, false)
	m.SetCaret(end, true)
}

// SelectAll selects the whole text.
func (m *Model) SelectAll() { m.Select(0, len(m.text)) }

// CaretPlace returns the visual line of the caret and its x in the box.
func (m *Model) CaretPlace() (line int, x float32) {
	lines := m.Lines()
	li, st := m.caretStop()
	ln := &lines[li]
	return li, ln.X + ln.Edges[st.edge]
}

func (m *Model) caretStop() (int, stop) {
	m.Lines()
	if m.placed {
		return m.line, m.place
	}
	return m.placeOf(m.caret)
}

// placeOf is where the caret at pos is shown when no movement placed it:
// where the next typed character will appear, at the trailing edge of the
// character before it on its line, or at the leading edge of the line's
// first character. At a line wrap, the start of the next line.
func (m *Model) placeOf(pos int) (int, stop) {
	lines := m.lines
	li := 0
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].Start <= pos && pos <= lines[i].End {
			li = i
			break
		}
	}
	return li, stop{pos, placeOnLine(&lines[li], pos)}
}

// placeOnLine is the edge at which pos is shown on ln.
func placeOnLine(ln *Line, pos int) int {
	switch {
	case len(ln.Visual) == 0:
		return 0
	case pos > ln.Start:
		return ln.trailingEdge(pos - 1)
	default:
		return ln.leadingEdge(pos)
	}
}

func (m *Model) isMarkAt(pos int) bool {
	return pos > 0 && pos < len(m.text) && unicode.Is(unicode.Mn, m.text[pos])
}

func (m *Model) moveTo(li int, st stop, extend bool) {
	m.caret = st.pos
	if !extend {
		m.anchor = st.pos
	}
	m.line, m.place, m.placed = li, st, true
	m.lastEdit = editOther
}

// MoveRight moves the caret one position to the right on screen; at the end
// of a line, on to the next line in reading order.
func (m *Model) MoveRight(extend bool) { m.moveVisually(+1, extend) }

// MoveLeft moves the caret one position to the left on screen.
func (m *Model) MoveLeft(extend bool) { m.moveVisually(-1, extend) }

func (m *Model) moveVisually(dir int, extend bool) {
	lines := m.Lines()
	m.goalX = -1
	li, cur := m.caretStop()
	ln := &lines[li]
	sts := ln.stops(m.isMarkAt)
	k := -1
	for i, s := range sts {
		if s == cur {
			k = i
			break
		}
	}
	if k < 0 { // an offset the caret does not stop at: the nearest edge
		for i, s := range sts {
			if k < 0 || abs(s.edge-cur.edge) < abs(sts[k].edge-cur.edge) {
				k = i
			}
		}
	}
	if n := k + dir; n >= 0 && n < len(sts) {
		m.moveTo(li, sts[n], extend)
		return
	}
	// Past the line's end: forward in reading order is right in a
	// left-to-right paragraph, left in a right-to-left one.
	forward := (dir > 0) != ln.RTL
	if forward && li+1 < len(lines) {
		next := &lines[li+1]
		m.moveTo(li+1, stop{next.Start, placeOnLine(next, next.Start)}, extend)
	} else if !forward && li > 0 {
		prev := &lines[li-1]
		m.moveTo(li-1, stop{prev.End, placeOnLine(prev, prev.End)}, extend)
	} else if !extend {
		m.anchor = m.caret
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// MoveUp moves the caret to the line above, as near as it can to the x it
// had when vertical movement began.
func (m *Model) MoveUp(extend bool) { m.moveVertically(-1, extend) }

// MoveDown moves the caret to the line below.
func (m *Model) MoveDown(extend bool) { m.moveVertically(+1, extend) }

func (m *Model) moveVertically(dir int, extend bool) {
	lines := m.Lines()
	li, x := m.CaretPlace()
	goal := m.goalX
	if goal < 0 {
		goal = x
	}
	t := li + dir
	if t < 0 || t >= len(lines) {
		// no line there: to the text's start or end, as Fyne's entry
		pos := 0
		if dir > 0 {
			pos = len(m.text)
		}
		m.SetCaret(pos, extend)
		m.goalX = goal
		return
	}
	m.moveTo(t, nearestStop(&lines[t], goal, m.isMarkAt), extend)
	m.goalX = goal
}

// nearestStop is the caret position of ln nearest to x (in the box).
func nearestStop(ln *Line, x float32, skip func(int) bool) stop {
	sts := ln.stops(skip)
	best := sts[0]
	for _, s := range sts[1:] {
		if absf(ln.X+ln.Edges[s.edge]-x) < absf(ln.X+ln.Edges[best.edge]-x) {
			best = s
		}
	}
	return best
}

func absf(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

// Home moves the caret to the start of its visual line: its right end in a
// right-to-left paragraph.
func (m *Model) Home(extend bool) { m.toLineEdge(func(ln *Line) int { return ln.Start }, extend) }

// End moves the caret to the end of its visual line.
func (m *Model) End(extend bool) { m.toLineEdge(func(ln *Line) int { return ln.End }, extend) }

// toLineEdge moves the caret to the logical offset edge gives on its visual line.
func (m *Model) toLineEdge(edge func(*Line) int, extend bool) {
	lines := m.Lines()
	li, _ := m.caretStop()
	ln := &lines[li]
	at := edge(ln)
	m.moveTo(li, stop{at, placeOnLine(ln, at)}, extend)
	m.goalX = -1
}

// MoveWordRight moves the caret by a word to the right on screen: to the
// next word in a left-to-right paragraph, to the previous one in a
// right-to-left one.
func (m *Model) MoveWordRight(extend bool) { m.moveWord(+1, extend) }

// MoveWordLeft moves the caret by a word to the left on screen.
func (m *Model) MoveWordLeft(extend bool) { m.moveWord(-1, extend) }

func (m *Model) moveWord(dir int, extend bool) {
	lines := m.Lines()
	li, _ := m.caretStop()
	if (dir > 0) != lines[li].RTL {
		m.SetCaret(m.nextWordEnd(m.caret), extend)
	} else {
		m.SetCaret(m.prevWordStart(m.caret), extend)
	}
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '_'
}

func (m *Model) nextWordEnd(pos int) int {
	for pos < len(m.text) && !isWordRune(m.text[pos]) {
		pos++
	}
	for pos < len(m.text) && isWordRune(m.text[pos]) {
		pos++
	}
	return pos
}

func (m *Model) prevWordStart(pos int) int {
	for pos > 0 && !isWordRune(m.text[pos-1]) {
		pos--
	}
	for pos > 0 && isWordRune(m.text[pos-1]) {
		pos--
	}
	return pos
}

// SelectWord selects the word at pos.
func (m *Model) SelectWord(pos int) {
	pos = max(0, min(pos, len(m.text)))
	a, b := pos, pos
	for a > 0 && isWordRune(m.text[a-1]) {
		a--
	}
	for b < len(m.text) && isWordRune(m.text[b]) {
		b++
	}
	m.Select(a, b)
}

// PlaceAt puts the caret at the edge nearest to x on visual line li,
// extending the selection when extend is set (a click, a drag).
func (m *Model) PlaceAt(li int, x float32, extend bool) {
	lines := m.Lines()
	li = max(0, min(li, len(lines)-1))
	m.moveTo(li, stopAt(&lines[li], x, m.isMarkAt), extend)
	m.goalX = -1
}

// stopAt is the caret position for a click at x on ln: the nearest one on
// the line, its logical end beyond its end side and its start beyond its
// start side.
func stopAt(ln *Line, x float32, skip func(int) bool) stop {
	before, after := x < ln.X, x > ln.X+ln.Width
	if ln.RTL {
		before, after = after, before
	}
	switch {
	case len(ln.Visual) > 0 && before:
		return stop{ln.Start, placeOnLine(ln, ln.Start)}
	case len(ln.Visual) > 0 && after:
		return stop{ln.End, placeOnLine(ln, ln.End)}
	}
	return nearestStop(ln, x, skip)
}

// OffsetAt is the logical offset of the caret position nearest to x on
// visual line li.
func (m *Model) OffsetAt(li int, x float32) int {
	lines := m.Lines()
	li = max(0, min(li, len(lines)-1))
	return stopAt(&lines[li], x, m.isMarkAt).pos
}

// Span is a horizontal stretch of a visual line, in box coordinates.
type Span struct {
	Line   int
	X0, X1 float32
}

// SelectionSpans are the pieces of the selection on screen: a logical range
// is drawn as one or more stretches on each line it touches.
func (m *Model) SelectionSpans() []Span {
	a, b := m.Selection()
	if a == b {
		return nil
	}
	var out []Span
	for li := range m.Lines() {
		ln := &m.lines[li]
		if ln.End < a || ln.Start >= b {
			continue
		}
		for v := 0; v < len(ln.Visual); {
			if k := ln.Visual[v]; k < a || k >= b {
				v++
				continue
			}
			e := v + 1
			for e < len(ln.Visual) && ln.Visual[e] >= a && ln.Visual[e] < b {
				e++
			}
			out = append(out, Span{li, ln.X + ln.Edges[v], ln.X + ln.Edges[e]})
			v = e
		}
		// a selected line feed: a space's width at the paragraph's end
		if ln.End < len(m.text) && m.text[ln.End] == '\n' && a <= ln.End && ln.End < b {
			w := m.ms.Advance(' ')
			if ln.RTL {
				out = append(out, Span{li, ln.X - w, ln.X})
			} else {
				out = append(out, Span{li, ln.X + ln.Width, ln.X + ln.Width + w})
			}
		}
	}
	return out
}

// Insert replaces the selection with s, typed or pasted; "\r\n" and "\r"
// become line feeds, and in a one-line model line feeds and tabs spaces.
func (m *Model) Insert(s string) bool {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if m.singleLine {
		s = strings.NewReplacer("\n", " ", "\t", " ").Replace(s)
	}
	a, b := m.Selection()
	if s == "" && a == b {
		return false
	}
	ins := []rune(s)
	kind := editOther
	if len(ins) == 1 && a == b {
		kind = editTyping
	}
	m.replace(a, b, ins, kind)
	return true
}

// Backspace deletes the selection, or the character logically before the
// caret.
func (m *Model) Backspace() bool {
	a, b := m.Selection()
	if a == b {
		if a == 0 {
			return false
		}
		a--
		m.replace(a, b, nil, editDeleting)
		return true
	}
	m.replace(a, b, nil, editOther)
	return true
}

// Delete deletes the selection, or the character logically after the caret
// with its combining marks.
func (m *Model) Delete() bool {
	a, b := m.Selection()
	if a == b {
		if b == len(m.text) {
			return false
		}
		b++
		for b < len(m.text) && unicode.Is(unicode.Mn, m.text[b]) {
			b++
		}
		m.replace(a, b, nil, editDeleting)
		return true
	}
	m.replace(a, b, nil, editOther)
	return true
}

// DeleteWord deletes the selection, or from the caret to the start of the
// word before it (forward: to the end of the word after it).
func (m *Model) DeleteWord(forward bool) bool {
	a, b := m.Selection()
	if a == b {
		if forward {
			b = m.nextWordEnd(b)
		} else {
			a = m.prevWordStart(a)
		}
		if a == b {
			return false
		}
	}
	m.replace(a, b, nil, editOther)
	return true
}

// caretLineRTL reports whether the caret's line is right to left.
func (m *Model) caretLineRTL() bool {
	li, _ := m.caretStop()
	return m.lines[li].RTL
}

// replace puts ins in place of text[a:b] and the caret after it.
func (m *Model) replace(a, b int, ins []rune, kind editKind) {
	// consecutive typing (or deleting) is undone at once, word by word
	coalesce := kind != editOther && kind == m.lastEdit &&
		!(kind == editTyping && len(ins) == 1 && unicode.IsSpace(ins[0]))
	if !coalesce {
		m.pushUndo(snapshot{string(m.text), m.caret, m.anchor})
	}
	m.redo = m.redo[:0]
	t := make([]rune, 0, len(m.text)-(b-a)+len(ins))
	t = append(t, m.text[:a]...)
	t = append(t, ins...)
	t = append(t, m.text[b:]...)
	m.text = t
	m.caret = a + len(ins)
	m.anchor = m.caret
	m.placed = false
	m.valid = false
	m.goalX = -1
	m.lastEdit = kind
}

func (m *Model) pushUndo(s snapshot) {
	if len(m.undo) == historyLimit {
		m.undo = append(m.undo[:0], m.undo[1:]...)
	}
	m.undo = append(m.undo, s)
}

func (m *Model) restore(s snapshot) {
	m.text = []rune(s.text)
	m.caret, m.anchor = s.caret, s.anchor
	m.placed, m.valid = false, false
	m.goalX = -1
	m.lastEdit = editOther
}

// Undo takes back the last edit; it reports whether there was one.
func (m *Model) Undo() bool {
	if len(m.undo) == 0 {
		return false
	}
	s := m.undo[len(m.undo)-1]
	m.undo = m.undo[:len(m.undo)-1]
	m.redo = append(m.redo, snapshot{string(m.text), m.caret, m.anchor})
	m.restore(s)
	return true
}

// Redo makes the last undone edit again.
func (m *Model) Redo() bool {
	if len(m.redo) == 0 {
		return false
	}
	s := m.redo[len(m.redo)-1]
	m.redo = m.redo[:len(m.redo)-1]
	m.pushUndo(snapshot{string(m.text), m.caret, m.anchor})
	m.restore(s)
	return true
}
