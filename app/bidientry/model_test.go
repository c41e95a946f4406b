package bidientry

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// unitMeasure makes every character one unit wide, so that positions on
// screen are character counts.
type unitMeasure struct{}

func (unitMeasure) Advance(rune) float32   { return 1 }
func (unitMeasure) Width(s string) float32 { return float32(utf8.RuneCountInString(s)) }

const sentence = "تعمل مجموعة O-RAN Alliance على واجهات AI/ML منذ 2021، ولكن الفجوة ما زالت قائمة."

func newUnitModel(s string, width float32) *Model {
	m := NewModel(unitMeasure{})
	m.SetWidth(width, true)
	m.SetText(s)
	return m
}

func pieceTexts(ln Line) []string {
	var out []string
	for _, p := range ln.Pieces {
		out = append(out, p.Text)
	}
	return out
}

// The sentence: one right-to-left line, right-aligned, its runs in
// the order a reader expects, spaces at run boundaries kept, the full stop
// at the left end.
func TestSentencePieces(t *testing.T) {
	m := newUnitModel(sentence, 200)
	lines := m.Lines()
	if len(lines) != 1 {
		t.Fatalf("%d lines", len(lines))
	}
	ln := lines[0]
	want := []string{".", "ولكن الفجوة ما زالت قائمة", " ", "،", "2021", " ", "منذ", " ", "AI/ML", " ", "على واجهات", " ", "O-RAN Alliance", " ", "تعمل مجموعة"}
	if got := pieceTexts(ln); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("pieces\n got %q\nwant %q", got, want)
	}
	n := float32(utf8.RuneCountInString(sentence))
	if !ln.RTL || ln.Width != n || ln.X != 200-n {
		t.Errorf("RTL %v width %v x %v; want right to left, %v wide at %v", ln.RTL, ln.Width, ln.X, n, 200-n)
	}
}

// Brackets in right-to-left text are drawn mirrored, each on its own.
func TestMirroredBrackets(t *testing.T) {
	m := newUnitModel("المنظمة (الدولية) ITU", 100)
	got := strings.Join(pieceTexts(m.Lines()[0]), "|")
	want := "ITU| |(|الدولية|)| |المنظمة" // the closing bracket, mirrored, stands at the left
	if got != want {
		t.Errorf("pieces %q, want %q", got, want)
	}
}

type place struct {
	pos int
	x   float32
}

func walk(m *Model, right bool, steps int) []place {
	var out []place
	for range steps {
		if right {
			m.MoveRight(false)
		} else {
			m.MoveLeft(false)
		}
		_, x := m.CaretPlace()
		out = append(out, place{m.Caret(), x})
	}
	return out
}

// Right and Left move on screen: across a Latin paragraph with an Arabic
// phrase, and an Arabic one with Latin words and numbers, the caret never
// goes back, and every logical offset is reached.
func TestVisualMovementReachesEveryOffset(t *testing.T) {
	for _, tc := range []struct {
		s     string
		right bool // the direction that walks the line from its start
	}{
		{"The group meets in جنيف سويسرا in 2027.", true},
		{sentence, false},
		{"المنظمة (ITU-T) الدولية [ممثل] 3.5%", false},
	} {
		n := utf8.RuneCountInString(tc.s)
		m := newUnitModel(tc.s, 500)
		m.SetCaret(0, false)
		_, x0 := m.CaretPlace()
		path := walk(m, tc.right, 2*n+4)
		seen := map[int]bool{0: true}
		prev := x0
		for _, p := range path {
			if tc.right && p.x < prev || !tc.right && p.x > prev {
				t.Fatalf("%q: caret went back on screen: %v", tc.s, path)
			}
			prev = p.x
			seen[p.pos] = true
		}
		for k := 0; k <= n; k++ {
			if !seen[k] {
				t.Errorf("%q: offset %d never reached", tc.s, k)
			}
		}
		if last := path[len(path)-1]; last.pos != n {
			t.Errorf("%q: walk ends at %d, want the end %d", tc.s, last.pos, n)
		}
		// and back
		back := walk(m, !tc.right, 2*n+4)
		if last := back[len(back)-1]; last.pos != 0 || last.x != x0 {
			t.Errorf("%q: walk back ends at %v, want offset 0 at x %v", tc.s, last, x0)
		}
	}
}

// The caret at the end of a typed prefix stands where the next character
// appears: after a Latin word inside Arabic at the word's right end; after
// a space that follows it, at the left end of the line.
func TestCaretWhereNextCharacterAppears(t *testing.T) {
	for _, tc := range []struct {
		s string
		x float32 // in a box 100 wide
	}{
		{"", 100},
		{"تعمل", 96},
		{"تعمل مجموعة ", 88},
		{"تعمل مجموعة O", 88},  // right edge of the O, which stands left of the space
		{"تعمل مجموعة O-", 86}, // the hyphen is still right to left
		{"تعمل مجموعة O-R", 88},
		{"منذ 2", 96},    // right edge of the 2, left of the space
		{"منذ 2021", 96}, // numbers read left to right: after the 1
		{"Latin", 5},
	} {
		m := newUnitModel(tc.s, 100)
		m.SetDefaultRTL(true)
		m.SetCaret(utf8.RuneCountInString(tc.s), false)
		if _, x := m.CaretPlace(); x != tc.x {
			t.Errorf("%q: caret at %v, want %v", tc.s, x, tc.x)
		}
	}
}

func TestEditingIsLogical(t *testing.T) {
	m := newUnitModel("عربي AI", 100)
	m.SetCaret(7, false)
	m.Backspace()
	if m.Text() != "عربي A" {
		t.Errorf("Backspace: %q", m.Text())
	}
	m.SetCaret(0, false)
	m.Delete()
	if m.Text() != "ربي A" {
		t.Errorf("Delete: %q", m.Text())
	}
	// Typing inside a Latin run in Arabic text, and inside Arabic in Latin.
	m.SetText("تعمل O-RAN على")
	m.SetCaret(7, false) // after "O-"
	m.Insert("X")
	if m.Text() != "تعمل O-XRAN على" {
		t.Errorf("typing in Latin: %q", m.Text())
	}
	m.SetText("in جنيف today")
	m.SetCaret(4, false) // after "ج"
	m.Insert("ـ")
	if m.Text() != "in جـنيف today" {
		t.Errorf("typing in Arabic: %q", m.Text())
	}
	// Paste keeps logical order and replaces the selection.
	m.SetText(sentence)
	m.Select(12, 26) // "O-RAN Alliance"
	if m.SelectedText() != "O-RAN Alliance" {
		t.Fatalf("selected %q", m.SelectedText())
	}
	m.Insert("ITU-T (SG13) 2027")
	if !strings.HasPrefix(m.Text(), "تعمل مجموعة ITU-T (SG13) 2027 على") || m.Caret() != 29 {
		t.Errorf("paste: %q caret %d", m.Text(), m.Caret())
	}
}

// A logical selection across a direction change is drawn in two pieces.
func TestSelectionSpans(t *testing.T) {
	s := "تعمل O-RAN Alliance على"
	m := newUnitModel(s, 100)
	m.Select(11, 23) // "Alliance على"
	got := m.SelectionSpans()
	// visual: على(77..80) sp O-RAN(81..86) sp Alliance(87..95) sp تعمل
	want := []Span{{0, 77, 81}, {0, 87, 95}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("spans %v, want %v", got, want)
	}
}

// A selection across paragraphs shows their line feeds, the empty
// paragraph's too, at each paragraph's end.
func TestSelectionShowsLineFeeds(t *testing.T) {
	m := newUnitModel("ab\n\nعر", 10)
	m.SetDefaultRTL(false)
	m.SelectAll()
	want := []Span{{0, 0, 2}, {0, 2, 3}, {1, 0, 1}, {2, 8, 10}}
	got := m.SelectionSpans()
	if len(got) != len(want) {
		t.Fatalf("spans %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("spans %v, want %v", got, want)
		}
	}
}

func TestParagraphsOfBothDirections(t *testing.T) {
	m := newUnitModel("Terms of reference\nالاختصاصات\n\n2021", 50)
	m.SetDefaultRTL(true)
	lines := m.Lines()
	if len(lines) != 4 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, want := range []struct {
		rtl bool
		x   float32
	}{{false, 0}, {true, 40}, {true, 50}, {true, 46}} {
		if lines[i].RTL != want.rtl || lines[i].X != want.x {
			t.Errorf("line %d: RTL %v X %v, want %v %v", i, lines[i].RTL, lines[i].X, want.rtl, want.x)
		}
	}
	// Down from the English line's start goes to the Arabic line.
	m.SetCaret(0, false)
	m.MoveDown(false)
	if li, _ := m.CaretPlace(); li != 1 {
		t.Errorf("Down: line %d", li)
	}
	m.MoveDown(false)
	m.MoveDown(false)
	if li, _ := m.CaretPlace(); li != 3 {
		t.Errorf("Down: line %d", li)
	}
	// Home and End: the Arabic line's start is its right end.
	m.SetCaret(20, false)
	m.Home(false)
	if _, x := m.CaretPlace(); m.Caret() != 19 || x != 50 {
		t.Errorf("Home: offset %d x %v", m.Caret(), x)
	}
	m.End(false)
	if _, x := m.CaretPlace(); m.Caret() != 29 || x != 40 {
		t.Errorf("End: offset %d x %v", m.Caret(), x)
	}
}

func TestWrapAndSoftBreakCaret(t *testing.T) {
	m := newUnitModel("one two three four", 9)
	lines := m.Lines()
	if len(lines) != 3 || lines[0].End != 8 || lines[1].End != 14 {
		t.Fatalf("lines %+v", lines)
	}
	// offset 8 is the end of line 0 and the start of line 1: shown at the
	// start of line 1, where the next character appears
	m.SetCaret(8, false)
	if li, x := m.CaretPlace(); li != 1 || x != 0 {
		t.Errorf("caret at line %d x %v", li, x)
	}
	m.MoveLeft(false) // to the end of line 0, same offset
	if li, _ := m.CaretPlace(); li != 0 || m.Caret() != 8 {
		t.Errorf("Left: line %d offset %d", li, m.Caret())
	}
	m.End(false)
	m.MoveWordRight(false)
	if m.Caret() != 13 {
		t.Errorf("word right: %d", m.Caret())
	}
}

func TestUndoRedo(t *testing.T) {
	m := newUnitModel("", 100)
	for _, r := range "ab cd" {
		m.Insert(string(r))
	}
	m.Backspace()
	steps := []string{"ab cd", "ab", ""}
	for _, want := range steps {
		m.Undo()
		if m.Text() != want {
			t.Fatalf("undo: %q, want %q", m.Text(), want)
		}
	}
	if m.Undo() {
		t.Error("undo with no history")
	}
	m.Redo()
	m.Redo()
	if m.Text() != "ab cd" {
		t.Errorf("redo: %q", m.Text())
	}
}

func TestSingleLinePaste(t *testing.T) {
	m := newUnitModel("", 100)
	m.SetSingleLine(true)
	m.Insert("a\r\nb\nc\td")
	if m.Text() != "a b c d" {
		t.Errorf("%q", m.Text())
	}
}
