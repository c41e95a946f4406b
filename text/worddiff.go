package text

import (
	"strings"
	"unicode"
)

// DiffOp says what a piece of a word diff is.
type DiffOp int

// Pieces of a word diff.
const (
	Same     DiffOp = iota // in both texts
	Inserted               // in the new text only
	Deleted                // in the old text only
)

// DiffPiece is a run of text of one kind in a word diff.
type DiffPiece struct {
	Op   DiffOp
	Text string
}

// WordDiff compares old and new word by word (words, the spaces between
// them and punctuation each a unit; in scripts written without spaces,
// such as Chinese, each character a word) and gives new's text and old's
// deleted text in reading order: a deletion before the insertion that
// replaces it. Adjacent pieces of one kind are joined; a space between two
// changed words belongs to the change, so that a replaced phrase reads as
// one deletion and one insertion.
func WordDiff(old, new string) []DiffPiece {
	a, b := WordTokens(old), WordTokens(new)
	var pieces []DiffPiece
	for _, st := range AlignTokens(a, b) {
		if st.Op == Deleted {
			pieces = append(pieces, DiffPiece{Deleted, a[st.Old]})
		} else {
			pieces = append(pieces, DiffPiece{st.Op, b[st.New]})
		}
	}
	var out []DiffPiece
	for _, p := range absorbSpaces(pieces) {
		if n := len(out); n > 0 && out[n-1].Op == p.Op {
			out[n-1].Text += p.Text
			continue
		}
		out = append(out, p)
	}
	return out
}

// absorbSpaces makes a space kept between two changes part of them (in
// both texts), then orders each run of changes deletions first.
func absorbSpaces(ps []DiffPiece) []DiffPiece {
	changed := func(k int) bool { return k >= 0 && k < len(ps) && ps[k].Op != Same }
	var out []DiffPiece
	for k := 0; k < len(ps); k++ {
		p := ps[k]
		if p.Op == Same && strings.TrimSpace(p.Text) == "" && changed(k-1) && changed(k+1) {
			out = append(out, DiffPiece{Deleted, p.Text}, DiffPiece{Inserted, p.Text})
			continue
		}
		out = append(out, p)
	}
	// within each run of changes: the deleted text, then the inserted
	var sorted []DiffPiece
	for k := 0; k < len(out); {
		if out[k].Op == Same {
			sorted = append(sorted, out[k])
			k++
			continue
		}
		e := k
		for e < len(out) && out[e].Op != Same {
			e++
		}
		for _, op := range []DiffOp{Deleted, Inserted} {
			for _, p := range out[k:e] {
				if p.Op == op {
					sorted = append(sorted, p)
				}
			}
		}
		k = e
	}
	return sorted
}

// WordTokens splits s into the units a word diff compares: words, runs of
// spaces and single other characters; a character of a script written
// without spaces (Chinese) is a word of its own.
func WordTokens(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		j := i + 1
		switch {
		case unicode.IsSpace(r):
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
		case unspaced(r):
		case isWordRune(r):
			for j < len(rs) && isWordRune(rs[j]) && !unspaced(rs[j]) {
				j++
			}
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}

// isWordRune is a letter, digit or mark (Arabic vowel signs belong to
// their word).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// unspaced tells a character of a script written without spaces between
// words.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}
