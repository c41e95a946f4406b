package app

import (
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Issue 21, item 4: at scale 1.5 on a 1280×800 screen (853×533 units), every
// step of the wizard fits the window's width: nothing to scroll sideways,
// nothing cut off at the right.
func TestStepsFitAtScaleOneAndAHalf(t *testing.T) {
	a := test.NewTempApp(t)
	screen := fyne.NewSize(1280/1.5, 800/1.5)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Screen: screen})
	w.win.Resize(screen)
	for _, s := range forms.Steps() {
		w.showStep(s)
		sc := w.formScroll()
		if sc == nil {
			continue
		}
		if min, have := sc.Content.MinSize().Width, sc.Size().Width; min > have {
			t.Errorf("%s: the form needs %.0f units, the window gives it %.0f", s, min, have)
		}
	}
}
