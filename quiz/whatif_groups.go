package quiz

import "math"

// answerGroups are the points of a question's answers by group of careers
// (careerColumn.at): the careers of a group earn the same points for every
// answer, and a career with no group (-1) earns none. The search's bounds
// work a group at a time and then hand each career its group's figure.
type answerGroups struct {
	at   []int16
	cur  []int   // the table's answer
	alts [][]int // each alternative (search.alts)
}

// newAnswerGroups groups question qi's points for answers cur and alts;
// nil when c does not group the careers.
func (e *engine) newAnswerGroups(qi int, c careerColumn, cur Answer, alts []Answer) *answerGroups {
	g := &answerGroups{at: c.at, cur: e.groupPoints(qi, cur, c), alts: make([][]int, len(alts))}
	if g.cur == nil {
		return nil
	}
	for x, a := range alts {
		if g.alts[x] = e.groupPoints(qi, a, c); g.alts[x] == nil {
			return nil
		}
	}
	return g
}

// margins sets m[i], for each career alive[i], to the most an alternative
// answer gains it on rival r: the alternative's points less the current
// ones, less what the rival gains (lose[x] for alternative x), as
// survivors works it out career by career; math.MinInt with no
// alternative.
func (g *answerGroups) margins(lose []int, alive []int, m []int) {
	best := make([]int, len(g.cur))
	for k := range best {
		best[k] = math.MinInt
	}
	none := math.MinInt // a career with no group earns 0 for every answer
	for x, alt := range g.alts {
		for k, p := range alt {
			best[k] = max(best[k], p-g.cur[k]-lose[x])
		}
		none = max(none, -lose[x])
	}
	for i, w := range alive {
		if k := g.at[w]; k >= 0 {
			m[i] = best[k]
		} else {
			m[i] = none
		}
	}
}

// topGains are, by group, the two largest gains an alternative brings a
// career (alternative points less the current ones); math.MinInt where
// there are fewer alternatives. A career with no group gains 0 from every
// answer.
func (g *answerGroups) topGains() (first, second []int) {
	first, second = make([]int, len(g.cur)), make([]int, len(g.cur))
	for k := range first {
		first[k], second[k] = math.MinInt, math.MinInt
	}
	for _, alt := range g.alts {
		for k, p := range alt {
			first[k], second[k] = top2(first[k], second[k], p-g.cur[k])
		}
	}
	return first, second
}

// top2 adds x to the two largest of some numbers, g1 >= g2, and returns
// the new two largest, without a branch.
func top2(g1, g2, x int) (int, int) {
	return max(g1, x), max(g2, min(g1, x))
}
