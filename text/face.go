// Package text is the text layer shared by the PDF renderer and the GUI:
// font coverage and fallback, measured widths, line breaking (UAX #14 plus
// CJK punctuation rules), Arabic shaping and bidi reordering. It knows
// nothing about PDF or Fyne.
package text

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
)

// Face is one parsed TrueType face: its character map (BMP, cmap format 4),
// advance widths and vertical metrics. A Face is immutable once parsed and
// safe for concurrent use.
type Face struct {
	name string
	bold bool
	data []byte
	// once reads the tables: in ParseFace, or for a LazyFace on first use.
	once   sync.Once
	tables map[string][2]uint32 // tag -> offset, length

	upem       int
	numGlyphs  int
	locaFormat int
	gid        []uint16 // rune (BMP) -> glyph; 0 = not covered
	adv        []uint16 // glyph -> advance in 1/1000 em, rounded as the PDF font's /W
	ascent     float64  // per 1000 em
	descent    float64  // per 1000 em, negative
	empty      uint16   // a glyph with no outline and no advance, 0 if none
	// err is why a LazyFace could not be parsed: it then covers no
	// character and measures nothing (see Err).
	err error
}

// ParseFace parses a TrueType font (glyf outlines, cmap format 4).
func ParseFace(name string, bold bool, data []byte) (*Face, error) {
	f := &Face{name: name, bold: bold, data: data, tables: map[string][2]uint32{}}
	var err error
	f.once.Do(func() { err = f.parse() })
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	return f, nil
}

// LazyFace is a face whose font is parsed only when something asks for its
// glyphs or metrics: reading the Chinese font's character map takes about a
// millisecond, which an English document need not spend. data must be a
// font ParseFace accepts (a bundled font, checked by a test). A LazyFace
// that cannot be parsed does not panic, which would take down whatever
// goroutine first asked (the GUI's background export among them): it covers
// no character, and Err says why, for a renderer to refuse with.
func LazyFace(name string, bold bool, data []byte) *Face {
	return &Face{name: name, bold: bold, data: data, tables: map[string][2]uint32{}}
}

// ready makes sure the tables are read. A font that cannot be parsed is
// left as a face with no table and no glyph, and the error kept.
func (f *Face) ready() *Face {
	f.once.Do(func() {
		if err := f.parse(); err != nil {
			f.err = fmt.Errorf("font %s: %w", f.name, err)
			// what parse read before it failed is dropped
			f.tables, f.gid, f.adv = nil, nil, nil
			f.upem, f.numGlyphs, f.locaFormat, f.empty = 0, 0, 0, 0
			f.ascent, f.descent = 0, 0
		}
	})
	return f
}

// Err parses a LazyFace if it has not been yet and tells why it could not
// be; nil for a face that works (every face ParseFace returned).
func (f *Face) Err() error { return f.ready().err }

var errShort = errors.New("truncated font data")

func (f *Face) parse() error {
	d := f.data
	if len(d) < 12 {
		return errShort
	}
	switch binary.BigEndian.Uint32(d) {
	case 0x00010000, 0x74727565:
	default:
		return errors.New("not a TrueType-outline font")
	}
	n := int(binary.BigEndian.Uint16(d[4:]))
	if len(d) < 12+16*n {
		return errShort
	}
	for i := 0; i < n; i++ {
		e := d[12+16*i:]
		off, ln := binary.BigEndian.Uint32(e[8:]), binary.BigEndian.Uint32(e[12:])
		if uint64(off)+uint64(ln) > uint64(len(d)) {
			return fmt.Errorf("table %q out of range", e[:4])
		}
		f.tables[string(e[:4])] = [2]uint32{off, ln}
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf"} {
		if _, ok := f.tables[t]; !ok {
			return fmt.Errorf("no %s table", t)
		}
	}
	head := f.table("head")
	hhea := f.table("hhea")
	maxp := f.table("maxp")
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return errShort
	}
	f.upem = int(binary.BigEndian.Uint16(head[18:]))
	if f.upem == 0 {
		return errors.New("unitsPerEm is 0")
	}
	f.locaFormat = int(int16(binary.BigEndian.Uint16(head[50:])))
	f.numGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	scale := 1000 / float64(f.upem)
	f.ascent = float64(int16(binary.BigEndian.Uint16(hhea[4:]))) * scale
	f.descent = float64(int16(binary.BigEndian.Uint16(hhea[6:]))) * scale
	nh := int(binary.BigEndian.Uint16(hhea[34:]))
	hmtx := f.table("hmtx")
	if nh == 0 || len(hmtx) < 4*nh {
		return errShort
	}
	f.adv = make([]uint16, f.numGlyphs)
	var last uint16
	for g := 0; g < f.numGlyphs; g++ {
		if g < nh {
			last = binary.BigEndian.Uint16(hmtx[4*g:])
		}
		w := float64(last) * scale
		f.adv[g] = uint16(w + 0.5)
	}
	if err := f.parseCmap(); err != nil {
		return err
	}
	// A glyph with neither outline nor advance, used to draw the second
	// character of a ligature (lam-alef) so that text extraction sees both.
	for _, r := range []rune{0x200D, 0x200C, 0xFEFF, 0x200B, 0x034F} {
		g := f.gid[r]
		if g != 0 && f.adv[g] == 0 {
			if s, e, ok := f.glyphRange(g); ok && s == e {
				f.empty = g
				break
			}
		}
	}
	return nil
}

func (f *Face) parseCmap() error {
	c := f.table("cmap")
	if len(c) < 4 {
		return errShort
	}
	n := int(binary.BigEndian.Uint16(c[2:]))
	var sub []byte
	for i := 0; i < n && 4+8*i+8 <= len(c); i++ {
		e := c[4+8*i:]
		pid, eid := binary.BigEndian.Uint16(e), binary.BigEndian.Uint16(e[2:])
		off := binary.BigEndian.Uint32(e[4:])
		if int(off)+4 > len(c) || binary.BigEndian.Uint16(c[off:]) != 4 {
			continue
		}
		if (pid == 3 && eid == 1) || pid == 0 {
			sub = c[off:]
			break
		}
	}
	if sub == nil {
		return errors.New("no Unicode cmap format 4")
	}
	if len(sub) < 14 {
		return errShort
	}
	segX2 := int(binary.BigEndian.Uint16(sub[6:]))
	if len(sub) < 16+4*segX2 {
		return errShort
	}
	ends := sub[14:]
	starts := sub[16+segX2:]
	deltas := sub[16+2*segX2:]
	rangeOffs := sub[16+3*segX2:]
	f.gid = make([]uint16, 0x10000)
	for s := 0; s < segX2/2; s++ {
		end := int(binary.BigEndian.Uint16(ends[2*s:]))
		start := int(binary.BigEndian.Uint16(starts[2*s:]))
		delta := binary.BigEndian.Uint16(deltas[2*s:])
		ro := int(binary.BigEndian.Uint16(rangeOffs[2*s:]))
		for r := start; r <= end && r < 0xFFFF; r++ {
			var g uint16
			if ro == 0 {
				g = uint16(r) + delta
			} else {
				p := 16 + 3*segX2 + 2*s + ro + 2*(r-start)
				if p+2 > len(sub) {
					continue
				}
				g = binary.BigEndian.Uint16(sub[p:])
				if g != 0 {
					g += delta
				}
			}
			if int(g) < f.numGlyphs {
				f.gid[r] = g
			}
		}
	}
	return nil
}

// Name is the face's name, such as "NotoSans-Regular".
func (f *Face) Name() string { return f.name }

// Bold reports whether the face is a bold weight.
func (f *Face) Bold() bool { return f.bold }

// Data is the font file.
func (f *Face) Data() []byte { return f.data }

// Table returns the bytes of a table of the font file, nil if absent.
func (f *Face) Table(tag string) []byte { return f.ready().table(tag) }

func (f *Face) table(tag string) []byte {
	t, ok := f.tables[tag]
	if !ok {
		return nil
	}
	return f.data[t[0] : t[0]+t[1]]
}

// Tags lists the font's tables.
func (f *Face) Tags() []string {
	f.ready()
	tags := make([]string, 0, len(f.tables))
	for t := range f.tables {
		tags = append(tags, t)
	}
	return tags
}

// NumGlyphs is the number of glyphs of the font.
func (f *Face) NumGlyphs() int { return f.ready().numGlyphs }

// LocaFormat is head.indexToLocFormat (0 short, 1 long).
func (f *Face) LocaFormat() int { return f.ready().locaFormat }

// GlyphRange returns the byte range of glyph g inside the glyf table.
func (f *Face) GlyphRange(g uint16) (start, end int, ok bool) { return f.ready().glyphRange(g) }

func (f *Face) glyphRange(g uint16) (start, end int, ok bool) {
	loca := f.table("loca")
	i := int(g)
	if f.locaFormat == 0 {
		if 2*i+4 > len(loca) {
			return 0, 0, false
		}
		start = 2 * int(binary.BigEndian.Uint16(loca[2*i:]))
		end = 2 * int(binary.BigEndian.Uint16(loca[2*i+2:]))
	} else {
		if 4*i+8 > len(loca) {
			return 0, 0, false
		}
		start = int(binary.BigEndian.Uint32(loca[4*i:]))
		end = int(binary.BigEndian.Uint32(loca[4*i+4:]))
	}
	if start > end || end > len(f.table("glyf")) {
		return 0, 0, false
	}
	return start, end, true
}

// Has reports whether the face has a glyph for r.
func (f *Face) Has(r rune) bool { return f.Glyph(r) != 0 }

// Glyph returns the glyph index of r, 0 if not covered.
func (f *Face) Glyph(r rune) uint16 {
	gid := f.ready().gid
	if r < 0 || r >= 0xFFFF || int(r) >= len(gid) {
		return 0
	}
	return gid[r]
}

// EmptyGlyph is a glyph with no outline and no advance (0 if the font has none).
func (f *Face) EmptyGlyph() uint16 { return f.ready().empty }

// GlyphAdvance is the advance of glyph g in 1/1000 em.
func (f *Face) GlyphAdvance(g uint16) int {
	if int(g) >= len(f.ready().adv) {
		return 0
	}
	return int(f.adv[g])
}

// Advance is the advance width of r in 1/1000 em (0 if not covered).
func (f *Face) Advance(r rune) int {
	g := f.Glyph(r) // makes the face ready
	if g == 0 {
		return 0
	}
	return int(f.adv[g])
}

// Width is the width of s at size points, all of it drawn in this face.
func (f *Face) Width(s string, size float64) float64 {
	w := 0
	for _, r := range s {
		w += f.Advance(r)
	}
	return float64(w) * size / 1000
}

// Ascent and Descent are the face's line metrics per 1000 em (Descent is negative).
func (f *Face) Ascent() float64  { return f.ready().ascent }
func (f *Face) Descent() float64 { return f.ready().descent }
