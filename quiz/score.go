package quiz

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"careerquiz/careers"
)

// Result is a scored quiz: every career ranked, with the reasons behind each
// score and the answer changes that would put another career first.
type Result struct {
	Catalog  *careers.Catalog
	Answers  Answers
	Ranking  []Ranked
	Decisive bool
	Notice   string
	WhatIf   []WhatIf
}

// Ranked is one career's place in the result.
type Ranked struct {
	Career  careers.Career
	Score   float64 // 0-100, one decimal: the sum of the reasons' points
	Reasons []Reason
}

// Reason is what one answered question earned a career. A cap reason (a
// prerequisite the person does not meet) has Max 0 and negative Points, so
// the points still add up to the score and the maxima to 100.
type Reason struct {
	Question string
	Text     string
	Points   float64
	Max      float64
	Cap      bool
}

// Against reports whether the reason counts against the career: its points
// fall well short of what they could have been.
func (r Reason) Against() bool { return r.Cap || r.Points < 0.5*r.Max }

// For reports whether the reason counts for the career.
func (r Reason) For() bool { return !r.Cap && r.Max > 0 && r.Points >= 0.8*r.Max }

// Partly reports whether the answer fits the career only in part: neither
// for nor against.
func (r Reason) Partly() bool { return !r.Cap && !r.For() && !r.Against() }

// Lost is what the answer could have earned and did not (for a cap, what
// the cap took away).
func (r Reason) Lost() float64 { return r.Max - r.Points }

// Top is the best-fitting career.
func (r Result) Top() Ranked { return r.Ranking[0] }

// Score ranks every career in the catalog for the answers. Answers must be
// valid for the catalog (ParseAnswers and Check make sure of it).
func Score(cat *careers.Catalog, answers Answers) Result {
	e := newEngine(cat, answers)
	totals := e.totals(e.current, nil)
	order := e.rank(totals)
	res := Result{Catalog: cat, Answers: answers.Clone()}
	for _, ci := range order {
		res.Ranking = append(res.Ranking, Ranked{
			Career:  cat.Careers[ci],
			Score:   float64(totals[ci]) / 10,
			Reasons: e.reasons(ci, totals[ci]),
		})
	}
	res.Decisive, res.Notice = decisive(res, len(e.answered))
	res.WhatIf = e.whatIf(order)
	return res
}

func decisive(r Result, answered int) (bool, string) {
	if answered == 0 {
		return false, "You skipped every question, so every career scores 0 and the order means nothing. Answer a few questions for a recommendation."
	}
	var titles, scores []string
	for _, k := range r.Ranking {
		if r.Ranking[0].Score-k.Score > float64(tieTenths)/10 {
			break
		}
		titles = append(titles, k.Career.Title)
		scores = append(scores, fmt.Sprintf("%.1f", k.Score))
	}
	if len(titles) > 1 {
		return false, fmt.Sprintf("%s are within a point of each other (%s): treat them as a tie and compare them.",
			andList(titles), andList(scores))
	}
	return true, ""
}

// andList joins words as "a, b and c".
func andList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

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
	answered []int // indices of answered questions
	maxT     []int // tenths each question can earn (0 when skipped); they sum to 1000
	caps     [][]capRule
}

func newEngine(cat *careers.Catalog, answers Answers) *engine {
	e := &engine{cat: cat, current: make([]slot, len(cat.Questions)), maxT: make([]int, len(cat.Questions))}
	for i, q := range cat.Questions {
		if a, ok := answers[q.ID]; ok {
			e.current[i] = slot{a: a, set: true}
			e.answered = append(e.answered, i)
		}
	}
	e.spreadMaxima()
	e.caps = e.capRules()
	return e
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

func (e *engine) points(qi int, a Answer, ci int) int {
	return int(math.Round(float64(e.maxT[qi]) * fit(&e.cat.Questions[qi], a, &e.cat.Careers[ci])))
}

// capRule is a career prerequisite resolved to the questions that ask about
// its trait, in tenths.
type capRule struct {
	prereq int   // index in the career's Prerequisites
	qs     []int // questions asking about the trait; the first answered one counts
	needs  float64
	capT   int
}

// capRules resolves every career's prerequisites once, so checking them in
// the what-if search is a few comparisons.
func (e *engine) capRules() [][]capRule {
	rules := make([][]capRule, len(e.cat.Careers))
	for ci, k := range e.cat.Careers {
		for pi, p := range k.Prerequisites {
			r := capRule{prereq: pi, needs: p.Needs, capT: int(math.Round(p.Cap * 10))}
			for qi, q := range e.cat.Questions {
				if q.Trait.ID == p.Trait.ID {
					r.qs = append(r.qs, qi)
				}
			}
			rules[ci] = append(rules[ci], r)
		}
	}
	return rules
}

// capOf returns the lowest score cap (in tenths) that the answers v trigger
// for career ci, and the prerequisite behind it; -1, -1 when none applies.
func (e *engine) capOf(ci int, v []slot) (int, int) {
	best, which := -1, -1
	for _, r := range e.caps[ci] {
		for _, qi := range r.qs {
			if !v[qi].set {
				continue
			}
			if personValue(&e.cat.Questions[qi], v[qi].a) < r.needs && (best < 0 || r.capT < best) {
				best, which = r.capT, r.prereq
			}
			break
		}
	}
	return best, which
}

// totals scores every career for answer vector v, in tenths, capped.
func (e *engine) totals(v []slot, out []int) []int {
	if out == nil {
		out = make([]int, len(e.cat.Careers))
	}
	for ci := range e.cat.Careers {
		sum := 0
		for _, qi := range e.answered {
			if v[qi].set {
				sum += e.points(qi, v[qi].a, ci)
			}
		}
		if c, _ := e.capOf(ci, v); c >= 0 && sum > c {
			sum = c
		}
		out[ci] = sum
	}
	return out
}

// rank orders career indices best first, ties broken by id.
func (e *engine) rank(totals []int) []int {
	order := make([]int, len(totals))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(totals[b], totals[a]), cmp.Compare(e.cat.Careers[a].ID, e.cat.Careers[b].ID))
	})
	return order
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
