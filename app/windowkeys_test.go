package app

import (
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Issue 21 item 4: at 1024×600 the translation window opens within the
// screen, its content fits, and Ctrl+W or Escape closes it.
func TestTranslationWindowFitsAndCloses(t *testing.T) {
	screen := fyne.NewSize(1024, 600)
	for _, key := range []string{"Ctrl+W", "Escape"} {
		a := test.NewTempApp(t)
		w := newTestWindow(t, a, Options{Example: true, Screen: screen, Lang: forms.English})
		w.translate.show(w.uiEnv, w, w.exports, w.sess)
		tw := w.translate.win
		if tw == nil {
			t.Fatal("the translation window did not open")
		}
		room := screen.Subtract(screenMargin)
		if s := tw.Canvas().Size(); s.Width > room.Width || s.Height > room.Height {
			t.Errorf("the translation window is %v on a %v screen", s, screen)
		}
		if m := tw.Content().MinSize(); m.Width > room.Width || m.Height > room.Height {
			t.Errorf("the translation window's content needs %v on a %v screen", m, screen)
		}
		c := tw.Canvas()
		c.Unfocus()
		switch key {
		case "Ctrl+W":
			c.(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(closeWindowShortcut)
		case "Escape":
			c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
		}
		if w.translate.win != nil {
			t.Errorf("%s left the translation window open", key)
		}
	}
}

// Issue 21 item 4: showing the findings panel in a narrow window (1280×800
// at scale 1.5) makes the step narrower; the window needs no more width.
func TestFindingsPanelFitsNarrowWindow(t *testing.T) {
	a := test.NewTempApp(t)
	screen := fyne.NewSize(1280/1.5, 800/1.5)
	w := newTestWindow(t, a, Options{Example: true, Screen: screen, Lang: forms.English})
	size := fitWindow(defaultWindowSize, screen)
	w.win.Resize(size)
	for _, step := range []forms.Step{forms.StepContribution, forms.StepSupporters, forms.StepTimeline, forms.StepReview} {
		w.showStep(step)
		if w.findingsPanelShown() {
			w.toggleFindingsPanel()
		}
		alone := w.win.Content().MinSize().Width
		w.toggleFindingsPanel()
		if !w.findingsPanelShown() {
			t.Fatal("Ctrl+Shift+F did not show the findings panel")
		}
		// A step that fits alone fits beside the panel.
		if alone > size.Width {
			t.Logf("%s alone needs %v wide, the window is %v", step, alone, size.Width)
			continue
		}
		if m := w.win.Content().MinSize(); m.Width > size.Width {
			t.Errorf("%s with the findings panel needs %v wide (alone %v), the window is %v", step, m.Width, alone, size.Width)
		}
	}
}
