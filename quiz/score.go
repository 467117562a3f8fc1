package quiz

import (
	"strings"

	"careerquiz/careers"
)

// Result is a scored quiz: every career ranked, with the reasons behind each
// score (worked out when asked for), how many answers the scores rest on, what is unknown, and the
// answer changes that would put another career first.
type Result struct {
	Catalog *careers.Catalog
	Answers Answers
	Ranking []Ranked
	// Answered of Questions is how many answers the scores rest on.
	Answered, Questions int
	// Decisive is false, with a Notice, when there is no clear fit yet:
	// nothing or too little was answered, or the top careers are within a
	// point. Leading then lists the careers in the running (ids, best
	// first) and AskNext the unanswered questions (ids) that would best
	// separate them.
	Decisive bool
	Notice   string
	Leading  []string
	AskNext  []string
	WhatIf   []WhatIf
}

// Ranked is one career's place in the result.
type Ranked struct {
	Career careers.Career
	Score  float64 // 0-100, one decimal: the sum of the reasons' points
	// Unknown lists the fact questions (ids) this career depends on that the
	// person did not answer; the score counts them as not met.
	Unknown []string
	// why explains the score when asked (Reasons): most careers of a large
	// catalog are never shown.
	why why
}

// why is what Reasons needs: the scoring engine (not changed once the
// result is made) and the career's index and total.
type why struct {
	e      *engine
	ci     int
	totalT int
}

// Reasons explains the score: one reason per answered question, in catalog
// order, plus a cap reason when a prerequisite lowered the total. They are
// worked out on each call, so keep them where they are used more than once.
func (k Ranked) Reasons() []Reason {
	if k.why.e == nil {
		return nil
	}
	st := k.why.e.stanceOf(k.why.e.current)
	return k.why.e.reasons(&st, k.why.ci, k.why.totalT)
}

// Reason is what one answered question earned a career. A cap reason (a
// prerequisite the person does not meet, or did not say they meet) has Max
// 0 and negative Points, so the points still add up to the score and the
// maxima to 100.
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

// Coverage says how many answers the scores rest on: "6 of 12 answers".
func (r Result) Coverage() string {
	return plural(r.Answered, "answer", "answers", r.Questions)
}

// Score ranks every career in the catalog for the answers. Answers must be
// valid for the catalog (ParseAnswers and Check make sure of it).
func Score(cat *careers.Catalog, answers Answers) Result {
	e := newEngine(cat, answers)
	totals := e.totals(e.current, nil)
	order := e.rank(totals)
	res := Result{Catalog: cat, Answers: answers.Clone(), Answered: len(e.answered), Questions: len(cat.Questions)}
	st := e.stanceOf(e.current)
	entered := e.openWays(&st)
	res.Ranking = make([]Ranked, 0, len(order))
	for _, ci := range order {
		res.Ranking = append(res.Ranking, Ranked{
			Career:  cat.Careers[ci],
			Score:   float64(totals[ci]) / 10,
			Unknown: e.unknown(&st, ci, entered),
			why:     why{e: e, ci: ci, totalT: totals[ci]},
		})
	}
	e.verdict(&res, totals, order)
	res.WhatIf = e.whatIf(order)
	e.release()
	return res
}

// andList joins words as "a, b and c".
func andList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
