package pdf

// The PDF library's output, patched: what fpdf writes that a reader needs
// otherwise. Everything here edits bytes fpdf produced, so it lives in one
// place with its own tests (patch_test.go): the fonts added (fontobj.go
// makes them; fpdf draws no text), compressed page contents, the embedded
// draft made the document's associated source file, and the
// cross-reference table written again for the moved and added objects.

import (
	"bytes"
	"compress/zlib"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
)

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

type edit struct {
	start, end int // replaced range of the old file
	repl       []byte
}

// finish completes the PDF library's output with what the library has no
// API for (the limitation of codeberg.org/go-pdf/fpdf v0.12 that this file
// works around): fonts of our own, CID-keyed and addressed by glyph ID,
// with one ToUnicode map for all of them (so that text extraction turns
// Arabic presentation forms back into letters), and the draft as the
// document's associated source file (PDF 2.0, PDF/A-3: /AF, /AFRelationship
// /Source, a media type), which the library's attachments cannot say. The
// added objects come after the library's; the library's output is edited
// in two places only, each a fixed string it writes once — its empty font
// resource dictionary and its empty EmbeddedFiles name tree (fontEdits,
// sourceEdits) — and in the catalog, where /AF is added; then the
// cross-reference table is written again for the moved and added objects.
// No pattern is searched for in the PDF: an output the library writes
// otherwise is refused with an error, not guessed at. The fonts' streams
// are compressed with pooled compressors on every core. When source is not
// empty, the PDF carries draft under that file name.
func (rd *Renderer) finish(pdf []byte, source string, draft []byte, fonts []*pdfFont) ([]byte, error) {
	xt, err := readXref(pdf)
	if err != nil {
		return nil, err
	}
	body := pdf[:xt.at]
	// for each font, its CIDToGIDMap and font file; then the draft
	streams := make([][]byte, 0, 2*len(fonts)+1)
	for _, f := range fonts {
		streams = append(streams, f.cidToGID(), f.file)
	}
	if source != "" {
		streams = append(streams, draft)
	}
	compressed := rd.compressAll(len(streams), func(i int) []byte { return streams[i] })

	fontsAt, err := fontEdits(body, xt.count, fonts)
	if err != nil {
		return nil, err
	}
	edits := []edit{fontsAt}
	added := newObjects(xt.count, fonts, compressed[:2*len(fonts)], rd.toUnicodeZ)
	if source != "" {
		spec := added.addSource(xt.count+len(added.offsets), source, draft, compressed[2*len(fonts)])
		se, err := sourceEdits(body, spec, source)
		if err != nil {
			return nil, err
		}
		edits = append(edits, se...)
	}
	edits = append(edits, edit{xt.at, xt.at, added.bytes}) // where the table was
	slices.SortFunc(edits, func(a, b edit) int { return a.start - b.start })

	out := make([]byte, 0, len(pdf)+len(added.bytes))
	last := 0
	for _, e := range edits {
		out = append(out, body[last:e.start]...)
		out = append(out, e.repl...)
		last = e.end
	}
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
	return xt.appendAgain(out, pdf, shift, shift(xt.at), added.offsets)
}

// xrefTable is the library's cross-reference table: one section from
// object 0, count entries, at offset at.
type xrefTable struct {
	at, entries, count int
	startxref          int   // offset of the "startxref" line
	offsets            []int // of each object, -1 for a free entry
}

func readXref(pdf []byte) (xrefTable, error) {
	var t xrefTable
	t.startxref = bytes.LastIndex(pdf, []byte("startxref\n"))
	if t.startxref < 0 {
		return t, errors.New("pdf: no startxref in the PDF")
	}
	q := t.startxref + len("startxref\n")
	nl := bytes.IndexByte(pdf[q:], '\n')
	if nl < 0 {
		return t, errors.New("pdf: bad startxref")
	}
	var err error
	t.at, err = strconv.Atoi(string(pdf[q : q+nl]))
	if err != nil || t.at < 0 || t.at >= len(pdf) || !bytes.HasPrefix(pdf[t.at:], []byte("xref\n")) {
		return t, errors.New("pdf: bad startxref")
	}
	p := t.at + len("xref\n")
	nl = bytes.IndexByte(pdf[p:], '\n')
	if nl < 0 {
		return t, errors.New("pdf: bad xref table")
	}
	var first int
	if _, err := fmt.Sscanf(string(pdf[p:p+nl]), "%d %d", &first, &t.count); err != nil || first != 0 {
		return t, fmt.Errorf("pdf: bad xref table")
	}
	t.entries = p + nl + 1
	if t.entries+20*t.count > t.startxref {
		return t, errors.New("pdf: bad xref table")
	}
	t.offsets = make([]int, t.count)
	for i := range t.offsets {
		e := pdf[t.entries+20*i : t.entries+20*i+20]
		if e[17] != 'n' {
			t.offsets[i] = -1
			continue
		}
		if t.offsets[i], err = strconv.Atoi(string(e[:10])); err != nil {
			return t, fmt.Errorf("pdf: bad xref entry %q", e)
		}
	}
	return t, nil
}

// appendAgain appends to out, the edited body, the table written again:
// the library's objects at their shifted offsets, then the added objects,
// which start at addedAt, and the trailer with the new size.
func (t xrefTable) appendAgain(out, pdf []byte, shift func(int) int, addedAt int, added []int) ([]byte, error) {
	at := len(out)
	size := t.count + len(added)
	out = fmt.Appendf(out, "xref\n0 %d\n", size)
	for i, off := range t.offsets {
		if off < 0 {
			out = append(out, pdf[t.entries+20*i:t.entries+20*i+20]...)
			continue
		}
		out = fmt.Appendf(out, "%010d 00000 n \n", shift(off))
	}
	for _, off := range added {
		out = fmt.Appendf(out, "%010d 00000 n \n", addedAt+off)
	}
	trailer := pdf[t.entries+20*t.count : t.startxref]
	oldSize := []byte("/Size " + strconv.Itoa(t.count) + "\n")
	if !bytes.Contains(trailer, oldSize) {
		return nil, errors.New("pdf: no /Size in the trailer")
	}
	out = append(out, bytes.Replace(trailer, oldSize, []byte("/Size "+strconv.Itoa(size)+"\n"), 1)...)
	out = append(out, "startxref\n"...)
	out = strconv.AppendInt(out, int64(at), 10)
	return append(out, "\n%%EOF\n"...), nil
}

// The library writes one empty font resource dictionary for all pages
// (its fonts are not used), and an EmbeddedFiles name tree with no names
// (no attachment is given it), once each, and the catalog's type first.
var (
	libNoFonts         = []byte("/Font <<\n>>")
	libNoEmbeddedFiles = []byte("/EmbeddedFiles << /Names [\n  \n] >>")
	libCatalog         = []byte("/Type /Catalog\n")
)

// sourceEdits makes the draft's file specification, object spec, what
// PDF 2.0 (and PDF/A-3) call the document's source: the name tree files it
// under name, and the catalog lists it in /AF. body is the PDF up to its
// cross-reference table.
func sourceEdits(body []byte, spec int, name string) ([]edit, error) {
	tree := bytes.Index(body, libNoEmbeddedFiles)
	if tree < 0 || bytes.Contains(body[tree+len(libNoEmbeddedFiles):], libNoEmbeddedFiles) {
		return nil, errors.New("pdf: embedded draft: not one empty EmbeddedFiles name tree in the PDF library's output")
	}
	cat := bytes.Index(body, libCatalog)
	if cat < 0 || bytes.Contains(body[cat+len(libCatalog):], libCatalog) {
		return nil, errors.New("pdf: embedded draft: not one catalog in the PDF library's output")
	}
	ref := strconv.Itoa(spec) + " 0 R"
	return []edit{
		{tree, tree + len(libNoEmbeddedFiles), []byte("/EmbeddedFiles << /Names [" + pdfString(name) + " " + ref + "] >>")},
		{cat + len(libCatalog), cat + len(libCatalog), []byte("/AF [" + ref + "]\n")},
	}, nil
}

// pdfString writes s as a PDF literal string of printable ASCII, the form
// a file specification's /F needs; other characters become '_'.
func pdfString(s string) string {
	var b strings.Builder
	b.WriteByte('(')
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= ' ' && r < 0x7F:
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	b.WriteByte(')')
	return b.String()
}

// compressAll compresses n streams, data(i) being the i-th, on as many
// cores as there are, for speed: the default level made an English export's
// pages about 10% smaller and cost it 2.5 ms, a tenth of its time, and it
// took as long again on the fonts. The output does not depend on which core
// compressed what.
func (rd *Renderer) compressAll(n int, data func(i int) []byte) [][]byte {
	out := make([][]byte, n)
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			zw, _ := rd.zpool.Get().(*zlib.Writer)
			if zw == nil {
				zw, _ = zlib.NewWriterLevel(nil, zlib.BestSpeed)
			}
			defer rd.zpool.Put(zw)
			for i := w; i < n; i += workers {
				var buf bytes.Buffer
				zw.Reset(&buf)
				zw.Write(data(i))
				zw.Close()
				out[i] = buf.Bytes()
			}
		}()
	}
	wg.Wait()
	return out
}

// libNoFonts is the font resources the library writes when it has drawn no
// text with a font of its own, as here: fontEdits fills them in.
// fontEdits names the fonts in the pages' resources (the library writes one
// resource dictionary for all pages). Their objects come after the library's:
// the n-th font's Type0 dictionary is object count+1+5n (see newObjects).
func fontEdits(body []byte, count int, fonts []*pdfFont) (edit, error) {
	at := bytes.Index(body, libNoFonts)
	if at < 0 || bytes.Contains(body[at+len(libNoFonts):], libNoFonts) {
		return edit{}, errors.New("pdf: not one empty font resource dictionary in the PDF library's output")
	}
	repl := []byte("/Font <<\n")
	for i, f := range fonts {
		repl = fmt.Appendf(repl, "/%s %d 0 R\n", f.res, count+1+5*i)
	}
	return edit{at, at + len(libNoFonts), append(repl, ">>"...)}, nil
}

// addedObjects is the objects finish adds, numbered from the library's
// count on, and the offset of each in bytes.
type addedObjects struct {
	bytes   []byte
	offsets []int
}

// newObjects writes the shared ToUnicode map (object first) and, for each
// font, its Type0 dictionary, CIDFont, descriptor, CIDToGIDMap and font file
// (five objects from first+1+5n); streams holds each font's compressed
// CIDToGIDMap and font file, in that order.
func newObjects(first int, fonts []*pdfFont, streams [][]byte, toUnicode []byte) addedObjects {
	var a addedObjects
	n := first
	obj := func(dict string, stream []byte) {
		a.offsets = append(a.offsets, len(a.bytes))
		a.bytes = fmt.Appendf(a.bytes, "%d 0 obj\n%s", n, dict)
		if stream != nil {
			a.bytes = append(a.bytes, "\nstream\n"...)
			a.bytes = append(a.bytes, stream...)
			a.bytes = append(a.bytes, "\nendstream"...)
		}
		a.bytes = append(a.bytes, "\nendobj\n"...)
		n++
	}
	toUnicodeObj := n
	obj(fmt.Sprintf("<</Filter /FlateDecode /Length %d>>", len(toUnicode)), toUnicode)
	for i, f := range fonts {
		cidMap, file := streams[2*i], streams[2*i+1]
		type0 := n
		obj(fmt.Sprintf("<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>",
			f.name, type0+1, toUnicodeObj), nil)
		obj(fmt.Sprintf("<</Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor %d 0 R /DW 1000 /W %s /CIDToGIDMap %d 0 R>>",
			f.name, type0+2, f.widths(), type0+3), nil)
		obj(fmt.Sprintf("<</Type /FontDescriptor /FontName /%s %s /FontFile2 %d 0 R>>", f.name, f.descriptor(), type0+4), nil)
		obj(fmt.Sprintf("<</Filter /FlateDecode /Length %d>>", len(cidMap)), cidMap)
		obj(fmt.Sprintf("<</Filter /FlateDecode /Length %d /Length1 %d>>", len(file), len(f.file)), file)
	}
	return a
}

// addSource adds the draft as an embedded file (its compressed stream z,
// with a media type and its size) and its file specification, which says it
// is the document's source; n is the number of the first of the two
// objects. It returns the specification's number.
func (a *addedObjects) addSource(n int, name string, draft, z []byte) int {
	a.offsets = append(a.offsets, len(a.bytes))
	a.bytes = fmt.Appendf(a.bytes, "%d 0 obj\n<</Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode /Length %d /Params <</Size %d>>>>\nstream\n", n, len(z), len(draft))
	a.bytes = append(a.bytes, z...)
	a.bytes = append(a.bytes, "\nendstream\nendobj\n"...)
	a.offsets = append(a.offsets, len(a.bytes))
	a.bytes = fmt.Appendf(a.bytes, "%d 0 obj\n<</Type /Filespec /AFRelationship /Source /F %s /UF %s /EF <</F %d 0 R /UF %d 0 R>>>>\nendobj\n", n+1, pdfString(name), "<"+hex.EncodeToString([]byte(utf16Text(name)))+">", n, n)
	return n + 1
}
