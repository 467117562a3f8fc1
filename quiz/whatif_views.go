package quiz

import (
	"math"
	"slices"

	"careerquiz/careers"
)

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
