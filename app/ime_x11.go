//go:build (linux || freebsd || openbsd || netbsd) && !wayland && !android

package app

import (
	"image"

	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// placeCaret passes the caret r (window pixels) to the GLFW window behind
// Fyne's native X11 window: the input method's spot (XNSpotLocation).
// Fyne runs its widgets' callbacks on the main thread, which GLFW needs.
func placeCaret(native any, r image.Rectangle) {
	ctx, ok := native.(driver.X11WindowContext)
	if !ok || ctx.WindowHandle == 0 {
		return
	}
	if w := glfw.FindX11Window(ctx.WindowHandle); w != nil {
		w.SetPreeditCursorRectangle(r.Min.X, r.Min.Y, r.Dx(), r.Dy())
	}
}
