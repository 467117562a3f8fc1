package quiz

import (
	"cmp"
	"math"
	"slices"

	"careerquiz/careers"
)

// numberGrid is the round values a number question's what-if tries, nearest
// to the current answer first, and what they earn careers: every career's
// value on the question's trait, and the points of each value for the
// careers of a table's set (fill), worked out once.
type numberGrid struct {
	q      *careers.Question
	values []float64
	cost   []float64 // how far each value moves the answer
	vals   []float64 // by career: its value on the trait (careerValue)
	open   []bool
	mode   careers.Fit
	span   float64
	maxT   float64
	set    []int   // the careers of a table's set (fill)
	pts    [][]int // pts[i][g]: points of values[g] for set[i], once row has worked them out
	// capped is true when a prerequisite reads this question, so caps must be
	// checked for each value rather than once per scan.
	capped bool
}

// newGrid lists the round values to try for number question qn, nearest to
// the current answer first, for a person standing at st; vals and open are
// the careers' values on its trait (valuesAt). A fact only grows.
func (e *engine) newGrid(st *stance, qn int, vals []float64, open []bool) *numberGrid {
	q := &e.cat.Questions[qn]
	cur := e.current[qn].a.Value
	lo, hi := scanBounds(*q, e.cat.Careers, st)
	if q.Fact {
		lo = math.Max(lo, cur)
	}
	step := numberStep(*q, lo, hi)
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
	rlo, rhi := q.TraitRange()
	g := &numberGrid{q: q, values: values, cost: make([]float64, len(values)), vals: vals, open: open,
		mode: q.FitMode(), span: rhi - rlo, maxT: float64(e.maxT[qn])}
	for i, val := range values {
		g.cost[i] = math.Abs(val-cur) / math.Max(cur, 1)
	}
	for _, rules := range e.caps {
		for _, r := range rules {
			g.capped = g.capped || slices.Contains(r.qs, qn)
		}
	}
	return g
}

// pointsAt is what the answer p earns career ci, in tenths (engine.points).
func (g *numberGrid) pointsAt(ci int, p float64) int {
	if !g.open[ci] {
		return 0
	}
	return int(math.Round(g.maxT * fitIn(g.q, g.mode, p, g.vals[ci], g.span)))
}

// points is what the grid value val earns career ci, in tenths.
func (g *numberGrid) points(ci int, val float64) int { return g.pointsAt(ci, val) }

// fill makes room for the points of every value for the careers of a
// table's set; row works them out when a scan first needs them.
func (g *numberGrid) fill(set []int) {
	g.set, g.pts = set, make([][]int, len(set))
}

// row is the points of every value for the set's i-th career.
func (g *numberGrid) row(i int) []int {
	if g.pts[i] == nil {
		g.pts[i] = make([]int, len(g.values))
		for gi, val := range g.values {
			g.pts[i][gi] = g.pointsAt(g.set[i], val)
		}
	}
	return g.pts[i]
}

// scanNumber tries the round values of number question qn, nearest first,
// on top of t's answers with prefix applied (t.v holds them); fixed is each
// career's total without qn's points. It records each new top it finds.
func (s *search) scanNumber(t *tables, qn int, fixed func(ci int) int, prefix []Change, prefixCost float64) {
	e := s.e
	g := t.grid[qn]
	n := len(prefix) + 1
	cur := t.cur[qn]
	vw := s.narrow(t, func(ci int) int { return fixed(ci) + cur[ci] }, []int{qn})
	if s.settled(vw, n, prefixCost) {
		return // even the nearest value could not improve on what is known
	}
	const none = math.MinInt / 2
	base, caps, rows := make([]int, len(vw.set)), make([]int, len(vw.set)), make([][]int, len(vw.set))
	for i, ci := range vw.set {
		base[i] = fixed(ci)
		caps[i], _ = e.capOf(ci, t.v)
		rows[i] = g.row(vw.at[i])
	}
	for gi, val := range g.values {
		t.v[qn].a = Answer{Value: val}
		b1, b2, w := none, none, -1
		for i, ci := range vw.set {
			x := base[i] + rows[i][gi]
			c := caps[i]
			if g.capped {
				c, _ = e.capOf(ci, t.v)
			}
			if c >= 0 && x > c {
				x = c
			}
			switch {
			case x > b1:
				b1, b2, w = x, b1, i
			case x > b2:
				b2 = x
			}
		}
		cost := g.cost[gi] + prefixCost
		if w >= 0 && w < vw.n && b1-b2 > tieTenths {
			s.offer(t, vw.set[w], cost, prefix, s.change(qn, Answer{Value: val}), func(ci int) int { return fixed(ci) + g.points(ci, val) })
		}
		t.v[qn] = e.current[qn]
		// Values further on cost more: stop once no career could still gain.
		if s.settled(vw, n, cost) {
			return
		}
	}
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
