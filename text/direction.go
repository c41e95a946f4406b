package text

import "golang.org/x/text/unicode/bidi"

// Direction is the base direction of a paragraph.
type Direction int8

// Paragraph directions. Neutral means the text has no strong character
// (digits, punctuation, white space only): the paragraph takes the
// document's direction.
const (
	Neutral Direction = iota
	LeftToRight
	RightToLeft
)

// RuneDirection is the direction of a strong character (bidi class L, or R
// and AL); Neutral for any other.
func RuneDirection(r rune) Direction {
	switch classOf(r) {
	case bidi.L:
		return LeftToRight
	case bidi.R, bidi.AL:
		return RightToLeft
	}
	return Neutral
}

// ParagraphDirection is the base direction of a paragraph of text s by rules
// P2 and P3 of UAX #9: the type of its first strong character (L, or R and
// AL), skipping what lies between an isolate initiator and its matching PDI
// (or the end of the text).
func ParagraphDirection(s string) Direction {
	isolates := 0
	for _, r := range s {
		switch classOf(r) {
		case bidi.LRI, bidi.RLI, bidi.FSI:
			isolates++
		case bidi.PDI:
			if isolates > 0 {
				isolates--
			}
		case bidi.L:
			if isolates == 0 {
				return LeftToRight
			}
		case bidi.R, bidi.AL:
			if isolates == 0 {
				return RightToLeft
			}
		}
	}
	return Neutral
}

// MainDirection is the direction of most of the strong characters of s
// (the first strong character's, ParagraphDirection, on a tie): the
// direction of a text that opens with a name in another script ("SA1 وSA2
// وRAN: تحديد هوية الطائرات …" is right to left). Neutral when s has no
// strong character.
func MainDirection(s string) Direction {
	balance := 0 // right-to-left characters less left-to-right ones
	for _, r := range s {
		switch RuneDirection(r) {
		case LeftToRight:
			balance--
		case RightToLeft:
			balance++
		}
	}
	switch {
	case balance > 0:
		return RightToLeft
	case balance < 0:
		return LeftToRight
	}
	return ParagraphDirection(s)
}
