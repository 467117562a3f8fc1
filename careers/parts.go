package careers

import (
	"runtime"
	"sync"
)

// careersPerWorker is the fewest careers worth a goroutine of their own.
const careersPerWorker = 500

// partsOf is how many parts a list of n careers is split into for decoding
// and checking: one per processor, each of careersPerWorker careers or
// more, or a single part.
func partsOf(n int) int { return max(1, min(runtime.GOMAXPROCS(0), n/careersPerWorker)) }

// inParts runs do on each of parts consecutive parts [lo, hi) of n
// careers, each on a goroutine of its own (a single part on the caller's),
// and returns once all are done. Each career is decoded and checked on its
// own, so the parts share nothing they change.
func inParts(parts, n int, do func(part, lo, hi int)) {
	if parts == 1 {
		do(0, 0, n)
		return
	}
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { do(p, p*n/parts, (p+1)*n/parts) })
	}
	wg.Wait()
}
