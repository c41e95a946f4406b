package pdf

import (
	"bytes"
	"runtime/debug"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// longDoc is the sample document with its sections repeated copies
// times: a document of about 2 × copies pages whose paragraphs are those
// of the sample, so that only its length changes with copies.
func longDoc(lang forms.Lang, copies int) export.Document {
	doc := exporttest.SampleDoc(lang)
	secs := doc.Sections
	doc.Sections = nil
	for range copies {
		doc.Sections = append(doc.Sections, secs...)
	}
	return doc
}

// pageCounter counts the page objects written through it.
type pageCounter struct {
	pages int
	tail  []byte // the end of the last write, for a marker cut in two
}

var pageMarker = []byte("/Type /Page /Parent")

func (c *pageCounter) Write(b []byte) (int, error) {
	// the tail is shorter than the marker: a marker it ends is counted
	// with b, never twice
	c.pages += bytes.Count(append(c.tail, b...), pageMarker)
	c.tail = append(c.tail[:0], b[max(0, len(b)-len(pageMarker)+1):]...)
	return len(b), nil
}

// A document sixty-four times longer takes hardly more memory to write: the
// PDF goes to its writer as its pages are set, a page's drawing is
// forgotten once written, and the second pass holds a bounded part of the
// document (issue 26, item 7). Kept until the end, as they were, the pages
// alone take about 20 kB each.
func TestMemoryToWriteDoesNotGrowWithPages(t *testing.T) {
	// not parallel: the heap is the process's
	rd := New(exporttest.Fonts(t))
	rd.aheadBudget = 64 << 10                       // reached by both documents
	defer debug.SetGCPercent(debug.SetGCPercent(5)) // the peak follows the live data
	cost := func(copies int) (pages int, growth uint64) {
		doc := longDoc(forms.Chinese, copies)
		var c pageCounter
		var err error
		growth = exporttest.HeapGrowth(func() { err = rd.Write(&c, doc) })
		if err != nil {
			t.Fatal(err)
		}
		return c.pages, growth
	}
	cost(1) // the fonts are read on first use
	shortPages, short := cost(25)
	longPages, long := cost(1600)
	t.Logf("%d pages: %.1f MB; %d pages: %.1f MB", shortPages, float64(short)/(1<<20), longPages, float64(long)/(1<<20))
	if longPages < 50*shortPages {
		t.Fatalf("%d and %d pages: the long document is not long enough to tell", shortPages, longPages)
	}
	// what each page may leave behind until the end (its place in the page
	// tree, its bookmarks: well under 1 kB) and the sampling's noise; a
	// page's drawing is about 20 kB
	const perPage = 8 << 10
	if extra := int64(long) - int64(short); extra > int64(longPages-shortPages)*perPage {
		t.Errorf("writing %d pages took %.1f MB more than writing %d: %.1f kB a page, want under %d kB",
			longPages, float64(extra)/(1<<20), shortPages, float64(extra)/float64(longPages-shortPages)/1024, perPage>>10)
	}
}
