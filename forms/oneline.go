package forms

import "strings"

// A one-line field (a title, a name, an e-mail address, a question number)
// is printed on one line of the cover or a table. A line break in it would
// print as an extra line — a fake "Source:" line on the cover — and a bidi
// override or isolate would reorder what follows it, so that a title shows as
// "…fdp.exe". Such characters never come from the GUI's single-line entries,
// but can from a hand-edited file or a translator's XLIFF target.

// isLineBreak: the characters that end a line in Unicode (UAX #14's
// mandatory breaks), besides U+0085.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// IsBidiControl reports whether r is an explicit bidi embedding, override or
// isolate (U+202A–U+202E, U+2066–U+2069): characters that reorder the text
// after them until their closing mark.
func IsBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// OneLine folds s into one line: each run of line breaks becomes one space
// and bidi embeddings, overrides and isolates are removed. The implicit marks
// LRM, RLM and ALM, which reorder nothing beyond themselves, are kept.
func OneLine(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return isLineBreak(r) || IsBidiControl(r) }) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	lastBreak := false
	for _, r := range s {
		switch {
		case IsBidiControl(r):
			continue
		case isLineBreak(r):
			if !lastBreak {
				b.WriteByte(' ')
			}
			lastBreak = true
			continue
		}
		lastBreak = false
		b.WriteRune(r)
	}
	return b.String()
}

// OneLineProblem tells what in s has no place in a one-line field: the
// first line break or bidi control, and whether there is one.
func OneLineProblem(s string) (rune, bool) {
	for _, r := range s {
		if isLineBreak(r) || IsBidiControl(r) {
			return r, true
		}
	}
	return 0, false
}

// closeBidi ends every embedding, override and isolate that s opens and does
// not close, at the end of each of its lines, so that none reorders the
// text after its paragraph; a closing mark without an opening one is
// dropped. The text keeps its meaning: what was reordered within the
// paragraph still is.
func closeBidi(s string) string {
	if !strings.ContainsFunc(s, IsBidiControl) {
		return s
	}
	var b strings.Builder
	var open []rune // the closing mark of each open control, innermost last
	closeAll := func() {
		for i := len(open) - 1; i >= 0; i-- {
			b.WriteRune(open[i])
		}
		open = open[:0]
	}
	for _, r := range s {
		switch {
		case r >= 0x202A && r <= 0x202E && r != 0x202C: // LRE RLE LRO RLO
			open = append(open, 0x202C)
		case r >= 0x2066 && r <= 0x2068: // LRI RLI FSI
			open = append(open, 0x2069)
		case r == 0x202C, r == 0x2069:
			if len(open) == 0 || open[len(open)-1] != r {
				continue // closes nothing here
			}
			open = open[:len(open)-1]
		case isLineBreak(r):
			closeAll()
		}
		b.WriteRune(r)
	}
	closeAll()
	return b.String()
}

// PrintSafe makes the proposal safe to print: one-line fields are folded onto
// one line and lose their bidi controls (OneLine), and in prose every bidi
// control is closed by the end of its line (closeBidi). Exports print the
// result; the draft keeps what the proposer wrote.
func (p *Proposal) PrintSafe() {
	walkStrings(p, func(path string, d FieldDecl, ptr *string) {
		switch {
		case d.Kind == KindID:
		case d.Multiline():
			*ptr = closeBidi(*ptr)
		default:
			*ptr = OneLine(*ptr)
		}
	})
}

// OneLineFields lists the fields of p that hold one line of text (every
// declared string but prose and IDs), with their paths, in the order of the
// model: what the check of one-line fields reads.
func (p *Proposal) OneLineFields() []TextField {
	var out []TextField
	walkStrings(p, func(path string, d FieldDecl, ptr *string) {
		if d.Kind != KindID && !d.Multiline() {
			out = append(out, TextField{Path: path, Step: StepOf(path), ptr: ptr})
		}
	})
	return out
}
