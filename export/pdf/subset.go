package pdf

import (
	"encoding/binary"
	"fmt"
	"slices"

	"fgdraft/text"
)

// subsetFont builds the TrueType font a PDF embeds for face: the glyphs
// cmap (code -> glyph of face) uses, with their components, numbered anew
// from 1 in the order of face (glyph 0, .notdef, stays 0), without hinting.
// newGlyph gives the new number of each glyph of face it holds.
func subsetFont(face *text.Face, cmap map[rune]uint16) (font []byte, newGlyph map[uint16]uint16, err error) {
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
		return eachComponent(glyf[s:e], func(at int) error {
			if comp := binary.BigEndian.Uint16(glyf[s+at:]); !used[comp] {
				return visit(comp, depth+1)
			}
			return nil
		})
	}
	for _, g := range cmap {
		if !used[g] {
			if err := visit(g, 0); err != nil {
				return nil, nil, err
			}
		}
	}
	old := make([]uint16, 0, len(used))
	for g := range used {
		old = append(old, g)
	}
	slices.Sort(old)
	newGlyph = make(map[uint16]uint16, len(old))
	for i, g := range old {
		newGlyph[g] = uint16(i)
	}
	numGlyphs := len(old)

	// glyf and loca (long format), hmtx with the metrics of every glyph
	var newGlyf []byte
	loca := make([]byte, 4*(numGlyphs+1))
	hmtx := make([]byte, 4*numGlyphs)
	hmtxOld := face.Table("hmtx")
	nh := int(binary.BigEndian.Uint16(face.Table("hhea")[34:]))
	for i, g := range old {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(newGlyf)))
		s, e, _ := face.GlyphRange(g)
		at := len(newGlyf)
		newGlyf = appendUnhinted(newGlyf, glyf[s:e])
		if d := newGlyf[at:]; len(d) >= 10 && int16(binary.BigEndian.Uint16(d)) < 0 {
			eachComponent(d, func(c int) error {
				binary.BigEndian.PutUint16(d[c:], newGlyph[binary.BigEndian.Uint16(d[c:])])
				return nil
			})
		}
		for len(newGlyf)%4 != 0 {
			newGlyf = append(newGlyf, 0)
		}
		adv, lsb := 4*min(int(g), nh-1), 4*nh+2*(int(g)-nh)
		if int(g) < nh {
			lsb = 4*int(g) + 2
		}
		if adv+2 <= len(hmtxOld) {
			copy(hmtx[4*i:], hmtxOld[adv:adv+2])
		}
		if lsb+2 <= len(hmtxOld) {
			copy(hmtx[4*i+2:], hmtxOld[lsb:lsb+2])
		}
	}
	binary.BigEndian.PutUint32(loca[4*numGlyphs:], uint32(len(newGlyf)))

	hhea := slices.Clone(face.Table("hhea"))
	binary.BigEndian.PutUint16(hhea[34:], uint16(numGlyphs))
	maxp := slices.Clone(face.Table("maxp"))
	binary.BigEndian.PutUint16(maxp[4:], uint16(numGlyphs))
	head := slices.Clone(face.Table("head"))
	binary.BigEndian.PutUint32(head[8:], 0)  // checksum adjustment
	binary.BigEndian.PutUint16(head[50:], 1) // long loca
	newCmap := make(map[rune]uint16, len(cmap))
	for c, g := range cmap {
		newCmap[c] = newGlyph[g]
	}
	tables := map[string][]byte{
		"cmap": buildCmap4(newCmap),
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
	// No name either: a PDF names the font itself, and Noto's name table
	// is mostly its licence text, some 10 KB a font.
	if t := face.Table("OS/2"); t != nil {
		tables["OS/2"] = t
	}
	// post without glyph names (version 3): the names are by glyph number,
	// which has changed
	if post := face.Table("post"); len(post) >= 32 {
		p := slices.Clone(post[:32])
		binary.BigEndian.PutUint32(p, 0x00030000)
		tables["post"] = p
	}
	return assembleFont(tables), newGlyph, nil
}

// eachComponent calls fn with the offset, in the composite glyph g, of each
// component's glyph index.
func eachComponent(g []byte, fn func(at int) error) error {
	p := 10
	for p+4 <= len(g) {
		flags := binary.BigEndian.Uint16(g[p:])
		if err := fn(p + 2); err != nil {
			return err
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
	putSearchHints(sub[8:], n, 2)
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
	putSearchHints(out[6:], n, 16)
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

// putSearchHints writes the binary-search hints TrueType puts before a
// sorted array of n entries of size bytes (the table directory, a cmap's
// segments): searchRange, entrySelector and rangeShift.
func putSearchHints(b []byte, n, size int) {
	sr, es := 1, 0
	for sr*2 <= n {
		sr *= 2
		es++
	}
	binary.BigEndian.PutUint16(b, uint16(size*sr))
	binary.BigEndian.PutUint16(b[2:], uint16(es))
	binary.BigEndian.PutUint16(b[4:], uint16(size*n-size*sr))
}
