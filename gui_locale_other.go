//go:build !nogui && !(linux || freebsd || netbsd || openbsd)

package main

// ensureUTF8CType has nothing to do where the window does not take text
// through Xlib's input methods.
func ensureUTF8CType() string { return "" }

// missingInputMethod: XMODIFIERS is X11's.
func missingInputMethod() string { return "" }
