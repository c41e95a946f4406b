package main

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// terminalWriter passes text on to a terminal (or whatever stands in its
// place) with every control character it did not make shown rather than
// obeyed: a draft's text, a file name or a library's message may hold ESC,
// BEL or a C1 control, and "ESC[2J" in a deliverable's title must not clear
// the screen nor "ESC]0;…BEL" set the window's title. Line feeds and tabs
// pass; other C0 controls, DEL and the C1 controls are written as \x1b or
// U+009B, bytes that are not UTF-8 as \xff. The headless commands write
// nothing but text (JSON escapes its own controls), so nothing is lost.
type terminalWriter struct {
	w io.Writer
}

func (t terminalWriter) Write(p []byte) (int, error) {
	out := make([]byte, 0, len(p))
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			out = fmt.Appendf(out, `\x%02x`, p[i])
		case r == '\n' || r == '\t':
			out = append(out, byte(r))
		case r < 0x20 || r == 0x7F:
			out = fmt.Appendf(out, `\x%02x`, r)
		case r >= 0x80 && r <= 0x9F:
			out = fmt.Appendf(out, `U+%04X`, r)
		default:
			out = append(out, p[i:i+size]...)
		}
		i += size
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
