package exporttest

import (
	"runtime"
	"runtime/metrics"
	"time"
)

// HeapInUse is the heap's bytes in use now, as the runtime counts them.
func HeapInUse() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// HeapGrowth runs f and tells how far the heap rose above what it held
// before (after a collection) while f ran: sampled every few milliseconds,
// so a peak shorter than that may be missed. Garbage not yet collected
// counts; a caller comparing two runs lowers the collector's target first
// (debug.SetGCPercent) so that the peak follows the live data.
func HeapGrowth(f func()) uint64 {
	runtime.GC()
	before := HeapInUse()
	peak := before
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		for {
			peak = max(peak, HeapInUse())
			select {
			case <-done:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	f()
	close(done)
	<-finished
	peak = max(peak, HeapInUse())
	return peak - before
}
