package app

import (
	"strings"
	"unicode"

	"fgdraft/locales"

	"golang.org/x/text/unicode/bidi"
)

// rtlFence is a RIGHT-TO-LEFT MARK.
const rtlFence = '\u200F'

// uiText prepares interface text for a label: unchanged in a left-to-right
// interface, put in visual order in a right-to-left one (see visualRTL).
func uiText(ui *locales.Localizer, s string) string {
	if !ui.Lang().RTL() {
		return s
	}
	return visualRTL(s)
}

// visualRTL orders each line of s for a label of a right-to-left interface.
// Fyne shapes every run of one direction but places the runs left to right
// in logical order, so that numbers and Latin words inside Arabic land on the
// wrong side ("16 يناير 2027: …" shows its parts backwards). The line is
// resolved as a right-to-left paragraph; its runs are written in visual
// order, the right-to-left ones in logical order (Fyne reverses them itself)
// and fenced with RIGHT-TO-LEFT MARKs so that their neutral characters stay
// inside them. Text with no right-to-left run is returned as it is.
func visualRTL(s string) string {
	if s == "" {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = visualRTLLine(l)
	}
	return strings.Join(lines, "\n")
}

func isRTLLetter(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana)
}

func visualRTLLine(s string) string {
	if s == "" || strings.ContainsRune(s, rtlFence) {
		return s // empty, or ordered already
	}
	var p bidi.Paragraph
	if _, err := p.SetString(s, bidi.DefaultDirection(bidi.RightToLeft)); err != nil {
		return s
	}
	o, err := p.Order()
	if err != nil {
		return s
	}
	if !strings.ContainsFunc(s, isRTLLetter) {
		return s // no Arabic or Hebrew letter: nothing to reorder
	}
	var b strings.Builder
	for i := o.NumRuns() - 1; i >= 0; i-- {
		r := o.Run(i)
		if r.Direction() == bidi.RightToLeft {
			b.WriteRune(rtlFence)
			b.WriteString(r.String())
			b.WriteRune(rtlFence)
			continue
		}
		b.WriteString(r.String())
	}
	return b.String()
}
