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

// findingsNarrowest is the least width the findings panel takes when the
// window has no more room beside the step: a few words a line.
const findingsNarrowest = 160

// findingsWidthLayout gives the findings panel findingsMinWidth where the
// window has room for it beside the steps and the step, and less (down to
// findingsNarrowest) where it has not: showing the panel narrows the step
// instead of widening the window beyond the screen.
type findingsWidthLayout struct {
	w             *window
	sidebar, step fyne.CanvasObject
}

func (l *findingsWidthLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return fyne.NewSize(l.width(), s.Height)
}

// width is the panel's least width in the window as it is now.
func (l *findingsWidthLayout) width() float32 {
	window := l.w.win.Canvas().Size().Width
	if window <= 0 {
		return findingsMinWidth
	}
	// The split's divider and the padding around the parts.
	const gaps = 6 * 4
	room := window - l.sidebar.MinSize().Width - l.step.MinSize().Width - gaps
	return max(findingsNarrowest, min(findingsMinWidth, room))
}

func (l *findingsWidthLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}
