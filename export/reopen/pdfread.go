package reopen

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"

	"fgdraft/forms/draftfile"
)

// A small PDF reader for exactly the path that leads to an embedded draft:
// trailer → catalog → the EmbeddedFiles name tree, /AF, the pages'
// FileAttachment annotations → the file specification's embedded stream.
// It reads nothing else and works under one budget for the whole file
// (pdfBudget), because a general PDF library inflates every object stream
// it meets up to its own per-stream limit and keeps it, which a 12 MB file
// turned into gigabytes.

// pdfBudget bounds what reading one PDF may cost, all of it together.
type pdfBudget struct {
	inflated int64 // bytes decompressed, the draft included
	objects  int   // indirect objects looked up
	values   int   // values parsed (numbers, names, arrays …)
}

// The limits of one reading. A PDF fgdraft writes needs a few hundred
// lookups and less than the draft's size plus a megabyte of decompression.
const (
	maxInflated  = draftfile.MaxFileSize + 4<<20 // the draft and the structure around it
	maxObjects   = 20_000
	maxValues    = 4_000_000
	maxDepth     = 64 // nesting of arrays and dictionaries, of name and page trees
	maxRefChain  = 32 // a reference to a reference to …
	maxSections  = 64 // cross-reference sections (incremental updates)
	maxXRefWidth = 16 // bytes of one field of a cross-reference stream entry
)

// LimitError is a PDF refused because reading it would cost more than the
// budget: Kind is "inflated" (bytes, Limit), "objects" or "depth".
type LimitError struct {
	Kind  string
	Limit int64
}

func (e *LimitError) Error() string {
	switch e.Kind {
	case "inflated":
		return fmt.Sprintf("the PDF would decompress to more than %d MiB before its draft is found", e.Limit>>20)
	case "objects":
		return fmt.Sprintf("the PDF needs more than %d objects looked up before its draft is found", e.Limit)
	}
	return fmt.Sprintf("the PDF nests its structure more than %d levels deep", e.Limit)
}

// pdf values: nil, bool, int64, float64, pdfName, pdfString, pdfArray,
// pdfDict, pdfRef and *pdfStream.
type (
	pdfName   string
	pdfString []byte
	pdfArray  []any
	pdfDict   map[pdfName]any
	pdfRef    struct{ num, gen int64 }
	pdfStream struct {
		dict pdfDict
		raw  []byte // the bytes between "stream" and "endstream", still encoded
	}
)

// xrefEntry is where an object is: at offset in the file, or the index-th
// object of object stream stream.
type xrefEntry struct {
	kind   byte // 'n' in the file, 'c' in an object stream, 'f' free
	offset int64
	stream int64
	index  int64
}

// xrefSection is one cross-reference table or stream, newest first.
type xrefSection struct {
	// a table: subsections of 20-byte lines, looked up in place
	table []xrefSubsection
	// a stream: its decoded entries, looked up in place
	entries []byte
	widths  [3]int
	index   []int64 // pairs: first object number, count
	// a reconstruction: the offsets of the objects found in the file
	objs map[int64]int64
}

type xrefSubsection struct {
	first, count int64
	at           int // offset of the first line
	width        int // bytes of one line (20, or 19 for writers that end lines with one byte)
}

type pdfReader struct {
	data     []byte
	budget   pdfBudget
	sections []xrefSection
	trailer  pdfDict // the newest trailer
	cache    map[int64]any
	objStms  map[int64]*objStm
}

type objStm struct {
	data  []byte
	first int64
	offs  []int64 // pairs: object number, offset
}

func newPDFReader(data []byte) (*pdfReader, error) {
	r := &pdfReader{data: data, cache: map[int64]any{}, objStms: map[int64]*objStm{}}
	if err := r.readXRef(); err != nil {
		return nil, err
	}
	return r, nil
}

var errNotPDF = errors.New("no cross-reference table")

// readXRef reads the chain of cross-reference sections from startxref.
func (r *pdfReader) readXRef() error {
	tail := r.data[max(0, len(r.data)-2048):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return errNotPDF
	}
	p := &pdfParser{r: r, data: tail, pos: i + len("startxref")}
	v, err := p.value(0)
	if err != nil {
		return errNotPDF
	}
	off, ok := v.(int64)
	if !ok {
		return errNotPDF
	}
	seen := map[int64]bool{}
	for off >= 0 {
		if seen[off] {
			break
		}
		if len(seen) >= maxSections {
			return &LimitError{Kind: "objects", Limit: maxSections}
		}
		seen[off] = true
		trailer, err := r.readSection(off)
		if err != nil {
			return err
		}
		if r.trailer == nil {
			r.trailer = trailer
		}
		// a hybrid file's table names a stream with the objects it lacks
		if x, ok := trailer["XRefStm"].(int64); ok && !seen[x] {
			seen[x] = true
			if _, err := r.readSection(x); err != nil {
				return err
			}
		}
		prev, ok := trailer["Prev"].(int64)
		if !ok {
			break
		}
		off = prev
	}
	if r.trailer == nil {
		return errNotPDF
	}
	return nil
}

// Sections counts the cross-reference sections: one for a file written
// at once, more after incremental updates.
func (r *pdfReader) Sections() int { return len(r.sections) }

func (r *pdfReader) readSection(off int64) (pdfDict, error) {
	if off < 0 || off >= int64(len(r.data)) {
		return nil, fmt.Errorf("cross-reference offset %d outside the file", off)
	}
	p := &pdfParser{r: r, data: r.data, pos: int(off)}
	p.skipSpace()
	if bytes.HasPrefix(r.data[p.pos:], []byte("xref")) {
		p.pos += 4
		return r.readTable(p)
	}
	// a cross-reference stream: "n g obj << … >> stream"
	v, err := p.indirect()
	if err != nil {
		return nil, fmt.Errorf("cross-reference stream: %w", err)
	}
	s, ok := v.(*pdfStream)
	if !ok || s.dict["Type"] != pdfName("XRef") {
		return nil, errors.New("no cross-reference table or stream where startxref points")
	}
	data, err := r.decode(s, maxInflated)
	if err != nil {
		return nil, fmt.Errorf("cross-reference stream: %w", err)
	}
	sec := xrefSection{entries: data}
	w, _ := s.dict["W"].(pdfArray)
	if len(w) != 3 {
		return nil, errors.New("cross-reference stream without /W")
	}
	for i, x := range w {
		n, ok := x.(int64)
		if !ok || n < 0 || n > maxXRefWidth {
			return nil, errors.New("cross-reference stream with a bad /W")
		}
		sec.widths[i] = int(n)
	}
	if idx, ok := s.dict["Index"].(pdfArray); ok {
		if len(idx)%2 != 0 || len(idx) > 2*maxSections*1024 {
			return nil, errors.New("cross-reference stream with a bad /Index")
		}
		for _, x := range idx {
			n, ok := x.(int64)
			if !ok || n < 0 {
				return nil, errors.New("cross-reference stream with a bad /Index")
			}
			sec.index = append(sec.index, n)
		}
	} else {
		size, _ := s.dict["Size"].(int64)
		sec.index = []int64{0, size}
	}
	r.sections = append(r.sections, sec)
	return s.dict, nil
}

// readTable reads a classic table's subsection headers (the entries are
// looked up in place) and the trailer after it.
func (r *pdfReader) readTable(p *pdfParser) (pdfDict, error) {
	var sec xrefSection
	for {
		p.skipSpace()
		if bytes.HasPrefix(r.data[p.pos:], []byte("trailer")) {
			p.pos += len("trailer")
			break
		}
		first, err1 := p.integer()
		count, err2 := p.integer()
		if err1 != nil || err2 != nil || first < 0 || count < 0 {
			return nil, errors.New("a damaged cross-reference table")
		}
		if len(sec.table) >= 1<<16 {
			return nil, &LimitError{Kind: "objects", Limit: 1 << 16}
		}
		// the entries start after the header's end of line
		for p.pos < len(r.data) && (r.data[p.pos] == ' ' || r.data[p.pos] == '\r' || r.data[p.pos] == '\n') {
			p.pos++
		}
		width := 20
		if count > 0 && p.pos+20 <= len(r.data) {
			line := r.data[p.pos : p.pos+20]
			if line[18] == '\r' || line[18] == '\n' {
				if line[19] != '\n' && line[19] != '\r' {
					width = 19
				}
			}
		}
		end := int64(p.pos) + count*int64(width)
		if end > int64(len(r.data)) {
			return nil, errors.New("a cross-reference table longer than the file")
		}
		sec.table = append(sec.table, xrefSubsection{first: first, count: count, at: p.pos, width: width})
		p.pos = int(end)
	}
	r.sections = append(r.sections, sec)
	v, err := p.value(0)
	if err != nil {
		return nil, fmt.Errorf("trailer: %w", err)
	}
	d, ok := v.(pdfDict)
	if !ok {
		return nil, errors.New("a trailer that is not a dictionary")
	}
	return d, nil
}

// lookup is where object num is, newest section first.
func (r *pdfReader) lookup(num int64) (xrefEntry, bool) {
	for _, sec := range r.sections {
		if e, ok := sec.find(r.data, num); ok {
			return e, e.kind != 'f'
		}
	}
	return xrefEntry{}, false
}

func (s xrefSection) find(data []byte, num int64) (xrefEntry, bool) {
	if s.objs != nil {
		off, ok := s.objs[num]
		return xrefEntry{kind: 'n', offset: off}, ok
	}
	for _, sub := range s.table {
		if num < sub.first || num >= sub.first+sub.count {
			continue
		}
		at := sub.at + int(num-sub.first)*sub.width
		line := data[at : at+min(sub.width, 18)]
		f := bytes.Fields(line)
		if len(f) < 3 {
			return xrefEntry{}, false
		}
		off, err := strconv.ParseInt(string(f[0]), 10, 64)
		if err != nil {
			return xrefEntry{}, false
		}
		if f[2][0] == 'n' {
			return xrefEntry{kind: 'n', offset: off}, true
		}
		return xrefEntry{kind: 'f'}, true
	}
	row := s.widths[0] + s.widths[1] + s.widths[2]
	if row == 0 {
		return xrefEntry{}, false
	}
	var base int64
	for i := 0; i+1 < len(s.index); i += 2 {
		first, count := s.index[i], s.index[i+1]
		if num >= first && num < first+count {
			at := (base + num - first) * int64(row)
			if at+int64(row) > int64(len(s.entries)) {
				return xrefEntry{}, false
			}
			e := s.entries[at : at+int64(row)]
			field := func(i int) (int64, bool) {
				start := 0
				for j := range i {
					start += s.widths[j]
				}
				if s.widths[i] == 0 {
					return 0, false
				}
				var v int64
				for _, b := range e[start : start+s.widths[i]] {
					v = v<<8 | int64(b)
				}
				return v, true
			}
			kind, ok := field(0)
			if !ok {
				kind = 1 // the default type is an object in the file
			}
			a, _ := field(1)
			b, _ := field(2)
			switch kind {
			case 1:
				return xrefEntry{kind: 'n', offset: a}, true
			case 2:
				return xrefEntry{kind: 'c', stream: a, index: b}, true
			}
			return xrefEntry{kind: 'f'}, true
		}
		base += count
	}
	return xrefEntry{}, false
}

// resolve follows references to the value they lead to, within the budget.
func (r *pdfReader) resolve(v any) (any, error) {
	for range maxRefChain {
		ref, ok := v.(pdfRef)
		if !ok {
			return v, nil
		}
		var err error
		if v, err = r.object(ref.num); err != nil {
			return nil, err
		}
	}
	if _, ok := v.(pdfRef); ok {
		return nil, &LimitError{Kind: "depth", Limit: maxRefChain}
	}
	return v, nil
}

// object is indirect object num, or nil when the file has no such object.
func (r *pdfReader) object(num int64) (any, error) {
	if v, ok := r.cache[num]; ok {
		return v, nil
	}
	r.budget.objects++
	if r.budget.objects > maxObjects {
		return nil, &LimitError{Kind: "objects", Limit: maxObjects}
	}
	e, ok := r.lookup(num)
	var v any
	var err error
	switch {
	case !ok:
		v = nil
	case e.kind == 'n':
		if e.offset < 0 || e.offset >= int64(len(r.data)) {
			return nil, nil
		}
		p := &pdfParser{r: r, data: r.data, pos: int(e.offset)}
		v, err = p.indirect()
	case e.kind == 'c':
		v, err = r.inObjStm(e.stream, num, e.index)
	}
	if err != nil {
		var le *LimitError
		if errors.As(err, &le) {
			return nil, err
		}
		// a damaged object reads as null, as the PDF specification says
		// of a missing one
		v = nil
	}
	r.cache[num] = v
	return v, nil
}

// inObjStm is object num, the index-th of object stream stm.
func (r *pdfReader) inObjStm(stm, num, index int64) (any, error) {
	os, ok := r.objStms[stm]
	if !ok {
		v, err := r.object(stm)
		if err != nil {
			return nil, err
		}
		s, isStream := v.(*pdfStream)
		if !isStream {
			return nil, fmt.Errorf("object stream %d is not a stream", stm)
		}
		data, err := r.decode(s, maxInflated)
		if err != nil {
			return nil, err
		}
		n, _ := s.dict["N"].(int64)
		first, _ := s.dict["First"].(int64)
		if n < 0 || first < 0 || first > int64(len(data)) || n > int64(len(data)) {
			return nil, fmt.Errorf("object stream %d is damaged", stm)
		}
		os = &objStm{data: data, first: first}
		p := &pdfParser{r: r, data: data[:first]}
		for range n {
			a, err1 := p.integer()
			b, err2 := p.integer()
			if err1 != nil || err2 != nil {
				break
			}
			os.offs = append(os.offs, a, b)
		}
		r.objStms[stm] = os
	}
	if index < 0 || 2*index+1 >= int64(len(os.offs)) || os.offs[2*index] != num {
		// the index is a hint; look for the number itself
		index = -1
		for i := 0; i+1 < len(os.offs); i += 2 {
			if os.offs[i] == num {
				index = int64(i / 2)
				break
			}
		}
		if index < 0 {
			return nil, nil
		}
	}
	at := os.first + os.offs[2*index+1]
	if at < 0 || at >= int64(len(os.data)) {
		return nil, nil
	}
	p := &pdfParser{r: r, data: os.data, pos: int(at)}
	return p.value(0)
}

// decode is a stream's content, decompressed, at most limit bytes and
// within the budget.
func (r *pdfReader) decode(s *pdfStream, limit int64) ([]byte, error) {
	filters, err := r.resolve(s.dict["Filter"])
	if err != nil {
		return nil, err
	}
	parms, err := r.resolve(s.dict["DecodeParms"])
	if err != nil {
		return nil, err
	}
	var names []pdfName
	var parmList []any
	switch f := filters.(type) {
	case nil:
	case pdfName:
		names = []pdfName{f}
		parmList = []any{parms}
	case pdfArray:
		if len(f) > 4 {
			return nil, errors.New("too many filters")
		}
		for i, x := range f {
			n, ok := x.(pdfName)
			if !ok {
				return nil, errors.New("a filter that is not a name")
			}
			names = append(names, n)
			if pa, ok := parms.(pdfArray); ok && i < len(pa) {
				parmList = append(parmList, pa[i])
			} else {
				parmList = append(parmList, nil)
			}
		}
	default:
		return nil, errors.New("a filter that is not a name")
	}
	data := s.raw
	for i, name := range names {
		if name != "FlateDecode" && name != "Fl" {
			return nil, fmt.Errorf("a stream compressed with %s, which fgdraft does not read", string(name))
		}
		remaining := maxInflated - r.budget.inflated
		out, err := inflate(data, min(limit, remaining)+1)
		if err != nil {
			return nil, err
		}
		if int64(len(out)) > remaining {
			return nil, &LimitError{Kind: "inflated", Limit: maxInflated}
		}
		if int64(len(out)) > limit {
			return nil, errDraftTooLarge
		}
		r.budget.inflated += int64(len(out))
		pd, _ := r.resolve(parmList[i])
		if d, ok := pd.(pdfDict); ok {
			if out, err = unpredict(out, d); err != nil {
				return nil, err
			}
		}
		data = out
	}
	if int64(len(data)) > limit {
		return nil, errDraftTooLarge
	}
	return data, nil
}

// inflate decompresses zlib data (or raw deflate, which some writers put
// in its place) up to limit bytes; a stream cut short gives what it has.
func inflate(data []byte, limit int64) ([]byte, error) {
	var src io.Reader
	if zr, err := zlib.NewReader(bytes.NewReader(data)); err == nil {
		src = zr
	} else {
		src = flate.NewReader(bytes.NewReader(data))
	}
	// read in chunks and join them once, so that a stream costs about
	// twice its size rather than a doubling buffer's garbage
	var chunks [][]byte
	total := 0
	src = io.LimitReader(src, limit)
	var err error
	for err == nil {
		chunk := make([]byte, min(limit, 1<<20))
		var n int
		n, err = io.ReadFull(src, chunk)
		if n > 0 {
			chunks = append(chunks, chunk[:n])
			total += n
		}
	}
	if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) && total == 0 {
		return nil, fmt.Errorf("a damaged compressed stream: %w", err)
	}
	return bytes.Join(chunks, nil), nil
}

// unpredict undoes the PNG predictors of a FlateDecode stream (what
// cross-reference streams use).
func unpredict(data []byte, parms pdfDict) ([]byte, error) {
	pred, _ := parms["Predictor"].(int64)
	if pred <= 1 {
		return data, nil
	}
	if pred < 10 {
		return nil, fmt.Errorf("predictor %d, which fgdraft does not read", pred)
	}
	cols, ok := parms["Columns"].(int64)
	if !ok {
		cols = 1
	}
	colors, ok := parms["Colors"].(int64)
	if !ok {
		colors = 1
	}
	bpc, ok := parms["BitsPerComponent"].(int64)
	if !ok {
		bpc = 8
	}
	if cols < 1 || cols > 1<<20 || colors < 1 || colors > 32 || bpc < 1 || bpc > 16 {
		return nil, errors.New("bad predictor parameters")
	}
	bpp := int(max(1, (colors*bpc+7)/8))
	rowLen := int((cols*colors*bpc + 7) / 8)
	out := make([]byte, 0, len(data))
	prev := make([]byte, rowLen)
	for at := 0; at+1+rowLen <= len(data); at += 1 + rowLen {
		kind, row := data[at], data[at+1:at+1+rowLen]
		cur := make([]byte, rowLen)
		for i := range row {
			var left, upLeft byte
			if i >= bpp {
				left, upLeft = cur[i-bpp], prev[i-bpp]
			}
			up := prev[i]
			switch kind {
			case 0:
				cur[i] = row[i]
			case 1:
				cur[i] = row[i] + left
			case 2:
				cur[i] = row[i] + up
			case 3:
				cur[i] = row[i] + byte((int(left)+int(up))/2)
			case 4:
				cur[i] = row[i] + paeth(left, up, upLeft)
			default:
				return nil, errors.New("a damaged predictor row")
			}
		}
		out = append(out, cur...)
		prev = cur
	}
	return out, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// pdfParser reads PDF values from data at pos.
type pdfParser struct {
	r    *pdfReader
	data []byte
	pos  int
}

var errSyntax = errors.New("damaged PDF syntax")

func isSpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0
}

func isDelim(b byte) bool {
	return bytes.IndexByte([]byte("()<>[]{}/%"), b) >= 0
}

func (p *pdfParser) skipSpace() {
	for p.pos < len(p.data) {
		switch b := p.data[p.pos]; {
		case isSpace(b):
			p.pos++
		case b == '%':
			for p.pos < len(p.data) && p.data[p.pos] != '\n' && p.data[p.pos] != '\r' {
				p.pos++
			}
		default:
			return
		}
	}
}

// token is the next regular token (a number or keyword).
func (p *pdfParser) token() []byte {
	p.skipSpace()
	start := p.pos
	for p.pos < len(p.data) && !isSpace(p.data[p.pos]) && !isDelim(p.data[p.pos]) {
		p.pos++
	}
	return p.data[start:p.pos]
}

func (p *pdfParser) integer() (int64, error) {
	t := p.token()
	n, err := strconv.ParseInt(string(t), 10, 64)
	if err != nil {
		return 0, errSyntax
	}
	return n, nil
}

// indirect reads "num gen obj value [stream … endstream] endobj".
func (p *pdfParser) indirect() (any, error) {
	if _, err := p.integer(); err != nil {
		return nil, err
	}
	if _, err := p.integer(); err != nil {
		return nil, err
	}
	if string(p.token()) != "obj" {
		return nil, errSyntax
	}
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	d, ok := v.(pdfDict)
	if !ok {
		return v, nil
	}
	save := p.pos
	if string(p.token()) != "stream" {
		p.pos = save
		return v, nil
	}
	// the data starts after the end of line that follows "stream"
	if p.pos < len(p.data) && p.data[p.pos] == '\r' {
		p.pos++
	}
	if p.pos < len(p.data) && p.data[p.pos] == '\n' {
		p.pos++
	}
	start := p.pos
	end := -1
	if n, ok := d["Length"].(int64); ok && n >= 0 && int64(start)+n <= int64(len(p.data)) {
		q := &pdfParser{data: p.data, pos: start + int(n)}
		if string(q.token()) == "endstream" {
			end = start + int(n)
		}
	} else if ref, ok := d["Length"].(pdfRef); ok && p.r != nil {
		if lv, err := p.r.resolve(ref); err == nil {
			if n, ok := lv.(int64); ok && n >= 0 && int64(start)+n <= int64(len(p.data)) {
				q := &pdfParser{data: p.data, pos: start + int(n)}
				if string(q.token()) == "endstream" {
					end = start + int(n)
				}
			}
		}
	}
	if end < 0 {
		// a wrong /Length: the data ends where "endstream" stands
		i := bytes.Index(p.data[start:], []byte("endstream"))
		if i < 0 {
			return nil, errSyntax
		}
		end = start + i
		for end > start && (p.data[end-1] == '\n' || p.data[end-1] == '\r') {
			end--
		}
	}
	return &pdfStream{dict: d, raw: p.data[start:end]}, nil
}

// value reads one value; depth is how deeply it is nested.
func (p *pdfParser) value(depth int) (any, error) {
	if depth > maxDepth {
		return nil, &LimitError{Kind: "depth", Limit: maxDepth}
	}
	if p.r != nil {
		p.r.budget.values++
		if p.r.budget.values > maxValues {
			return nil, &LimitError{Kind: "objects", Limit: maxValues}
		}
	}
	p.skipSpace()
	if p.pos >= len(p.data) {
		return nil, errSyntax
	}
	switch c := p.data[p.pos]; c {
	case '/':
		p.pos++
		return pdfName(p.name()), nil
	case '(':
		return p.literal()
	case '<':
		if p.pos+1 < len(p.data) && p.data[p.pos+1] == '<' {
			p.pos += 2
			return p.dict(depth)
		}
		return p.hex()
	case '[':
		p.pos++
		var a pdfArray
		for {
			p.skipSpace()
			if p.pos >= len(p.data) {
				return nil, errSyntax
			}
			if p.data[p.pos] == ']' {
				p.pos++
				return a, nil
			}
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
	}
	t := p.token()
	switch string(t) {
	case "":
		p.pos++
		return nil, errSyntax
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	}
	if n, err := strconv.ParseInt(string(t), 10, 64); err == nil {
		if ref, ok := p.refAfter(n); ok {
			return ref, nil
		}
		return n, nil
	}
	if f, err := strconv.ParseFloat(string(t), 64); err == nil {
		return f, nil
	}
	return nil, errSyntax
}

// refAfter reads " gen R" after the number num, which then is a
// reference; otherwise it reads nothing.
func (p *pdfParser) refAfter(num int64) (any, bool) {
	save := p.pos
	gen, err := p.integer()
	if err == nil && gen >= 0 && num >= 0 && string(p.token()) == "R" {
		return pdfRef{num, gen}, true
	}
	p.pos = save
	return nil, false
}

func (p *pdfParser) dict(depth int) (any, error) {
	d := pdfDict{}
	for {
		p.skipSpace()
		if p.pos+1 < len(p.data) && p.data[p.pos] == '>' && p.data[p.pos+1] == '>' {
			p.pos += 2
			return d, nil
		}
		if p.pos >= len(p.data) || p.data[p.pos] != '/' {
			return nil, errSyntax
		}
		p.pos++
		key := pdfName(p.name())
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		d[key] = v
	}
}

// name reads a name's characters, with #xx escapes, after the '/'.
func (p *pdfParser) name() string {
	var b []byte
	for p.pos < len(p.data) && !isSpace(p.data[p.pos]) && !isDelim(p.data[p.pos]) {
		c := p.data[p.pos]
		if c == '#' && p.pos+2 < len(p.data) {
			if v, err := strconv.ParseUint(string(p.data[p.pos+1:p.pos+3]), 16, 8); err == nil {
				b = append(b, byte(v))
				p.pos += 3
				continue
			}
		}
		b = append(b, c)
		p.pos++
	}
	return string(b)
}

func (p *pdfParser) literal() (any, error) {
	p.pos++ // '('
	var b []byte
	depth := 1
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		p.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return pdfString(b), nil
			}
		case '\\':
			if p.pos >= len(p.data) {
				return nil, errSyntax
			}
			e := p.data[p.pos]
			p.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if p.pos < len(p.data) && p.data[p.pos] == '\n' {
					p.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && p.pos < len(p.data) && p.data[p.pos] >= '0' && p.data[p.pos] <= '7'; k++ {
						v = v*8 + int(p.data[p.pos]-'0')
						p.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		b = append(b, c)
	}
	return nil, errSyntax
}

func (p *pdfParser) hex() (any, error) {
	p.pos++ // '<'
	var b []byte
	var half int = -1
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		p.pos++
		var v int
		switch {
		case c == '>':
			if half >= 0 {
				b = append(b, byte(half<<4))
			}
			return pdfString(b), nil
		case isSpace(c):
			continue
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'a' && c <= 'f':
			v = int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			v = int(c-'A') + 10
		default:
			return nil, errSyntax
		}
		if half < 0 {
			half = v
		} else {
			b = append(b, byte(half<<4|v))
			half = -1
		}
	}
	return nil, errSyntax
}

// reconstructPDF reads a PDF whose cross-reference is damaged or missing
// as readers do: each "n g obj" found in the file, the last one of a
// number winning, and the last trailer (or else the catalog) as the root.
func reconstructPDF(data []byte) (*pdfReader, error) {
	r := &pdfReader{data: data, cache: map[int64]any{}, objStms: map[int64]*objStm{}}
	objs := map[int64]int64{}
	var catalog int64 = -1
	for at := 0; ; {
		i := bytes.Index(data[at:], []byte(" obj"))
		if i < 0 {
			break
		}
		end := at + i
		at = end + 4
		// back over "num gen"
		j := end
		for j > 0 && data[j-1] >= '0' && data[j-1] <= '9' {
			j--
		}
		if j == end || j == 0 || data[j-1] != ' ' {
			continue
		}
		k := j - 1
		for k > 0 && data[k-1] >= '0' && data[k-1] <= '9' {
			k--
		}
		if k == j-1 || (k > 0 && !isSpace(data[k-1])) {
			continue
		}
		num, err := strconv.ParseInt(string(data[k:j-1]), 10, 64)
		if err != nil {
			continue
		}
		if _, ok := objs[num]; !ok && len(objs) >= maxObjects {
			return nil, &LimitError{Kind: "objects", Limit: maxObjects}
		}
		objs[num] = int64(k)
		if bytes.HasPrefix(bytes.TrimLeft(data[at:min(len(data), at+64)], " \r\n"), []byte("<<")) &&
			bytes.Contains(data[at:min(len(data), at+256)], []byte("/Catalog")) {
			catalog = num
		}
	}
	if len(objs) == 0 {
		return nil, errNotPDF
	}
	r.sections = []xrefSection{{objs: objs}}
	if t := bytes.LastIndex(data, []byte("trailer")); t >= 0 {
		p := &pdfParser{r: r, data: data, pos: t + len("trailer")}
		if v, err := p.value(0); err == nil {
			if d, ok := v.(pdfDict); ok && d["Root"] != nil {
				r.trailer = d
			}
		}
	}
	if r.trailer == nil {
		if catalog < 0 {
			return nil, errNotPDF
		}
		r.trailer = pdfDict{"Root": pdfRef{catalog, 0}}
	}
	return r, nil
}
