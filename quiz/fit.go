package quiz

import (
	"math"
	"slices"

	"careerquiz/careers"
)

// How steeply fit falls past a limit: one step over (an associate's when
// the person stops at a certificate) keeps a little, two steps keep nothing.
const (
	educationFalloff = 0.65 // per rung of the education ladder
	limitFalloff     = 2.0  // per whole span of a limit question's range
	payFalloff       = 2.0  // fit is 0 when the pay figure is half the goal or less
)

// personValue places an answer on its question's trait: the scale value, the
// option's value or education rank, or the amount.
func personValue(q *careers.Question, a Answer) float64 {
	if q.Kind == careers.Choice {
		o, _ := q.Option(a.Option)
		if q.Trait.ID == careers.TraitEducation {
			return float64(careers.EducationRank(o.Education))
		}
		return o.Value
	}
	return a.Value
}

// careerValue is the career's value on the question's trait, for a person
// standing where st says; ok is false when the career has none for them
// (no education route is open to them).
func careerValue(q *careers.Question, k *careers.Career, st *stance) (float64, bool) {
	switch q.Trait.ID {
	case careers.TraitEducation:
		r, ok := st.entry(k)
		return float64(careers.EducationRank(r.Level)), ok
	case careers.TraitPay:
		return st.payFor(k).value, true
	case careers.TraitOutlook:
		return float64(careers.OutlookLevel(k.Outlook.Descriptor)), true
	case careers.TraitSettings:
		return 0, true
	}
	return k.Traits[q.Trait.ID].Level, true
}

// fit is how well career k suits answer a to question q, from 0 to 1, for a
// person standing where st says.
func fit(q *careers.Question, a Answer, k *careers.Career, st *stance) float64 {
	if q.Trait.ID == careers.TraitSettings {
		if slices.ContainsFunc(k.Settings, func(r careers.Ref) bool { return r.ID == a.Option }) {
			return 1
		}
		return 0
	}
	v, ok := careerValue(q, k, st)
	if !ok {
		return 0
	}
	return fitTo(q, q.FitMode(), personValue(q, a), v)
}

// fitTo is how well a career valued v on q's trait suits a person valued p,
// from 0 to 1, by the question's fit mode. The search calls it with values
// worked out once per career.
func fitTo(q *careers.Question, mode careers.Fit, p, v float64) float64 {
	lo, hi := q.TraitRange()
	return fitIn(q, mode, p, v, hi-lo)
}

// fitIn is fitTo with the trait range's span worked out once: the search
// calls it for every career.
func fitIn(q *careers.Question, mode careers.Fit, p, v, span float64) float64 {
	if span <= 0 {
		span = 1
	}
	switch mode {
	case careers.Closeness:
		return clamp01(1 - math.Abs(p-v)/span)
	case careers.Limit:
		if v <= p {
			return 1
		}
		if q.Trait.ID == careers.TraitEducation {
			return clamp01(1 - educationFalloff*(v-p))
		}
		return clamp01(1 - limitFalloff*(v-p)/span)
	case careers.Goal:
		if v >= p {
			return 1
		}
		if q.Kind == careers.Number {
			if p <= 0 {
				return 1
			}
			return clamp01(1 - payFalloff*(p-v)/p)
		}
		return clamp01(1 - (p-v)/span)
	}
	return 0
}

// clamp01 limits f to [0, 1]. The built-in min and max give what math.Min
// and math.Max give (NaN stays NaN, max(0, -0) is 0) without a call.
func clamp01(f float64) float64 { return max(0, min(1, f)) }
