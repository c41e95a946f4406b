package pdf

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"fgdraft/text"
)

// The fonts are written here: CID-keyed fonts addressed through a
// CIDToGIDMap, each face subset once (subset.go). The text is written here
// too, as raw content: two-byte codes that are the
// characters' code points (Identity-H), so that the ToUnicode map is the same
// for every font (identity, except that Arabic presentation forms give their
// letters back, see buildToUnicode), and each font's CIDToGIDMap turns the
// codes into the glyphs of its subset. output.finish writes the objects.

// pdfFont is one face as a document uses it.
type pdfFont struct {
	face *text.Face
	res  string // resource name in the pages: "FG1"
	name string // base font name with its subset tag: "FGAAAA+notosans-regular"
	obj  int    // the number of its Type0 font dictionary in the file
	// cmap maps the codes drawn with the face (Unicode, and pdfLam) to its glyphs.
	cmap  map[rune]uint16
	codes []rune // the keys of cmap, sorted
	file  []byte // the subset font (TrueType), uncompressed
	// inFile is the number in file of each glyph of the face it holds.
	inFile map[uint16]uint16
}

// subset fills in the font from the characters drawn with its face: their
// glyphs, and the subset font that holds them.
func (pf *pdfFont) subset(used map[rune]bool) error {
	f := pf.face
	pf.cmap = make(map[rune]uint16, len(used))
	for c := range used {
		if c == pdfLam {
			pf.cmap[c] = f.EmptyGlyph()
		} else if g := f.Glyph(c); g != 0 {
			pf.cmap[c] = g
		}
	}
	pf.codes = pf.codes[:0]
	for c := range pf.cmap {
		pf.codes = append(pf.codes, c)
	}
	slices.Sort(pf.codes)
	data, inFile, err := subsetFont(f, pf.cmap)
	if err != nil {
		return fmt.Errorf("render PDF: subsetting %s: %w", f.Name(), err)
	}
	pf.file, pf.inFile = data, inFile
	return nil
}

// subsetTag is the tag of the n-th subset font: six capital letters, as
// PDF asks, starting FG.
func subsetTag(n int) string {
	t := []byte("FGAAAA")
	for j := 5; j >= 2 && n > 0; j-- {
		t[j] = byte('A' + n%26)
		n /= 26
	}
	return string(t)
}

// graphicsState is what the content of a page has set so far, so that
// an operator is written only where its value changes: font and size (text
// state, which outlives a text object), fill and stroke colours, line
// width.
type graphicsState struct {
	font      *pdfFont
	size      float64
	fill      rgb
	fillSet   bool // fill is the current fill colour
	stroke    rgb
	strokeSet bool // stroke is the current stroke colour
	lw        float64
	lwSet     bool // lw is the current line width
}

// setStroke sets the line width and stroke colour.
func (ts *graphicsState) setStroke(b []byte, lw float64, col rgb) []byte {
	if !ts.lwSet || ts.lw != lw {
		b = strconv.AppendFloat(b, lw, 'f', 2, 64)
		b = append(b, " w "...)
		ts.lw, ts.lwSet = lw, true
	}
	if !ts.strokeSet || ts.stroke != col {
		b = appendRGB(b, col)
		b = append(b, " RG "...)
		ts.stroke, ts.strokeSet = col, true
	}
	return b
}

// setPaint sets what a shape's style paints with: the fill colour, and
// the line width and stroke colour when it is stroked.
func (ts *graphicsState) setPaint(b []byte, o op) []byte {
	if strings.Contains(o.style, "F") {
		if !ts.fillSet || ts.fill != o.fill {
			b = appendRGB(b, o.fill)
			b = append(b, " rg "...)
			ts.fill, ts.fillSet = o.fill, true
		}
	}
	if o.style != "F" {
		b = ts.setStroke(b, o.lw, o.col)
	}
	return b
}

// appendText appends the content-stream operators that draw s with font f
// at size, its baseline starting at (x, y) in PDF coordinates, filled with
// col, setting font and colour only where they change; fake strokes the
// outlines too, for a bold the face lacks, inside a saved graphics state.
func (ts *graphicsState) appendText(b []byte, f *pdfFont, size, x, y float64, s string, col rgb, fake bool) []byte {
	if fake {
		b = append(b, "q "...)
		b = appendRGB(b, col)
		b = append(b, " RG "...)
		b = strconv.AppendFloat(b, size*0.03, 'f', 2, 64)
		b = append(b, " w 2 Tr "...)
	}
	if !ts.fillSet || ts.fill != col {
		b = appendRGB(b, col)
		b = append(b, " rg "...)
		ts.fill, ts.fillSet = col, true
	}
	b = append(b, "BT "...)
	if ts.font != f || ts.size != size {
		b = append(b, '/')
		b = append(b, f.res...)
		b = append(b, ' ')
		b = strconv.AppendFloat(b, size, 'f', 2, 64)
		b = append(b, " Tf "...)
		ts.font, ts.size = f, size
	}
	b = strconv.AppendFloat(b, x, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, y, 'f', 2, 64)
	b = append(b, " Td <"...)
	const hex = "0123456789ABCDEF"
	for _, c := range s {
		if c > 0xFFFF {
			c = 0xFFFD // never drawn: the text layer covers the BMP only
		}
		b = append(b, hex[c>>12&15], hex[c>>8&15], hex[c>>4&15], hex[c&15])
	}
	b = append(b, "> Tj ET"...)
	if fake {
		// Q restores the state saved before: the colour and font set
		// inside are forgotten (the stroke colour and width set above
		// were never recorded)
		b = append(b, " Q"...)
		ts.fillSet, ts.font = false, nil
	}
	return b
}

func appendRGB(b []byte, c rgb) []byte {
	for i, v := range []uint8{c.r, c.g, c.b} {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendFloat(b, float64(v)/255, 'f', 3, 64)
	}
	return b
}

// utf16Text is s as a PDF text string in UTF-16BE with its byte order mark,
// for the outline and the document information.
func utf16Text(s string) string {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2, 2+2*len(u))
	b[0], b[1] = 0xFE, 0xFF
	for _, v := range u {
		b = binary.BigEndian.AppendUint16(b, v)
	}
	return string(b)
}

// cidToGID is the font's CIDToGIDMap: two bytes per code up to the highest
// code drawn, the glyph of each code in the subset font.
func (f *pdfFont) cidToGID() []byte {
	if len(f.codes) == 0 {
		return nil
	}
	m := make([]byte, 2*(int(f.codes[len(f.codes)-1])+1))
	for _, c := range f.codes {
		binary.BigEndian.PutUint16(m[2*c:], f.inFile[f.cmap[c]])
	}
	return m
}

// widths is the /W array of the font: the advance of every code drawn, in
// thousandths of an em, runs of consecutive codes together.
func (f *pdfFont) widths() []byte {
	b := []byte{'['}
	for i := 0; i < len(f.codes); {
		j := i + 1
		for j < len(f.codes) && f.codes[j] == f.codes[j-1]+1 {
			j++
		}
		b = strconv.AppendInt(b, int64(f.codes[i]), 10)
		b = append(b, " ["...)
		for k := i; k < j; k++ {
			if k > i {
				b = append(b, ' ')
			}
			b = strconv.AppendInt(b, int64(f.face.GlyphAdvance(f.cmap[f.codes[k]])), 10)
		}
		b = append(b, "] "...)
		i = j
	}
	return append(b, ']')
}

// descriptor is the font descriptor's metrics, from the face's tables, in
// thousandths of an em.
func (f *pdfFont) descriptor() string {
	head, os2 := f.face.Table("head"), f.face.Table("OS/2")
	upem := float64(binary.BigEndian.Uint16(head[18:]))
	em := func(v int16) int { return int(float64(v) * 1000 / upem) }
	s16 := func(t []byte, off int) int16 { return int16(binary.BigEndian.Uint16(t[off:])) }
	ascent, descent := int(f.face.Ascent()), int(f.face.Descent())
	capHeight, weight := ascent, 400
	if len(os2) >= 90 && binary.BigEndian.Uint16(os2) >= 2 {
		capHeight = em(s16(os2, 88))
	}
	if len(os2) >= 6 {
		weight = int(binary.BigEndian.Uint16(os2[4:]))
	}
	// StemV is not in the font; this is the usual estimate from the weight.
	stemV := 50 + (weight/65)*(weight/65)
	return fmt.Sprintf("/Flags 4 /FontBBox [%d %d %d %d] /ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV %d",
		em(s16(head, 36)), em(s16(head, 38)), em(s16(head, 40)), em(s16(head, 42)), ascent, descent, capHeight, stemV)
}
