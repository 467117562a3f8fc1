package careers

import "slices"

// TraitRange is the span of values answers to q can take on its trait:
// the scale's ends, the options' values, or the number range.
func (q Question) TraitRange() (lo, hi float64) {
	switch q.Kind {
	case Scale:
		return float64(q.Scale.Min), float64(q.Scale.Max)
	case Number:
		return q.Range.Min, q.Range.Max
	}
	if len(q.Options) == 0 {
		return 0, 0
	}
	values := make([]float64, len(q.Options))
	for i, o := range q.Options {
		values[i] = o.Value
	}
	return slices.Min(values), slices.Max(values)
}

// Option returns the option with the given id.
func (q Question) Option(id string) (Option, bool) {
	i := slices.IndexFunc(q.Options, func(o Option) bool { return o.ID == id })
	if i < 0 {
		return Option{}, false
	}
	return q.Options[i], true
}

// OptionIDs lists the question's option ids in order.
func (q Question) OptionIDs() []string { return optionIDs(q) }

// Question returns the catalog's question with the given id.
func (c *Catalog) Question(id string) (Question, bool) {
	i := slices.IndexFunc(c.Questions, func(q Question) bool { return q.ID == id })
	if i < 0 {
		return Question{}, false
	}
	return c.Questions[i], true
}

// Career returns the catalog's career with the given id.
func (c *Catalog) Career(id string) (Career, bool) {
	i := slices.IndexFunc(c.Careers, func(k Career) bool { return k.ID == id })
	if i < 0 {
		return Career{}, false
	}
	return c.Careers[i], true
}

// Source returns the catalog's source with the given id.
func (c *Catalog) Source(id string) (Source, bool) {
	i := slices.IndexFunc(c.Sources, func(s Source) bool { return s.ID == id })
	if i < 0 {
		return Source{}, false
	}
	return c.Sources[i], true
}
