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

// whatIf finds, for each career other than the top one, the fewest answer
// changes (at most two) that would put it first, and among those the
// smallest. Skipped questions stay skipped: skipping is not a change. A
// fact only moves as time does (more experience, never less). rank is the
// current ranking, best first (career indices).
func (e *engine) whatIf(rank []int) []WhatIf {
	if len(e.answered) == 0 || len(e.cat.Careers) < 2 {
		return nil
	}
	s := e.newSearch(rank[0])
	root := s.start()
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

// alternatives lists the other answers a what-if may try for a scale or
// choice question: every one for a preference, only more for a fact (time
// adds experience; it does not take it away).
func alternatives(q careers.Question, cur Answer) []Answer {
	var out []Answer
	for _, a := range Choices(q) {
		if a != cur && (!q.Fact || personValue(&q, a) > personValue(&q, cur)) {
			out = append(out, a)
		}
	}
	return out
}

// cost is how far an answer moves, on a 0-1ish scale, so smaller changes win.
func (e *engine) cost(qi int, a Answer) float64 {
	q := &e.cat.Questions[qi]
	from := e.current[qi].a
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
