package quiz

// The what-if search as it was before issue 9 (commit 6e0c9e1), kept as the
// reference the faster search must agree with on every input
// (TestWhatIfMatchesReference). It scores every career for every answer
// set it tries.

import (
	"cmp"
	"math"
	"slices"

	"careerquiz/careers"
)

type refCandidate struct {
	changes []Change // nil while none is known
	cost    float64
}

// refSearch is the what-if search: for each career, the best refCandidate found
// so far, and the answer refTables it adds up.
type refSearch struct {
	e      *engine
	top    int
	alts   [][]Answer // alts[qi]: the other answers tried for question qi
	totals []int
	best   []refCandidate // by career index
	found  int            // careers with a refCandidate
	// stanceFacts marks the fact questions that change where the person
	// stands (the pay figure, the open routes): changing one means other
	// answers' points must be worked out again.
	stanceFacts []bool
	// unreachable marks careers no what-if can put first (see prune).
	unreachable []bool
	// now is every career's total for the current answers, st their stance.
	now []int
	st  stance
}

// refTables are the points every answer earns every career for one answer
// vector v, read with v's stance. The refSearch adds them up instead of
// scoring each vector from scratch.
type refTables struct {
	v      []slot
	st     stance
	cur    [][]int   // cur[qi][ci]: points for v's answer
	base   []int     // base[ci]: uncapped total for v
	altPts [][][]int // altPts[qi][x][ci]: points for alts[qi][x]
	grid   map[int]refGrid
	// numbers are the answered number questions, in catalog order.
	numbers []int
}

func (e *engine) refNewSearch(top int) *refSearch {
	nq, nc := len(e.cat.Questions), len(e.cat.Careers)
	s := &refSearch{e: e, top: top, alts: make([][]Answer, nq), totals: make([]int, nc), best: make([]refCandidate, nc),
		stanceFacts: make([]bool, nq)}
	for _, qi := range e.payFacts {
		s.stanceFacts[qi] = true
	}
	for _, k := range e.cat.Careers {
		for _, r := range k.Education.Routes {
			for _, req := range r.Requires {
				if qi, ok := e.qIndex[req.Question.ID]; ok {
					s.stanceFacts[qi] = true
				}
			}
		}
	}
	for _, qi := range e.answered {
		if q := e.cat.Questions[qi]; q.Kind != careers.Number {
			s.alts[qi] = alternatives(q, e.current[qi].a)
		}
	}
	s.now = e.totals(e.current, nil)
	s.st = e.stanceOf(e.current)
	s.prune()
	return s
}

// prune marks the careers that no what-if can put first: a career capped by
// a fact the person skipped keeps that cap (skipping is not a change), and
// when another career keeps more than that, more than a point ahead, even
// after the two changes that could cost it most, the capped career cannot
// come first. The refSearch then does not look for it.
func (s *refSearch) prune() {
	e := s.e
	s.unreachable = make([]bool, len(e.cat.Careers))
	// most is the most points two changed answers can take from a career.
	var top2 [2]int
	for _, qi := range e.answered {
		switch m := e.maxT[qi]; {
		case m > top2[0]:
			top2 = [2]int{m, top2[0]}
		case m > top2[1]:
			top2[1] = m
		}
	}
	most := top2[0] + top2[1]
	// A changed fact can also move the points of the answers read with the
	// stance (pay, education): count them in full as well.
	if slices.ContainsFunc(e.answered, func(qi int) bool { return s.stanceFacts[qi] }) {
		for _, qi := range e.answered {
			if id := e.cat.Questions[qi].Trait.ID; id == careers.TraitPay || id == careers.TraitEducation {
				most += e.maxT[qi]
			}
		}
	}
	totals := s.now
	for ci := range e.cat.Careers {
		keep := -1 // the cap no change can lift
		for _, r := range e.caps[ci] {
			if r.fact >= 0 && !slices.ContainsFunc(r.qs, func(qi int) bool { return e.current[qi].set }) && (keep < 0 || r.capT < keep) {
				keep = r.capT
			}
		}
		if keep < 0 {
			continue
		}
		for d := range e.cat.Careers {
			if d == ci {
				continue
			}
			low := totals[d] - most
			for _, r := range e.caps[d] {
				low = min(low, r.capT) // a change may bring one of its caps into play
			}
			if low-keep >= -tieTenths {
				s.unreachable[ci] = true
				break
			}
		}
	}
}

// tablesFor works out the points of every answer in v and of every
// alternative, for every career, with v's stance.
func (s *refSearch) tablesFor(v []slot) *refTables {
	e := s.e
	nq, nc := len(e.cat.Questions), len(e.cat.Careers)
	own := slices.Clone(v) // the refSearch tries answers in it; the stance reads it
	t := &refTables{v: own, st: e.stanceOf(own), cur: make([][]int, nq), base: make([]int, nc),
		altPts: make([][][]int, nq), grid: map[int]refGrid{}}
	for _, qi := range e.answered {
		t.cur[qi] = make([]int, nc)
		for ci := range nc {
			t.cur[qi][ci] = e.points(&t.st, qi, t.v[qi].a, ci)
			t.base[ci] += t.cur[qi][ci]
		}
		if e.cat.Questions[qi].Kind == careers.Number {
			t.grid[qi] = e.refNewGrid(&t.st, qi)
			t.numbers = append(t.numbers, qi)
			continue
		}
		t.altPts[qi] = make([][]int, len(s.alts[qi]))
		for x, a := range s.alts[qi] {
			t.altPts[qi][x] = make([]int, nc)
			for ci := range nc {
				t.altPts[qi][x][ci] = e.points(&t.st, qi, a, ci)
			}
		}
	}
	return t
}

// winner caps totals for answer vector v and returns the career that comes
// first by more than a point, or -1 for a tie.
func (s *refSearch) winner(v []slot, totals []int) int {
	for ci := range totals {
		if c, _ := s.e.capOf(ci, v); c >= 0 && totals[ci] > c {
			totals[ci] = c
		}
	}
	return s.e.clearTop(totals)
}

// better reports whether n changes costing cost would beat what is known
// for career ci. A tie (ci == -1) is not a change of top.
func (s *refSearch) better(ci, n int, cost float64) bool {
	if ci == s.top || ci < 0 || s.unreachable[ci] {
		return false
	}
	old := s.best[ci]
	return old.changes == nil || n < len(old.changes) || n == len(old.changes) && cost < old.cost-1e-9
}

// consider records prefix and last as career ci's what-if if they beat
// what is known, in catalog order of their questions.
func (s *refSearch) consider(ci int, cost float64, prefix []Change, last ...Change) {
	if !s.better(ci, len(prefix)+len(last), cost) || !s.helps(ci, prefix) || !s.helps(ci, last) || !s.gains(ci, prefix, last) {
		return
	}
	if s.best[ci].changes == nil {
		s.found++
	}
	changes := append(slices.Clone(prefix), last...)
	slices.SortFunc(changes, func(a, b Change) int { return cmp.Compare(s.e.qIndex[a.Question], s.e.qIndex[b.Question]) })
	s.best[ci] = refCandidate{changes: changes, cost: cost}
}

// helps reports whether each change moves the answer towards career ci:
// the new answer fits it fully, or better than the old one did. A what-if
// names a career the person would move towards, not one that wins only
// because the leader fell (raising a pay goal past every career does not
// make the lowest-paid one a better fit).
func (s *refSearch) helps(ci int, changes []Change) bool {
	e := s.e
	k := &e.cat.Careers[ci]
	for _, c := range changes {
		qi := e.qIndex[c.Question]
		q := &e.cat.Questions[qi]
		v := slices.Clone(e.current)
		v[qi].a = c.Answer
		st := e.stanceOf(v)
		now, then := fit(q, c.Answer, k, &st), fit(q, e.current[qi].a, k, &s.st)
		if now < 1-1e-9 && now <= then+1e-9 {
			return false
		}
	}
	return true
}

// gains reports whether career ci's own score rises with the changes. A
// career that would come first only because the leader fell is not
// suggested, nor one whose cap holds it where it was: "answer 1 for
// certification and health IT manager comes first" when it stays capped
// at 50 and only the leader lost points.
func (s *refSearch) gains(ci int, prefix, last []Change) bool {
	e := s.e
	v := slices.Clone(e.current)
	for _, c := range append(slices.Clone(prefix), last...) {
		qi := e.qIndex[c.Question]
		v[qi].a, v[qi].set = c.Answer, true
	}
	st := e.stanceOf(v)
	return e.total(&st, v, ci) > e.total(&s.st, e.current, ci)
}

func (s *refSearch) change(qi int, a Answer) Change {
	return Change{Question: s.e.cat.Questions[qi].ID, From: s.e.current[qi].a, Answer: a}
}

// singles tries one more change, to any answered question but the ones that
// move the stance, on top of t (whose answers already hold prefix).
func (s *refSearch) singles(t *refTables, prefix []Change, prefixCost float64) {
	s.oneMore(t, t.base, s.e.answered, prefix, prefixCost)
}

// pairs tries two changes to questions that do not move the stance: two
// scale or choice answers, one of them and a number, or two numbers.
func (s *refSearch) pairs(t *refTables) {
	e := s.e
	base := make([]int, len(s.totals))
	for i, qa := range e.answered {
		if s.stanceFacts[qa] || e.cat.Questions[qa].Kind == careers.Number {
			continue
		}
		for x, a := range s.alts[qa] {
			for ci := range base {
				base[ci] = t.base[ci] - t.cur[qa][ci] + t.altPts[qa][x][ci]
			}
			t.v[qa].a = a
			s.oneMore(t, base, e.answered[i+1:], []Change{s.change(qa, a)}, e.cost(qa, a))
			t.v[qa] = e.current[qa]
		}
	}
	s.numberPairs(t)
}

// oneMore tries one more change on top of base, the totals of t's answers
// with prefix applied (t.v holds them): to each of qs that is a scale or
// choice question not moving the stance, then to each number question.
func (s *refSearch) oneMore(t *refTables, base []int, qs []int, prefix []Change, prefixCost float64) {
	e := s.e
	for _, qi := range qs {
		if s.stanceFacts[qi] || e.cat.Questions[qi].Kind == careers.Number {
			continue
		}
		for x, a := range s.alts[qi] {
			for ci := range s.totals {
				s.totals[ci] = base[ci] - t.cur[qi][ci] + t.altPts[qi][x][ci]
			}
			t.v[qi].a = a
			w := s.winner(t.v, s.totals)
			t.v[qi] = e.current[qi]
			s.consider(w, prefixCost+e.cost(qi, a), prefix, s.change(qi, a))
		}
	}
	for _, qn := range t.numbers {
		fixed := make([]int, len(s.totals))
		for ci := range fixed {
			fixed[ci] = base[ci] - t.cur[qn][ci]
		}
		s.scanNumber(t, qn, fixed, prefix, prefixCost)
	}
}

// numberPairs tries two number answers together: each value of the first,
// nearest first, with a scan of the second.
func (s *refSearch) numberPairs(t *refTables) {
	e := s.e
	for i, qa := range t.numbers {
		g := t.grid[qa]
		for gi, val := range g.values {
			if s.settled(2, g.cost[gi]) {
				break
			}
			first := []Change{s.change(qa, Answer{Value: val})}
			t.v[qa].a = Answer{Value: val}
			for _, qb := range t.numbers[i+1:] {
				fixed := make([]int, len(s.totals))
				for ci := range fixed {
					fixed[ci] = t.base[ci] - t.cur[qb][ci] - t.cur[qa][ci] + g.pts[gi][ci]
				}
				s.scanNumber(t, qb, fixed, first, g.cost[gi])
			}
			t.v[qa] = e.current[qa]
		}
	}
}

// factChanges tries the changes to facts that move the stance (as time
// would: more experience, a licence earned): each alone, with one other
// change, or two such facts together. Each is scored with refTables worked
// out again for the stance it gives.
func (s *refSearch) factChanges() {
	e := s.e
	for i, f := range e.answered {
		if !s.stanceFacts[f] {
			continue
		}
		for _, a := range s.alts[f] {
			first := []Change{s.change(f, a)}
			cost := e.cost(f, a)
			v := slices.Clone(e.current)
			v[f].a = a
			t := s.tablesFor(v)
			copy(s.totals, t.base)
			s.consider(s.winner(t.v, s.totals), cost, first)
			s.singles(t, first, cost)
			for _, g := range e.answered[i+1:] {
				if !s.stanceFacts[g] {
					continue
				}
				for _, b := range s.alts[g] {
					v2 := slices.Clone(v)
					v2[g].a = b
					t2 := s.tablesFor(v2)
					copy(s.totals, t2.base)
					s.consider(s.winner(t2.v, s.totals), cost+e.cost(g, b), first, s.change(g, b))
				}
			}
		}
	}
}

// refGrid is the round values a number question's what-if tries, nearest
// to the current answer first, and the points each earns every career.
type refGrid struct {
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
func (e *engine) refNewGrid(st *stance, qn int) refGrid {
	q := e.cat.Questions[qn]
	cur := e.current[qn].a.Value
	lo, hi := refScanBounds(q, e.cat.Careers, st)
	if q.Fact {
		lo = math.Max(lo, cur)
	}
	step := refNumberStep(q, lo, hi)
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
	g := refGrid{values: values, cost: make([]float64, len(values)), pts: make([][]int, len(values)),
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
func (s *refSearch) scanNumber(t *refTables, qn int, fixed []int, prefix []Change, prefixCost float64) {
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
func (s *refSearch) reachable(g refGrid, fixed, caps []int, n int, cost float64) bool {
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
func (s *refSearch) settled(n int, cost float64) bool {
	for ci := range s.totals {
		if ci != s.top && s.better(ci, n, cost) {
			return false
		}
	}
	return true
}

// refMaxGrid bounds how many values of a number question the what-if tries.
const refMaxGrid = 2000

// refNumberStep is the round step for a number question over [lo, hi]: $1,000
// for amounts of money, about a hundredth of the range's size otherwise, and
// a larger power of ten whenever the range would need more than refMaxGrid steps.
func refNumberStep(q careers.Question, lo, hi float64) float64 {
	step := 1000.0
	if !IsMoney(q) {
		step = math.Max(1, math.Pow(10, math.Floor(math.Log10(math.Max(q.Range.Max-q.Range.Min, 1))))/100)
	}
	for (hi-lo)/step > refMaxGrid {
		step *= 10
	}
	return step
}

// refScanBounds limits the scan to where fit can still change: for pay, from
// below the lowest figure a career is compared with, for a person standing
// at st, to where even the highest is half the goal (fit is 0 beyond it).
func refScanBounds(q careers.Question, ks []careers.Career, st *stance) (float64, float64) {
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
func (e *engine) refWhatIf(rank []int) []WhatIf {
	if len(e.answered) == 0 || len(e.cat.Careers) < 2 {
		return nil
	}
	s := e.refNewSearch(rank[0])
	root := s.tablesFor(s.e.current)
	s.singles(root, nil, 0)
	if s.found < len(e.cat.Careers)-1 {
		s.pairs(root)
	}
	s.factChanges()
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
