package quiz

import (
	"cmp"
	"math"
	"slices"

	"careerquiz/careers"
)

// separators ranks the unanswered questions by how far apart the person's
// answer would put the leading careers (answerSpread), and returns up to
// maxAskNext questions that would move them more than a point apart.
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
		answers := e.answersOf(e.current)
		totals := make([][]int, len(tries))
		for k, a := range tries {
			answers[q.ID] = a
			with := e.withAnswers(answers)
			totals[k] = make([]int, len(lead))
			if moves[qi] {
				with.leadTotals(lead, totals[k])
			} else {
				if fits == nil {
					fits = e.leadFits(&st, lead)
				}
				with.leadTotalsWith(e.answered, fits, qi, lead, totals[k])
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

// answerSpread is how far the answers to one question would move the
// leading careers apart, in tenths: totals[k][i] is career lead[i]'s total
// with answer k. Each total is taken from that career's mean over the
// answers, and the widest gap between two careers is averaged over the
// answers. Answering alone counts for nothing: a question whose every
// answer moves the careers alike (each gains what it would gain whatever
// the answer, as every non-nursing career does from "are you a nurse?")
// separates nothing the person's answer decides.
func answerSpread(totals [][]int) float64 {
	if len(totals) == 0 {
		return 0
	}
	mean := make([]float64, len(totals[0]))
	for _, row := range totals {
		for i, t := range row {
			mean[i] += float64(t) / float64(len(totals))
		}
	}
	sum := 0.0
	for _, row := range totals {
		lo, hi := math.Inf(1), math.Inf(-1)
		for i, t := range row {
			d := float64(t) - mean[i]
			lo, hi = min(lo, d), max(hi, d)
		}
		sum += hi - lo
	}
	return sum / float64(len(totals))
}

// leadTotals is the total of each career of lead, scored in full for the
// engine's answers, into out.
func (e *engine) leadTotals(lead []int, out []int) {
	st := e.stanceOf(e.current)
	for i, ci := range lead {
		out[i] = e.total(&st, e.current, ci)
	}
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

// leadTotalsWith is leadTotals for an engine whose answers are those of
// answered (with fits, from leadFits) plus one to question qi that does not
// move the stance: the other answers' fits stay as they were, only their
// maxima change, so only qi's answer is read again. The totals are the
// same as total's.
func (e *engine) leadTotalsWith(answered []int, fits [][]float64, qi int, lead []int, out []int) {
	st := e.stanceOf(e.current)
	for i, ci := range lead {
		t := e.points(&st, qi, e.current[qi].a, ci)
		for j, qj := range answered {
			t += int(math.Round(float64(e.maxT[qj]) * fits[j][i]))
		}
		if c, _ := e.capOf(ci, e.current); c >= 0 && t > c {
			t = c
		}
		out[i] = t
	}
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
