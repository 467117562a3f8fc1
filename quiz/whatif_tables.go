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

// unknownMargin marks a margin not yet worked out; selfMargin is a
// contender's margin on itself, more than any total could need.
const (
	unknownMargin = math.MinInt
	selfMargin    = math.MaxInt / 4
)

// view is the part of a table's set that one group of what-ifs (one
// question changed on top of the same answers) can concern (narrow): the
// contenders it could still record, then the other contenders that could
// come first through it, then the rivals.
type view struct {
	set []int // careers
	n   int   // how many of set it could still record
	at  []int // each one's place in the table's set (numberGrid.pts)
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

// narrow is the view of t for what-ifs of n changes, costing at least
// cost, that change question qi on top of totals base: the table's
// contenders that could come first through them (as in survivors, with
// the margins worked out once) and that such a what-if could still improve on
// (better), then the other contenders that could come first (a what-if
// does not record them, but they may lead), and the rivals. The view
// holds s's buffers: the next call to narrow reuses them.
//
// base holds the careers' totals on top of which qi changes; only those of
// the table's set (contenders and rivals) are read.
func (s *search) narrow(t *tables, base []int, qi int, n int, cost float64) view {
	v := view{set: s.viewSet[:0]}
	known := s.known[:0]
	nr := len(t.rivals)
	margins := t.margins[qi]
	if margins == nil {
		margins = s.newMargins(t, qi)
		t.margins[qi] = margins
	}
	_, number := t.grid[qi]
	lazy := number || t.groups[qi] == nil // margins worked out as needed
	rb := slices.Grow(s.rb[:0], nr)[:nr]
	for ri, r := range t.rivals {
		rb[ri] = base[r] + tieTenths
	}
	for i, w := range t.contenders {
		bw, in := base[w], true
		row := margins[i*nr : i*nr+nr]
		for ri, m := range row {
			if lazy && m == unknownMargin {
				m = max(unknownMargin+1, s.margin(t, qi, w, t.rivals[ri]))
				row[ri] = m
			}
			if bw+max(0, m) <= rb[ri] {
				in = false
				break
			}
		}
		switch {
		case !in:
		case s.better(w, n, cost):
			v.set = append(v.set, w)
		default:
			known = append(known, w)
		}
	}
	v.n = len(v.set)
	v.set = append(v.set, known...)
	for _, r := range t.rivals {
		if !t.inR[r] {
			v.set = append(v.set, r)
		}
	}
	v.at = slices.Grow(s.viewAt[:0], len(v.set))[:len(v.set)]
	for i, ci := range v.set {
		v.at[i] = t.pos[ci]
	}
	s.viewSet, s.viewAt, s.known, s.rb = v.set, v.at, known, rb
	return v
}

// newMargins makes room for the margins of question qi (tables.margins):
// worked out at once, a group of careers at a time, when the question's
// points are grouped, else unknownMargin until narrow needs each. A
// contender is never measured against itself as a rival: its margin on
// itself is selfMargin, which no total reaches.
func (s *search) newMargins(t *tables, qi int) []int {
	nr := len(t.rivals)
	margins := make([]int, len(t.contenders)*nr)
	g := t.groups[qi]
	if _, number := t.grid[qi]; number || g == nil {
		for i := range margins {
			margins[i] = unknownMargin
		}
	} else {
		lose, m := make([]int, len(t.altPts[qi])), make([]int, len(t.contenders))
		for ri, r := range t.rivals {
			for x, alt := range t.altPts[qi] {
				lose[x] = alt[r] - t.cur[qi][r]
			}
			g.margins(lose, t.contenders, m) // margin(t, qi, w, r) for each contender w
			for i, x := range m {
				margins[i*nr+ri] = max(unknownMargin+1, x)
			}
		}
	}
	for ri, r := range t.rivals {
		if i := t.pos[r]; i >= 0 && i < len(t.contenders) && t.contenders[i] == r {
			margins[i*nr+ri] = selfMargin
		}
	}
	return margins
}

// margin bounds what changing question qi's answer can gain career w on
// rival r, in tenths, over the answers that move towards w (helps).
func (s *search) margin(t *tables, qi, w, r int) int {
	cw, cr := t.cur[qi][w], t.cur[qi][r]
	g, ok := t.grid[qi]
	if !ok {
		best := math.MinInt
		for _, alt := range t.altPts[qi] {
			best = max(best, alt[w]-cw-alt[r]+cr)
		}
		return best
	}
	// A number: w earns at most all the points, and r loses at most what
	// it has. Where fit runs one way with the answer, an answer that moves
	// towards w lies on one side of a bound P (it fits w fully, or better
	// than the current answer did), and r keeps at least its points at P.
	bound := s.e.maxT[qi] - cw + cr
	v, cur := g.vals[w], s.e.current[qi].a.Value
	switch g.mode {
	case careers.Goal: // fit falls as the answer rises
		p := max(v+1e-6*math.Abs(v)+1e-6, cur)
		if v <= 0 {
			p = max(p, 0)
		}
		bound -= g.pointsAt(r, p)
	case careers.Limit: // fit rises with the answer
		bound -= g.pointsAt(r, min(v-1e-6*(math.Abs(v)+g.span)-1e-6, cur))
	}
	return bound
}

// lead returns the contender that leads the view by more than a point for
// answers v, with totals (before caps) from total; -1 when none does.
func (s *search) lead(vw view, v []slot, total func(ci int) int) int {
	l := newLeader()
	for i, ci := range vw.set {
		x := total(ci)
		if c, _ := s.e.capOf(ci, v); c >= 0 && x > c {
			x = c
		}
		l.see(i, x)
	}
	if w := l.of(vw.n); w >= 0 {
		return vw.set[w]
	}
	return -1
}

// settled reports whether every contender of the view already has a
// what-if that n changes costing at least cost could not beat.
func (s *search) settled(vw view, n int, cost float64) bool {
	for _, ci := range vw.set[:vw.n] {
		if s.better(ci, n, cost) {
			return false
		}
	}
	return true
}

// all is the view of every contender of t.
func (t *tables) all() view {
	vw := view{set: t.set, n: len(t.contenders), at: make([]int, len(t.set))}
	for i := range vw.at {
		vw.at[i] = i
	}
	return vw
}
