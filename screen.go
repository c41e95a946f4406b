package main

import "github.com/go-gl/glfw/v3.3/glfw"

// screenPixels is the size of the primary screen in pixels, or zeros when
// it cannot be known (no display). Fyne has no call for it; GLFW, which its
// desktop driver runs on, does. GLFW must be started on the main thread,
// which Fyne's driver has locked to the main goroutine in its init; Fyne
// starting it again later is harmless.
func screenPixels() (width, height int) {
	if err := glfw.Init(); err != nil {
		return 0, 0
	}
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return 0, 0
	}
	v := m.GetVideoMode()
	if v == nil {
		return 0, 0
	}
	return v.Width, v.Height
}
