package pdf

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"fgdraft/export"
	"fgdraft/text"
)

// output writes a document's PDF while it is set: each page's content
// and page object as soon as the page is finished (page), so that a
// document of thousands of pages needs the memory of one; what only the
// whole document tells — the fonts' subsets, the page tree, the outline,
// the document information, the draft inside — after the last (finish).
// The file is wholly ours (pdfFile): no library buffers it.
type output struct {
	f     *pdfFile
	rd    *Renderer
	doc   export.Document
	pages int // the page tree, reserved: pages refer to it
	res   int // the resource dictionary all pages share, reserved
	kids  []int
	// fonts are made when a page first draws with a face, in that order,
	// their resource names and numbers fixed then; their subsets are cut
	// at the end, when every character drawn is known.
	fonts    map[*text.Face]*pdfFont
	fontList []*pdfFont
	outline  []outlineItem
	content  []byte // a page's content, reused
}

// outlineItem is one entry of the document outline (a heading): its
// title as a PDF text string, its level (0 at the top), and where it
// points: a page object and a height in PDF coordinates.
type outlineItem struct {
	title string
	level int
	page  int
	y     float64
}

func (rd *Renderer) newOutput(w io.Writer, doc export.Document) *output {
	o := &output{f: newPDFFile(w), rd: rd, doc: doc, fonts: map[*text.Face]*pdfFont{}}
	o.pages = o.f.reserve()
	o.res = o.f.reserve()
	return o
}

// font is the PDF font of a face, made on its first use.
func (o *output) font(face *text.Face) *pdfFont {
	if pf, ok := o.fonts[face]; ok {
		return pf
	}
	n := len(o.fontList)
	pf := &pdfFont{face: face, res: "FG" + strconv.Itoa(n+1), name: subsetTag(n) + "+" + strings.ToLower(face.Name()), obj: o.f.reserve()}
	o.fonts[face] = pf
	o.fontList = append(o.fontList, pf)
	return pf
}

// page writes one finished page: its content, compressed, and the page
// object. Its bookmarks go to the outline, written at the end.
func (o *output) page(p *page) error {
	num, contents := o.f.reserve(), o.f.reserve()
	c := o.content[:0]
	var gs graphicsState // a page starts with the default state
	for _, op := range p.ops {
		switch op.kind {
		case opText:
			c = gs.appendText(c, o.font(op.face), op.size, op.x, pageH-op.y, op.s, op.col, op.fake)
		case opLine:
			c = gs.setStroke(c, op.lw, op.col)
			c = appendCoords(c, op.x, pageH-op.y)
			c = append(c, " m "...)
			c = appendCoords(c, op.x+op.w, pageH-op.y-op.h)
			c = append(c, " l S"...)
		case opRect:
			c = gs.setPaint(c, op)
			c = appendCoords(c, op.x, pageH-op.y)
			c = append(c, ' ')
			c = appendCoords(c, op.w, -op.h)
			c = append(c, " re "...)
			c = append(c, paintOperator(op.style)...)
		case opPoly:
			if len(op.pts) == 0 {
				continue
			}
			c = gs.setPaint(c, op)
			for i, pt := range op.pts {
				c = appendCoords(c, pt.X, pageH-pt.Y)
				if i == 0 {
					c = append(c, " m "...)
				} else {
					c = append(c, " l "...)
				}
			}
			c = append(c, "h "...)
			c = append(c, paintOperator(op.style)...)
		case opBookmark:
			if t := clean(op.s); t != "" {
				o.outline = append(o.outline, outlineItem{title: utf16Text(t), level: op.level, page: num, y: pageH - op.y})
			}
			continue
		}
		c = append(c, '\n')
	}
	o.content = c
	o.f.compressedStream(contents, "", c)
	o.f.object(num, fmt.Appendf(nil, "<</Type /Page /Parent %d 0 R /Resources %d 0 R /Contents %d 0 R>>", o.pages, o.res, contents))
	o.kids = append(o.kids, num)
	return o.f.err
}

// paintOperator paints the path just made: filled ("F"), stroked ("D",
// the default) or both ("FD").
func paintOperator(style string) string {
	switch style {
	case "F":
		return "f"
	case "FD", "DF":
		return "B"
	}
	return "S"
}

func appendCoords(b []byte, x, y float64) []byte {
	b = strconv.AppendFloat(b, x, 'f', 2, 64)
	b = append(b, ' ')
	return strconv.AppendFloat(b, y, 'f', 2, 64)
}

// finish writes what follows the last page: the fonts, cut to the
// characters drawn with each face (used), the shared resources, the page
// tree, the outline, the document information, the draft as the
// document's source, the catalog and the cross-reference table.
func (o *output) finish(used map[*text.Face]map[rune]bool) error {
	f := o.f
	for _, pf := range o.fontList {
		if err := pf.subset(used[pf.face]); err != nil {
			return err
		}
	}
	// each font's CIDToGIDMap and font file, then the draft, compressed
	// on every core
	streams := make([][]byte, 0, 2*len(o.fontList)+1)
	for _, pf := range o.fontList {
		streams = append(streams, pf.cidToGID(), pf.file)
	}
	if len(o.doc.Draft) > 0 {
		streams = append(streams, o.doc.Draft)
	}
	compressed := o.rd.compressAll(len(streams), func(i int) []byte { return streams[i] })

	toUnicode := f.reserve()
	f.stream(toUnicode, "", o.rd.toUnicodeZ, true)
	res := []byte("<</ProcSet [/PDF /Text] /Font <<")
	for i, pf := range o.fontList {
		cid, desc, cidMap, file := f.reserve(), f.reserve(), f.reserve(), f.reserve()
		f.object(pf.obj, fmt.Appendf(nil, "<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>",
			pf.name, cid, toUnicode))
		f.object(cid, fmt.Appendf(nil, "<</Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor %d 0 R /DW 1000 /W %s /CIDToGIDMap %d 0 R>>",
			pf.name, desc, pf.widths(), cidMap))
		f.object(desc, fmt.Appendf(nil, "<</Type /FontDescriptor /FontName /%s %s /FontFile2 %d 0 R>>", pf.name, pf.descriptor(), file))
		f.stream(cidMap, "", compressed[2*i], true)
		f.stream(file, fmt.Sprintf(" /Length1 %d", len(pf.file)), compressed[2*i+1], true)
		res = fmt.Appendf(res, " /%s %d 0 R", pf.res, pf.obj)
	}
	f.object(o.res, append(res, ">>>>"...))

	kids := fmt.Appendf(nil, "<</Type /Pages /Count %d /MediaBox [0 0 %.2f %.2f] /Kids [", len(o.kids), pageW, pageH)
	for i, k := range o.kids {
		if i > 0 {
			kids = append(kids, ' ')
		}
		kids = fmt.Appendf(kids, "%d 0 R", k)
	}
	f.object(o.pages, append(kids, "]>>"...))

	catalog := fmt.Appendf(nil, "<</Type /Catalog /Pages %d 0 R", o.pages)
	if o.doc.Lang != "" {
		catalog = fmt.Appendf(catalog, " /Lang %s", pdfString(string(o.doc.Lang)))
	}
	if root := o.writeOutline(); root != 0 {
		catalog = fmt.Appendf(catalog, " /Outlines %d 0 R /PageMode /UseOutlines", root)
	}
	if len(o.doc.Draft) > 0 {
		spec := o.writeSource(compressed[len(compressed)-1])
		catalog = fmt.Appendf(catalog, " /Names <</EmbeddedFiles <</Names [%s %d 0 R]>>>> /AF [%d 0 R]", pdfString(o.sourceName()), spec, spec)
	}
	root, info := f.reserve(), f.reserve()
	f.object(root, append(catalog, ">>"...))
	f.object(info, o.info())
	return f.close(root, info)
}

// writeOutline writes the outline of the headings, each under the last
// heading of a lower level before it, all open; it returns the outline's
// number, 0 when the document has no heading.
func (o *output) writeOutline() int {
	items := o.outline
	if len(items) == 0 {
		return 0
	}
	f := o.f
	root := f.reserve()
	nums := make([]int, len(items))
	for i := range items {
		nums[i] = f.reserve()
	}
	parent := make([]int, len(items)) // index of the parent item, -1 for the root
	var stack []int
	for i, it := range items {
		for len(stack) > 0 && items[stack[len(stack)-1]].level >= it.level {
			stack = stack[:len(stack)-1]
		}
		parent[i] = -1
		if len(stack) > 0 {
			parent[i] = stack[len(stack)-1]
		}
		stack = append(stack, i)
	}
	// children of each item (and of the root, at len(items)), in order
	children := make([][]int, len(items)+1)
	for i, p := range parent {
		if p < 0 {
			p = len(items)
		}
		children[p] = append(children[p], i)
	}
	// every item is open, so an item counts all its descendants
	descendants := make([]int, len(items)+1)
	for i := len(items) - 1; i >= 0; i-- {
		p := parent[i]
		if p < 0 {
			p = len(items)
		}
		descendants[p] += 1 + descendants[i]
	}
	ref := func(i int) int {
		if i < 0 {
			return root
		}
		return nums[i]
	}
	for _, sibs := range children {
		for k, i := range sibs {
			it := items[i]
			b := fmt.Appendf(nil, "<</Title <%s> /Parent %d 0 R", hex.EncodeToString([]byte(it.title)), ref(parent[i]))
			if k > 0 {
				b = fmt.Appendf(b, " /Prev %d 0 R", nums[sibs[k-1]])
			}
			if k+1 < len(sibs) {
				b = fmt.Appendf(b, " /Next %d 0 R", nums[sibs[k+1]])
			}
			if kids := children[i]; len(kids) > 0 {
				b = fmt.Appendf(b, " /First %d 0 R /Last %d 0 R /Count %d", nums[kids[0]], nums[kids[len(kids)-1]], descendants[i])
			}
			b = fmt.Appendf(b, " /Dest [%d 0 R /XYZ 0 %.2f null]>>", it.page, it.y)
			f.object(nums[i], b)
		}
	}
	top := children[len(items)]
	f.object(root, fmt.Appendf(nil, "<</Type /Outlines /First %d 0 R /Last %d 0 R /Count %d>>", nums[top[0]], nums[top[len(top)-1]], descendants[len(items)]))
	return root
}

// sourceName is the file name the draft travels under.
func (o *output) sourceName() string {
	if o.doc.DraftName == "" {
		return "draft.json"
	}
	return o.doc.DraftName
}

// writeSource writes the draft as an embedded file (z, its compressed
// stream, with a media type, its size and its MD5 checksum, which
// reopening checks) and its file specification, which says it is the
// document's source (PDF 2.0, PDF/A-3: /AFRelationship /Source); it
// returns the specification's number.
func (o *output) writeSource(z []byte) int {
	f := o.f
	file, spec := f.reserve(), f.reserve()
	sum := md5.Sum(o.doc.Draft)
	f.stream(file, fmt.Sprintf(" /Type /EmbeddedFile /Subtype /application#2Fjson /Params <</Size %d /CheckSum <%s>>>", len(o.doc.Draft), hex.EncodeToString(sum[:])), z, true)
	name := o.sourceName()
	f.object(spec, fmt.Appendf(nil, "<</Type /Filespec /AFRelationship /Source /F %s /UF <%s> /EF <</F %d 0 R /UF %d 0 R>>>>",
		pdfString(name), hex.EncodeToString([]byte(utf16Text(name))), file, file))
	return spec
}

// info is the document information: title, author, subject and keywords
// from the document's metadata, the program as creator and producer
// (reopening knows fgdraft's files by it), and the date of the export.
func (o *output) info() []byte {
	m := o.doc.Meta
	producer := o.rd.Producer
	if producer == "" {
		producer = "fgdraft"
	}
	date := o.rd.Date
	if date.IsZero() {
		date = time.Now()
	}
	b := []byte("<<")
	for _, e := range []struct{ key, value string }{
		{"Producer", producer}, {"Title", m.Title}, {"Subject", m.Subject}, {"Author", m.Author},
		{"Keywords", strings.Join(m.Keywords, ", ")}, {"Creator", producer},
	} {
		if v := clean(e.value); v != "" {
			b = fmt.Appendf(b, "/%s <%s> ", e.key, hex.EncodeToString([]byte(utf16Text(v))))
		}
	}
	d := "D:" + date.UTC().Format("20060102150405") + "Z"
	return fmt.Appendf(b, "/CreationDate (%s) /ModDate (%s)>>", d, d)
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
