package quiz

import (
	"cmp"
	"math"
	"slices"

	"careerquiz/careers"
)

type candidate struct {
	changes []Change // nil while none is known
	cost    float64
}

// search is the what-if search: for each career, the best candidate found
// so far, and the answer tables it adds up.
type search struct {
	e      *engine
	top    int
	alts   [][]Answer // alts[qi]: the other answers tried for question qi
	totals []int
	best   []candidate // by career index
	found  int         // careers with a candidate
	// stanceFacts marks the fact questions that change where the person
	// stands (the pay figure, the open routes): changing one means other
	// answers' points must be worked out again.
	stanceFacts []bool
	// changeable are the answered questions that do not move the stance, in
	// catalog order: the ones a table's what-ifs change.
	changeable []int
	// unreachable marks careers no what-if can put first (see prune).
	unreachable []bool
	// now is every career's total for the current answers, st their stance.
	now []int
	st  stance
	// narrow's buffers, reused by each view it makes: the search uses one
	// view at a time. setBase is the totals scanNumber hands narrow.
	viewSet, viewAt, known, rb, setBase []int
}

func (e *engine) newSearch(top int) *search {
	nq, nc := len(e.cat.Questions), len(e.cat.Careers)
	s := &search{e: e, top: top, alts: make([][]Answer, nq), totals: make([]int, nc), best: make([]candidate, nc),
		stanceFacts: e.stanceFacts()}
	for _, qi := range e.answered {
		if q := e.cat.Questions[qi]; q.Kind != careers.Number {
			s.alts[qi] = alternatives(q, e.current[qi].a)
		}
		if !s.stanceFacts[qi] {
			s.changeable = append(s.changeable, qi)
		}
	}
	s.st = e.stanceOf(e.current)
	return s
}

// start works out the current totals and what cannot be reached, and
// returns the tables of the current answers.
func (s *search) start() *tables {
	root := s.tablesFor(s.e.current, true)
	s.now = make([]int, len(root.base))
	for ci, t := range root.base {
		if c, _ := s.e.capOf(ci, s.e.current); c >= 0 && t > c {
			t = c
		}
		s.now[ci] = t
	}
	s.prune()
	s.contenders(root, maxWhatIfChanges)
	return root
}

// prune marks the careers that no what-if can put first: a career capped by
// a fact the person skipped keeps that cap (skipping is not a change), and
// when another career keeps more than that, more than a point ahead, even
// after the two changes that could cost it most, the capped career cannot
// come first. The search then does not look for it.
func (s *search) prune() {
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
	// low is the least each career keeps; only the two highest matter.
	const none = math.MinInt / 2
	low1, low2, lowAt := none, none, -1
	for d := range e.cat.Careers {
		low := s.now[d] - most
		for _, r := range e.caps[d] {
			low = min(low, r.capT) // a change may bring one of its caps into play
		}
		switch {
		case low > low1:
			low1, low2, lowAt = low, low1, d
		case low > low2:
			low2 = low
		}
	}
	for ci := range e.cat.Careers {
		keep := -1 // the cap no change can lift
		for _, r := range e.caps[ci] {
			if r.fact >= 0 && !slices.ContainsFunc(r.qs, func(qi int) bool { return e.current[qi].set }) && (keep < 0 || r.capT < keep) {
				keep = r.capT
			}
		}
		other := low1 // the most another career keeps
		if lowAt == ci {
			other = low2
		}
		if keep >= 0 && other-keep >= -tieTenths {
			s.unreachable[ci] = true
		}
	}
}

// winner caps totals for answer vector v and returns the career that comes
// first by more than a point, or -1 for a tie.
func (s *search) winner(v []slot, totals []int) int {
	for _, ci := range s.e.capped {
		if c, _ := s.e.capOf(ci, v); c >= 0 && totals[ci] > c {
			totals[ci] = c
		}
	}
	return s.e.clearTop(totals)
}

// better reports whether n changes costing cost would beat what is known
// for career ci. A tie (ci == -1) is not a change of top.
func (s *search) better(ci, n int, cost float64) bool {
	if ci == s.top || ci < 0 || s.unreachable[ci] {
		return false
	}
	old := s.best[ci]
	return old.changes == nil || n < len(old.changes) || n == len(old.changes) && cost < old.cost-1e-9
}

// consider records prefix and last as career ci's what-if if they beat
// what is known, in catalog order of their questions.
func (s *search) consider(ci int, cost float64, prefix []Change, last ...Change) {
	if !s.better(ci, len(prefix)+len(last), cost) || !s.helps(ci, prefix) || !s.helps(ci, last) || !s.gains(ci, prefix, last) {
		return
	}
	if s.best[ci].changes == nil {
		s.found++
	}
	changes := append(slices.Clone(prefix), last...)
	slices.SortFunc(changes, func(a, b Change) int { return cmp.Compare(s.e.qIndex[a.Question], s.e.qIndex[b.Question]) })
	s.best[ci] = candidate{changes: changes, cost: cost}
}

// offer considers contender w, which leads a view for answers t.v (with
// last applied), as the what-if of prefix and last: when it could be
// recorded, it checks that no career's total (total, capped) comes within
// a point of w's, looking only at those whose bound (t.most) could.
func (s *search) offer(t *tables, w int, cost float64, prefix []Change, last Change, total func(ci int) int) {
	if !s.better(w, len(prefix)+1, cost) || !s.helps(w, prefix) || !s.helps(w, []Change{last}) {
		return
	}
	capped := func(ci int) int {
		x := total(ci)
		if c, _ := s.e.capOf(ci, t.v); c >= 0 && x > c {
			return c
		}
		return x
	}
	tw := capped(w)
	for _, ci := range t.byMost {
		if t.most[ci] < tw-tieTenths {
			break // no career left can come within a point
		}
		if ci != w && capped(ci) >= tw-tieTenths {
			return
		}
	}
	s.consider(w, cost, prefix, last)
}

// helps reports whether each change moves the answer towards career ci:
// the new answer fits it fully, or better than the old one did. A what-if
// names a career the person would move towards, not one that wins only
// because the leader fell (raising a pay goal past every career does not
// make the lowest-paid one a better fit).
func (s *search) helps(ci int, changes []Change) bool {
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
func (s *search) gains(ci int, prefix, last []Change) bool {
	e := s.e
	v := slices.Clone(e.current)
	for _, c := range append(slices.Clone(prefix), last...) {
		qi := e.qIndex[c.Question]
		v[qi].a, v[qi].set = c.Answer, true
	}
	st := e.stanceOf(v)
	return e.total(&st, v, ci) > e.total(&s.st, e.current, ci)
}

func (s *search) change(qi int, a Answer) Change {
	return Change{Question: s.e.cat.Questions[qi].ID, From: s.e.current[qi].a, Answer: a}
}

// singles tries one more change, to any answered question but the ones that
// move the stance, on top of t (whose answers already hold prefix).
func (s *search) singles(t *tables, prefix []Change, prefixCost float64) {
	s.oneMore(t, t.base, s.e.answered, prefix, prefixCost)
}

// pairs tries two changes to questions that do not move the stance: two
// scale or choice answers, one of them and a number, or two numbers.
func (s *search) pairs(t *tables) {
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
func (s *search) oneMore(t *tables, base []int, qs []int, prefix []Change, prefixCost float64) {
	e := s.e
	n := len(prefix) + 1
	for _, qi := range qs {
		if s.stanceFacts[qi] || e.cat.Questions[qi].Kind == careers.Number {
			continue
		}
		cur := t.cur[qi]
		vw := s.narrow(t, base, qi, n, prefixCost)
		for x, a := range s.alts[qi] {
			cost := prefixCost + e.cost(qi, a)
			if s.settled(vw, n, cost) {
				continue // no contender could take this what-if
			}
			alt := t.altPts[qi][x]
			total := func(ci int) int { return base[ci] - cur[ci] + alt[ci] }
			t.v[qi].a = a
			if w := s.lead(vw, t.v, total); w >= 0 {
				s.offer(t, w, cost, prefix, s.change(qi, a), total)
			}
			t.v[qi] = e.current[qi]
		}
	}
	for _, qn := range t.numbers {
		cur := t.cur[qn]
		s.scanNumber(t, qn, func(ci int) int { return base[ci] - cur[ci] }, prefix, prefixCost)
	}
}

// numberPairs tries two number answers together: each value of the first,
// nearest first, with a scan of the second.
func (s *search) numberPairs(t *tables) {
	e := s.e
	all := t.all()
	for i, qa := range t.numbers {
		g := t.grid[qa]
		for gi, val := range g.values {
			if s.settled(all, 2, g.cost[gi]) {
				break
			}
			first := []Change{s.change(qa, Answer{Value: val})}
			t.v[qa].a = Answer{Value: val}
			for _, qb := range t.numbers[i+1:] {
				fixed := func(ci int) int { return t.base[ci] - t.cur[qb][ci] - t.cur[qa][ci] + g.points(ci, val) }
				s.scanNumber(t, qb, fixed, first, g.cost[gi])
			}
			t.v[qa] = e.current[qa]
		}
	}
}

// factChanges tries the changes to facts that move the stance (as time
// would: more experience, a licence earned): each alone, with one other
// change, or two such facts together. Each is scored with tables worked
// out again for the stance it gives.
func (s *search) factChanges() {
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
			t := s.tablesFor(v, true)
			copy(s.totals, t.base)
			s.consider(s.winner(t.v, s.totals), cost, first)
			s.contenders(t, 1)
			s.singles(t, first, cost)
			for _, g := range e.answered[i+1:] {
				if !s.stanceFacts[g] {
					continue
				}
				for _, b := range s.alts[g] {
					v2 := slices.Clone(v)
					v2[g].a = b
					t2 := s.tablesFor(v2, false)
					copy(s.totals, t2.base)
					s.consider(s.winner(t2.v, s.totals), cost+e.cost(g, b), first, s.change(g, b))
				}
			}
		}
	}
}
