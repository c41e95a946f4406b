package reopen

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"fgdraft/forms/draftfile"
)

// pdfBuilder writes a PDF of numbered objects for the tests: objects in the
// file, objects packed into object streams, and a cross-reference stream
// when any object is packed (a classic table otherwise).
type pdfBuilder struct {
	objs   map[int]string // body of an object in the file
	packed map[int][2]int // object → object stream, index
	next   int
}

func newPDFBuilder() *pdfBuilder {
	return &pdfBuilder{objs: map[int]string{}, packed: map[int][2]int{}, next: 1}
}

func (b *pdfBuilder) add(body string) int {
	n := b.next
	b.next++
	b.objs[n] = body
	return n
}

func (b *pdfBuilder) reserve() int {
	n := b.next
	b.next++
	return n
}

func deflate(data []byte) []byte {
	var out bytes.Buffer
	w, _ := zlib.NewWriterLevel(&out, zlib.BestSpeed)
	w.Write(data)
	w.Close()
	return out.Bytes()
}

// stream is the body of a stream object with dict's entries, data deflated.
func stream(dict string, data []byte) string {
	z := deflate(data)
	return fmt.Sprintf("<< %s /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", dict, len(z), z)
}

// bytes writes the file with root as the catalog.
func (b *pdfBuilder) bytes(root int) []byte {
	var out bytes.Buffer
	out.WriteString("%PDF-1.7\n")
	offsets := make([]int, b.next)
	for n := 1; n < b.next; n++ {
		body, ok := b.objs[n]
		if !ok {
			continue
		}
		offsets[n] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", n, body)
	}
	if len(b.packed) == 0 {
		at := out.Len()
		fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", b.next)
		for n := 1; n < b.next; n++ {
			if _, ok := b.objs[n]; ok {
				fmt.Fprintf(&out, "%010d 00000 n \n", offsets[n])
			} else {
				out.WriteString("0000000000 65535 f \n")
			}
		}
		fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", b.next, root, at)
		return out.Bytes()
	}
	xref := b.next
	at := out.Len()
	var rows []byte
	for n := 0; n <= xref; n++ {
		row := make([]byte, 7)
		switch {
		case n == xref:
			row[0] = 1
			putUint(row[1:5], at)
		case b.objs[n] != "":
			row[0] = 1
			putUint(row[1:5], offsets[n])
		default:
			if p, ok := b.packed[n]; ok {
				row[0] = 2
				putUint(row[1:5], p[0])
				row[5], row[6] = byte(p[1]>>8), byte(p[1])
			}
		}
		rows = append(rows, row...)
	}
	fmt.Fprintf(&out, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xref, xref+1, root, len(rows), rows, at)
	return out.Bytes()
}

func putUint(b []byte, v int) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}

// pack puts objects into a new object stream, padded with pad bytes of
// spaces inside the stream (which compress to almost nothing).
func (b *pdfBuilder) pack(pad int, bodies ...string) []int {
	stm := b.reserve()
	var head, body strings.Builder
	var nums []int
	for i, o := range bodies {
		n := b.reserve()
		nums = append(nums, n)
		b.packed[n] = [2]int{stm, i}
		fmt.Fprintf(&head, "%d %d ", n, body.Len())
		body.WriteString(o + "\n")
	}
	body.WriteString(strings.Repeat(" ", pad))
	data := head.String() + body.String()
	b.objs[stm] = stream(fmt.Sprintf("/Type /ObjStm /N %d /First %d", len(bodies), head.Len()), []byte(data))
	return nums
}

// hostilePDFs are files built to cost a reader time and memory, each
// with no draft a reader could find cheaply.
var hostilePDFs = sync.OnceValue(func() map[string][]byte {
	out := map[string][]byte{}
	refs := func(nums []int) string {
		var s strings.Builder
		for _, n := range nums {
			fmt.Fprintf(&s, "%d 0 R ", n)
		}
		return s.String()
	}
	{ // /AF lists objects in 60 object streams of 16 MiB each
		b := newPDFBuilder()
		var specs []int
		for range 60 {
			specs = append(specs, b.pack(16<<20, "<< /Type /Filespec /F (x.txt) >>")...)
		}
		root := b.add("<< /Type /Catalog /AF [" + refs(specs) + "] >>")
		out["60 object streams of 16 MiB"] = b.bytes(root)
	}
	{ // 100 000 embedded files, none a draft
		b := newPDFBuilder()
		file := b.add(stream("/Type /EmbeddedFile", []byte("x")))
		var names strings.Builder
		for i := range 100_000 {
			spec := b.add(fmt.Sprintf("<< /Type /Filespec /F (f%d.txt) /EF << /F %d 0 R >> >>", i, file))
			fmt.Fprintf(&names, "(f%06d.txt) %d 0 R ", i, spec)
		}
		tree := b.add("<< /Names [" + names.String() + "] >>")
		root := b.add(fmt.Sprintf("<< /Type /Catalog /Names << /EmbeddedFiles %d 0 R >> >>", tree))
		out["100k embedded files"] = b.bytes(root)
	}
	{ // 200 000 /AF entries
		b := newPDFBuilder()
		spec := b.add("<< /Type /Filespec /F (x.txt) >>")
		root := b.add("<< /Type /Catalog /AF [" + strings.Repeat(strconv.Itoa(spec)+" 0 R ", 200_000) + "] >>")
		out["200k /AF entries"] = b.bytes(root)
	}
	{ // a name tree 200 000 levels deep
		b := newPDFBuilder()
		first := b.next
		for i := range 200_000 {
			b.add(fmt.Sprintf("<< /Kids [%d 0 R] >>", first+i+1))
		}
		b.add("<< /Names [] >>")
		root := b.add(fmt.Sprintf("<< /Type /Catalog /Names << /EmbeddedFiles %d 0 R >> >>", first))
		out["200k-deep name tree"] = b.bytes(root)
	}
	{ // a chain of 100 000 references
		b := newPDFBuilder()
		first := b.next
		for i := range 100_000 {
			b.add(fmt.Sprintf("%d 0 R", first+i+1))
		}
		b.add("<< /EmbeddedFiles << /Names [] >> >>")
		root := b.add(fmt.Sprintf("<< /Type /Catalog /Names %d 0 R /AF %d 0 R >>", first, first))
		out["100k reference chain"] = b.bytes(root)
	}
	{ // arrays nested 1 000 000 deep
		b := newPDFBuilder()
		root := b.add("<< /Type /Catalog /AF " + strings.Repeat("[", 1_000_000) + " >>")
		out["1M nested arrays"] = b.bytes(root)
	}
	{ // a page tree whose kids are itself, many times over
		b := newPDFBuilder()
		pages := b.reserve()
		b.objs[pages] = "<< /Type /Pages /Kids [" + strings.Repeat(strconv.Itoa(pages)+" 0 R ", 1000) + "] >>"
		root := b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
		out["a page tree of itself"] = b.bytes(root)
	}
	return out
})

// Hostile PDFs are refused (or found to carry no draft) within the
// reader's budget: far less than 200 MB allocated for each.
func TestHostilePDFsBounded(t *testing.T) {
	for name, data := range hostilePDFs() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, _, err := Decode("hostile.pdf", data)
		took := time.Since(start)
		runtime.ReadMemStats(&after)
		var de *draftfile.Error
		var nd *NoDraftError
		switch {
		case errors.As(err, &de) && (de.Problem == draftfile.TooComplex || de.Problem == draftfile.BadContainer):
		case errors.As(err, &nd):
		default:
			t.Errorf("%s: got %v, want a refusal", name, err)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 100<<20+2*uint64(len(data)) {
			t.Errorf("%s (%d bytes): %d MB allocated", name, len(data), alloc>>20)
		}
		t.Logf("%s (%d KB, %v): %v", name, len(data)>>10, took, err)
	}
}

// The object streams' case is refused for its size, naming the limit.
func TestObjectStreamBudget(t *testing.T) {
	_, _, err := Decode("hostile.pdf", hostilePDFs()["60 object streams of 16 MiB"])
	var de *draftfile.Error
	if !errors.As(err, &de) || de.Problem != draftfile.TooComplex || de.Params.Value != "inflated" {
		t.Fatalf("got %v, want the decompression budget", err)
	}
	if !strings.Contains(err.Error(), "decompress to more than") {
		t.Errorf("message %q", err)
	}
}

func BenchmarkHostilePDFs(b *testing.B) {
	for name, data := range hostilePDFs() {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				Decode("hostile.pdf", data)
			}
		})
	}
}
