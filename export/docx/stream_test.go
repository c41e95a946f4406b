package docx

import (
	"io"
	"runtime/debug"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// A document sixteen times longer takes hardly more memory to write: the
// body goes into the package as it is set, paragraph by paragraph, never
// whole (issue 26, item 7). Before, the body was made whole in memory
// first: about as much memory as its XML.
func TestMemoryToWriteDoesNotGrowWithTheBody(t *testing.T) {
	// not parallel: the heap is the process's
	defer debug.SetGCPercent(debug.SetGCPercent(5)) // the peak follows the live data
	long := func(copies int) export.Document {
		doc := exporttest.SampleDoc(forms.Russian)
		secs := doc.Sections
		doc.Sections = nil
		for range copies {
			doc.Sections = append(doc.Sections, secs...)
		}
		return doc
	}
	// cost is the heap the writing takes, and the size of the body's XML
	cost := func(copies int) (growth uint64, body int) {
		doc := long(copies)
		b, err := export.Render(New(), doc)
		if err != nil {
			t.Fatal(err)
		}
		body = len(exporttest.Parts(t, b)[bodyPart])
		growth = exporttest.HeapGrowth(func() { err = New().Write(io.Discard, doc) })
		if err != nil {
			t.Fatal(err)
		}
		return growth, body
	}
	cost(1) // what the first export makes once
	short, shortBody := cost(25)
	long400, longBody := cost(400)
	t.Logf("a body of %d kB: %.1f MB; of %d kB: %.1f MB", shortBody>>10, float64(short)/(1<<20), longBody>>10, float64(long400)/(1<<20))
	if extra, more := int64(long400)-int64(short), longBody-shortBody; extra > int64(more/2) {
		t.Errorf("writing the longer document took %.1f MB more, for %.1f MB more of body: the body is held", float64(extra)/(1<<20), float64(more)/(1<<20))
	}
}
