package careers

import (
	"fmt"
	"slices"

	"careerquiz/internal/yamldoc"
	"go.yaml.in/yaml/v3"
)

// decoder turns the catalog's node tree into a Catalog, collecting problems.
type decoder struct {
	yamldoc.Decoder
}

func pos(n *yaml.Node) Pos {
	n = yamldoc.Resolve(n)
	if n == nil {
		return Pos{}
	}
	return Pos{Line: n.Line, Col: n.Column}
}

// each runs fn on a field's value when the field is present and not null.
func each(fields map[string]Field, name string, fn func(v *yaml.Node)) {
	if f, ok := fields[name]; ok && !yamldoc.IsNull(f.Value) {
		fn(f.Value)
	}
}

// Field is re-exported for brevity inside this package.
type Field = yamldoc.Field

func (d *decoder) catalog(root *yaml.Node) *Catalog {
	c := &Catalog{}
	fields, ok := d.Map(root, "the catalog", []string{"title", "note", "sources", "questions", "careers"})
	if !ok {
		return c
	}
	d.Require(root, "the catalog", fields, "title", "questions", "careers")
	for _, name := range []string{"questions", "careers"} {
		if f, ok := fields[name]; ok && !yamldoc.IsNull(f.Value) && yamldoc.Resolve(f.Value).Kind == yaml.SequenceNode && len(yamldoc.Resolve(f.Value).Content) == 0 {
			d.Errorf(f.Value, "%s: the list is empty; a catalog needs at least one", name)
		}
	}
	each(fields, "title", func(v *yaml.Node) { c.Title = d.String(v, "title") })
	each(fields, "note", func(v *yaml.Node) { c.Note = d.String(v, "note") })
	each(fields, "sources", func(v *yaml.Node) {
		for i, item := range d.Seq(v, "sources") {
			c.Sources = append(c.Sources, d.source(item, fmt.Sprintf("sources[%d]", i+1)))
		}
	})
	each(fields, "questions", func(v *yaml.Node) {
		for i, item := range d.Seq(v, "questions") {
			c.Questions = append(c.Questions, d.question(item, fmt.Sprintf("questions[%d]", i+1)))
		}
	})
	each(fields, "careers", func(v *yaml.Node) {
		for i, item := range d.Seq(v, "careers") {
			c.Careers = append(c.Careers, d.career(item, fmt.Sprintf("careers[%d]", i+1)))
		}
	})
	return c
}

func (d *decoder) source(n *yaml.Node, what string) Source {
	s := Source{Pos: pos(n)}
	fields, ok := d.Map(n, what, []string{"id", "short", "name", "url"})
	if !ok {
		return s
	}
	d.Require(n, what, fields, "id", "short", "name")
	each(fields, "id", func(v *yaml.Node) { s.ID = d.String(v, what+": id") })
	each(fields, "short", func(v *yaml.Node) { s.Short = d.String(v, what+": short") })
	each(fields, "name", func(v *yaml.Node) { s.Name = d.String(v, what+": name") })
	each(fields, "url", func(v *yaml.Node) { s.URL = d.String(v, what+": url") })
	return s
}

// named is how problems name an entry: by its id when it has a usable one,
// by its place in the list otherwise.
func named(n *yaml.Node, kind, place string) string {
	n = yamldoc.Resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return place
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := yamldoc.Resolve(n.Content[i]), yamldoc.Resolve(n.Content[i+1])
		if k.Value == "id" && v != nil && v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Value != "" {
			return fmt.Sprintf("%s %q", kind, v.Value)
		}
	}
	return place
}

func (d *decoder) ref(n *yaml.Node, what string) Ref {
	return Ref{Pos: pos(n), ID: d.String(n, what)}
}

func (d *decoder) question(n *yaml.Node, what string) Question {
	q := Question{Pos: pos(n), Weight: 1}
	what = named(n, "question", what)
	fields, ok := d.Map(n, what, []string{"id", "topic", "prompt", "why", "kind", "scale", "range", "options", "weight", "trait", "fit", "fact"})
	if !ok {
		return q
	}
	each(fields, "id", func(v *yaml.Node) { q.ID = d.String(v, what+": id") })
	d.Require(n, what, fields, "id", "topic", "prompt", "why", "kind", "trait")
	each(fields, "topic", func(v *yaml.Node) { q.Topic = d.String(v, what+": topic") })
	each(fields, "prompt", func(v *yaml.Node) { q.Prompt = d.String(v, what+": prompt") })
	each(fields, "why", func(v *yaml.Node) { q.Why = d.String(v, what+": why") })
	each(fields, "kind", func(v *yaml.Node) {
		switch k := Kind(d.String(v, what+": kind")); k {
		case Scale, Choice, Number:
			q.Kind = k
		case "":
		default:
			d.Errorf(v, "%s: kind %s is not one of scale, choice, number", what, yamldoc.Quote(string(k)))
		}
	})
	each(fields, "weight", func(v *yaml.Node) {
		if w, ok := d.Number(v, what+": weight"); ok {
			if w <= 0 || w > 100 {
				d.Errorf(v, "%s: weight %g is out of range: use a number above 0, up to 100", what, w)
			}
			q.Weight = w
		}
	})
	each(fields, "trait", func(v *yaml.Node) { q.Trait = d.ref(v, what+": trait") })
	each(fields, "fact", func(v *yaml.Node) { q.Fact = d.bool(v, what+": fact") })
	each(fields, "fit", func(v *yaml.Node) {
		q.Fit = Fit(d.String(v, what+": fit"))
		switch q.Fit {
		case Closeness, Limit, Goal, Member, "":
		default:
			d.Errorf(v, "%s: fit %s is not one of closeness, limit or goal", what, yamldoc.Quote(string(q.Fit)))
		}
	})
	if f, ok := fields["scale"]; ok {
		q.Scale = d.scale(f.Value, what+": scale")
	}
	if f, ok := fields["range"]; ok {
		q.Range = d.numberRange(f.Value, what+": range")
	}
	each(fields, "options", func(v *yaml.Node) {
		for i, item := range d.Seq(v, what+": options") {
			q.Options = append(q.Options, d.option(item, what, i+1))
		}
	})
	d.checkKindFields(n, what, q, fields)
	return q
}

// checkKindFields reports fields that do not belong to the question's kind
// and missing ones that do.
func (d *decoder) checkKindFields(n *yaml.Node, what string, q Question, fields map[string]Field) {
	has := func(name string) bool { f, ok := fields[name]; return ok && !yamldoc.IsNull(f.Value) }
	switch q.Kind {
	case Scale:
		if !has("scale") {
			d.Errorf(n, "%s: a scale question needs its range and labels, e.g. scale: {min: 1, max: 5, low: Not at all, high: Very much}", what)
		}
	case Choice:
		if !has("options") {
			d.Errorf(n, "%s: a choice question needs options (at least two)", what)
		} else if len(q.Options) < 2 {
			d.Errorf(fields["options"].Value, "%s: a choice question needs at least two options", what)
		}
	case Number:
		if !has("range") {
			d.Errorf(n, "%s: a number question needs its range, e.g. range: {min: 1000, max: 1000000, unit: USD a year}", what)
		}
	}
	for _, field := range []struct {
		name    string
		belongs Kind
	}{{"scale", Scale}, {"options", Choice}, {"range", Number}} {
		if f, ok := fields[field.name]; ok && q.Kind != "" && q.Kind != field.belongs {
			d.Errorf(f.Key, "%s: %q is for %s questions, but this one is a %s question", what, field.name, field.belongs, q.Kind)
		}
	}
}

func (d *decoder) scale(n *yaml.Node, what string) ScaleRange {
	var s ScaleRange
	fields, ok := d.Map(n, what, []string{"min", "max", "low", "high"})
	if !ok {
		return s
	}
	d.Require(n, what, fields, "min", "max", "low", "high")
	var okMin, okMax bool
	each(fields, "min", func(v *yaml.Node) { s.Min, okMin = d.Int(v, what+": min") })
	each(fields, "max", func(v *yaml.Node) { s.Max, okMax = d.Int(v, what+": max") })
	each(fields, "low", func(v *yaml.Node) { s.Low = d.String(v, what+": low") })
	each(fields, "high", func(v *yaml.Node) { s.High = d.String(v, what+": high") })
	if okMin && okMax && (s.Max <= s.Min || s.Max-s.Min > 10) {
		d.Errorf(n, "%s: min %d and max %d do not make a scale: max must be above min, by 10 at most", what, s.Min, s.Max)
	}
	return s
}

// maxRange is the largest a number question may go: a trillion covers any
// amount a career quiz asks about.
const maxRange = 1e12

func (d *decoder) numberRange(n *yaml.Node, what string) Range {
	var r Range
	fields, ok := d.Map(n, what, []string{"min", "max", "unit"})
	if !ok {
		return r
	}
	d.Require(n, what, fields, "min", "max")
	var okMin, okMax bool
	each(fields, "min", func(v *yaml.Node) { r.Min, okMin = d.Number(v, what+": min") })
	each(fields, "max", func(v *yaml.Node) { r.Max, okMax = d.Number(v, what+": max") })
	each(fields, "unit", func(v *yaml.Node) { r.Unit = d.String(v, what+": unit") })
	if okMin && okMax && (r.Max <= r.Min || r.Min < 0 || r.Max > maxRange) {
		d.Errorf(n, "%s: min %g and max %g are not a range: min must be 0 or more and max above it, up to %g", what, r.Min, r.Max, float64(maxRange))
	}
	return r
}

func (d *decoder) option(n *yaml.Node, question string, place int) Option {
	o := Option{Pos: pos(n)}
	what := named(n, question+" option", fmt.Sprintf("%s option %d", question, place))
	fields, ok := d.Map(n, what, []string{"id", "label", "value", "education", "pay"})
	if !ok {
		return o
	}
	d.Require(n, what, fields, "id", "label")
	each(fields, "id", func(v *yaml.Node) { o.ID = d.String(v, what+": id") })
	each(fields, "label", func(v *yaml.Node) { o.Label = d.String(v, what+": label") })
	each(fields, "value", func(v *yaml.Node) {
		o.Value, _ = d.Number(v, what+": value")
		o.HasValue = true // given, even if wrong: that problem is reported once
	})
	each(fields, "education", func(v *yaml.Node) { o.Education = d.String(v, what+": education") })
	each(fields, "pay", func(v *yaml.Node) {
		o.Pay = d.String(v, what+": pay")
		if o.Pay != "" && !slices.Contains(PayFigures(), o.Pay) {
			d.Errorf(v, "%s: pay %s is not one of %s", what, yamldoc.Quote(o.Pay), joinOr(PayFigures()))
		}
	})
	return o
}

// bool reads true or false.
func (d *decoder) bool(n *yaml.Node, what string) bool {
	n = yamldoc.Resolve(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		d.Errorf(n, "%s should be true or false", what)
		return false
	}
	return n.Value == "true" || n.Value == "True" || n.Value == "TRUE"
}
