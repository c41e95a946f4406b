package app

import (
	"strings"

	"fgdraft/export/text"
	"fgdraft/forms"
)

const rlm = '\u200F' // RIGHT-TO-LEFT MARK

// visual prepares a single line of interface text for a label in a right to
// left interface. Fyne shapes each run of one direction correctly but places
// the runs left to right in logical order, and sets the paragraph left to
// right: in Arabic, Latin words and numbers land on the wrong side and
// punctuation at the wrong end. The export text layer resolves the bidi
// levels of the line as an Arabic paragraph; its runs, in visual order, are
// handed to Fyne one after the other, the right-to-left ones in logical order
// (Fyne reverses them itself) and fenced with RIGHT-TO-LEFT MARKs so that
// Fyne's own bidi pass keeps their neutrals inside them. In a left to right
// interface the text is returned as it is.
func (w *window) visual(s string) string {
	if !w.rtl() || s == "" {
		return s
	}
	fonts, err := w.exportFonts.get()
	if err != nil {
		return s
	}
	lines, _ := text.Layout(s, 0, text.Style{Chain: fonts.Chain(forms.Arabic, false), Size: 12, RTL: true})
	var b strings.Builder
	for i, ln := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		for _, r := range ln.Runs {
			if !r.RTL {
				b.WriteString(r.Text)
				continue
			}
			rs := []rune(r.Text)
			for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
				rs[i], rs[j] = rs[j], rs[i]
			}
			b.WriteRune(rlm)
			b.WriteString(string(rs))
			b.WriteRune(rlm)
		}
	}
	return b.String()
}
