package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// keyButton is a button that the keyboard presses on the key's release, as
// GTK and Windows buttons do, with Space or Enter.
//
// Fyne's button acts on the key press of Space. The driver then delivers the
// character of that same key (' ') to whatever has focus by then: a button
// that adds a row and focuses the row's first field put a space in front of
// everything typed there (" Q6/13"). Acting on the release, after the
// character has gone to the button (which ignores it), keeps the new field
// clean. Enter, which Fyne's button ignores, presses it too.
type keyButton struct {
	widget.Button
	armed fyne.KeyName // the activating key pressed while focused, until released
}

func newKeyButton(label string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// activates reports whether the key presses a focused button.
func activates(k fyne.KeyName) bool {
	return k == fyne.KeySpace || k == fyne.KeyReturn || k == fyne.KeyEnter
}

// KeyDown arms the button; the press itself does nothing yet.
func (b *keyButton) KeyDown(ev *fyne.KeyEvent) {
	if activates(ev.Name) {
		b.armed = ev.Name
	}
}

// KeyUp presses the button when the key that armed it is released.
func (b *keyButton) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name != b.armed || b.armed == "" {
		return
	}
	b.armed = ""
	if !b.Disabled() {
		b.Tapped(nil)
	}
}

// TypedKey keeps Fyne's button from acting on the press of Space.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	if activates(ev.Name) {
		return
	}
	b.Button.TypedKey(ev)
}

// FocusLost disarms: a key released after focus moved away presses nothing.
func (b *keyButton) FocusLost() {
	b.armed = ""
	b.Button.FocusLost()
}

var _ desktop.Keyable = (*keyButton)(nil)
