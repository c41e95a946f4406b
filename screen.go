//go:build !nogui

package main

import (
	"math"
	"os"
	"strconv"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// screenSize is the size of the primary screen in Fyne's units (pixels
// divided by the scale Fyne will draw at), or zero when it cannot be known
// (no display). Fyne has no call for it; GLFW, which its desktop driver
// runs on, does. GLFW must be started on the main thread, which Fyne's
// driver has locked to the main goroutine in its init; Fyne starting it
// again later is harmless.
func screenSize(a fyne.App) fyne.Size {
	if err := glfw.Init(); err != nil {
		return fyne.Size{}
	}
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}
	}
	v := m.GetVideoMode()
	if v == nil || v.Width <= 0 || v.Height <= 0 {
		return fyne.Size{}
	}
	widthMm, _ := m.GetPhysicalSize()
	scale := drawScale(userScale(a), widthMm, v.Width)
	return fyne.NewSize(float32(v.Width)/scale, float32(v.Height)/scale)
}

// drawScale is the scale Fyne's desktop driver draws at (its
// calculateScale and calculateDetectedScale, which it does not export):
// the user's scale times the screen's density over 120 dpi, at least 1,
// rounded to a tenth.
func drawScale(user float32, widthMm, widthPx int) float32 {
	detected := float32(1)
	if widthMm > 0 {
		dpi := float32(widthPx) / (float32(widthMm) / 25.4)
		if dpi > 1000 || dpi < 10 {
			dpi = 120
		}
		detected = max(dpi/120, 1)
	}
	return float32(math.Round(float64(user*detected*10))) / 10
}

// userScale is FYNE_SCALE, or the scale of Fyne's settings, or 1.
func userScale(a fyne.App) float32 {
	if env := os.Getenv("FYNE_SCALE"); env != "" && env != "auto" {
		if s, err := strconv.ParseFloat(env, 32); err == nil && s > 0 {
			return float32(s)
		}
	}
	if s := a.Settings().Scale(); s > 0 {
		return s
	}
	return 1
}
