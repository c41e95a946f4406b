package bidientry

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// BenchmarkRelayoutAfterKeystroke: one character typed in the middle of a
// 2,000-character mixed paragraph, and the paragraph laid out again (bidi
// levels, line breaks, visual order, pieces measured by the driver with the
// cache a typing user has). The budget is 2 ms.
func BenchmarkRelayoutAfterKeystroke(b *testing.B) {
	test.NewTempApp(b)
	para := strings.Repeat(sentence+" ", 2000/utf8.RuneCountInString(sentence)+1)
	para = string([]rune(para)[:2000])
	m := NewModel(newFontMeasure(arabicFont(b), 14, fyne.TextStyle{}))
	m.SetWidth(400, true)
	m.SetText(para)
	m.Lines()
	mid := 1000
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m.SetCaret(mid, false)
		if i%2 == 0 {
			m.Insert("x")
		} else {
			m.Backspace()
		}
		m.Lines()
		m.CaretPlace()
	}
}

// BenchmarkKeystrokeInWidget: the same keystroke through the widget, drawn
// objects and scrolling included.
func BenchmarkKeystrokeInWidget(b *testing.B) {
	test.NewTempApp(b)
	para := strings.Repeat(sentence+" ", 2000/utf8.RuneCountInString(sentence)+1)
	para = string([]rune(para)[:2000])
	e := NewMultiLineEntry()
	e.FontSource = arabicFont(b)
	w := test.NewTempWindow(b, e)
	w.Resize(fyne.NewSize(420, 300))
	e.SetText(para)
	w.Canvas().Focus(e)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		e.SetCursorOffset(1000)
		if i%2 == 0 {
			e.TypedRune('x')
		} else {
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		}
	}
}
