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

// maxDiffCells bounds the table a word diff fills (old words × new
// words): beyond it, the texts are shown as the old deleted and the new
// inserted, whole, rather than compared word by word at a cost of memory
// that grows with their product.
const maxDiffCells = 4 << 20

// WordDiff compares old and new word by word (words, the spaces between
// them and punctuation each a unit; in scripts written without spaces,
// such as Chinese, each character a word) and gives new's text and old's
// deleted text in reading order: a deletion before the insertion that
// replaces it. Adjacent pieces of one kind are joined; a space between two
// changed words belongs to the change, so that a replaced phrase reads as
// one deletion and one insertion.
func WordDiff(old, new string) []DiffPiece {
	a, b := diffTokens(old), diffTokens(new)
	// the common start and end need no table
	lo := 0
	for lo < len(a) && lo < len(b) && a[lo] == b[lo] {
		lo++
	}
	ha, hb := len(a), len(b)
	for ha > lo && hb > lo && a[ha-1] == b[hb-1] {
		ha--
		hb--
	}
	var out []DiffPiece
	add := func(op DiffOp, s string) {
		if s == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += s
			return
		}
		out = append(out, DiffPiece{op, s})
	}
	add(Same, strings.Join(a[:lo], ""))
	mid := middleDiff(a[lo:ha], b[lo:hb])
	for _, p := range absorbSpaces(mid) {
		add(p.Op, p.Text)
	}
	add(Same, strings.Join(a[ha:], ""))
	return out
}

// middleDiff diffs the differing middles by their longest common
// subsequence of tokens.
func middleDiff(a, b []string) []DiffPiece {
	var out []DiffPiece
	if len(a) == 0 || len(b) == 0 || len(a)*len(b) > maxDiffCells {
		for _, s := range a {
			out = append(out, DiffPiece{Deleted, s})
		}
		for _, s := range b {
			out = append(out, DiffPiece{Inserted, s})
		}
		return out
	}
	// lcs[i][j] is the longest common subsequence of a[i:] and b[j:]
	w := len(b) + 1
	lcs := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, DiffPiece{Same, a[i]})
			i++
			j++
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			out = append(out, DiffPiece{Deleted, a[i]})
			i++
		default:
			out = append(out, DiffPiece{Inserted, b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, DiffPiece{Deleted, a[i]})
	}
	for ; j < len(b); j++ {
		out = append(out, DiffPiece{Inserted, b[j]})
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

// diffTokens splits s into words, runs of spaces and single other
// characters; a character of a script written without spaces is a word of
// its own.
func diffTokens(s string) []string {
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
