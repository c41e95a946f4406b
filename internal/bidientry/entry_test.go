package bidientry

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// arabicFont is the project's bundled Arabic face (it has Latin letters and
// digits too), read from the repository.
func arabicFont(t testing.TB) fyne.Resource {
	t.Helper()
	data, err := os.ReadFile("../../assets/fonts/NotoNaskhArabic-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	return fyne.NewStaticResource("NotoNaskhArabic-Regular.ttf", data)
}

func newTestEntry(t *testing.T, rtlUI bool) (*Entry, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	e := NewMultiLineEntry()
	e.FontSource = arabicFont(t)
	e.DefaultRTL = rtlUI
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(420, 130))
	return e, w
}

func TestLookAtIt(t *testing.T) {
	e, w := newTestEntry(t, true)
	w.Canvas().Focus(e)
	for _, r := range sentence {
		e.TypedRune(r)
	}
	test.AssertImageMatches(t, "look.png", w.Canvas().Capture())
}
