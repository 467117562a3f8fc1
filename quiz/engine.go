package quiz

import (
	"cmp"
	"math"
	"slices"

	"careerquiz/careers"
)

// slot is one question's answer, or nothing when skipped.
type slot struct {
	a   Answer
	set bool
}

// engine scores answer vectors fast, in tenths of a point, so the what-if
// search can try many of them.
type engine struct {
	cat      *careers.Catalog
	current  []slot
	words    []answerWords // the answers in words, for the reasons (by question)
	answered []int         // indices of answered questions
	maxT     []int         // tenths each question can earn (0 when skipped); they sum to 1000
	caps     [][]capRule
	// capped lists the careers with a prerequisite: the only ones a cap
	// can lower.
	capped   []int
	qIndex   map[string]int
	payFacts []int // fact questions whose options name a pay figure, in catalog order
	// allRanged is true when every career has an official pay range, so a
	// percentile can be compared across all of them.
	allRanged bool
	// routeFacts marks the careers with a way in that needs a fact; routeQs
	// the questions a way in needs, payQs those that name a pay figure
	// (payFacts), and moves either: the questions that change where the
	// person stands (stanceFacts).
	routeFacts            []bool
	routeQs, payQs, moves []bool
	// values[qi] are the careers' values on question qi's trait where they
	// do not depend on the stance, worked out on first use (valuesAt) while
	// the result is made; nothing changes them after.
	values []careerColumn
	// columns are the points of answers whose fit does not depend on the
	// stance, for every career, worked out on first use (column).
	columns map[colKey][]int
	// stanceValues are the career values of questions read with the stance
	// (education, pay), by the fact answers that give it (valuesAt).
	stanceValues map[stanceKey]careerColumn
}

func newEngine(cat *careers.Catalog, answers Answers) *engine {
	e := &engine{cat: cat, qIndex: make(map[string]int, len(cat.Questions))}
	for i, q := range cat.Questions {
		e.qIndex[q.ID] = i
		if q.Fact && slices.ContainsFunc(q.Options, func(o careers.Option) bool { return o.Pay != "" }) {
			e.payFacts = append(e.payFacts, i)
		}
	}
	e.readCareers()
	e.setAnswers(answers)
	// The answers in words, for the reasons; an engine for other answers
	// (withAnswers) gives none.
	e.words = make([]answerWords, len(cat.Questions))
	for _, qi := range e.answered {
		e.words[qi] = newAnswerWords(&cat.Questions[qi], e.current[qi].a)
	}
	return e
}

// readCareers reads what scoring needs from every career in one pass: the
// prerequisites (caps, capped), whether every career has a pay range, and
// which ways in need a fact (routeFacts, moves).
func (e *engine) readCareers() {
	nc := len(e.cat.Careers)
	e.allRanged = true
	nq := len(e.cat.Questions)
	e.caps, e.routeFacts, e.routeQs, e.payQs = make([][]capRule, nc), make([]bool, nc), make([]bool, nq), make([]bool, nq)
	for _, qi := range e.payFacts {
		e.payQs[qi] = true
	}
	byTrait := map[string]capRule{}
	for ci := range e.cat.Careers {
		k := &e.cat.Careers[ci]
		if k.Pay == nil || k.Pay.Range == nil {
			e.allRanged = false
		}
		if e.caps[ci] = e.capRules(k, byTrait); len(e.caps[ci]) > 0 {
			e.capped = append(e.capped, ci)
		}
		for ri := range k.Education.Routes {
			for _, req := range k.Education.Routes[ri].Requires {
				e.routeFacts[ci] = true
				if qi, ok := e.qIndex[req.Question.ID]; ok {
					e.routeQs[qi] = true
				}
			}
		}
	}
	e.moves = make([]bool, nq)
	for qi := range e.moves {
		e.moves[qi] = e.payQs[qi] || e.routeQs[qi]
	}
}

// withAnswers is an engine for other answers to the same catalog, sharing
// what does not depend on the answers (the resolved prerequisites).
func (e *engine) withAnswers(answers Answers) *engine {
	w := &engine{cat: e.cat, qIndex: e.qIndex, payFacts: e.payFacts, allRanged: e.allRanged, caps: e.caps, capped: e.capped,
		routeFacts: e.routeFacts, routeQs: e.routeQs, payQs: e.payQs, moves: e.moves}
	w.setAnswers(answers)
	return w
}

// release drops what only scoring needed (the career values and columns),
// so a result kept for its reasons does not hold them.
func (e *engine) release() {
	e.values, e.columns, e.stanceValues = nil, nil, nil
}

// setAnswers reads the answers into the engine and shares out the points.
func (e *engine) setAnswers(answers Answers) {
	e.current, e.maxT = make([]slot, len(e.cat.Questions)), make([]int, len(e.cat.Questions))
	for i, q := range e.cat.Questions {
		if a, ok := answers[q.ID]; ok {
			e.current[i] = slot{a: a, set: true}
			e.answered = append(e.answered, i)
		}
	}
	e.spreadMaxima()
}

// spreadMaxima shares 100.0 points among answered questions by weight, in
// tenths, giving leftover tenths to the largest remainders so they add up.
func (e *engine) spreadMaxima() {
	var total float64
	for _, i := range e.answered {
		total += e.cat.Questions[i].Weight
	}
	if total == 0 {
		return
	}
	type rem struct {
		i    int
		frac float64
	}
	var rems []rem
	left := 1000
	for _, i := range e.answered {
		exact := 1000 * e.cat.Questions[i].Weight / total
		e.maxT[i] = int(math.Floor(exact))
		left -= e.maxT[i]
		rems = append(rems, rem{i, exact - math.Floor(exact)})
	}
	slices.SortStableFunc(rems, func(a, b rem) int { return cmp.Compare(b.frac, a.frac) })
	for k := 0; k < left; k++ {
		e.maxT[rems[k%len(rems)].i]++
	}
}

// points is what answer a to question qi earns career ci, in tenths, for a
// person standing where st says.
func (e *engine) points(st *stance, qi int, a Answer, ci int) int {
	return int(math.Round(float64(e.maxT[qi]) * fit(&e.cat.Questions[qi], a, &e.cat.Careers[ci], st)))
}

// capRule is a career prerequisite resolved to the questions that ask about
// its trait, in tenths.
type capRule struct {
	prereq int   // index in the career's Prerequisites
	qs     []int // questions asking about the trait; the first answered one counts
	fact   int   // the first of qs that is a fact question, or -1
	needs  float64
	capT   int
}

// capRules resolves career k's prerequisites once, so checking them in the
// what-if search is a few comparisons. byTrait keeps the questions found
// for each trait (qs and fact), shared by the careers' rules.
func (e *engine) capRules(k *careers.Career, byTrait map[string]capRule) []capRule {
	if len(k.Prerequisites) == 0 {
		return nil
	}
	rules := make([]capRule, 0, len(k.Prerequisites))
	for pi, p := range k.Prerequisites {
		asks, ok := byTrait[p.Trait.ID]
		if !ok {
			asks.fact = -1
			for qi := range e.cat.Questions {
				if q := &e.cat.Questions[qi]; q.Trait.ID == p.Trait.ID {
					asks.qs = append(asks.qs, qi)
					if q.Fact && asks.fact < 0 {
						asks.fact = qi
					}
				}
			}
			byTrait[p.Trait.ID] = asks
		}
		rules = append(rules, capRule{prereq: pi, needs: p.Needs, capT: int(math.Round(p.Cap * 10)), qs: asks.qs, fact: asks.fact})
	}
	return rules
}

// capOf returns the lowest score cap (in tenths) that the answers v trigger
// for career ci, and the prerequisite behind it; -1, -1 when none applies.
// A prerequisite on a fact the person did not state counts as unmet: a
// skipped fact is unknown, never met.
func (e *engine) capOf(ci int, v []slot) (int, int) {
	best, which := -1, -1
	for _, r := range e.caps[ci] {
		unmet, answered := false, false
		for _, qi := range r.qs {
			if v[qi].set {
				answered = true
				unmet = personValue(&e.cat.Questions[qi], v[qi].a) < r.needs
				break
			}
		}
		if !answered && r.fact >= 0 {
			unmet = true
		}
		if unmet && (best < 0 || r.capT < best) {
			best, which = r.capT, r.prereq
		}
	}
	return best, which
}

// totals scores every career for answer vector v, in tenths, capped: the
// same as total for each, a question at a time.
func (e *engine) totals(v []slot, out []int) []int {
	if out == nil {
		out = make([]int, len(e.cat.Careers))
	}
	clear(out)
	st := e.stanceOf(v)
	for _, qi := range e.answered {
		if v[qi].set {
			for ci, p := range e.column(&st, qi, v[qi].a, e.valuesAt(&st, qi)) {
				out[ci] += p
			}
		}
	}
	for _, ci := range e.capped {
		if c, _ := e.capOf(ci, v); c >= 0 && out[ci] > c {
			out[ci] = c
		}
	}
	return out
}

// total is career ci's capped score for answer vector v, in tenths.
func (e *engine) total(st *stance, v []slot, ci int) int {
	sum := 0
	for _, qi := range e.answered {
		if v[qi].set {
			sum += e.points(st, qi, v[qi].a, ci)
		}
	}
	if c, _ := e.capOf(ci, v); c >= 0 && sum > c {
		sum = c
	}
	return sum
}

// tieTenths is how close (in tenths of a point) the top two may be before
// the result counts as a tie: one point.
const tieTenths = 10

// clearTop is the best career for totals when it leads every other by more
// than a point; -1 when the top is a tie.
func (e *engine) clearTop(totals []int) int {
	best, second := -1, math.MinInt
	for ci, t := range totals {
		switch {
		case best < 0 || t > totals[best]:
			if best >= 0 {
				second = totals[best]
			}
			best = ci
		case t > second:
			second = t
		}
	}
	if totals[best]-second <= tieTenths {
		return -1
	}
	return best
}
