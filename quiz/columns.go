package quiz

import (
	"math"
	"slices"
	"strconv"

	"careerquiz/careers"
)

// careerColumn is every career's value on a question's trait, for one
// stance, and whether it has one (careerValue).
type careerColumn struct {
	vals []float64
	open []bool
	// distinct and at group the careers by value, so a column of points is
	// worked out once per value: at[ci] is the place of vals[ci] in
	// distinct, or -1 when career ci has no value (not open). Both are nil
	// when there are more than maxDistinct values.
	distinct []float64
	at       []int16
}

// maxDistinct is how many different values a column groups careers by;
// traits rated on a scale have a handful.
const maxDistinct = 256

// newCareerColumn groups vals (see careerColumn). Values are the same only
// when their bits are, so a value's points are exactly those of each career
// that has it.
func newCareerColumn(vals []float64, open []bool) careerColumn {
	c := careerColumn{vals: vals, open: open, at: make([]int16, len(vals))}
	last := -1
	for ci, v := range vals {
		if !open[ci] {
			c.at[ci] = -1
			continue
		}
		bits := math.Float64bits(v)
		if last < 0 || math.Float64bits(c.distinct[last]) != bits {
			last = slices.IndexFunc(c.distinct, func(d float64) bool { return math.Float64bits(d) == bits })
			if last < 0 {
				if len(c.distinct) == maxDistinct {
					return careerColumn{vals: vals, open: open}
				}
				last = len(c.distinct)
				c.distinct = append(c.distinct, v)
			}
		}
		c.at[ci] = int16(last)
	}
	return c
}

// valuesAt is every career's value on question qi's trait for a person
// standing at st, and whether it has one (careerValue); nothing for the
// settings, which fit by membership. Values that do not depend on the
// stance are worked out once per engine.
func (e *engine) valuesAt(st *stance, qi int) careerColumn {
	q := &e.cat.Questions[qi]
	switch q.Trait.ID {
	case careers.TraitSettings:
		return careerColumn{}
	case careers.TraitEducation, careers.TraitPay:
		// The stance is read from the fact answers alone: the same facts,
		// the same values.
		k := stanceKey{qi: qi, facts: e.factsOf(st.v)}
		if c, ok := e.stanceValues[k]; ok {
			return c
		}
		if e.stanceValues == nil {
			e.stanceValues = map[stanceKey]careerColumn{}
		}
		c := newCareerColumn(careerValues(q, e.cat.Careers, st))
		e.stanceValues[k] = c
		return c
	}
	if e.values == nil {
		e.values = make([]careerColumn, len(e.cat.Questions))
	}
	if e.values[qi].vals == nil {
		if _, builtin := careers.BuiltinTrait(q.Trait.ID); builtin {
			e.values[qi] = newCareerColumn(careerValues(q, e.cat.Careers, st))
		} else { // careerValue: the career's level, read once for all careers
			open := make([]bool, len(e.cat.Careers))
			for ci := range open {
				open[ci] = true
			}
			e.values[qi] = newCareerColumn(e.cat.TraitLevels(q.Trait.ID), open)
		}
	}
	return e.values[qi]
}

func careerValues(q *careers.Question, ks []careers.Career, st *stance) ([]float64, []bool) {
	vals, open := make([]float64, len(ks)), make([]bool, len(ks))
	for ci := range ks {
		vals[ci], open[ci] = careerValue(q, &ks[ci], st)
	}
	return vals, open
}

// stanceKey names the career values of a question read with the stance
// that the fact answers facts give.
type stanceKey struct {
	qi    int
	facts string
}

// factsOf is the answers to the fact questions in v, as a key.
func (e *engine) factsOf(v []slot) string {
	var b []byte
	for qi := range e.cat.Questions {
		if !e.cat.Questions[qi].Fact {
			continue
		}
		if v[qi].set {
			b = append(append(b, v[qi].a.Option...), 1)
			b = strconv.AppendFloat(b, v[qi].a.Value, 'g', -1, 64)
		}
		b = append(b, 0)
	}
	return string(b)
}

// colKey names a column that does not depend on the stance.
type colKey struct {
	qi int
	a  Answer
}

// column is what answer a to question qi earns each career, in tenths: the
// same as engine.points, from values worked out once (valuesAt). A column
// that does not depend on the stance is worked out once per engine; the
// callers only read it.
func (e *engine) column(st *stance, qi int, a Answer, c careerColumn) []int {
	switch e.cat.Questions[qi].Trait.ID {
	case careers.TraitEducation, careers.TraitPay:
		return e.newColumn(st, qi, a, c)
	}
	k := colKey{qi, a}
	if col, ok := e.columns[k]; ok {
		return col
	}
	if e.columns == nil {
		e.columns = map[colKey][]int{}
	}
	col := e.newColumn(st, qi, a, c)
	e.columns[k] = col
	return col
}

func (e *engine) newColumn(st *stance, qi int, a Answer, c careerColumn) []int {
	out := make([]int, len(e.cat.Careers))
	if c.vals == nil {
		for ci := range out {
			out[ci] = e.points(st, qi, a, ci)
		}
		return out
	}
	q := &e.cat.Questions[qi]
	lo, hi := q.TraitRange()
	mode, p, maxT := q.FitMode(), personValue(q, a), float64(e.maxT[qi])
	if c.at != nil { // once per value
		pts := make([]int, len(c.distinct))
		for i, v := range c.distinct {
			pts[i] = int(math.Round(maxT * fitIn(q, mode, p, v, hi-lo)))
		}
		for ci, i := range c.at {
			if i >= 0 {
				out[ci] = pts[i]
			}
		}
		return out
	}
	for ci := range out {
		if c.open[ci] {
			out[ci] = int(math.Round(maxT * fitIn(q, mode, p, c.vals[ci], hi-lo)))
		}
	}
	return out
}
