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
	// at groups the careers that earn the same points for any answer, so a
	// column of points is worked out once per group: at[ci] is career ci's
	// group, or -1 when it has no value (not open). A group is a value
	// (distinct[g], bit for bit) or, for the settings, the set of options a
	// career offers (masks[g], a bit per option). at is nil when there
	// would be more than maxDistinct groups.
	at       []int16
	distinct []float64
	masks    []uint64
}

// maxDistinct is how many groups a column may have; traits rated on a
// scale have a handful of values, a few settings a few combinations.
const maxDistinct = 256

// newCareerColumn groups vals by value (see careerColumn). Values are the
// same only when their bits are, so a value's points are exactly those of
// each career that has it.
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

// settingsColumn groups the careers by the settings question q's options
// they offer; nothing when it has more than 64 options or the careers more
// than maxDistinct combinations.
func settingsColumn(q *careers.Question, ks []careers.Career) careerColumn {
	if len(q.Options) > 64 {
		return careerColumn{}
	}
	c := careerColumn{at: make([]int16, len(ks))}
	last := -1
	for ci := range ks {
		var mask uint64
		for _, r := range ks[ci].Settings {
			if i := slices.IndexFunc(q.Options, func(o careers.Option) bool { return o.ID == r.ID }); i >= 0 {
				mask |= 1 << i
			}
		}
		if last < 0 || c.masks[last] != mask {
			if last = slices.Index(c.masks, mask); last < 0 {
				if len(c.masks) == maxDistinct {
					return careerColumn{}
				}
				last = len(c.masks)
				c.masks = append(c.masks, mask)
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
		if e.values == nil {
			e.values = make([]careerColumn, len(e.cat.Questions))
		}
		if e.values[qi].at == nil {
			e.values[qi] = settingsColumn(q, e.cat.Careers)
		}
		return e.values[qi]
	case careers.TraitEducation, careers.TraitPay:
		// The stance is read from the fact answers alone: the same facts,
		// the same values. Education reads the facts the ways in need,
		// pay those that name a pay figure.
		reads := e.payQs
		if q.Trait.ID == careers.TraitEducation {
			reads = e.routeQs
		}
		k := stanceKey{qi: qi, facts: e.factsOf(st.v, reads)}
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

// factsOf is the answers in v to the questions marked in reads, as a key.
func (e *engine) factsOf(v []slot, reads []bool) string {
	var b []byte
	for qi := range e.cat.Questions {
		if !reads[qi] {
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
	if pts := e.groupPoints(qi, a, c); pts != nil { // once per group
		for ci, g := range c.at {
			if g >= 0 {
				out[ci] = pts[g]
			}
		}
		return out
	}
	if c.vals == nil {
		for ci := range out {
			out[ci] = e.points(st, qi, a, ci)
		}
		return out
	}
	q := &e.cat.Questions[qi]
	lo, hi := q.TraitRange()
	mode, p, maxT := q.FitMode(), personValue(q, a), float64(e.maxT[qi])
	for ci := range out {
		if c.open[ci] {
			out[ci] = int(math.Round(maxT * fitIn(q, mode, p, c.vals[ci], hi-lo)))
		}
	}
	return out
}

// groupPoints is what answer a to question qi earns each group of careers
// in c (engine.points for any career of the group); nil when c has no
// groups.
func (e *engine) groupPoints(qi int, a Answer, c careerColumn) []int {
	q := &e.cat.Questions[qi]
	switch {
	case c.at == nil:
		return nil
	case c.masks != nil: // fit is 1 for a career that offers the setting, else 0
		i := slices.IndexFunc(q.Options, func(o careers.Option) bool { return o.ID == a.Option })
		if i < 0 {
			return nil
		}
		pts := make([]int, len(c.masks))
		for g, m := range c.masks {
			if m&(1<<i) != 0 {
				pts[g] = int(math.Round(float64(e.maxT[qi])))
			}
		}
		return pts
	}
	lo, hi := q.TraitRange()
	mode, p, maxT := q.FitMode(), personValue(q, a), float64(e.maxT[qi])
	pts := make([]int, len(c.distinct))
	for g, v := range c.distinct {
		pts[g] = int(math.Round(maxT * fitIn(q, mode, p, v, hi-lo)))
	}
	return pts
}
