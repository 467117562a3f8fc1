package quiz

import (
	"cmp"
	"slices"
)

// rank orders career indices best first, ties broken by id. Totals are
// whole tenths in a small range, so the careers are placed by counting, and
// only careers with the same total are compared by id: a run already in id
// order (as in catalogs whose careers are listed by id) is left as it is.
func (e *engine) rank(totals []int) []int {
	order := byDescending(totals, nil)
	byID := func(a, b int) int { return cmp.Compare(e.cat.Careers[a].ID, e.cat.Careers[b].ID) }
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && totals[order[j]] == totals[order[i]] {
			j++
		}
		if run := order[i:j]; len(run) > 1 && !slices.IsSortedFunc(run, byID) {
			slices.SortFunc(run, byID)
		}
		i = j
	}
	return order
}

// maxCountingSpan bounds the spread of keys byDescending sorts by counting;
// wider spreads, and spreads wide for the number of keys, are sorted by
// comparison.
const maxCountingSpan = 1 << 16

// byDescending returns the indices of keys, highest key first, equal keys
// in index order; into is reused when it has room.
func byDescending(keys []int, into []int) []int {
	n := len(keys)
	order := slices.Grow(into[:0], n)[:n]
	if n == 0 {
		return order
	}
	lo, hi := slices.Min(keys), slices.Max(keys)
	// Counting pays when the keys are many for their spread; span < 0: the
	// subtraction overflowed.
	if span := hi - lo; span < 0 || span >= maxCountingSpan || span > 4*n {
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(keys[b], keys[a]) })
		return order
	}
	// start[hi-k] is where the first index with key k goes.
	start := make([]int, hi-lo+2)
	for _, k := range keys {
		start[hi-k+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	for i, k := range keys {
		order[start[hi-k]] = i
		start[hi-k]++
	}
	return order
}
