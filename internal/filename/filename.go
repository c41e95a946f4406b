// Package filename makes names for the files fgdraft proposes or writes by
// default, from text a user typed (an acronym), so that they work on every
// system: no character any of them refuses, no name Windows reserves, and a
// length every file system takes.
package filename

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxPart is the longest, in bytes, that Part makes a piece of a name: with
// the other pieces and the extension, a name stays far below the 255 bytes
// most file systems allow, and leaves room for the folder in a Windows path.
const MaxPart = 64

// Part turns s into a piece of a file name: letters, digits, '-' and '.'
// are kept, spaces, '_' and '/' become '-', anything else (the characters
// Windows refuses, controls, bidi overrides, marks) is dropped; the result
// has no '-' or '.' at either end and at most MaxPart bytes, cut between
// characters. It may be empty.
func Part(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == '-' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case unicode.IsSpace(r) || r == '_' || r == '/':
			b.WriteRune('-')
		}
	}
	out := strings.Trim(b.String(), "-.")
	if len(out) > MaxPart {
		cut := MaxPart
		for cut > 0 && !utf8.RuneStart(out[cut]) {
			cut--
		}
		out = strings.TrimRight(out[:cut], "-.")
	}
	return out
}

// windowsReserved are the device names Windows refuses as a file name, with
// or without an extension ("CON", "con.pdf", "COM1.tar.gz").
var windowsReserved = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true,
	"COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
	"COM¹": true, "COM²": true, "COM³": true, "LPT¹": true, "LPT²": true, "LPT³": true,
}

// Reserved reports whether Windows refuses name: its part before the first
// dot, trailing spaces ignored, is a device name such as CON or LPT1.
func Reserved(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	return windowsReserved[strings.ToUpper(strings.TrimRight(stem, " "))]
}

// Join joins pieces made by Part with '_' and adds the extension (without
// its dot); a name Windows reserves gets a '_' after its first piece.
func Join(ext string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	name := strings.Join(kept, "_") + "." + ext
	if Reserved(name) {
		stem, rest, _ := strings.Cut(name, ".")
		name = stem + "_." + rest
	}
	return name
}
