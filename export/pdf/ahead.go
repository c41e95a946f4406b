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
	// stop tells the second pass that the main pass is done.
	stop atomic.Bool
	// at is the top-level section the main pass is in: the second pass
	// stops when it gets there.
	at atomic.Int32
	// done is closed when the second pass ends.
	done chan struct{}
}

func (c *aheadCache) get(k layoutKey) (laidOut, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	lo, ok := c.m[k]
	return lo, ok
}

func (c *aheadCache) put(k layoutKey, lo laidOut) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = lo
}

// layoutAhead starts the second pass, from the document's last section
// back to where the main pass is, and returns a function that stops it and
// waits for it. The main pass tells where it is through r.ahead.at.
func (r *docWriter) layoutAhead() (wait func()) {
	secs := r.doc.Sections
	r.ahead = &aheadCache{m: map[layoutKey]laidOut{}, done: make(chan struct{})}
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

// getIfAny is get on a cache that may be absent.
func (c *aheadCache) getIfAny(k layoutKey) (laidOut, bool) {
	if c == nil {
		return laidOut{}, false
	}
	return c.get(k)
}
