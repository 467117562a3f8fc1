package quiz

// The ranking, unknown facts and separators as they were before the
// 10,000-career work on them (commit eb85a55), kept as the reference the
// faster code must agree with (TestScoringMatchesReference).

import (
	"cmp"
	"slices"

	"careerquiz/careers"
)

// refRank orders career indices best first, ties broken by id.
func (e *engine) refRank(totals []int) []int {
	order := make([]int, len(totals))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := cmp.Compare(totals[b], totals[a]); c != 0 {
			return c
		}
		return cmp.Compare(e.cat.Careers[a].ID, e.cat.Careers[b].ID)
	})
	return order
}

// refUnknown lists the fact questions career ci depends on that the person
// did not answer.
func (e *engine) refUnknown(st *stance, ci int) []string {
	out := []string{}
	add := func(id string) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for _, r := range e.caps[ci] {
		if r.fact < 0 || slices.ContainsFunc(r.qs, func(qi int) bool { return e.current[qi].set }) {
			continue
		}
		add(e.cat.Questions[r.fact].ID)
	}
	k := &e.cat.Careers[ci]
	if _, open := st.entry(k); !open {
		for i := range k.Education.Routes {
			if s, ids := st.route(&k.Education.Routes[i]); s == routeUnknown {
				for _, id := range ids {
					add(id)
				}
			}
		}
	}
	return out
}

// refSeparators ranks the unanswered questions by how far apart their
// answers would put the leading careers, scoring each in full (the measure,
// answerSpread, is held to scores by TestAskNextSpreadsTheLeaders).
func (e *engine) refSeparators(lead []int) []string {
	type cand struct {
		qi     int
		spread float64
	}
	var cands []cand
	st := e.stanceOf(e.current)
	for qi, q := range e.cat.Questions {
		if e.current[qi].set {
			continue
		}
		tries := e.sampleAnswers(&st, qi, lead)
		if len(tries) == 0 {
			continue
		}
		answers := e.answersOf(e.current)
		totals := make([][]int, len(tries))
		for k, a := range tries {
			answers[q.ID] = a
			with := e.withAnswers(answers)
			wst := with.stanceOf(with.current)
			for _, ci := range lead {
				totals[k] = append(totals[k], with.total(&wst, with.current, ci))
			}
		}
		if spread := answerSpread(totals); spread > tieTenths {
			cands = append(cands, cand{qi, spread})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.spread, a.spread) })
	var out []string
	for _, c := range cands[:min(maxAskNext, len(cands))] {
		out = append(out, e.cat.Questions[c.qi].ID)
	}
	return out
}

// refStanceFacts marks the fact questions that name a pay figure or that a
// route requires.
func (e *engine) refStanceFacts() []bool {
	moves := make([]bool, len(e.cat.Questions))
	for _, qi := range e.payFacts {
		moves[qi] = true
	}
	for _, k := range e.cat.Careers {
		for _, r := range k.Education.Routes {
			for _, req := range r.Requires {
				if qi, ok := e.qIndex[req.Question.ID]; ok {
					moves[qi] = true
				}
			}
		}
	}
	return moves
}

// refColumn is what answer a to question qi earns each career, scored one
// career at a time (engine.points).
func (e *engine) refColumn(st *stance, qi int, a Answer) []int {
	out := make([]int, len(e.cat.Careers))
	for ci := range out {
		out[ci] = e.points(st, qi, a, ci)
	}
	return out
}

// refAllRanged is whether every career has an official pay range.
func refAllRanged(cat *careers.Catalog) bool {
	return !slices.ContainsFunc(cat.Careers, func(k careers.Career) bool { return k.Pay == nil || k.Pay.Range == nil })
}
