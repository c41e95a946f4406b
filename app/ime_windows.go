package app

import (
	"image"

	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// placeCaret passes the caret r (window pixels) to the GLFW window behind
// Fyne's native window: the IME's composition and candidate windows
// (ImmSetCompositionWindow, ImmSetCandidateWindow).
func placeCaret(native any, r image.Rectangle) {
	ctx, ok := native.(driver.WindowsWindowContext)
	if !ok || ctx.HWND == 0 {
		return
	}
	if w := glfw.FindWin32Window(ctx.HWND); w != nil {
		w.SetPreeditCursorRectangle(r.Min.X, r.Min.Y, r.Dx(), r.Dy())
	}
}
