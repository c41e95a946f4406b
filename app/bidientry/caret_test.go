package bidientry

import (
	"testing"

	"fyne.io/fyne/v2"
)

// caretReports records what OnCaretMoved was told.
type caretReports struct {
	at     []fyne.Position
	height []float32
}

func (r *caretReports) record(p fyne.Position, h float32) {
	r.at = append(r.at, p)
	r.height = append(r.height, h)
}

// Given a focused entry that reports its caret, when the user types, then
// each character moves the reported caret along the line, one line high
// (the input method shows its candidates there); an entry without the
// focus reports nothing.
func TestCaretIsReportedAsItMoves(t *testing.T) {
	e, w := newTestEntry(t, false)
	var got caretReports
	e.OnCaretMoved = got.record

	e.SetText("ab")
	if len(got.at) != 0 {
		t.Fatalf("an entry without the focus reported its caret: %v", got.at)
	}

	w.Canvas().Focus(e)
	if len(got.at) != 1 || got.at[0] != e.CaretPosition() {
		t.Fatalf("focus: reported %v, want the caret %v once", got.at, e.CaretPosition())
	}
	for _, r := range "你好" {
		e.TypedRune(r)
	}
	if len(got.at) != 3 {
		t.Fatalf("two characters typed: %d reports, want 1+2", len(got.at))
	}
	for i := 1; i < len(got.at); i++ {
		if got.at[i].X <= got.at[i-1].X || got.at[i].Y != got.at[0].Y {
			t.Errorf("report %d at %v after %v: the caret must move right along the line", i, got.at[i], got.at[i-1])
		}
		if got.height[i] != e.lineHeight() {
			t.Errorf("report %d is %v high, want a line: %v", i, got.height[i], e.lineHeight())
		}
	}
	if last := got.at[len(got.at)-1]; last != e.CaretPosition() {
		t.Errorf("last report %v, caret at %v", last, e.CaretPosition())
	}

	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if last := got.at[len(got.at)-1]; last.Y <= got.at[0].Y {
		t.Errorf("after Return the caret is reported at %v, want a line further down than %v", last, got.at[0])
	}

	w.Canvas().Unfocus()
	n := len(got.at)
	e.SetText("moved while not focused")
	e.SetCursorOffset(3)
	if len(got.at) != n {
		t.Errorf("after the focus left, %d more reports", len(got.at)-n)
	}
}
