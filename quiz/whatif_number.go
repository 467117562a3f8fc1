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
	// least and most are the lowest and highest of values.
	least, most float64
	vals        []float64 // by career: its value on the trait (careerValue)
	open        []bool
	mode        careers.Fit
	span        float64
	maxT        float64
	set         []int   // the careers of a table's set (fill)
	pts         [][]int // pts[i][g]: points of values[g] for set[i], once row has worked them out
	lo, hi      []int   // lo[i], hi[i]: the fewest and most points of pts[i]
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
	if len(values) > 0 {
		g.least, g.most = slices.Min(values), slices.Max(values)
	}
	for _, rules := range e.caps {
		for _, r := range rules {
			g.capped = g.capped || slices.Contains(r.qs, qn)
		}
	}
	return g
}

// bounds are the fewest and most points any value earns the set's i-th
// career. Where fit runs one way with the answer (goal, limit), they are
// the points of the lowest and highest values.
func (g *numberGrid) bounds(i int) (lo, hi int) {
	if g.mode != careers.Goal && g.mode != careers.Limit {
		_, lo, hi = g.row(i)
		return lo, hi
	}
	a, b := g.pointsAt(g.set[i], g.least), g.pointsAt(g.set[i], g.most)
	return min(a, b), max(a, b)
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
	g.set, g.pts, g.lo, g.hi = set, make([][]int, len(set)), make([]int, len(set)), make([]int, len(set))
}

// row is the points of every value for the set's i-th career, and the
// fewest and most of them, worked out once.
func (g *numberGrid) row(i int) (pts []int, lo, hi int) {
	if g.pts[i] == nil {
		g.pts[i] = make([]int, len(g.values))
		g.lo[i], g.hi[i] = math.MaxInt, math.MinInt
		for gi, val := range g.values {
			p := g.pointsAt(g.set[i], val)
			g.pts[i][gi] = p
			g.lo[i], g.hi[i] = min(g.lo[i], p), max(g.hi[i], p)
		}
	}
	return g.pts[i], g.lo[i], g.hi[i]
}

// helped is the range of values that can move towards one of the
// careers (helps): the answer must fit one fully, or better than the
// current answer cur did. Where fit falls as the answer rises (goal), that
// is at most the highest career value or below cur; where it rises
// (limit), at least the lowest or above cur. Other modes: any value.
func (g *numberGrid) helped(ks []int, cur float64) (lo, hi float64) {
	lo, hi = math.Inf(-1), math.Inf(1)
	switch g.mode {
	case careers.Goal:
		hi = cur
		for _, ci := range ks {
			v := g.vals[ci]
			hi = max(hi, v+1e-6*math.Abs(v)+1e-6)
			if v <= 0 {
				hi = max(hi, 0)
			}
		}
	case careers.Limit:
		lo = cur
		for _, ci := range ks {
			v := g.vals[ci]
			lo = min(lo, v-1e-6*(math.Abs(v)+g.span)-1e-6)
		}
	}
	return lo, hi
}

// scanNumber tries the round values of number question qn, nearest first,
// on top of t's answers with prefix applied (t.v holds them); fixed is each
// career's total without qn's points. It records each new top it finds.
func (s *search) scanNumber(t *tables, qn int, fixed func(ci int) int, prefix []Change, prefixCost float64) {
	e := s.e
	g := t.grid[qn]
	n := len(prefix) + 1
	cur := t.cur[qn]
	if s.setBase == nil {
		s.setBase = make([]int, len(e.cat.Careers))
	}
	for _, ci := range t.set { // all narrow reads
		s.setBase[ci] = fixed(ci) + cur[ci]
	}
	vw := s.narrow(t, s.setBase, qn, n, prefixCost)
	if len(g.values) == 0 || s.settled(vw, n, prefixCost) {
		return // even the nearest value could not improve on what is known
	}
	size := len(vw.set)
	base, caps, rows := make([]int, size), make([]int, size), make([][]int, size)
	lo, hi, ub := make([]int, size), make([]int, size), make([]int, size)
	order := make([]int, size)
	for i, ci := range vw.set {
		base[i] = fixed(ci)
		caps[i], _ = e.capOf(ci, t.v)
		lo[i], hi[i] = g.bounds(vw.at[i])
		ub[i] = base[i] + hi[i] // no value gives career i more
		if !g.capped && caps[i] >= 0 {
			ub[i] = min(ub[i], caps[i])
		}
		order[i] = i
	}
	if !g.capped && !s.reachable(vw, base, lo, hi, caps, n, prefixCost) {
		return
	}
	// Most first: a value's leader and runner-up are found once the careers
	// left could not reach them.
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(ub[b], ub[a]) })
	// A value that moves towards none of the contenders cannot be recorded.
	helpLo, helpHi := g.helped(vw.set[:vw.n], e.current[qn].a.Value)
	for gi, val := range g.values {
		if val < helpLo || val > helpHi {
			continue
		}
		t.v[qn].a = Answer{Value: val}
		l := newLeader()
		for _, i := range order {
			if l.settledBy(ub[i]) {
				break // neither the leader nor whether it leads by a point can change
			}
			if rows[i] == nil {
				rows[i], _, _ = g.row(vw.at[i])
			}
			x := base[i] + rows[i][gi]
			c := caps[i]
			if g.capped {
				c, _ = e.capOf(vw.set[i], t.v)
			}
			if c >= 0 && x > c {
				x = c
			}
			l.see(i, x)
		}
		cost := g.cost[gi] + prefixCost
		if w := l.of(vw.n); w >= 0 {
			s.offer(t, vw.set[w], cost, prefix, s.change(qn, Answer{Value: val}), func(ci int) int { return fixed(ci) + g.points(ci, val) })
		}
		t.v[qn] = e.current[qn]
		// Values further on cost more: stop once no career could still gain.
		if s.settled(vw, n, cost) {
			return
		}
	}
}

// reachable reports whether some value of the scanned number could still
// put a contender first that could gain from it: at its most points,
// capped, it must beat every other career of the view at their fewest by
// more than a point. base, lo, hi and caps are by place in the view.
func (s *search) reachable(vw view, base, lo, hi, caps []int, n int, cost float64) bool {
	capped := func(i, t int) int {
		if caps[i] >= 0 && t > caps[i] {
			return caps[i]
		}
		return t
	}
	const none = math.MinInt / 2
	low1, low2, lowAt := none, none, -1 // the two highest totals at the fewest points
	for i := range vw.set {
		switch low := capped(i, base[i]+lo[i]); {
		case low > low1:
			low1, low2, lowAt = low, low1, i
		case low > low2:
			low2 = low
		}
	}
	for i, ci := range vw.set[:vw.n] {
		if !s.better(ci, n, cost) {
			continue
		}
		other := low1
		if lowAt == i {
			other = low2
		}
		if capped(i, base[i]+hi[i])-other > tieTenths {
			return true
		}
	}
	return false
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
