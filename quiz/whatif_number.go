package quiz

import (
	"cmp"
	"math"
	"slices"

	"careerquiz/careers"
)

// numberGrid is the round values a number question's what-if tries, nearest
// to the current answer first, and the points each earns every career.
type numberGrid struct {
	values []float64
	cost   []float64 // how far each value moves the answer
	pts    [][]int   // pts[g][ci]
	lo, hi []int     // by career: the fewest and most points any value earns
	// capped is true when a prerequisite reads this question, so caps must be
	// checked for each value rather than once per scan.
	capped bool
}

// newGrid lists the round values to try for number question qn, nearest to
// the current answer first, with their points for a person standing at st.
// A fact only grows.
func (e *engine) newGrid(st *stance, qn int) numberGrid {
	q := e.cat.Questions[qn]
	cur := e.current[qn].a.Value
	lo, hi := scanBounds(q, e.cat.Careers, st)
	if q.Fact {
		lo = math.Max(lo, cur)
	}
	step := numberStep(q, lo, hi)
	rounded := math.Round(cur/step) * step
	var values []float64
	for d := 0.0; rounded-d*step >= lo || rounded+d*step <= hi; d++ {
		if down := rounded - d*step; down >= lo {
			values = append(values, down)
		}
		if up := rounded + d*step; d > 0 && up <= hi {
			values = append(values, up)
		}
	}
	values = slices.DeleteFunc(values, func(v float64) bool { return v == cur || v < q.Range.Min || v > q.Range.Max })
	// Nearest to the current answer first (lower first at equal distance),
	// so the first value that works is the nearest and costs only rise.
	slices.SortStableFunc(values, func(a, b float64) int {
		return cmp.Or(cmp.Compare(math.Abs(a-cur), math.Abs(b-cur)), cmp.Compare(a, b))
	})
	nc := len(e.cat.Careers)
	g := numberGrid{values: values, cost: make([]float64, len(values)), pts: make([][]int, len(values)),
		lo: make([]int, nc), hi: make([]int, nc)}
	// A number question's career values do not depend on the answer: work
	// them out once, then only the formula runs per value.
	cv, open := make([]float64, nc), make([]bool, nc)
	for ci := range nc {
		cv[ci], open[ci] = careerValue(&q, &e.cat.Careers[ci], st)
	}
	mode, maxT := q.FitMode(), float64(e.maxT[qn])
	for i, val := range values {
		g.cost[i] = math.Abs(val-cur) / math.Max(cur, 1)
		g.pts[i] = make([]int, nc)
		for ci := range nc {
			if open[ci] {
				g.pts[i][ci] = int(math.Round(maxT * fitTo(&q, mode, val, cv[ci])))
			}
		}
	}
	for ci := range nc {
		g.lo[ci], g.hi[ci] = math.MaxInt, math.MinInt
		for _, pts := range g.pts {
			g.lo[ci], g.hi[ci] = min(g.lo[ci], pts[ci]), max(g.hi[ci], pts[ci])
		}
	}
	for _, rules := range e.caps {
		for _, r := range rules {
			g.capped = g.capped || slices.Contains(r.qs, qn)
		}
	}
	return g
}

// scanNumber tries the round values of number question qn, nearest first,
// on top of t's answers with prefix applied (t.v holds them); fixed is every
// career's total without qn's points. It records each new top it finds.
func (s *search) scanNumber(t *tables, qn int, fixed []int, prefix []Change, prefixCost float64) {
	e := s.e
	g := t.grid[qn]
	n := len(prefix) + 1
	if s.settled(n, prefixCost) {
		return // even the nearest value could not improve on what is known
	}
	caps := make([]int, len(s.totals))
	for ci := range caps {
		caps[ci], _ = e.capOf(ci, t.v)
	}
	if !g.capped && !s.reachable(g, fixed, caps, n, prefixCost) {
		return
	}
	for gi, val := range g.values {
		for ci := range s.totals {
			s.totals[ci] = fixed[ci] + g.pts[gi][ci]
		}
		var w int
		if g.capped {
			t.v[qn].a = Answer{Value: val}
			w = s.winner(t.v, s.totals)
			t.v[qn] = e.current[qn]
		} else {
			for ci, c := range caps {
				if c >= 0 && s.totals[ci] > c {
					s.totals[ci] = c
				}
			}
			w = e.clearTop(s.totals)
		}
		cost := g.cost[gi] + prefixCost
		if w != s.top && s.better(w, n, cost) {
			s.consider(w, cost, prefix, s.change(qn, Answer{Value: val}))
		}
		// Values further on cost more: stop once no career could still gain.
		if s.settled(n, cost) {
			return
		}
	}
}

// reachable reports whether some value of the scanned number could still
// put a career first that could gain from it: at its most points, capped,
// it must beat every other career at their fewest by more than a point.
func (s *search) reachable(g numberGrid, fixed, caps []int, n int, cost float64) bool {
	capped := func(ci, t int) int {
		if caps[ci] >= 0 && t > caps[ci] {
			return caps[ci]
		}
		return t
	}
	for ci := range fixed {
		if ci == s.top || !s.better(ci, n, cost) {
			continue
		}
		best := capped(ci, fixed[ci]+g.hi[ci])
		wins := true
		for d := range fixed {
			if d != ci && best-capped(d, fixed[d]+g.lo[d]) <= tieTenths {
				wins = false
				break
			}
		}
		if wins {
			return true
		}
	}
	return false
}

// settled reports whether every career but the top one already has a
// what-if that n changes costing at least cost could not beat.
func (s *search) settled(n int, cost float64) bool {
	for ci := range s.totals {
		if ci != s.top && s.better(ci, n, cost) {
			return false
		}
	}
	return true
}

// maxGrid bounds how many values of a number question the what-if tries.
const maxGrid = 2000

// numberStep is the round step for a number question over [lo, hi]: $1,000
// for amounts of money, about a hundredth of the range's size otherwise, and
// a larger power of ten whenever the range would need more than maxGrid steps.
func numberStep(q careers.Question, lo, hi float64) float64 {
	step := 1000.0
	if !IsMoney(q) {
		step = math.Max(1, math.Pow(10, math.Floor(math.Log10(math.Max(q.Range.Max-q.Range.Min, 1))))/100)
	}
	for (hi-lo)/step > maxGrid {
		step *= 10
	}
	return step
}

// scanBounds limits the scan to where fit can still change: for pay, from
// below the lowest figure a career is compared with, for a person standing
// at st, to where even the highest is half the goal (fit is 0 beyond it).
func scanBounds(q careers.Question, ks []careers.Career, st *stance) (float64, float64) {
	lo, hi := q.Range.Min, q.Range.Max
	if q.Trait.ID != careers.TraitPay {
		return lo, hi
	}
	minF, maxF := math.Inf(1), 0.0
	for i := range ks {
		f := st.payFor(&ks[i]).value
		minF, maxF = math.Min(minF, f), math.Max(maxF, f)
	}
	return math.Max(lo, minF-1000), math.Min(hi, (payFalloff/(payFalloff-1))*maxF+1000)
}
