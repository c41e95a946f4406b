package text

import "unicode"

// Form says which contextual form of a character is drawn.
type Form uint8

// Forms.
const (
	FormNone    Form = iota // the character's own glyph (isolated)
	FormInit                // Arabic initial form
	FormMedi                // Arabic medial form
	FormFina                // Arabic final form
	FormLigIsol             // isolated lam-alef ligature (on the alef; the lam is not drawn)
	FormLigFina             // final lam-alef ligature
	FormMirror              // the mirrored glyph of a bracket in right-to-left text
)

// joining types from Unicode's ArabicShaping.txt
const (
	joinU = iota // non-joining
	joinR        // right-joining (joins the preceding letter only)
	joinD        // dual-joining
	joinC        // join-causing (tatweel, ZWJ)
	joinT        // transparent (marks)
)

type arabicLetter struct {
	join  uint8
	forms [4]rune // isolated, final, initial, medial (Presentation Forms)
}

// arabicLetters maps a letter to its joining type and presentation forms.
var arabicLetters = func() map[rune]arabicLetter {
	m := map[rune]arabicLetter{}
	// The contiguous part of Presentation Forms-B: each letter has its forms
	// in the order isolated, final[, initial, medial].
	seq := []struct {
		r    rune
		join uint8
	}{
		{0x0621, joinU}, {0x0622, joinR}, {0x0623, joinR}, {0x0624, joinR}, {0x0625, joinR},
		{0x0626, joinD}, {0x0627, joinR}, {0x0628, joinD}, {0x0629, joinR}, {0x062A, joinD},
		{0x062B, joinD}, {0x062C, joinD}, {0x062D, joinD}, {0x062E, joinD}, {0x062F, joinR},
		{0x0630, joinR}, {0x0631, joinR}, {0x0632, joinR}, {0x0633, joinD}, {0x0634, joinD},
		{0x0635, joinD}, {0x0636, joinD}, {0x0637, joinD}, {0x0638, joinD}, {0x0639, joinD},
		{0x063A, joinD}, {0x0641, joinD}, {0x0642, joinD}, {0x0643, joinD}, {0x0644, joinD},
		{0x0645, joinD}, {0x0646, joinD}, {0x0647, joinD}, {0x0648, joinR}, {0x0649, joinD},
		{0x064A, joinD},
	}
	p := rune(0xFE80)
	for _, s := range seq {
		var l arabicLetter
		l.join = s.join
		switch {
		case s.join == joinU:
			l.forms = [4]rune{p, p, p, p}
			p++
		case s.join == joinR || s.r == 0x0649:
			l.forms = [4]rune{p, p + 1, p, p + 1}
			p += 2
		default:
			l.forms = [4]rune{p, p + 1, p + 2, p + 3}
			p += 4
		}
		m[s.r] = l
	}
	// alef maksura is dual-joining; its initial and medial forms are in
	// Presentation Forms-A.
	l := m[0x0649]
	l.forms[2], l.forms[3] = 0xFBE8, 0xFBE9
	m[0x0649] = l
	// Persian and Urdu letters (Presentation Forms-A).
	for _, s := range []struct {
		r    rune
		join uint8
		p    rune
	}{
		{0x0671, joinR, 0xFB50}, {0x067E, joinD, 0xFB56}, {0x0686, joinD, 0xFB7A},
		{0x0698, joinR, 0xFB8A}, {0x06A9, joinD, 0xFB8E}, {0x06AF, joinD, 0xFB92},
		{0x06CC, joinD, 0xFBFC},
	} {
		if s.join == joinR {
			m[s.r] = arabicLetter{s.join, [4]rune{s.p, s.p + 1, s.p, s.p + 1}}
		} else {
			m[s.r] = arabicLetter{s.join, [4]rune{s.p, s.p + 1, s.p + 2, s.p + 3}}
		}
	}
	m[0x0640] = arabicLetter{joinC, [4]rune{0x0640, 0x0640, 0x0640, 0x0640}} // tatweel
	return m
}()

// lamAlef maps an alef to its lam-alef ligature (isolated; final is +1).
var lamAlef = map[rune]rune{0x0622: 0xFEF5, 0x0623: 0xFEF7, 0x0625: 0xFEF9, 0x0627: 0xFEFB}

func joiningType(r rune) uint8 {
	if l, ok := arabicLetters[r]; ok {
		return l.join
	}
	switch r {
	case 0x200D:
		return joinC
	case 0x200C:
		return joinU
	}
	if r >= 0x0610 && r <= 0x061A || r >= 0x064B && r <= 0x065F || r == 0x0670 ||
		r >= 0x06D6 && r <= 0x06ED && r != 0x06DD && r != 0x06DE && r != 0x06E5 && r != 0x06E6 && r != 0x06E9 {
		return joinT
	}
	if unicode.In(r, unicode.Mn, unicode.Me) || r >= 0xFE00 && r <= 0xFE0F || r == 0x200B || r == 0xFEFF || r == 0x00AD || r == 0x2060 {
		return joinT
	}
	return joinU
}

// Glyph is the result of shaping one character: the character whose glyph is
// drawn (a presentation form, the mirrored bracket or the character itself; 0
// for the lam of a lam-alef ligature, drawn with an empty glyph) and the Form.
type Glyph struct {
	Char rune
	Form Form
}

// shapeArabic shapes rs (logical order) into out (same length).
func shapeArabic(rs []rune, out []Glyph) {
	n := len(rs)
	any := false
	for i, r := range rs {
		out[i] = Glyph{r, FormNone}
		if r >= 0x0600 && r <= 0x06FF {
			any = true
		}
	}
	if !any {
		return // most text of most documents: no joining types to look up
	}
	types := make([]uint8, n)
	for i, r := range rs {
		types[i] = joiningType(r)
	}
	prevOf := func(i int) int {
		for j := i - 1; j >= 0; j-- {
			if types[j] != joinT {
				return j
			}
		}
		return -1
	}
	nextOf := func(i int) int {
		for j := i + 1; j < n; j++ {
			if types[j] != joinT {
				return j
			}
		}
		return -1
	}
	joinsAfter := func(t uint8) bool { return t == joinD || t == joinC }
	joinsBefore := func(t uint8) bool { return t == joinD || t == joinR || t == joinC }
	skip := -1
	for i := 0; i < n; i++ {
		if i == skip {
			continue
		}
		l, ok := arabicLetters[rs[i]]
		if !ok || l.join == joinC || l.join == joinU {
			continue
		}
		p, q := prevOf(i), nextOf(i)
		jp := p >= 0 && joinsAfter(types[p]) && joinsBefore(types[i])
		if p >= 0 && skip == p {
			jp = false // the alef of a ligature joins nothing after it
		}
		jn := q >= 0 && joinsBefore(types[q]) && joinsAfter(types[i])
		if rs[i] == 0x0644 && q >= 0 {
			if lig, ok := lamAlef[rs[q]]; ok {
				// The alef carries the ligature; the lam is not drawn.
				if jp {
					out[i] = Glyph{0, FormLigFina}
					out[q] = Glyph{lig + 1, FormLigFina}
				} else {
					out[i] = Glyph{0, FormLigIsol}
					out[q] = Glyph{lig, FormLigIsol}
				}
				skip = q
				continue
			}
		}
		switch {
		case jp && jn:
			out[i] = Glyph{l.forms[3], FormMedi}
		case jp:
			out[i] = Glyph{l.forms[1], FormFina}
		case jn:
			out[i] = Glyph{l.forms[2], FormInit}
		}
	}
}

// ShapeArabic returns s with its Arabic letters replaced by their contextual
// presentation forms (lam-alef as one ligature), still in logical order.
func ShapeArabic(s string) string {
	rs := []rune(s)
	gs := make([]Glyph, len(rs))
	shapeArabic(rs, gs)
	out := make([]rune, 0, len(rs))
	for i := range gs {
		// a ligature takes the place of its lam
		if gs[i].Form == FormLigIsol || gs[i].Form == FormLigFina {
			if gs[i].Char == 0 {
				continue
			}
		}
		out = append(out, gs[i].Char)
	}
	return string(out)
}

// PresentationToLogical maps every presentation form the shaper produces
// back to the letter it stands for, for a PDF's ToUnicode map. A lam-alef
// ligature maps to its alef only: a renderer that wants the lam extracted
// too draws it separately as an empty glyph (text extraction reorders the
// characters of one glyph as a unit in right-to-left text, so a glyph mapped
// to two letters comes out reversed).
func PresentationToLogical() map[rune][]rune {
	m := map[rune][]rune{}
	for r, l := range arabicLetters {
		if l.join == joinC {
			continue
		}
		for _, f := range l.forms {
			if f != r {
				m[f] = []rune{r}
			}
		}
	}
	for alef, lig := range lamAlef {
		m[lig] = []rune{alef}
		m[lig+1] = []rune{alef}
	}
	return m
}
