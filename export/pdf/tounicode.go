package pdf

import (
	"bytes"
	"fmt"
	"slices"
)

// The one ToUnicode map every font of a PDF shares: text is drawn in
// codes that are the characters' own code points (fontobj.go), so the map
// is identity but for the Arabic presentation forms the shaper chose,
// which give their letters back to a reader that extracts the text.

// pdfLam is the code, private to the PDF, of the empty glyph drawn right of
// a lam-alef ligature: its ToUnicode entry gives the lam back, the ligature's
// own entry the alef.
const pdfLam = 0xE644

func isLamAlef(r rune) bool { return r >= 0xFEF5 && r <= 0xFEFC }

// buildToUnicode writes a ToUnicode CMap: identity for every code but those
// in m, which map to their letters.
func buildToUnicode(m map[rune][]rune) []byte {
	codes := make([]rune, 0, len(m))
	for c := range m {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	// the identity ranges are the gaps between the mapped codes
	var ranges [][2]rune
	start := rune(0)
	for _, c := range codes {
		if c > start {
			ranges = append(ranges, [2]rune{start, c - 1})
		}
		start = c + 1
	}
	if start <= 0xFFFF {
		ranges = append(ranges, [2]rune{start, 0xFFFF})
	}
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for i := 0; i < len(ranges); i += 100 {
		chunk := ranges[i:min(i+100, len(ranges))]
		fmt.Fprintf(&b, "%d beginbfrange\n", len(chunk))
		for _, r := range chunk {
			fmt.Fprintf(&b, "<%04X> <%04X> <%04X>\n", r[0], r[1], r[0])
		}
		b.WriteString("endbfrange\n")
	}
	for i := 0; i < len(codes); i += 100 {
		chunk := codes[i:min(i+100, len(codes))]
		fmt.Fprintf(&b, "%d beginbfchar\n", len(chunk))
		for _, c := range chunk {
			fmt.Fprintf(&b, "<%04X> <", c)
			for _, r := range m[c] {
				fmt.Fprintf(&b, "%04X", r)
			}
			b.WriteString(">\n")
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
	return b.Bytes()
}
