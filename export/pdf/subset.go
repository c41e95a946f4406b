package pdf

import (
	"encoding/binary"
	"fmt"
	"slices"

	"fgdraft/export/text"
)

// subsetFont builds a small TrueType font for the PDF library from face:
// the character map is cmap (code -> glyph) and the glyf table holds only
// the glyphs used (and their components); glyph indices are unchanged, so
// hmtx and loca are kept up to the highest glyph used. The PDF library then
// parses a font of a few kilobytes instead of megabytes, and subsets it
// again when it writes the PDF.
func subsetFont(face *text.Face, cmap map[rune]uint16) ([]byte, error) {
	glyf := face.Table("glyf")
	used := map[uint16]bool{0: true}
	var visit func(g uint16, depth int) error
	visit = func(g uint16, depth int) error {
		used[g] = true
		s, e, ok := face.GlyphRange(g)
		if !ok {
			return fmt.Errorf("%s: bad glyph %d", face.Name(), g)
		}
		if e-s < 10 || int16(binary.BigEndian.Uint16(glyf[s:])) >= 0 || depth > 8 {
			return nil
		}
		// composite glyph: visit its components
		p := s + 10
		for p+4 <= e {
			flags := binary.BigEndian.Uint16(glyf[p:])
			comp := binary.BigEndian.Uint16(glyf[p+2:])
			if !used[comp] {
				if err := visit(comp, depth+1); err != nil {
					return err
				}
			}
			p += 4
			if flags&0x0001 != 0 {
				p += 4
			} else {
				p += 2
			}
			switch {
			case flags&0x0008 != 0:
				p += 2
			case flags&0x0040 != 0:
				p += 4
			case flags&0x0080 != 0:
				p += 8
			}
			if flags&0x0020 == 0 {
				break
			}
		}
		return nil
	}
	for _, g := range cmap {
		if !used[g] {
			if err := visit(g, 0); err != nil {
				return nil, err
			}
		}
	}
	maxG := uint16(0)
	for g := range used {
		maxG = max(maxG, g)
	}
	numGlyphs := int(maxG) + 1

	// glyf and loca (long format)
	var newGlyf []byte
	loca := make([]byte, 4*(numGlyphs+1))
	for g := 0; g < numGlyphs; g++ {
		binary.BigEndian.PutUint32(loca[4*g:], uint32(len(newGlyf)))
		if used[uint16(g)] {
			s, e, _ := face.GlyphRange(uint16(g))
			newGlyf = appendUnhinted(newGlyf, glyf[s:e])
			for len(newGlyf)%4 != 0 {
				newGlyf = append(newGlyf, 0)
			}
		}
	}
	binary.BigEndian.PutUint32(loca[4*numGlyphs:], uint32(len(newGlyf)))

	// hmtx, hhea, maxp, head
	hhea := slices.Clone(face.Table("hhea"))
	nh := int(binary.BigEndian.Uint16(hhea[34:]))
	hmtxOld := face.Table("hmtx")
	var hmtx []byte
	if numGlyphs <= nh {
		hmtx = slices.Clone(hmtxOld[:4*numGlyphs])
		nh = numGlyphs
	} else {
		end := 4*nh + 2*(numGlyphs-nh)
		if end > len(hmtxOld) {
			end = len(hmtxOld)
		}
		hmtx = slices.Clone(hmtxOld[:end])
	}
	binary.BigEndian.PutUint16(hhea[34:], uint16(nh))
	maxp := slices.Clone(face.Table("maxp"))
	binary.BigEndian.PutUint16(maxp[4:], uint16(numGlyphs))
	head := slices.Clone(face.Table("head"))
	binary.BigEndian.PutUint32(head[8:], 0)  // checksum adjustment
	binary.BigEndian.PutUint16(head[50:], 1) // long loca

	tables := map[string][]byte{
		"cmap": buildCmap4(cmap),
		"glyf": newGlyf,
		"head": head,
		"hhea": hhea,
		"hmtx": hmtx,
		"loca": loca,
		"maxp": maxp,
	}
	// No cvt, fpgm and prep: the glyphs lose their hinting instructions
	// (see appendUnhinted), which serve screens at small pixel sizes, not
	// PDF readers; without them a Chinese export is a third smaller.
	for _, tag := range []string{"OS/2", "post", "name"} {
		if t := face.Table(tag); t != nil {
			tables[tag] = t
		}
	}
	return assembleFont(tables), nil
}

// appendUnhinted appends a glyph's outline to dst without its TrueType
// instructions. Composite glyphs, and anything that does not parse as a
// simple glyph, are copied as they are.
func appendUnhinted(dst, g []byte) []byte {
	if len(g) < 12 {
		return append(dst, g...)
	}
	contours := int(int16(binary.BigEndian.Uint16(g)))
	at := 10 + 2*contours // instructionLength
	if contours < 0 || at+2 > len(g) {
		return append(dst, g...)
	}
	n := int(binary.BigEndian.Uint16(g[at:]))
	if at+2+n > len(g) {
		return append(dst, g...)
	}
	dst = append(dst, g[:at]...)
	dst = append(dst, 0, 0)
	return append(dst, g[at+2+n:]...)
}

// buildCmap4 writes a cmap table with one format 4 subtable (3,1).
func buildCmap4(cmap map[rune]uint16) []byte {
	codes := make([]rune, 0, len(cmap))
	for c := range cmap {
		if c > 0 && c < 0xFFFF {
			codes = append(codes, c)
		}
	}
	slices.Sort(codes)
	type seg struct {
		start, end rune
		delta      uint16
	}
	var segs []seg
	for _, c := range codes {
		d := cmap[c] - uint16(c)
		if n := len(segs); n > 0 && segs[n-1].end == c-1 && segs[n-1].delta == d {
			segs[n-1].end = c
			continue
		}
		segs = append(segs, seg{c, c, d})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	sub := make([]byte, 16+8*n)
	binary.BigEndian.PutUint16(sub[0:], 4)
	binary.BigEndian.PutUint16(sub[2:], uint16(len(sub)))
	binary.BigEndian.PutUint16(sub[6:], uint16(2*n))
	sr := 1
	es := 0
	for sr*2 <= n {
		sr *= 2
		es++
	}
	binary.BigEndian.PutUint16(sub[8:], uint16(2*sr))
	binary.BigEndian.PutUint16(sub[10:], uint16(es))
	binary.BigEndian.PutUint16(sub[12:], uint16(2*n-2*sr))
	for i, s := range segs {
		binary.BigEndian.PutUint16(sub[14+2*i:], uint16(s.end))
		binary.BigEndian.PutUint16(sub[16+2*n+2*i:], uint16(s.start))
		binary.BigEndian.PutUint16(sub[16+4*n+2*i:], s.delta)
		// idRangeOffset stays 0
	}
	out := make([]byte, 12, 12+len(sub))
	binary.BigEndian.PutUint16(out[2:], 1) // one subtable
	binary.BigEndian.PutUint16(out[4:], 3)
	binary.BigEndian.PutUint16(out[6:], 1)
	binary.BigEndian.PutUint32(out[8:], 12)
	return append(out, sub...)
}

// assembleFont writes a TrueType file from its tables.
func assembleFont(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	size := 12
	for t, d := range tables {
		tags = append(tags, t)
		size += 16 + (len(d)+3)&^3
	}
	slices.Sort(tags)
	n := len(tags)
	out := make([]byte, 12+16*n, size)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	sr, es := 1, 0
	for sr*2 <= n {
		sr *= 2
		es++
	}
	binary.BigEndian.PutUint16(out[6:], uint16(16*sr))
	binary.BigEndian.PutUint16(out[8:], uint16(es))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-16*sr))
	for i, t := range tags {
		d := tables[t]
		e := out[12+16*i:]
		copy(e, t)
		binary.BigEndian.PutUint32(e[4:], checksum(d))
		binary.BigEndian.PutUint32(e[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(e[12:], uint32(len(d)))
		out = append(out, d...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func checksum(d []byte) uint32 {
	var sum uint32
	for i := 0; i < len(d); i += 4 {
		var w [4]byte
		copy(w[:], d[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
