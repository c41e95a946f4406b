package export

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"sync"

	"fgdraft/assets"
	"fgdraft/export/text"
	"fgdraft/forms"
)

// Fonts are the embedded faces, parsed once per process and shared by every
// export (read-only, safe for concurrent use).
type Fonts struct {
	sans, sansBold   *text.Face
	naskh, naskhBold *text.Face
	sc               *text.Face
	// toUnicode is the ToUnicode CMap of every font: identity, except that
	// Arabic presentation forms map back to their letters.
	toUnicode []byte
	// zpool holds compressors for the page contents, reused across exports.
	zpool sync.Pool
}

// LoadFonts parses the embedded fonts. Call it once and pass the result to
// every RenderPDF.
func LoadFonts() (*Fonts, error) {
	parse := func(name string) (*text.Face, error) {
		f, err := assets.FontNamed(name)
		if err != nil {
			return nil, err
		}
		return text.ParseFace(f.Name, f.Bold, f.Data)
	}
	var fs Fonts
	for _, p := range []struct {
		dst  **text.Face
		name string
	}{
		{&fs.sans, "NotoSans-Regular"}, {&fs.sansBold, "NotoSans-Bold"},
		{&fs.naskh, "NotoNaskhArabic-Regular"}, {&fs.naskhBold, "NotoNaskhArabic-Bold"},
		{&fs.sc, "NotoSansSC-Regular"},
	} {
		f, err := parse(p.name)
		if err != nil {
			return nil, err
		}
		*p.dst = f
	}
	m := text.PresentationToLogical()
	m[pdfLam] = []rune{0x0644}
	fs.toUnicode = buildToUnicode(m)
	return &fs, nil
}

// Chain is the fallback chain for text in a document of language lang:
// the language's own font first. Bold Chinese uses the regular face, drawn
// emboldened (stroked): the bold face would add some 40 KB to every Chinese
// export for a few headings and labels.
func (fs *Fonts) Chain(lang forms.Lang, bold bool) text.Chain {
	sans, naskh, sc := fs.sans, fs.naskh, fs.sc
	if bold {
		sans, naskh = fs.sansBold, fs.naskhBold
	}
	switch lang {
	case forms.Arabic:
		return text.Chain{naskh, sans, sc}
	case forms.Chinese:
		return text.Chain{sc, sans, naskh}
	}
	return text.Chain{sans, naskh, sc}
}

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

// pdfLam is the code, private to the PDF, of the empty glyph drawn right of
// a lam-alef ligature: its ToUnicode entry gives the lam back, the ligature's
// own entry the alef.
const pdfLam = 0xE644

func isLamAlef(r rune) bool { return r >= 0xFEF5 && r <= 0xFEFC }

// identityToUnicode is the ToUnicode CMap the PDF library writes for every
// UTF-8 font (code = Unicode), byte for byte.
const identityToUnicode = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"

// buildToUnicode writes a ToUnicode CMap: identity for every code but those
// in m, which map to their letters.
func buildToUnicode(m map[rune][]rune) []byte {
	var ranges [][2]rune
	start := rune(0)
	for c := rune(0); c <= 0xFFFF; c++ {
		if _, ok := m[c]; ok || c == 0xFFFF {
			end := c - 1
			if c == 0xFFFF {
				end = c
			}
			if end >= start {
				ranges = append(ranges, [2]rune{start, end})
			}
			start = c + 1
		}
	}
	codes := make([]rune, 0, len(m))
	for c := range m {
		codes = append(codes, c)
	}
	slices.Sort(codes)
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

type edit struct {
	start, end int // replaced range of the old file
	repl       []byte
}

var contentsRef = regexp.MustCompile(`/Contents (\d+) 0 R`)

// finish post-processes the PDF library's output: the identity ToUnicode
// streams are replaced by fs.toUnicode (so that text extraction turns Arabic
// presentation forms back into letters), the page contents, written
// uncompressed, are compressed with a pooled compressor (the library makes a
// new one, about 1 MB, per stream), and the cross-reference table is
// rewritten for the moved objects.
func (fs *Fonts) finish(pdf []byte) ([]byte, error) {
	// cross-reference table
	sx := bytes.LastIndex(pdf, []byte("startxref\n"))
	if sx < 0 {
		return nil, errors.New("export: no startxref in the PDF")
	}
	q := sx + len("startxref\n")
	nl := bytes.IndexByte(pdf[q:], '\n')
	if nl < 0 {
		return nil, errors.New("export: bad startxref")
	}
	sxLen := nl
	xref, err := strconv.Atoi(string(pdf[q : q+nl]))
	if err != nil || xref < 0 || xref >= len(pdf) || !bytes.HasPrefix(pdf[xref:], []byte("xref\n")) {
		return nil, errors.New("export: bad startxref")
	}
	p := xref + len("xref\n")
	nl = bytes.IndexByte(pdf[p:], '\n')
	var first, count int
	if nl < 0 {
		return nil, errors.New("export: bad xref table")
	}
	if _, err := fmt.Sscanf(string(pdf[p:p+nl]), "%d %d", &first, &count); err != nil || first != 0 {
		return nil, fmt.Errorf("export: bad xref table")
	}
	entries := p + nl + 1
	if entries+20*count > len(pdf) {
		return nil, errors.New("export: bad xref table")
	}
	offsets := make([]int, count)
	for i := range offsets {
		e := pdf[entries+20*i : entries+20*i+20]
		if e[17] != 'n' {
			offsets[i] = -1
			continue
		}
		if offsets[i], err = strconv.Atoi(string(e[:10])); err != nil {
			return nil, fmt.Errorf("export: bad xref entry %q", e)
		}
	}

	var edits []edit
	// ToUnicode maps
	old := []byte("<</Length " + strconv.Itoa(len(identityToUnicode)) + ">>\nstream\n" + identityToUnicode + "\nendstream")
	repl := []byte("<</Length " + strconv.Itoa(len(fs.toUnicode)) + ">>\nstream\n" + string(fs.toUnicode) + "\nendstream")
	for i := 0; ; {
		k := bytes.Index(pdf[i:xref], old)
		if k < 0 {
			break
		}
		edits = append(edits, edit{i + k, i + k + len(old), repl})
		i += k + len(old)
	}
	// page contents
	zw, _ := fs.zpool.Get().(*zlib.Writer)
	if zw == nil {
		zw, _ = zlib.NewWriterLevel(nil, zlib.DefaultCompression)
	}
	defer fs.zpool.Put(zw)
	for _, m := range contentsRef.FindAllSubmatch(pdf[:xref], -1) {
		n, _ := strconv.Atoi(string(m[1]))
		if n <= 0 || n >= count || offsets[n] < 0 {
			return nil, fmt.Errorf("export: page contents %d not found", n)
		}
		o := offsets[n]
		h := bytes.Index(pdf[o:min(o+64, xref)], []byte("<</Length "))
		if h < 0 {
			continue // already compressed
		}
		h += o
		e := bytes.Index(pdf[h:], []byte(">>\nstream\n"))
		if e < 0 {
			return nil, errors.New("export: bad page contents")
		}
		length, err := strconv.Atoi(string(pdf[h+len("<</Length ") : h+e]))
		data := h + e + len(">>\nstream\n")
		if err != nil || data+length > xref {
			return nil, errors.New("export: bad page contents length")
		}
		var buf bytes.Buffer
		zw.Reset(&buf)
		zw.Write(pdf[data : data+length])
		zw.Close()
		r := append([]byte("<</Filter /FlateDecode /Length "+strconv.Itoa(buf.Len())+">>\nstream\n"), buf.Bytes()...)
		edits = append(edits, edit{h, data + length, r})
	}
	slices.SortFunc(edits, func(a, b edit) int { return a.start - b.start })

	out := make([]byte, 0, len(pdf))
	last := 0
	for _, e := range edits {
		out = append(out, pdf[last:e.start]...)
		out = append(out, e.repl...)
		last = e.end
	}
	out = append(out, pdf[last:]...)
	shift := func(off int) int {
		d := 0
		for _, e := range edits {
			if e.start >= off {
				break
			}
			d += len(e.repl) - (e.end - e.start)
		}
		return off + d
	}
	newXref := shift(xref)
	newEntries := shift(entries)
	for i, off := range offsets {
		if off >= 0 {
			copy(out[newEntries+20*i:], fmt.Sprintf("%010d", shift(off)))
		}
	}
	q2 := shift(q)
	out = append(out[:q2], append([]byte(strconv.Itoa(newXref)), out[q2+sxLen:]...)...)
	return out, nil
}
