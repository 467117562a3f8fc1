package quiz

import "math"

// leader follows the two highest totals of a view's members as they are
// seen, and which member had the highest: what decides whether a what-if
// puts one contender first by more than a point.
type leader struct{ first, second, at int }

// noTotal is below every total a career can have, capped or not.
const noTotal = math.MinInt / 2

func newLeader() leader { return leader{first: noTotal, second: noTotal, at: -1} }

// see counts member i's total x; a later equal total does not take the
// lead.
func (l *leader) see(i, x int) {
	switch {
	case x > l.first:
		l.first, l.second, l.at = x, l.first, i
	case x > l.second:
		l.second = x
	}
}

// settledBy reports whether a member whose total is at most x could change
// neither who leads nor whether it leads by more than a point.
func (l leader) settledBy(x int) bool { return x <= max(l.second, l.first-tieTenths-1) }

// of is the member that leads by more than a point when it is one of the
// view's first n (its contenders), or -1.
func (l leader) of(n int) int {
	if l.at < 0 || l.at >= n || l.first-l.second <= tieTenths {
		return -1
	}
	return l.at
}
