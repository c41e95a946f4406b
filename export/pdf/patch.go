package pdf

// The PDF library's output, patched: what fpdf writes that a reader needs
// otherwise. Everything here edits bytes fpdf produced, so it lives in one
// place with its own tests (patch_test.go): subset tags for the font names,
// ToUnicode maps that give Arabic letters back, compressed page contents,
// the embedded draft made the document's associated source file, and the
// cross-reference table rewritten for the moved objects.

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"regexp"
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

// identityToUnicode is the ToUnicode CMap the PDF library writes for every
// UTF-8 font (code = Unicode), byte for byte.
const identityToUnicode = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"

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

var contentsRef = regexp.MustCompile(`/Contents (\d+) 0 R`)

// finish post-processes the PDF library's output: the identity ToUnicode
// streams are replaced by rd.toUnicode (so that text extraction turns Arabic
// presentation forms back into letters), the page contents, written
// uncompressed, are compressed with a pooled compressor (the library makes a
// new one, about 1 MB, per stream), and the cross-reference table is
// rewritten for the moved objects. When source is not empty, the PDF
// carries the draft as the library's one attachment, and sourceEdits makes it
// the document's associated file named source (see there).
func (rd *Renderer) finish(pdf []byte, source string) ([]byte, error) {
	// cross-reference table
	sx := bytes.LastIndex(pdf, []byte("startxref\n"))
	if sx < 0 {
		return nil, errors.New("pdf: no startxref in the PDF")
	}
	q := sx + len("startxref\n")
	nl := bytes.IndexByte(pdf[q:], '\n')
	if nl < 0 {
		return nil, errors.New("pdf: bad startxref")
	}
	sxLen := nl
	xref, err := strconv.Atoi(string(pdf[q : q+nl]))
	if err != nil || xref < 0 || xref >= len(pdf) || !bytes.HasPrefix(pdf[xref:], []byte("xref\n")) {
		return nil, errors.New("pdf: bad startxref")
	}
	p := xref + len("xref\n")
	nl = bytes.IndexByte(pdf[p:], '\n')
	var first, count int
	if nl < 0 {
		return nil, errors.New("pdf: bad xref table")
	}
	if _, err := fmt.Sscanf(string(pdf[p:p+nl]), "%d %d", &first, &count); err != nil || first != 0 {
		return nil, fmt.Errorf("pdf: bad xref table")
	}
	entries := p + nl + 1
	if entries+20*count > len(pdf) {
		return nil, errors.New("pdf: bad xref table")
	}
	offsets := make([]int, count)
	for i := range offsets {
		e := pdf[entries+20*i : entries+20*i+20]
		if e[17] != 'n' {
			offsets[i] = -1
			continue
		}
		if offsets[i], err = strconv.Atoi(string(e[:10])); err != nil {
			return nil, fmt.Errorf("pdf: bad xref entry %q", e)
		}
	}

	var edits []edit
	// ToUnicode maps
	old := []byte("<</Length " + strconv.Itoa(len(identityToUnicode)) + ">>\nstream\n" + identityToUnicode + "\nendstream")
	repl := []byte("<</Length " + strconv.Itoa(len(rd.toUnicode)) + ">>\nstream\n" + string(rd.toUnicode) + "\nendstream")
	for i := 0; ; {
		k := bytes.Index(pdf[i:xref], old)
		if k < 0 {
			break
		}
		edits = append(edits, edit{i + k, i + k + len(old), repl})
		i += k + len(old)
	}
	// page contents, compressed for speed: the default level made the pages
	// about 10% smaller and cost an English export 2.5 ms, a tenth of its time
	type stream struct{ head, data, end int }
	var pages []stream
	for _, m := range contentsRef.FindAllSubmatch(pdf[:xref], -1) {
		n, _ := strconv.Atoi(string(m[1]))
		if n <= 0 || n >= count || offsets[n] < 0 {
			return nil, fmt.Errorf("pdf: page contents %d not found", n)
		}
		o := offsets[n]
		h := bytes.Index(pdf[o:min(o+64, xref)], []byte("<</Length "))
		if h < 0 {
			continue // already compressed
		}
		h += o
		e := bytes.Index(pdf[h:], []byte(">>\nstream\n"))
		if e < 0 {
			return nil, errors.New("pdf: bad page contents")
		}
		length, err := strconv.Atoi(string(pdf[h+len("<</Length ") : h+e]))
		data := h + e + len(">>\nstream\n")
		if err != nil || data+length > xref {
			return nil, errors.New("pdf: bad page contents length")
		}
		pages = append(pages, stream{h, data, data + length})
	}
	compressed := rd.compressAll(len(pages), func(i int) []byte { return pdf[pages[i].data:pages[i].end] })
	for i, pg := range pages {
		r := append([]byte("<</Filter /FlateDecode /Length "+strconv.Itoa(len(compressed[i]))+">>\nstream\n"), compressed[i]...)
		edits = append(edits, edit{pg.head, pg.end, r})
	}
	if source != "" {
		se, err := sourceEdits(pdf[:xref], offsets, source)
		if err != nil {
			return nil, err
		}
		edits = append(edits, se...)
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

// The library writes a document attachment as a file specification without
// a plain file name, filed in the EmbeddedFiles name tree under the key
// "(Attachement1)", and an embedded file stream without a media type. These
// are the bytes it writes, which sourceEdits completes.
var (
	libAttachmentKey = regexp.MustCompile(`/EmbeddedFiles << /Names \[\n \(Attachement1\) (\d+) 0 R`)
	libFilespecStart = []byte("<< /Type /Filespec /F () /UF ")
	// the /UF string is UTF-16 bytes, which may be any byte, a newline too
	libFilespecData = regexp.MustCompile(`(?s)^<< /Type /Filespec /F \(\) /UF .*?/EF << /F (\d+) 0 R >>`)
	libEmbeddedFile = []byte("<< /Type /EmbeddedFile ")
	libCatalog      = []byte("/Type /Catalog\n")
)

// sourceEdits makes the attached draft what PDF 2.0 (and PDF/A-3) call the
// document's source: the catalog lists its file specification in /AF, the
// specification says /AFRelationship /Source and gets the plain file name
// name, the embedded stream says /Subtype /application#2Fjson, and the name
// tree files it under name. body is the PDF up to its cross-reference table,
// offsets the objects' offsets from that table.
func sourceEdits(body []byte, offsets []int, name string) ([]edit, error) {
	object := func(n int) ([]byte, int, error) {
		if n <= 0 || n >= len(offsets) || offsets[n] < 0 {
			return nil, 0, fmt.Errorf("pdf: embedded draft: object %d not in the cross-reference table", n)
		}
		o := offsets[n]
		head := []byte(strconv.Itoa(n) + " 0 obj\n")
		if !bytes.HasPrefix(body[o:], head) {
			return nil, 0, fmt.Errorf("pdf: embedded draft: object %d not where the table says", n)
		}
		return body[o+len(head):], o + len(head), nil
	}
	key := libAttachmentKey.FindSubmatchIndex(body)
	if key == nil {
		return nil, errors.New("pdf: embedded draft: the PDF library wrote no attachment")
	}
	spec, _ := strconv.Atoi(string(body[key[2]:key[3]]))
	specObj, specAt, err := object(spec)
	if err != nil {
		return nil, err
	}
	m := libFilespecData.FindSubmatch(specObj)
	if m == nil {
		return nil, fmt.Errorf("pdf: embedded draft: object %d is not the library's file specification", spec)
	}
	stream, _ := strconv.Atoi(string(m[1]))
	streamObj, streamAt, err := object(stream)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(streamObj, libEmbeddedFile) {
		return nil, fmt.Errorf("pdf: embedded draft: object %d is not an embedded file", stream)
	}
	cat := bytes.LastIndex(body, libCatalog)
	if cat < 0 {
		return nil, errors.New("pdf: embedded draft: no catalog")
	}
	str := pdfString(name)
	keyStart := key[2] - len("(Attachement1) ")
	return []edit{
		{keyStart, keyStart + len("(Attachement1)"), []byte(str)},
		{specAt, specAt + len(libFilespecStart), []byte("<< /Type /Filespec /AFRelationship /Source /F " + str + " /UF ")},
		{streamAt, streamAt + len(libEmbeddedFile), []byte("<< /Type /EmbeddedFile /Subtype /application#2Fjson ")},
		{cat + len(libCatalog), cat + len(libCatalog), []byte("/AF [" + strconv.Itoa(spec) + " 0 R]\n")},
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

// markSubsets replaces the PDF library's "/utf8sub" font-name prefix by a
// subset tag ("/AAAAAB+"), of the same length so no offset moves: the fonts
// are subsets and PDF readers (and pdffonts) should say so.
func markSubsets(b []byte) {
	const prefix = "/utf8sub"
	tags := map[string]string{}
	for i := 0; ; {
		k := bytes.Index(b[i:], []byte(prefix))
		if k < 0 {
			return
		}
		at := i + k
		end := at + len(prefix)
		for end < len(b) && b[end] > ' ' && b[end] != '/' && b[end] != '>' && b[end] != '<' && b[end] != '[' {
			end++
		}
		name := string(b[at+len(prefix) : end])
		tag, ok := tags[name]
		if !ok {
			n := len(tags)
			t := []byte("FGAAAA")
			for j := 5; j >= 2 && n > 0; j-- {
				t[j] = byte('A' + n%26)
				n /= 26
			}
			tag = string(t)
			tags[name] = tag
		}
		copy(b[at:], "/"+tag+"+")
		i = end
	}
}

// compressAll compresses n streams, data(i) being the i-th, on as many
// cores as there are (a PDF of the bundled example has about twenty pages).
// The output does not depend on which core compressed what.
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
