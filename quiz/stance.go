package quiz

import (
	"slices"

	"careerquiz/careers"
)

// stance is where the person stands, read from their answers to fact
// questions: the pay figure a salary goal is compared with, and which
// education routes are open to them. Other answers are read against it.
type stance struct {
	e *engine
	v []slot
	// pay is the pay figure goals are compared with (careers.PayP10…); ""
	// when the catalog ties pay to no fact, which means the median.
	pay string
	// payFrom is the fact question that set pay, or -1 when it was not
	// answered and the lowest figure it could name is assumed.
	payFrom int
	// payMixed is true when the person's experience calls for a percentile
	// but not every career has an official pay range: then every career is
	// compared on its median, so careers with missing data gain nothing.
	payMixed bool
}

func (e *engine) stanceOf(v []slot) stance {
	st := stance{e: e, v: v, payFrom: -1}
	for _, qi := range e.payFacts {
		if v[qi].set {
			o, _ := e.cat.Questions[qi].Option(v[qi].a.Option)
			st.pay, st.payFrom = o.Pay, qi
			break
		}
	}
	if st.payFrom < 0 && len(e.payFacts) > 0 {
		// Unknown: assume the least, so a skipped fact never counts as met.
		lowest := len(careers.PayFigures())
		for _, o := range e.cat.Questions[e.payFacts[0]].Options {
			if i := slices.Index(careers.PayFigures(), o.Pay); i >= 0 && i < lowest {
				lowest = i
			}
		}
		if lowest < len(careers.PayFigures()) {
			st.pay = careers.PayFigures()[lowest]
		}
	}
	// Like with like: one career's entry pay against another's all-levels
	// median would favour the career whose data is missing.
	st.payMixed = st.pay != "" && st.pay != careers.PayMedian && !e.allRanged
	return st
}

// payFigure is the pay a goal is compared with for career k: the range's
// percentile that st names, or the median (when st names it, or some
// career has no range).
type payFigure struct {
	value  float64
	name   string // careers.PayP10… ("median" for the median)
	asOf   string
	year   int
	source string
}

func (st *stance) payFor(k *careers.Career) payFigure {
	p := k.Pay
	median := payFigure{value: p.Median, name: careers.PayMedian, asOf: p.AsOf, year: p.Year, source: p.Source.ID}
	if st.pay == "" || st.pay == careers.PayMedian || st.payMixed || p.Range == nil {
		return median
	}
	r := p.Range
	return payFigure{value: r.Percentile(st.pay), name: st.pay, asOf: r.AsOf, year: r.Year, source: r.Source.ID}
}

// routeState is whether a route is open to the person.
type routeState int

const (
	routeOpen    routeState = iota
	routeUnknown            // it needs a fact the person did not state
	routeClosed             // it needs a fact the person's answer rules out
)

// route reports whether r is open, and the unanswered fact questions it
// depends on.
func (st *stance) route(r *careers.Route) (routeState, []string) {
	var unknown []string
	for _, req := range r.Requires {
		if qi, ok := st.e.qIndex[req.Question.ID]; ok && !st.v[qi].set {
			unknown = append(unknown, req.Question.ID)
		}
	}
	return st.routeState(r), unknown
}

// routeState is route's state alone, without listing the facts.
func (st *stance) routeState(r *careers.Route) routeState {
	state := routeOpen
	for _, req := range r.Requires {
		qi, ok := st.e.qIndex[req.Question.ID]
		if !ok {
			continue
		}
		switch {
		case !st.v[qi].set:
			state = max(state, routeUnknown)
		case !slices.Contains(req.Options, st.v[qi].a.Option):
			state = routeClosed
		}
	}
	return state
}

// entry is the open route that suits the person best (the shortest), and
// false when no route is open to them.
func (st *stance) entry(k *careers.Career) (careers.Route, bool) {
	best, rank := -1, 0
	for i := range k.Education.Routes {
		r := &k.Education.Routes[i]
		if len(r.Requires) > 0 && st.routeState(r) != routeOpen {
			continue
		}
		if at := careers.EducationRank(r.Level); best < 0 || at < rank {
			best, rank = i, at
		}
	}
	if best < 0 {
		return careers.Route{}, false
	}
	return k.Education.Routes[best], true
}
