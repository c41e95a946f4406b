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
		w.translate.show(w, w.sess)
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
