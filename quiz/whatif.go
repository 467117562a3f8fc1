package quiz

import (
	"cmp"
	"math"
	"slices"

	"careerquiz/careers"
)

// WhatIf is a smallest set of answer changes that would put Top first, by
// more than a point (a tie is not a change of recommendation).
type WhatIf struct {
	Changes []Change
	Top     string // the career id that would come first
}

// Change is one answer changed: to Answer, from From.
type Change struct {
	Question string
	From     Answer
	Answer   Answer
}

// maxWhatIfChanges is how many answers a what-if may change: beyond two, a
// suggestion stops being a small change.
const maxWhatIfChanges = 2

type candidate struct {
	changes []Change // nil while none is known
	cost    float64
}

// search holds the precomputed points the what-if search adds up.
type search struct {
	e       *engine
	top     int
	cur     [][]int // cur[qi][ci]: points for the current answer
	base    []int   // base[ci]: uncapped total for the current answers
	alts    [][]Answer
	altPts  [][][]int // altPts[qi][x][ci]
	v       []slot    // the answer vector being tried
	totals  []int
	best    []candidate // by career index
	found   int         // careers with a candidate
	numbers []int       // answered number questions
	grid    map[int]numberGrid
}

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

// whatIf finds, for each career other than the top one, the fewest answer
// changes (at most two) that would put it first, and among those the
// smallest. Skipped questions stay skipped: skipping is not a change.
// rank is the current ranking, best first (career indices).
func (e *engine) whatIf(rank []int) []WhatIf {
	if len(e.answered) == 0 || len(e.cat.Careers) < 2 {
		return nil
	}
	s := e.newSearch(rank[0])
	s.singles()
	if s.found < len(e.cat.Careers)-1 {
		s.pairs()
	}
	place := make([]int, len(rank))
	for p, ci := range rank {
		place[ci] = p
	}
	var out []WhatIf
	targets := make([]int, 0, s.found)
	for ci, c := range s.best {
		if c.changes != nil {
			targets = append(targets, ci)
		}
	}
	slices.SortFunc(targets, func(a, b int) int {
		return cmp.Or(cmp.Compare(len(s.best[a].changes), len(s.best[b].changes)), cmp.Compare(place[a], place[b]))
	})
	for _, ci := range targets {
		out = append(out, WhatIf{Changes: s.best[ci].changes, Top: e.cat.Careers[ci].ID})
	}
	return out
}

func (e *engine) newSearch(top int) *search {
	nq, nc := len(e.cat.Questions), len(e.cat.Careers)
	s := &search{e: e, top: top, cur: make([][]int, nq), base: make([]int, nc), alts: make([][]Answer, nq),
		altPts: make([][][]int, nq), v: slices.Clone(e.current), totals: make([]int, nc), best: make([]candidate, nc), grid: map[int]numberGrid{}}
	for _, qi := range e.answered {
		q := e.cat.Questions[qi]
		s.cur[qi] = make([]int, nc)
		for ci := range nc {
			s.cur[qi][ci] = e.points(qi, e.current[qi].a, ci)
			s.base[ci] += s.cur[qi][ci]
		}
		if q.Kind == careers.Number {
			s.numbers = append(s.numbers, qi)
			s.grid[qi] = e.newGrid(qi)
			continue
		}
		s.alts[qi] = alternatives(q, e.current[qi].a)
		s.altPts[qi] = make([][]int, len(s.alts[qi]))
		for x, a := range s.alts[qi] {
			s.altPts[qi][x] = make([]int, nc)
			for ci := range nc {
				s.altPts[qi][x][ci] = e.points(qi, a, ci)
			}
		}
	}
	return s
}

// alternatives lists every other answer to a scale or choice question.
func alternatives(q careers.Question, cur Answer) []Answer {
	var out []Answer
	switch q.Kind {
	case careers.Choice:
		for _, o := range q.Options {
			if o.ID != cur.Option {
				out = append(out, Answer{Option: o.ID})
			}
		}
	case careers.Scale:
		for v := q.Scale.Min; v <= q.Scale.Max; v++ {
			if float64(v) != cur.Value {
				out = append(out, Answer{Value: float64(v)})
			}
		}
	}
	return out
}

// winner caps totals t for the answer vector s.v and returns the career
// that comes first by more than a point, or -1 for a tie.
func (s *search) winner(t []int) int {
	for ci := range t {
		if c, _ := s.e.capOf(ci, s.v); c >= 0 && t[ci] > c {
			t[ci] = c
		}
	}
	return s.e.clearTop(t)
}

// better reports whether n changes costing cost would beat what is known
// for career ci. A tie (ci == -1) is not a change of top.
func (s *search) better(ci, n int, cost float64) bool {
	if ci == s.top || ci < 0 {
		return false
	}
	old := s.best[ci]
	return old.changes == nil || n < len(old.changes) || n == len(old.changes) && cost < old.cost-1e-9
}

func (s *search) consider(ci int, changes []Change, cost float64) {
	if s.better(ci, len(changes), cost) {
		if s.best[ci].changes == nil {
			s.found++
		}
		s.best[ci] = candidate{changes: slices.Clone(changes), cost: cost}
	}
}

func (s *search) change(qi int, a Answer) Change {
	q := s.e.cat.Questions[qi]
	return Change{Question: q.ID, From: s.e.current[qi].a, Answer: a}
}

// cost is how far an answer moves, on a 0-1ish scale, so smaller changes win.
func (s *search) cost(qi int, a Answer) float64 {
	q := &s.e.cat.Questions[qi]
	from := s.e.current[qi].a
	switch {
	case q.Kind == careers.Number:
		return math.Abs(a.Value-from.Value) / math.Max(from.Value, 1)
	case q.Trait.ID == careers.TraitSettings:
		return 1
	}
	lo, hi := q.TraitRange()
	if q.Trait.ID == careers.TraitEducation {
		lo, hi = 0, float64(len(careers.EducationLevels())-1)
	}
	return math.Abs(personValue(q, a)-personValue(q, from)) / math.Max(hi-lo, 1)
}

func (s *search) singles() {
	for _, qi := range s.e.answered {
		if s.e.cat.Questions[qi].Kind == careers.Number {
			continue
		}
		for x, a := range s.alts[qi] {
			for ci := range s.totals {
				s.totals[ci] = s.base[ci] - s.cur[qi][ci] + s.altPts[qi][x][ci]
			}
			s.v[qi].a = a
			w := s.winner(s.totals)
			s.v[qi] = s.e.current[qi]
			s.consider(w, []Change{s.change(qi, a)}, s.cost(qi, a))
		}
	}
	for _, qn := range s.numbers {
		s.scanNumber(qn, nil, 0)
	}
}

func (s *search) pairs() {
	ans := s.e.answered
	for i, qa := range ans {
		if s.e.cat.Questions[qa].Kind == careers.Number {
			continue
		}
		for x, a := range s.alts[qa] {
			first := s.change(qa, a)
			s.v[qa].a = a
			for _, qb := range ans[i+1:] {
				if s.e.cat.Questions[qb].Kind == careers.Number {
					continue
				}
				for y, b := range s.alts[qb] {
					for ci := range s.totals {
						s.totals[ci] = s.base[ci] - s.cur[qa][ci] + s.altPts[qa][x][ci] - s.cur[qb][ci] + s.altPts[qb][y][ci]
					}
					s.v[qb].a = b
					w := s.winner(s.totals)
					s.v[qb] = s.e.current[qb]
					s.consider(w, []Change{first, s.change(qb, b)}, s.cost(qa, a)+s.cost(qb, b))
				}
			}
			for _, qn := range s.numbers {
				s.scanNumber(qn, &first, x)
			}
			s.v[qa] = s.e.current[qa]
		}
	}
}

// newGrid lists the round values to try for number question qn, nearest to
// the current answer first, with their points.
func (e *engine) newGrid(qn int) numberGrid {
	q := e.cat.Questions[qn]
	cur := e.current[qn].a.Value
	lo, hi := scanBounds(q, e.cat.Careers)
	step := numberStep(q, lo, hi)
	rounded := math.Round(cur/step) * step
	var g numberGrid
	add := func(val float64) {
		if val == cur || val < q.Range.Min || val > q.Range.Max {
			return
		}
		g.values = append(g.values, val)
		pts := make([]int, len(e.cat.Careers))
		for ci := range pts {
			pts[ci] = e.points(qn, Answer{Value: val}, ci)
		}
		g.pts = append(g.pts, pts)
	}
	for d := 0.0; rounded-d*step >= lo || rounded+d*step <= hi; d++ {
		if down := rounded - d*step; down >= lo {
			add(down)
		}
		if up := rounded + d*step; d > 0 && up <= hi {
			add(up)
		}
	}
	// Nearest to the current answer first (lower first at equal distance),
	// so the first value that works is the nearest and costs only rise.
	order := make([]int, len(g.values))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(math.Abs(g.values[a]-cur), math.Abs(g.values[b]-cur)), cmp.Compare(g.values[a], g.values[b]))
	})
	sorted := numberGrid{values: make([]float64, len(order)), cost: make([]float64, len(order)), pts: make([][]int, len(order))}
	for i, o := range order {
		sorted.values[i], sorted.pts[i] = g.values[o], g.pts[o]
		sorted.cost[i] = math.Abs(g.values[o]-cur) / math.Max(cur, 1)
	}
	g = sorted
	g.lo, g.hi = make([]int, len(e.cat.Careers)), make([]int, len(e.cat.Careers))
	for ci := range g.lo {
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
// with one other change (with, its alternative x) already applied to s.v,
// and records each new top career it finds.
func (s *search) scanNumber(qn int, with *Change, x int) {
	e := s.e
	g := s.grid[qn]
	other := -1
	if with != nil {
		other = slices.IndexFunc(e.cat.Questions, func(k careers.Question) bool { return k.ID == with.Question })
	}
	n, withCost := 1, 0.0
	if with != nil {
		n, withCost = 2, s.cost(other, with.Answer)
	}
	if s.settled(n, withCost) {
		return // even the nearest value could not improve on what is known
	}
	fixed := make([]int, len(s.totals))
	caps := make([]int, len(s.totals))
	for ci := range fixed {
		fixed[ci] = s.base[ci] - s.cur[qn][ci]
		if other >= 0 {
			fixed[ci] += s.altPts[other][x][ci] - s.cur[other][ci]
		}
		caps[ci], _ = e.capOf(ci, s.v)
	}
	if !g.capped && !s.reachable(g, fixed, caps, n, withCost) {
		return
	}
	for gi, val := range g.values {
		for ci := range s.totals {
			s.totals[ci] = fixed[ci] + g.pts[gi][ci]
		}
		var w int
		if g.capped {
			s.v[qn].a = Answer{Value: val}
			w = s.winner(s.totals)
			s.v[qn] = e.current[qn]
		} else {
			for ci, c := range caps {
				if c >= 0 && s.totals[ci] > c {
					s.totals[ci] = c
				}
			}
			w = e.clearTop(s.totals)
		}
		cost := g.cost[gi] + withCost
		if w != s.top && s.better(w, n, cost) {
			changes := []Change{s.change(qn, Answer{Value: val})}
			if with != nil {
				changes = []Change{*with, changes[0]}
			}
			s.consider(w, changes, cost)
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
// below the lowest median to twice the highest (fit is 0 beyond it).
func scanBounds(q careers.Question, ks []careers.Career) (float64, float64) {
	lo, hi := q.Range.Min, q.Range.Max
	if q.Trait.ID != careers.TraitPay {
		return lo, hi
	}
	minM, maxM := math.Inf(1), 0.0
	for _, k := range ks {
		minM, maxM = math.Min(minM, k.Pay.Median), math.Max(maxM, k.Pay.Median)
	}
	return math.Max(lo, minM-1000), math.Min(hi, (payFalloff/(payFalloff-1))*maxM+1000)
}
