package text

import "golang.org/x/text/unicode/bidi"

// The subset of the Unicode Bidirectional Algorithm (UAX #9) a document
// needs: one paragraph level given by the document language, no explicit
// embeddings (bidi controls are removed beforehand), weak types for numbers,
// paired brackets (N0), neutrals (N1, N2), implicit levels, trailing
// whitespace (L1), reordering (L2) and mirroring (L4). The classes come from
// golang.org/x/text/unicode/bidi; its algorithm is not used.

type bclass = bidi.Class

func classOf(r rune) bclass {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}

// strongish maps a resolved type to L or R for the neutral rules (numbers count as R).
func strongish(c bclass) (bclass, bool) {
	switch c {
	case bidi.L:
		return bidi.L, true
	case bidi.R, bidi.AL, bidi.EN, bidi.AN:
		return bidi.R, true
	}
	return 0, false
}

func isNeutral(c bclass) bool {
	switch c {
	case bidi.ON, bidi.WS, bidi.S, bidi.B, bidi.BN:
		return true
	}
	return false
}

// resolveLevels returns the embedding level of each character of rs
// (logical order) in a paragraph of level para (0 LTR, 1 RTL).
func resolveLevels(rs []rune, orig []bclass, para uint8) []uint8 {
	n := len(rs)
	t := make([]bclass, n)
	copy(t, orig)
	sos := bidi.L
	e := bidi.L
	if para&1 == 1 {
		sos, e = bidi.R, bidi.R
	}
	// Boundary neutrals and controls behave as the character before them.
	for i := range t {
		switch t[i] {
		case bidi.Control, bidi.LRO, bidi.RLO, bidi.LRE, bidi.RLE, bidi.PDF, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI:
			t[i] = bidi.BN
		}
	}
	// W1: NSM takes the type of the previous character.
	prev := sos
	for i := range t {
		switch t[i] {
		case bidi.NSM:
			t[i] = prev
		case bidi.BN:
		default:
			prev = t[i]
		}
	}
	// W2: EN after AL becomes AN. W3: AL becomes R.
	last := sos
	for i := range t {
		switch t[i] {
		case bidi.L, bidi.R, bidi.AL:
			last = t[i]
		case bidi.EN:
			if last == bidi.AL {
				t[i] = bidi.AN
			}
		}
	}
	for i := range t {
		if t[i] == bidi.AL {
			t[i] = bidi.R
		}
	}
	// W4: a single separator between two numbers of the same kind.
	for i := 1; i+1 < n; i++ {
		if t[i] == bidi.ES && t[i-1] == bidi.EN && t[i+1] == bidi.EN {
			t[i] = bidi.EN
		} else if t[i] == bidi.CS && t[i-1] == t[i+1] && (t[i-1] == bidi.EN || t[i-1] == bidi.AN) {
			t[i] = t[i-1]
		}
	}
	// W5: terminators next to European numbers.
	for i := 0; i < n; {
		if t[i] != bidi.ET {
			i++
			continue
		}
		j := i
		for j < n && (t[j] == bidi.ET || t[j] == bidi.BN) {
			j++
		}
		if (i > 0 && t[i-1] == bidi.EN) || (j < n && t[j] == bidi.EN) {
			for k := i; k < j; k++ {
				t[k] = bidi.EN
			}
		}
		i = j
	}
	// W6: remaining separators and terminators are neutral.
	for i := range t {
		switch t[i] {
		case bidi.ES, bidi.ET, bidi.CS:
			t[i] = bidi.ON
		}
	}
	// W7: European numbers after L (or sos L) become L.
	last = sos
	for i := range t {
		switch t[i] {
		case bidi.L, bidi.R:
			last = t[i]
		case bidi.EN:
			if last == bidi.L {
				t[i] = bidi.L
			}
		}
	}
	// N0: paired brackets.
	resolveBrackets(rs, t, sos, e)
	// N1, N2: runs of neutrals.
	for i := 0; i < n; {
		if !isNeutral(t[i]) {
			i++
			continue
		}
		j := i
		for j < n && isNeutral(t[j]) {
			j++
		}
		before := sos
		if i > 0 {
			if s, ok := strongish(t[i-1]); ok {
				before = s
			}
		}
		after := sos // eos: same as sos for one paragraph without embeddings
		if j < n {
			if s, ok := strongish(t[j]); ok {
				after = s
			}
		}
		dir := e
		if before == after {
			dir = before
		}
		for k := i; k < j; k++ {
			t[k] = dir
		}
		i = j
	}
	// I1, I2.
	lv := make([]uint8, n)
	for i := range t {
		l := para
		if para&1 == 0 {
			switch t[i] {
			case bidi.R:
				l++
			case bidi.AN, bidi.EN:
				l += 2
			}
		} else {
			switch t[i] {
			case bidi.L, bidi.EN, bidi.AN:
				l++
			}
		}
		lv[i] = l
	}
	return lv
}

// resolveBrackets applies rule N0 to the bracket pairs of rs.
func resolveBrackets(rs []rune, t []bclass, sos, e bclass) {
	type pair struct{ open, close int }
	var pairs []pair
	type opener struct {
		close rune
		at    int
	}
	var stack []opener
	for i, r := range rs {
		if t[i] != bidi.ON {
			continue
		}
		if c, ok := openers[r]; ok {
			if len(stack) == 63 {
				break
			}
			stack = append(stack, opener{c, i})
			continue
		}
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].close == r {
				pairs = append(pairs, pair{stack[k].at, i})
				stack = stack[:k]
				break
			}
		}
	}
	// in order of the opening brackets
	for a := 1; a < len(pairs); a++ {
		for b := a; b > 0 && pairs[b].open < pairs[b-1].open; b-- {
			pairs[b], pairs[b-1] = pairs[b-1], pairs[b]
		}
	}
	for _, p := range pairs {
		foundE, foundO := false, false
		for k := p.open + 1; k < p.close; k++ {
			if s, ok := strongish(t[k]); ok {
				if s == e {
					foundE = true
					break
				}
				foundO = true
			}
		}
		var dir bclass
		switch {
		case foundE:
			dir = e
		case foundO:
			ctx := sos
			for k := p.open - 1; k >= 0; k-- {
				if s, ok := strongish(t[k]); ok {
					ctx = s
					break
				}
			}
			if ctx != e {
				dir = ctx
			} else {
				dir = e
			}
		default:
			continue
		}
		t[p.open], t[p.close] = dir, dir
	}
}

// reorder returns the visual order (indices into the line) for the levels of
// one line (rule L2).
func reorder(levels []uint8) []int {
	n := len(levels)
	idx := make([]int, n)
	var hi, lo uint8 = 0, 255
	for i, l := range levels {
		idx[i] = i
		if l > hi {
			hi = l
		}
		if l&1 == 1 && l < lo {
			lo = l
		}
	}
	for lvl := hi; lvl >= lo && lvl > 0; lvl-- {
		for i := 0; i < n; {
			if levels[idx[i]] < lvl {
				i++
				continue
			}
			j := i
			for j < n && levels[idx[j]] >= lvl {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				idx[a], idx[b] = idx[b], idx[a]
			}
			i = j
		}
	}
	return idx
}

// openers maps opening brackets to their closing ones (Unicode BidiBrackets).
var openers = map[rune]rune{
	'(': ')', '[': ']', '{': '}', 0x2045: 0x2046, 0x207D: 0x207E, 0x208D: 0x208E,
	0x2329: 0x232A, 0x3008: 0x3009, 0x300A: 0x300B, 0x300C: 0x300D, 0x300E: 0x300F,
	0x3010: 0x3011, 0x3014: 0x3015, 0x3016: 0x3017, 0x3018: 0x3019, 0x301A: 0x301B,
	0xFF08: 0xFF09, 0xFF3B: 0xFF3D, 0xFF5B: 0xFF5D, 0xFF5F: 0xFF60, 0xFF62: 0xFF63,
}

// mirrors maps characters with the Bidi_Mirrored property to their mirror
// image (BidiMirroring), the common part.
var mirrors = func() map[rune]rune {
	m := map[rune]rune{'<': '>', 0xAB: 0xBB, 0x2039: 0x203A, 0x2264: 0x2265, 0x2208: 0x220B}
	for o, c := range openers {
		m[o] = c
	}
	for a, b := range m {
		m[b] = a
	}
	return m
}()

// maxDepth is the deepest embedding level UAX #9 allows (BD2).
const maxDepth = 125

// resolveIsolating returns the embedding level of each character of rs in a
// paragraph of level para, honouring isolates (LRI, RLI, FSI … PDI, rules
// X5a–X6a and BD13): the text between an initiator and its matching PDI is
// resolved on its own, as a paragraph of the next odd or even level (for FSI
// by its first strong character, P2 and P3), and takes no part in the
// resolution of what is around it, where the initiator and the PDI stand as
// one neutral. A renderer isolates a label and its text this way, so that
// an Arabic sentence after a Latin name keeps its direction and its full
// stop. Isolates deeper than UAX #9's 125 levels count as neutrals. An initiator without a PDI isolates the rest of the paragraph; a PDI
// without an initiator is ignored, like the other controls.
func resolveIsolating(rs []rune, orig []bclass, para uint8) []uint8 {
	levels := make([]uint8, len(rs))
	var outer []int // indices resolved at this level: all but the isolates' contents
	type isolate struct{ start, end int }
	var inner []isolate
	for i := 0; i < len(rs); i++ {
		outer = append(outer, i)
		c := orig[i]
		if c != bidi.LRI && c != bidi.RLI && c != bidi.FSI || para+2 > maxDepth {
			continue
		}
		open, j := 1, i+1
		for ; j < len(rs); j++ {
			switch orig[j] {
			case bidi.LRI, bidi.RLI, bidi.FSI:
				open++
			case bidi.PDI:
				open--
			}
			if open == 0 {
				break
			}
		}
		inner = append(inner, isolate{i + 1, j})
		if j < len(rs) {
			outer = append(outer, j) // the matching PDI
		}
		i = j
	}
	if len(inner) == 0 {
		return resolveLevels(rs, orig, para)
	}
	ors := make([]rune, len(outer))
	ocl := make([]bclass, len(outer))
	for k, i := range outer {
		ors[k], ocl[k] = rs[i], orig[i]
		switch ocl[k] {
		case bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI:
			ocl[k] = bidi.ON
		}
	}
	for k, l := range resolveLevels(ors, ocl, para) {
		levels[outer[k]] = l
	}
	for _, iso := range inner {
		rtl := false
		switch orig[iso.start-1] {
		case bidi.RLI:
			rtl = true
		case bidi.FSI:
			rtl = ParagraphDirection(string(rs[iso.start:iso.end])) == RightToLeft
		}
		level := para + 1
		if (level&1 == 1) != rtl {
			level++
		}
		copy(levels[iso.start:iso.end], resolveIsolating(rs[iso.start:iso.end], orig[iso.start:iso.end], level))
	}
	return levels
}
