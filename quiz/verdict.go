package quiz

import (
	"fmt"
)

// minAnswers is how many answers a crowned best fit needs: with fewer, too
// little separates the careers for one of them to be "the" fit.
const minAnswers = 3

// maxAskNext is how many unanswered questions a result suggests.
const maxAskNext = 2

// maxLeading is how many careers a result without a clear fit names; the
// rest in the running are counted, not named.
const maxLeading = 5

// verdict decides whether the result has a clear best fit. It has none
// when nothing or fewer than minAnswers questions were answered, or when
// other careers are within a point of the top; then it names the careers in
// the running and the unanswered questions that would best separate them.
func (e *engine) verdict(res *Result, totals, order []int) {
	res.Decisive = true
	if len(e.answered) == 0 {
		res.Decisive = false
		res.Notice = "You skipped every question, so every career scores 0 and the order means nothing. Answer a few questions for a recommendation."
		return
	}
	var close []int // careers within a point of the top
	for _, ci := range order {
		if totals[order[0]]-totals[ci] > tieTenths {
			break
		}
		close = append(close, ci)
	}
	few := len(e.answered) < minAnswers
	if len(close) < 2 && !few {
		e.leadsOnUnknown(res, order)
		return
	}
	lead := close
	if len(lead) < 2 {
		// The first three, and any career within a point of the third:
		// which of two careers on one score is left out must not hang on
		// their ids.
		third := totals[order[min(3, len(order))-1]]
		lead = nil
		for _, ci := range order {
			if len(lead) >= 3 && third-totals[ci] > tieTenths {
				break
			}
			lead = append(lead, ci)
		}
	}
	unnamed := max(len(lead)-maxLeading, 0)
	lead = lead[:len(lead)-unnamed]
	res.Decisive = false
	var titles, scores []string
	for _, ci := range lead {
		res.Leading = append(res.Leading, e.cat.Careers[ci].ID)
		titles = append(titles, e.cat.Careers[ci].Title)
		scores = append(scores, fmt.Sprintf("%.1f", float64(totals[ci])/10))
	}
	res.AskNext = e.separators(lead)
	switch {
	case few:
		// Each with its score: the third can be far behind the first
		// ("lead" would not fit it).
		var each []string
		for i, title := range titles {
			each = append(each, title+" at "+scores[i])
		}
		res.Notice = fmt.Sprintf("Only %s answered: too few to pick one career. Highest so far: %s.",
			plural(len(e.answered), "question", "questions", len(e.cat.Questions)), andList(each))
	case len(close) == 2:
		res.Notice = fmt.Sprintf("%s are within a point of each other (%s): treat them as a tie and compare them.", andList(titles), andList(scores))
	default:
		res.Notice = fmt.Sprintf("%s are within a point of each other (%s): none stands out.", andList(titles), andList(scores))
	}
	switch {
	case unnamed == 1:
		res.Notice += fmt.Sprintf(" 1 more career scores within a point of %s.", scores[len(scores)-1])
	case unnamed > 1:
		res.Notice += fmt.Sprintf(" %d more careers score within a point of %s.", unnamed, scores[len(scores)-1])
	}
	if len(res.AskNext) > 0 {
		res.Notice += fmt.Sprintf(" Answering %s would best separate them.", res.AskNextTopics())
	}
}

// AskNextTopics names the questions that would best separate the leading
// careers: "work experience and pay".
func (r Result) AskNextTopics() string {
	var topics []string
	for _, id := range r.AskNext {
		if q, ok := r.Catalog.Question(id); ok {
			topics = append(topics, LowerFirst(q.Topic))
		}
	}
	return andList(topics)
}

// leadsOnUnknown withholds the crown from a clear leader that needs a fact
// the person did not give: its score already counts the fact as not met,
// but a best fit should not rest on a guess either way. The notice names
// the fact to answer.
func (e *engine) leadsOnUnknown(res *Result, order []int) {
	top := res.Ranking[0]
	if len(top.Unknown) == 0 {
		return
	}
	res.Decisive = false
	for _, ci := range order[:min(3, len(order))] {
		res.Leading = append(res.Leading, e.cat.Careers[ci].ID)
	}
	res.AskNext = top.Unknown[:min(maxAskNext, len(top.Unknown))]
	res.Notice = fmt.Sprintf("%s leads with %.1f, but it %s. Answer %s to be sure.",
		top.Career.Title, top.Score, res.needs(top)+", which you didn't say", res.AskNextTopics())
}

// answersOf turns an answer vector back into Answers.
func (e *engine) answersOf(v []slot) Answers {
	out := Answers{}
	for qi, s := range v {
		if s.set {
			out[e.cat.Questions[qi].ID] = s.a
		}
	}
	return out
}

// plural counts n of a total: "6 of 12 answers", "1 of 1 answer".
func plural(n int, one, many string, of int) string {
	if of == 1 {
		return fmt.Sprintf("%d of 1 %s", n, one)
	}
	return fmt.Sprintf("%d of %d %s", n, of, many)
}

// weakFit is the score below which a clear best fit is only the closest:
// the answers took more than 40 of its 100 points away.
const weakFit = 60.0

// WeakFitText says, when the clear best fit still fits the answers
// poorly, that no career here fits them well; "" otherwise. A person
// whose answers no career meets (a certificate, $150,000, managing staff)
// is told so, not handed a "best fit" as if it were a good one.
func (r Result) WeakFitText() string {
	if !r.Decisive || r.Answered == 0 || len(r.Ranking) == 0 || r.Top().Score >= weakFit {
		return ""
	}
	return fmt.Sprintf("No career here fits your answers well: even the closest earns only %.1f of 100 points.", r.Top().Score)
}
