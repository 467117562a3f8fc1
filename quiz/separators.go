package quiz

import (
	"cmp"
	"math"
	"slices"

	"careerquiz/careers"
)

// separators ranks the unanswered questions by how far apart their answers
// would put the leading careers: for each possible answer, the spread
// between the highest and lowest score among them, averaged over the
// answers. It returns up to maxAskNext questions that would move them more
// than a point apart.
func (e *engine) separators(lead []int) []string {
	type cand struct {
		qi     int
		spread float64
	}
	var cands []cand
	st := e.stanceOf(e.current)
	moves := e.stanceFacts()
	var fits [][]float64 // the answers' fits for the leaders (leadFits), once needed
	for qi, q := range e.cat.Questions {
		if e.current[qi].set {
			continue
		}
		tries := e.sampleAnswers(&st, qi, lead)
		if len(tries) == 0 {
			continue
		}
		sum := 0.0
		answers := e.answersOf(e.current)
		for _, a := range tries {
			answers[q.ID] = a
			with := e.withAnswers(answers)
			var lo, hi int
			if moves[qi] {
				lo, hi = with.spread(lead)
			} else {
				if fits == nil {
					fits = e.leadFits(&st, lead)
				}
				lo, hi = with.spreadWith(e.answered, fits, qi, lead)
			}
			sum += float64(hi - lo)
		}
		if spread := sum / float64(len(tries)); spread > tieTenths {
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

// spread is the lowest and highest total among the careers lead, each
// scored in full for the engine's answers.
func (e *engine) spread(lead []int) (lo, hi int) {
	st := e.stanceOf(e.current)
	lo, hi = 1000, 0
	for _, ci := range lead {
		t := e.total(&st, e.current, ci)
		lo, hi = min(lo, t), max(hi, t)
	}
	return lo, hi
}

// leadFits is how well each answer fits each leading career, for the
// person standing at st: fits[j][i] for question e.answered[j] and career
// lead[i]. Points are a question's maximum times its fit, so these serve
// for any sharing out of the maxima.
func (e *engine) leadFits(st *stance, lead []int) [][]float64 {
	fits := make([][]float64, len(e.answered))
	for j, qi := range e.answered {
		q, a := &e.cat.Questions[qi], e.current[qi].a
		fits[j] = make([]float64, len(lead))
		for i, ci := range lead {
			fits[j][i] = fit(q, a, &e.cat.Careers[ci], st)
		}
	}
	return fits
}

// spreadWith is spread for an engine whose answers are those of answered
// (with fits, from leadFits) plus one to question qi that does not move the
// stance: the other answers' fits stay as they were, only their maxima
// change, so only qi's answer is read again. The totals are the same as
// total's.
func (e *engine) spreadWith(answered []int, fits [][]float64, qi int, lead []int) (lo, hi int) {
	st := e.stanceOf(e.current)
	lo, hi = 1000, 0
	for i, ci := range lead {
		t := e.points(&st, qi, e.current[qi].a, ci)
		for j, qj := range answered {
			t += int(math.Round(float64(e.maxT[qj]) * fits[j][i]))
		}
		if c, _ := e.capOf(ci, e.current); c >= 0 && t > c {
			t = c
		}
		lo, hi = min(lo, t), max(hi, t)
	}
	return lo, hi
}

// sampleAnswers lists the answers to try for question qi: every option or
// scale value, or for a number each leading career's own value (its pay).
func (e *engine) sampleAnswers(st *stance, qi int, lead []int) []Answer {
	q := &e.cat.Questions[qi]
	if q.Kind != careers.Number {
		return Choices(*q)
	}
	var out []Answer
	for _, ci := range lead {
		if v, ok := careerValue(q, &e.cat.Careers[ci], st); ok && v >= q.Range.Min && v <= q.Range.Max {
			out = append(out, Answer{Value: v})
		}
	}
	return out
}

// stanceFacts marks the fact questions that change where the person
// stands: those that name a pay figure and those a route requires. Another
// answer to any other question leaves every career's education and pay
// values as they were. Callers only read it.
func (e *engine) stanceFacts() []bool { return e.moves }
