package pdf

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"runtime"
	"strconv"
	"sync"
)

// pdfFile writes the objects of a PDF file to a writer in the order they
// are finished, remembering only where each starts, and the
// cross-reference table and trailer last. Nothing written is kept: a page
// goes out as soon as it is set (output.go). An object's number is
// reserved first (reserve), so that objects written earlier can refer to
// it; it is written once. The first write error stops all later writes and
// is returned by close.
type pdfFile struct {
	w       *bufio.Writer
	at      int64   // bytes written so far
	offsets []int64 // of each object by number, -1 while only reserved
	// id hashes everything written, for the trailer's /ID: two exports of
	// one document get the same, another document another.
	id  hash.Hash
	err error
	// zw and zbuf compress the pages, one at a time, reused.
	zw   *zlib.Writer
	zbuf bytes.Buffer
}

// The header: the version whose features the file uses (/AF, the
// document's associated files, is PDF 2.0; readers of 1.7 ignore it), and a
// comment of bytes above 127 that tells transfer programs the file is
// binary.
const pdfHeader = "%PDF-1.7\n%\xb5\xb6\xb7\xb8\n"

func newPDFFile(w io.Writer) *pdfFile {
	f := &pdfFile{offsets: []int64{-1}, id: md5.New()}
	f.w = bufio.NewWriterSize(io.MultiWriter(w, f.id), 64<<10)
	f.zw, _ = zlib.NewWriterLevel(&f.zbuf, zlib.DefaultCompression)
	f.write([]byte(pdfHeader))
	return f
}

func (f *pdfFile) write(b []byte) {
	if f.err != nil {
		return
	}
	n, err := f.w.Write(b)
	f.at += int64(n)
	f.err = err
}

// reserve gives the number of an object written later.
func (f *pdfFile) reserve() int {
	f.offsets = append(f.offsets, -1)
	return len(f.offsets) - 1
}

// begin starts object n.
func (f *pdfFile) begin(n int) {
	if f.offsets[n] >= 0 && f.err == nil {
		f.err = fmt.Errorf("pdf: object %d written twice", n)
	}
	f.offsets[n] = f.at
	f.write(strconv.AppendInt(nil, int64(n), 10))
	f.write([]byte(" 0 obj\n"))
}

// object writes object n, whose content is dict (any PDF object).
func (f *pdfFile) object(n int, dict []byte) {
	f.begin(n)
	f.write(dict)
	f.write([]byte("\nendobj\n"))
}

// stream writes object n as a stream of data; dict holds the entries of
// its dictionary other than /Length (and /Filter, added when compressed).
func (f *pdfFile) stream(n int, dict string, data []byte, compressed bool) {
	f.begin(n)
	f.write([]byte("<<"))
	if compressed {
		f.write([]byte("/Filter /FlateDecode "))
	}
	f.write(fmt.Appendf(nil, "/Length %d%s>>\nstream\n", len(data), dict))
	f.write(data)
	f.write([]byte("\nendstream\nendobj\n"))
}

// compressedStream writes object n as a stream of data compressed here.
func (f *pdfFile) compressedStream(n int, dict string, data []byte) {
	f.zbuf.Reset()
	f.zw.Reset(&f.zbuf)
	f.zw.Write(data)
	f.zw.Close()
	f.stream(n, dict, f.zbuf.Bytes(), true)
}

// close writes the cross-reference table and the trailer, with root as
// the catalog and info as the document information, and flushes.
func (f *pdfFile) close(root, info int) error {
	for n := 1; n < len(f.offsets); n++ {
		if f.offsets[n] < 0 && f.err == nil {
			f.err = fmt.Errorf("pdf: object %d reserved but not written", n)
		}
	}
	xref := f.at
	var b []byte
	b = fmt.Appendf(b, "xref\n0 %d\n0000000000 65535 f \n", len(f.offsets))
	for _, off := range f.offsets[1:] {
		b = fmt.Appendf(b, "%010d 00000 n \n", off)
	}
	f.write(b)
	if f.err == nil {
		f.err = f.w.Flush() // the /ID is the hash of all that came before
	}
	id := hex.EncodeToString(f.id.Sum(nil))
	f.write(fmt.Appendf(nil, "trailer\n<</Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>]>>\nstartxref\n%d\n%%%%EOF\n",
		len(f.offsets), root, info, id, id, xref))
	if f.err == nil {
		f.err = f.w.Flush()
	}
	return f.err
}

// compressAll compresses n streams, data(i) being the i-th, on as many
// cores as there are, at the fastest level: the fonts' files and maps and
// the draft, which wait for the last page. (A page is compressed alone as
// it is written, at the default level, by pdfFile: about a tenth smaller.)
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
