package quiz

import (
	"math"
	"slices"

	"careerquiz/careers"
)

// tables are the points every answer earns every career for one answer
// vector v, read with v's stance. The search adds them up instead of
// scoring each vector from scratch.
type tables struct {
	v      []slot
	st     stance
	cur    [][]int   // cur[qi][ci]: points for v's answer
	base   []int     // base[ci]: uncapped total for v
	altPts [][][]int // altPts[qi][x][ci]: points for alts[qi][x] (changeable questions)
	// groups[qi] are cur[qi] and altPts[qi] by group of careers, or nil.
	groups []*answerGroups
	grid   map[int]*numberGrid
	// numbers are the answered number questions, in catalog order.
	numbers []int
	// contenders are the careers that a what-if from these tables could put
	// first (see contenders), in index order; inR marks them. set is the
	// contenders and the rivals: the careers whose totals decide which
	// contender, if any, a what-if puts first. pos is each career's place
	// in set, or -1.
	contenders []int
	inR        []bool
	rivals     []int
	set        []int
	pos        []int
	// most bounds each career's total in the what-ifs of these tables (two
	// more changes at most); byMost lists the careers, highest bound first.
	most   []int
	byMost []int
	// margins[qi][i*len(rivals)+r] is margin(qi, contenders[i], rivals[r]),
	// or unknownMargin until narrow needs it; margins[qi] is nil until then.
	margins [][]int
}

// tablesFor works out the points of every answer in v for every career,
// with v's stance, and when full also those of every alternative and the
// number grids, which the search tries on top of v.
func (s *search) tablesFor(v []slot, full bool) *tables {
	e := s.e
	nq, nc := len(e.cat.Questions), len(e.cat.Careers)
	own := slices.Clone(v) // the search tries answers in it; the stance reads it
	t := &tables{v: own, st: e.stanceOf(own), cur: make([][]int, nq), base: make([]int, nc),
		altPts: make([][][]int, nq), groups: make([]*answerGroups, nq), grid: map[int]*numberGrid{}}
	for _, qi := range e.answered {
		c := e.valuesAt(&t.st, qi)
		t.cur[qi] = e.column(&t.st, qi, t.v[qi].a, c)
		for ci, p := range t.cur[qi] {
			t.base[ci] += p
		}
		if !full || s.stanceFacts[qi] {
			continue
		}
		if e.cat.Questions[qi].Kind == careers.Number {
			t.grid[qi] = e.newGrid(&t.st, qi, c.vals, c.open)
			t.numbers = append(t.numbers, qi)
			continue
		}
		t.altPts[qi] = make([][]int, len(s.alts[qi]))
		for x, a := range s.alts[qi] {
			t.altPts[qi][x] = e.column(&t.st, qi, a, c)
		}
		if c.at != nil {
			t.groups[qi] = e.newAnswerGroups(qi, c, t.v[qi].a, s.alts[qi])
		}
	}
	return t
}

// maxRivals is how many rivals contenders are measured against.
const maxRivals = 8

// contenders works out which careers a what-if of up to extra more
// changes on top of t could put first, and the set whose totals decide it.
//
// A rival is a career no cap can touch in these what-ifs: its total is
// its base plus what each change does to it. A career w can only come first
// if it ends more than a point ahead of every rival r, so only if, for each
// r, its base plus the most that extra changes can gain on r (margin) is
// more than a point above r's base. The careers that fail this for some
// rival are left out: no what-if from t names them, and a what-if puts a
// contender first exactly when it leads the set (contenders and rivals) by
// more than a point and no other career comes within a point, which offer
// checks before recording it.
func (s *search) contenders(t *tables, extra int) {
	e := s.e
	nc := len(e.cat.Careers)
	rivals := s.rivals(t)
	t.rivals = rivals
	t.inR = make([]bool, nc)
	t.contenders = s.survivors(t, extra)
	for _, w := range t.contenders {
		t.inR[w] = true
	}
	t.set = slices.Clone(t.contenders)
	for _, r := range rivals {
		if !t.inR[r] {
			t.set = append(t.set, r)
		}
	}
	t.pos = make([]int, nc)
	for ci := range t.pos {
		t.pos[ci] = -1
	}
	for i, ci := range t.set {
		t.pos[ci] = i
	}
	for _, g := range t.grid {
		g.fill(t.set)
	}
	// The margins of each contender on each rival, question by question,
	// worked out when narrow first needs them.
	t.margins = make([][]int, len(e.cat.Questions))
	s.bound(t)
}

// survivors are the careers that could end more than a point ahead of
// every rival with up to extra changes to the changeable questions: for
// each rival, a career's base plus its largest margins (one a question)
// must be more than a point above the rival's. It works a rival and a
// question at a time, over all careers at once, which reads the tables in
// order.
func (s *search) survivors(t *tables, extra int) []int {
	var alive []int
	for w := range s.e.cat.Careers {
		if w != s.top && !s.unreachable[w] {
			alive = append(alive, w)
		}
	}
	g1, g2, m := make([]int, len(alive)), make([]int, len(alive)), make([]int, len(alive))
	var lose []int
	for _, r := range t.rivals {
		g1, g2, m = g1[:len(alive)], g2[:len(alive)], m[:len(alive)]
		clear(g1)
		clear(g2)
		for _, qi := range s.changeable {
			if _, ok := t.grid[qi]; ok {
				for i, w := range alive {
					m[i] = s.margin(t, qi, w, r)
				}
			} else if g := t.groups[qi]; g != nil {
				lose = lose[:0]
				for _, alt := range t.altPts[qi] {
					lose = append(lose, alt[r]-t.cur[qi][r])
				}
				g.margins(lose, alive, m)
			} else {
				for i := range m {
					m[i] = math.MinInt
				}
				cur := t.cur[qi]
				for _, alt := range t.altPts[qi] {
					lose := alt[r] - cur[r] // what the rival gets from this answer
					for i, w := range alive {
						m[i] = max(m[i], alt[w]-cur[w]-lose)
					}
				}
			}
			for i, x := range m {
				g1[i], g2[i] = top2(g1[i], g2[i], x)
			}
		}
		kept := alive[:0]
		for i, w := range alive {
			gain := g1[i]
			if extra >= 2 {
				gain += g2[i]
			}
			if w == r || t.base[w]+gain > t.base[r]+tieTenths {
				kept = append(kept, w)
			}
		}
		alive = kept
	}
	return alive
}

// bound works out t.most: each career's total plus the two largest gains
// any changed answer could bring it, and the careers in that order.
func (s *search) bound(t *tables) {
	nc := len(s.e.cat.Careers)
	g1, g2 := make([]int, nc), make([]int, nc)
	for _, qi := range s.changeable {
		cur := t.cur[qi]
		up := func(ci, g int) { g1[ci], g2[ci] = top2(g1[ci], g2[ci], g) }
		if _, ok := t.grid[qi]; ok {
			for ci := range nc {
				up(ci, s.e.maxT[qi]-cur[ci])
			}
			continue
		}
		if g := t.groups[qi]; g != nil {
			// The two largest gains of each career's group: the same two
			// largest as those of every alternative. A career with no group
			// gains 0, which changes nothing.
			top1, top2 := g.topGains()
			for ci, k := range g.at {
				if k >= 0 {
					up(ci, top1[k])
					up(ci, top2[k])
				}
			}
			continue
		}
		for _, alt := range t.altPts[qi] {
			for ci := range nc {
				up(ci, alt[ci]-cur[ci])
			}
		}
	}
	t.most = make([]int, nc)
	for ci := range nc {
		t.most[ci] = t.base[ci] + g1[ci] + g2[ci]
	}
	t.byMost = byDescending(t.most, nil)
}

// rivals are up to maxRivals careers with the highest totals in t that no
// cap can reach in its what-ifs: none applies to t's answers, and none
// reads a question the what-ifs change.
func (s *search) rivals(t *tables) []int {
	e := s.e
	var out []int
	for ci := range e.cat.Careers {
		if c, _ := e.capOf(ci, t.v); c >= 0 || slices.ContainsFunc(e.caps[ci], func(r capRule) bool {
			return slices.ContainsFunc(r.qs, func(qi int) bool { return slices.Contains(s.changeable, qi) })
		}) {
			continue
		}
		at := len(out)
		for at > 0 && t.base[out[at-1]] < t.base[ci] {
			at--
		}
		if at < maxRivals {
			out = slices.Insert(out, at, ci)
			out = out[:min(len(out), maxRivals)]
		}
	}
	return out
}
