package export

import (
	"strings"
	"unicode"
)

// Words are the pieces of a cell's text a line may not be broken inside:
// the words between spaces, and within them each Chinese character on its
// own (Chinese breaks between characters). A table's columns are sized so
// that their longest word fits (FitColumns): no word is then broken in the
// middle, in a language whose hyphenation fgdraft does not implement.
func Words(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		start := 0
		for i, r := range w {
			if unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF {
				if i > start {
					out = append(out, w[start:i])
				}
				start = i + len(string(r))
				out = append(out, string(r))
			}
		}
		if start < len(w) {
			out = append(out, w[start:])
		}
	}
	return out
}

// FitColumns widens the columns narrower than their minimum (the width of
// their longest word) with width taken from the columns that have room to
// spare, in proportion to that room; the total width stays the same. When
// the minimums together exceed the total, the columns share it in
// proportion to their minimums.
func FitColumns(widths, minimum []float64) []float64 {
	out := append([]float64(nil), widths...)
	total, minTotal := 0.0, 0.0
	for i, w := range out {
		total += w
		if i < len(minimum) {
			minTotal += max(minimum[i], 0)
		}
	}
	if minTotal >= total {
		if minTotal > 0 {
			for i := range out {
				out[i] = max(minimum[i], 0) / minTotal * total
			}
		}
		return out
	}
	need, spare := 0.0, 0.0
	for i, w := range out {
		m := 0.0
		if i < len(minimum) {
			m = minimum[i]
		}
		if w < m {
			need += m - w
		} else {
			spare += w - m
		}
	}
	if need == 0 {
		return out
	}
	for i, w := range out {
		m := 0.0
		if i < len(minimum) {
			m = minimum[i]
		}
		if w < m {
			out[i] = m
		} else {
			out[i] = w - (w-m)/spare*need
		}
	}
	return out
}

// ColumnMinimums gives, for each of a table's ncol columns, the width of
// its longest word (header included) as measure says.
func (t Table) ColumnMinimums(ncol int, measure func(word string, header bool) float64) []float64 {
	out := make([]float64, ncol)
	row := func(cells []string, header bool) {
		for i := 0; i < ncol && i < len(cells); i++ {
			for _, w := range Words(cells[i]) {
				out[i] = max(out[i], measure(w, header))
			}
		}
	}
	row(t.Header, true)
	for _, r := range t.Rows {
		row(r, false)
	}
	return out
}
