package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// translateWindowSize is the translation window's size on a screen that has
// room for it; smaller screens get what fits (fitWindow).
var translateWindowSize = fyne.NewSize(1100, 760)

// closeWindowShortcut closes a secondary window (Ctrl+W, Cmd+W on macOS).
var closeWindowShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierShortcutDefault}

// closeOnKeys lets Ctrl+W and Escape close a secondary window. Escape
// reaches the canvas when no widget has the focus; it is left to a dialog
// shown over the window.
func closeOnKeys(win fyne.Window) {
	c := win.Canvas()
	c.AddShortcut(closeWindowShortcut, func(fyne.Shortcut) { win.Close() })
	prev := c.OnTypedKey()
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape && c.Overlays().Top() == nil {
			win.Close()
			return
		}
		if prev != nil {
			prev(k)
		}
	})
}

// screenSize is the screen the main window opened on, in Fyne's units
// (zero: unknown); the translation window fits on it too.
func (w *window) screenSize() fyne.Size { return w.opts.Screen }
