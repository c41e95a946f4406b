//go:build !windows && !((linux || freebsd || openbsd || netbsd) && !wayland && !android)

package app

import "image"

// placeCaret does nothing where the windowing layer cannot place the input
// method yet (macOS, Wayland: see docs/ime.md).
func placeCaret(any, image.Rectangle) {}
