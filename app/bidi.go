package app

import (
	"strings"
	"unicode"

	"fgdraft/locales"
	"fgdraft/text"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

const (
	rlm = '\u200F' // RIGHT-TO-LEFT MARK
	lrm = '\u200E' // LEFT-TO-RIGHT MARK
)

// mirrored reports whether Fyne's shaper would mirror r in a right-to-left
// run (Bidi_Mirrored characters that occur in interface and document text).
func mirrored(r rune) bool {
	switch r {
	case '(', ')', '[', ']', '{', '}', '<', '>', '«', '»', '‹', '›':
		return true
	}
	return false
}

// visualRTL orders each line of s for a Fyne label in a right-to-left
// interface. Fyne shapes each run of one direction correctly but places the
// runs left to right in logical order, and sets the paragraph left to right:
// in Arabic, Latin words and numbers land on the wrong side and punctuation
// at the wrong end. The export text layer resolves the bidi levels of each
// line as an Arabic paragraph (it needs no fonts for that); its runs, in
// visual order, are handed to Fyne one after the other (see visualLines).
// Text with no right-to-left letter, or already ordered, is returned as it is.
func visualRTL(s string) string {
	if s == "" || strings.ContainsRune(s, rlm) || !strings.ContainsFunc(s, isRTLLetter) {
		return s
	}
	lines, _ := text.Layout(s, 0, text.Style{Size: 12, RTL: true})
	return visualLines(lines)
}

// visualLTR orders each line of s for a Fyne label in a left-to-right
// interface, when s has right-to-left words (an Arabic name in an item
// header, an Arabic source text). Fyne reverses a right-to-left run
// together with the spaces beside it, so that the space between "Alliance"
// and an Arabic word lands at the far end of the Arabic word and the two
// words run together ("Allianceتعمل"). In visual order, with the spaces
// fenced as left-to-right text (see visualLines), every space stays where
// it was typed. Text with no right-to-left letter, or already ordered, is
// returned as it is.
func visualLTR(s string) string {
	if s == "" || strings.ContainsRune(s, rlm) || !strings.ContainsFunc(s, isRTLLetter) {
		return s
	}
	lines, _ := text.Layout(s, 0, text.Style{Size: 12})
	return visualLines(lines)
}

// visualOwn orders text of the draft (a deliverable title, a meeting place)
// for a Fyne label by the direction of each of its own paragraphs
// (text.ParagraphDirection), the interface's direction (rtl) for a paragraph
// without a letter: an Arabic title in an English interface reads right to
// left, its full stop on the left; an English title in the Arabic interface
// left to right. Text with no right-to-left letter is returned as it is.
func visualOwn(s string, rtl bool) string {
	if s == "" || strings.ContainsRune(s, rlm) || !strings.ContainsFunc(s, isRTLLetter) {
		return s
	}
	lines, _ := text.Layout(s, 0, text.Style{Size: 12, RTL: rtl, Auto: true})
	return visualLines(lines)
}

// isolateName isolates a name of the draft (UAX #9 FSI … PDI) for a
// sentence of interface text that uiText orders, so that the name reads as
// a unit: "KT Corporation (كوريا)" keeps its brackets, and "(CST)" stays at
// the end of the Arabic name it ends, in a sentence of either direction. A
// name and an interface without right-to-left letters need no isolate, and
// get none (uiText would leave the controls in the label).
func isolateName(ui *locales.Localizer, name string) string {
	if !ui.Lang().RTL() && !strings.ContainsFunc(name, isRTLLetter) {
		return name
	}
	return "\u2068" + name + "\u2069"
}

func isRTLLetter(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana)
}

// visualLines joins set lines for a Fyne label: runs in visual order, the
// right-to-left ones in logical order between RIGHT-TO-LEFT MARKs.
func visualLines(lines []text.Line) string {
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
			// Text is the run in visual order with mirrored brackets.
			// Brackets go to Fyne as left-to-right characters (it would
			// mirror them again); the rest back in logical order.
			rs := []rune(r.Text)
			for i := 0; i < len(rs); {
				if mirrored(rs[i]) {
					b.WriteRune(lrm)
					b.WriteRune(rs[i])
					b.WriteRune(lrm)
					i++
					continue
				}
				j := i
				for j < len(rs) && !mirrored(rs[j]) {
					j++
				}
				// rs[i:j] is visual; spaces at its ends go outside the
				// fence (Fyne's shaper would split them off the run and
				// put them on the wrong side).
				lo, hi := i, j
				for lo < hi && rs[lo] == ' ' {
					lo++
				}
				for hi > lo && rs[hi-1] == ' ' {
					hi--
				}
				writeSpaces(&b, lo-i)
				if hi > lo {
					b.WriteRune(rlm)
					for k := hi - 1; k >= lo; k-- {
						b.WriteRune(rs[k])
					}
					b.WriteRune(rlm)
				}
				writeSpaces(&b, j-hi)
				i = j
			}
		}
	}
	return b.String()
}

// writeSpaces writes n spaces fenced as left-to-right text.
func writeSpaces(b *strings.Builder, n int) {
	if n == 0 {
		return
	}
	b.WriteRune(lrm)
	b.WriteString(strings.Repeat(" ", n))
	b.WriteRune(lrm)
}

// uiText prepares interface text for a label: in visual order, as a
// left-to-right paragraph (see visualLTR) or a right-to-left one (see
// visualRTL) after the interface.
func uiText(ui *locales.Localizer, s string) string {
	if !ui.Lang().RTL() {
		return visualLTR(s)
	}
	return visualRTL(s)
}

// messageLabel is a label for a message of several lines of interface text.
// Left to right, Fyne wraps it at words. Right to left, each line is in
// visual order already (uiText) and Fyne's wrapping would cut a long line
// from its visual left, its end: the lines stay whole, set at the right.
func messageLabel(ui *locales.Localizer, s string) *widget.Label {
	l := widget.NewLabel(uiText(ui, s))
	if ui.Lang().RTL() {
		l.Alignment = fyne.TextAlignTrailing
	} else {
		l.Wrapping = fyne.TextWrapWord
	}
	return l
}
