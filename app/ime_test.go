package app

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// The caret goes to the windowing layer in window pixels: its position in
// Fyne's units times the canvas's scale, rounded, one pixel wide and a line
// high.
func TestCaretPixels(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		pos         fyne.Position
		line, scale float32
		want        image.Rectangle
	}{
		{fyne.NewPos(100, 50), 20, 1, image.Rect(100, 50, 101, 70)},
		{fyne.NewPos(100, 50), 20, 1.5, image.Rect(150, 75, 151, 105)},
		{fyne.NewPos(10.4, 10.6), 19.2, 2, image.Rect(21, 21, 22, 59)},
		{fyne.NewPos(0, 0), 0, 1, image.Rect(0, 0, 1, 1)}, // never empty
	} {
		if got := caretPixels(c.pos, c.line, c.scale); got != c.want {
			t.Errorf("caretPixels(%v, %v, %v) = %v, want %v", c.pos, c.line, c.scale, got, c.want)
		}
	}
}

// Fyne's entry draws its caret in its scrolled content: the caret inside
// the entry is moved by the scroller's place and offset, and kept inside
// the entry when the scrolling is not known.
func TestEntryCaret(t *testing.T) {
	t.Parallel()
	size := fyne.NewSize(200, 80)
	scroll := container.NewScroll(widget.NewLabel(""))
	scroll.Move(fyne.NewPos(2, 2))
	scroll.Offset = fyne.NewPos(0, 40)
	if got, want := entryCaret(fyne.NewPos(30, 60), size, scroll), fyne.NewPos(32, 22); got != want {
		t.Errorf("scrolled: %v, want %v", got, want)
	}
	if got, want := entryCaret(fyne.NewPos(450, 10), size, nil), fyne.NewPos(200, 10); got != want {
		t.Errorf("a long line, scrolling unknown: %v, want %v (the entry's edge)", got, want)
	}
}
