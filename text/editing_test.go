package text

import (
	"strings"
	"testing"
)

// The visual order an editor gets from Levels and VisualOrder is the one
// Layout sets in a document: same characters, same places.
func TestVisualOrderMatchesLayout(t *testing.T) {
	back := PresentationToLogical()
	for _, tc := range []struct {
		s   string
		rtl bool
	}{
		{"تعمل مجموعة O-RAN Alliance على واجهات AI/ML منذ 2021، ولكن الفجوة ما زالت قائمة.", true},
		{"المنظمة (ITU-T) الدولية [ممثل] 3.5%", true},
		{"The group meets in جنيف (سويسرا) in 2027.", false},
		{"12 + 3 = 15", true},
	} {
		lines, _ := Layout(tc.s, 0, Style{RTL: tc.rtl, Size: 10})
		if len(lines) != 1 {
			t.Fatalf("%q: %d lines", tc.s, len(lines))
		}
		var want []rune
		for _, g := range lines[0].Visual() {
			if l, ok := back[g]; ok {
				want = append(want, l...)
				continue
			}
			want = append(want, g)
		}
		rs := []rune(tc.s)
		order, lv := VisualOrder(rs, Levels(rs, tc.rtl), 0, len(rs), tc.rtl)
		var got []rune
		for v, k := range order {
			r := rs[k]
			if m, ok := Mirror(r); ok && lv[v]&1 == 1 {
				r = m
			}
			got = append(got, r)
		}
		// Layout drops the line's trailing whitespace; there is none here.
		if string(got) != string(want) {
			t.Errorf("%q:\n got %+q\nwant %+q", tc.s, string(got), string(want))
		}
	}
}

// Trailing spaces of a line take the paragraph level (L1): in a
// right-to-left line they stand at its left end, after the Latin word that
// ends it logically.
func TestVisualOrderTrailingSpace(t *testing.T) {
	rs := []rune("على AI ")
	order, lv := VisualOrder(rs, Levels(rs, true), 0, len(rs), true)
	want := []int{6, 4, 5, 3, 2, 1, 0}
	for i := range want {
		if order[i] != want[i] {
			t.Fatalf("order = %v, want %v", order, want)
		}
	}
	if lv[0] != 1 || lv[1] != 2 {
		t.Errorf("levels = %v, want the trailing space at 1 and the Latin word at 2", lv)
	}
}

// LineEnds breaks as Layout does when given the same advances.
func TestLineEndsMatchLayout(t *testing.T) {
	f := loadFaces(t)
	const size = 10
	s := "Focus groups are set up by a study group to advance work on a new topic; their deliverables are technical reports, not Recommendations."
	rs := []rune(s)
	adv := make([]float64, len(rs))
	for i, r := range rs {
		adv[i] = float64(f.sans.Advance(r)) * size / 1000
	}
	for _, width := range []float64{60, 120, 250} {
		lines, _ := Layout(s, width, Style{Chain: Chain{f.sans}, Size: size})
		var l Layouter
		ends := l.LineEnds(rs, adv, width)
		if len(ends) != len(lines) {
			t.Fatalf("width %v: %d ends, %d lines", width, len(ends), len(lines))
		}
		start := 0
		for i, e := range ends {
			if got := strings.TrimRight(string(rs[start:e]), " "); got != lines[i].Logical {
				t.Errorf("width %v line %d: %q, want %q", width, i, got, lines[i].Logical)
			}
			start = e
		}
	}
	// CJK rule: "。" never starts a line.
	zh := []rune("焦点组的职责范围。可交付成果")
	ones := make([]float64, len(zh))
	for i := range ones {
		ones[i] = 1
	}
	var l Layouter
	for _, e := range l.LineEnds(zh, ones, 8) {
		if e < len(zh) && zh[e] == '。' {
			t.Errorf("a line starts with 。 (ends %v)", l.LineEnds(zh, ones, 8))
		}
	}
}
