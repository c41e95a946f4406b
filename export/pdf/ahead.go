package pdf

import (
	"sync"
	"sync/atomic"

	"fgdraft/text"
)

// Setting text into lines is most of the time a PDF takes, and a line's
// breaks depend on its text, width and style, never on where a page ends.
// So while the main pass lays out the document from the top, making the
// pages, a second pass on another core lays out the sections from the last
// one back until it meets the main pass, and leaves the lines in a cache;
// when the main pass gets there it takes them instead of setting them
// again. The pages are still made by the main pass alone, in order: the
// cache changes when lines are set, not what they are
// (TestLayoutAheadChangesNothing).
//
// The cache is bounded (defaultAheadBudget): in a document of thousands of pages
// the second pass sets the last megabyte or so of text and stops, so that
// the lines it holds never approach the size of the document; a line the
// main pass takes leaves the cache.

// defaultAheadBudget is how much text, in bytes, the second pass sets at
// most (Renderer.aheadBudget): its lines take about eight times that in
// memory. The example documents have a tenth of it.
const defaultAheadBudget = 1 << 20

// layoutKey is one call of docWriter.layout: the same text, width and style
// (in the same document) give the same lines.
type layoutKey struct {
	s     string
	width float64
	ts    tstyle
}

// laidOut is what one call of docWriter.layout set.
type laidOut struct {
	lines []text.Line
	miss  []text.Missing
}

// aheadCache holds the lines the second pass set. Lines are never changed
// once set, so both passes may read them.
type aheadCache struct {
	mu sync.Mutex
	m  map[layoutKey]laidOut
	// size is the text, in bytes, of the lines the second pass set, and
	// budget the most it sets.
	size, budget int
	// stop tells the second pass to stop: the main pass is done, or the
	// budget is spent.
	stop atomic.Bool
	// at is the top-level section the main pass is in: the second pass
	// stops when it gets there.
	at atomic.Int32
	// done is closed when the second pass ends.
	done chan struct{}
}

// take gives the lines set for k, which leave the cache: the main pass
// sets a text once where it draws it.
func (c *aheadCache) take(k layoutKey) (laidOut, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	lo, ok := c.m[k]
	delete(c.m, k)
	return lo, ok
}

// put keeps the lines set for k, and stops the second pass once it has
// set its budget of text.
func (c *aheadCache) put(k layoutKey, lo laidOut) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = lo
	c.size += len(k.s)
	if c.size >= c.budget {
		c.stop.Store(true)
	}
}

// layoutAhead starts the second pass, from the document's last section
// back to where the main pass is, and returns a function that stops it and
// waits for it. The main pass tells where it is through r.ahead.at.
func (r *docWriter) layoutAhead() (wait func()) {
	secs := r.doc.Sections
	r.ahead = &aheadCache{m: map[layoutKey]laidOut{}, done: make(chan struct{}), budget: r.out.aheadBudget}
	second := &docWriter{doc: r.doc, out: r.out, rtl: r.rtl, lead: r.lead,
		used: map[*text.Face]map[rune]bool{}, fills: r.ahead}
	second.newPage()
	go func() {
		defer close(r.ahead.done)
		for i := len(secs) - 1; i > int(r.ahead.at.Load()) && !r.ahead.stop.Load(); i-- {
			second.section(&secs[i])
		}
	}()
	return func() {
		r.ahead.stop.Store(true)
		<-r.ahead.done
	}
}

// takeIfAny is take on a cache that may be absent.
func (c *aheadCache) takeIfAny(k layoutKey) (laidOut, bool) {
	if c == nil {
		return laidOut{}, false
	}
	return c.take(k)
}
