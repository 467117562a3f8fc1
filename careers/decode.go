package careers

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"careerquiz/internal/yamldoc"
)

// decoder turns the catalog's node tree into a Catalog, collecting problems.
type decoder struct {
	yamldoc.Decoder
	// shared is what aliases stand for, decoded once (see once).
	shared map[sharedKey]any
	// fresh decodes every alias again, as if its text were written out
	// there: what tests compare once with.
	fresh bool
}

// sharedKey is a node an alias stands for, and what it was decoded as.
type sharedKey struct {
	n  *yamldoc.Node
	as string
}

// once decodes n with decode, or, when n is an alias (*name) whose node was
// decoded as the same thing (as) for an earlier alias without a problem,
// gives what it gave then. A large catalog shares its text through
// anchors: a trait or a list of routes written once and named by thousands
// of careers is decoded once. What is given is shared, so it is never
// changed after decoding. A node with a problem is decoded again at each
// alias, so the problem is reported there, named as before.
func once[T any](d *decoder, n *yamldoc.Node, as string, decode func() T) T {
	if n.Kind != yamldoc.AliasNode || d.fresh {
		return decode()
	}
	key := sharedKey{yamldoc.Resolve(n), as}
	if v, ok := d.shared[key]; ok {
		return v.(T)
	}
	before := len(d.Problems)
	v := decode()
	if len(d.Problems) == before {
		if d.shared == nil {
			d.shared = map[sharedKey]any{}
		}
		d.shared[key] = v
	}
	return v
}

// sharedList decodes a career's list field (field names it in problems
// and in once) item by item with item, once for all its aliases.
func sharedList[T any](d *decoder, v *yamldoc.Node, field, what string, item func(i int, n *yamldoc.Node) T) []T {
	return once(d, v, field, func() (out []T) {
		for i, n := range d.Seq(v, what, ": ", field) {
			out = append(out, item(i, n))
		}
		return out
	})
}

func pos(n *yamldoc.Node) Pos {
	n = yamldoc.Resolve(n)
	if n == nil {
		return Pos{}
	}
	return Pos{Line: n.Line, Col: n.Column}
}

// each runs fn on a field's value when the field is present and not null.
func each(fields yamldoc.Fields, name string, fn func(v *yamldoc.Node)) {
	if f, ok := fields.Get(name); ok && !yamldoc.IsNull(f.Value) {
		fn(f.Value)
	}
}

// Field is re-exported for brevity inside this package.
type Field = yamldoc.Field

func (d *decoder) catalog(root *yamldoc.Node) *Catalog {
	c := &Catalog{}
	fields, ok := d.Map(root, "the catalog", []string{"title", "note", "currency", "sources", "questions", "careers"})
	if !ok {
		return c
	}
	d.Require(root, "the catalog", fields, "title", "questions", "careers")
	for _, name := range []string{"questions", "careers"} {
		if f, ok := fields.Get(name); ok && !yamldoc.IsNull(f.Value) && yamldoc.Resolve(f.Value).Kind == yamldoc.SequenceNode && len(yamldoc.Resolve(f.Value).Content) == 0 {
			d.Errorf(f.Value, "%s: the list is empty; a catalog needs at least one", name)
		}
	}
	each(fields, "title", func(v *yamldoc.Node) { c.Title = d.String(v, "title") })
	each(fields, "note", func(v *yamldoc.Node) { c.Note = d.String(v, "note") })
	each(fields, "sources", func(v *yamldoc.Node) {
		items := d.Seq(v, "sources")
		c.Sources = make([]Source, 0, len(items))
		for i, item := range items {
			c.Sources = append(c.Sources, d.source(item, named(item, "source", "sources", i+1)))
		}
	})
	each(fields, "questions", func(v *yamldoc.Node) {
		items := d.Seq(v, "questions")
		c.Questions = make([]Question, 0, len(items))
		for i, item := range items {
			c.Questions = append(c.Questions, d.question(item, named(item, "question", "questions", i+1)))
		}
	})
	each(fields, "careers", func(v *yamldoc.Node) { c.Careers = d.careers(d.Seq(v, "careers")) })
	c.Currency = "$"
	each(fields, "currency", func(v *yamldoc.Node) {
		if sym := d.String(v, "currency"); sym != "" {
			if utf8.RuneCountInString(sym) > 4 || strings.ContainsFunc(sym, func(r rune) bool {
				return unicode.IsDigit(r) || unicode.IsSpace(r) || strings.ContainsRune(",._-+", r)
			}) || multiplierAtEdge(sym) {
				d.Errorf(v, "currency %s should be a symbol of 1 to 4 characters, such as $, €, £ or ¥, without digits, spaces or separators, and without a k or m at its edge (55k reads as 55,000)", yamldoc.Quote(sym))
			} else {
				c.Currency = sym
			}
		}
	})
	for i := range c.Questions {
		c.Questions[i].Range.Currency = c.Currency
	}
	return c
}

// multiplierAtEdge reports whether a currency symbol starts or ends with
// a k or an m that an amount would read as thousands or millions: "k",
// "k€", "€m" (55k€ would be 55 of "k€"). One inside a word of letters is
// not: "kr", "SEK", "MXN".
func multiplierAtEdge(sym string) bool {
	r := []rune(sym)
	isMult := func(c rune) bool { return strings.ContainsRune("kKmM", c) }
	isLetter := func(c rune) bool { return c < utf8.RuneSelf && unicode.IsLetter(c) }
	first, last := r[0], r[len(r)-1]
	return isMult(first) && (len(r) == 1 || !isLetter(r[1])) || isMult(last) && (len(r) == 1 || !isLetter(r[len(r)-2]))
}

// careers decodes the careers list. Each career is decoded on its own, so a
// long list is split among the processors, each part with a decoder of its
// own whose problems are added to d's in career order (Parse sorts them).
func (d *decoder) careers(items []*yamldoc.Node) []Career {
	out := make([]Career, len(items))
	subs := make([]decoder, partsOf(len(items)))
	for p := range subs {
		subs[p] = decoder{Decoder: d.Fork(), fresh: d.fresh}
	}
	inParts(len(subs), len(items), func(p, lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = subs[p].career(items[i], named(items[i], "career", "careers", i+1))
		}
	})
	for _, sub := range subs {
		d.Problems = append(d.Problems, sub.Problems...)
	}
	return out
}

func (d *decoder) source(n *yamldoc.Node, what string) Source {
	s := Source{Pos: pos(n)}
	fields, ok := d.Map(n, what, []string{"id", "short", "name", "url", "as_of"})
	if !ok {
		return s
	}
	d.Require(n, what, fields, "id", "short", "name")
	each(fields, "id", func(v *yamldoc.Node) { s.ID = d.String(v, what, ": id") })
	each(fields, "short", func(v *yamldoc.Node) {
		s.Short = d.String(v, what, ": short")
		if n := utf8.RuneCountInString(s.Short); n > MaxCite {
			d.Errorf(v, "%s: short is %d characters, over %d: it stands beside every fact from the source (\"BLS OOH\"); the name holds the rest", what, n, MaxCite)
		}
	})
	each(fields, "name", func(v *yamldoc.Node) { s.Name = d.String(v, what, ": name") })
	each(fields, "url", func(v *yamldoc.Node) { s.URL = d.String(v, what, ": url") })
	each(fields, "as_of", func(v *yamldoc.Node) {
		s.AsOf = d.String(v, what, ": as_of")
		if n := utf8.RuneCountInString(s.AsOf); n > MaxCite {
			d.Errorf(v, "%s: as_of is %d characters, over %d: it stands beside every fact from the source (\"May 2023\", \"edition with May 2023 pay\"); the name holds the rest", what, n, MaxCite)
		}
	})
	return s
}

// MaxCite is the most characters a source's short name or date may have:
// they stand in brackets beside every fact the source backs.
const MaxCite = 60

// named is how problems name an entry: by its id when it has a usable one
// (career "coder"), by its place otherwise (careers[3]: list and place).
func named(n *yamldoc.Node, kind, list string, place int) string {
	if id, ok := idOf(n); ok {
		return kind + " " + strconv.Quote(id)
	}
	return list + "[" + strconv.Itoa(place) + "]"
}

// idOf returns the id of a mapping, when it has a usable one.
func idOf(n *yamldoc.Node) (string, bool) {
	if n = yamldoc.Resolve(n); n != nil && n.Kind == yamldoc.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := yamldoc.Resolve(n.Content[i]), yamldoc.Resolve(n.Content[i+1])
			if k.Value == "id" && v != nil && v.Kind == yamldoc.ScalarNode && v.Tag == "!!str" && v.Value != "" {
				return v.Value, true
			}
		}
	}
	return "", false
}

func (d *decoder) ref(n *yamldoc.Node, what string, more ...string) Ref {
	return Ref{Pos: pos(n), ID: d.String(n, what, more...)}
}

func (d *decoder) question(n *yamldoc.Node, what string) Question {
	q := Question{Pos: pos(n), Weight: 1}
	fields, ok := d.Map(n, what, []string{"id", "topic", "prompt", "why", "kind", "scale", "range", "options", "weight", "trait", "fit", "fact"})
	if !ok {
		return q
	}
	each(fields, "id", func(v *yamldoc.Node) { q.ID = d.String(v, what, ": id") })
	d.Require(n, what, fields, "id", "topic", "prompt", "why", "kind", "trait")
	each(fields, "topic", func(v *yamldoc.Node) { q.Topic = d.String(v, what, ": topic") })
	each(fields, "prompt", func(v *yamldoc.Node) { q.Prompt = d.String(v, what, ": prompt") })
	each(fields, "why", func(v *yamldoc.Node) { q.Why = d.String(v, what, ": why") })
	each(fields, "kind", func(v *yamldoc.Node) {
		switch k := Kind(d.String(v, what, ": kind")); k {
		case Scale, Choice, Number:
			q.Kind = k
		case "":
		default:
			d.Errorf(v, "%s: kind %s is not one of scale, choice, number", what, yamldoc.Quote(string(k)))
		}
	})
	each(fields, "weight", func(v *yamldoc.Node) {
		if w, ok := d.Number(v, what, ": weight"); ok {
			if w <= 0 || w > 100 {
				d.Errorf(v, "%s: weight %g is out of range: use a number above 0, up to 100", what, w)
			}
			q.Weight = w
		}
	})
	each(fields, "trait", func(v *yamldoc.Node) { q.Trait = d.ref(v, what, ": trait") })
	each(fields, "fact", func(v *yamldoc.Node) { q.Fact = d.bool(v, what+": fact") })
	each(fields, "fit", func(v *yamldoc.Node) {
		q.Fit = Fit(d.String(v, what, ": fit"))
		switch q.Fit {
		case Closeness, Limit, Goal, Member, "":
		default:
			d.Errorf(v, "%s: fit %s is not one of closeness, limit or goal", what, yamldoc.Quote(string(q.Fit)))
		}
	})
	if f, ok := fields.Get("scale"); ok {
		q.Scale = d.scale(f.Value, what+": scale")
	}
	if f, ok := fields.Get("range"); ok {
		q.Range = d.numberRange(f.Value, what+": range")
	}
	each(fields, "options", func(v *yamldoc.Node) {
		for i, item := range d.Seq(v, what, ": options") {
			q.Options = append(q.Options, d.option(item, what, i+1))
		}
	})
	d.checkKindFields(n, what, q, fields)
	return q
}

// checkKindFields reports fields that do not belong to the question's kind
// and missing ones that do.
func (d *decoder) checkKindFields(n *yamldoc.Node, what string, q Question, fields yamldoc.Fields) {
	has := fields.Has
	switch q.Kind {
	case Scale:
		if !has("scale") {
			d.Errorf(n, "%s: a scale question needs its range and labels, e.g. scale: {min: 1, max: 5, low: Not at all, high: Very much}", what)
		}
	case Choice:
		if !has("options") {
			d.Errorf(n, "%s: a choice question needs options (at least two)", what)
		} else if len(q.Options) < 2 {
			options, _ := fields.Get("options")
			d.Errorf(options.Value, "%s: a choice question needs at least two options", what)
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
		if f, ok := fields.Get(field.name); ok && q.Kind != "" && q.Kind != field.belongs {
			d.Errorf(f.Key, "%s: %q is for %s questions, but this one is a %s question", what, field.name, field.belongs, q.Kind)
		}
	}
}

func (d *decoder) scale(n *yamldoc.Node, what string) ScaleRange {
	var s ScaleRange
	fields, ok := d.Map(n, what, []string{"min", "max", "low", "high"})
	if !ok {
		return s
	}
	d.Require(n, what, fields, "min", "max", "low", "high")
	var okMin, okMax bool
	each(fields, "min", func(v *yamldoc.Node) { s.Min, okMin = d.Int(v, what, ": min") })
	each(fields, "max", func(v *yamldoc.Node) { s.Max, okMax = d.Int(v, what, ": max") })
	each(fields, "low", func(v *yamldoc.Node) { s.Low = d.String(v, what, ": low") })
	each(fields, "high", func(v *yamldoc.Node) { s.High = d.String(v, what, ": high") })
	if okMin && okMax && (s.Max <= s.Min || s.Max-s.Min > 10) {
		d.Errorf(n, "%s: min %d and max %d do not make a scale: max must be above min, by 10 at most", what, s.Min, s.Max)
	}
	return s
}

// maxRange is the largest a number question may go: a trillion covers any
// amount a career quiz asks about.
const maxRange = 1e12

func (d *decoder) numberRange(n *yamldoc.Node, what string) Range {
	var r Range
	fields, ok := d.Map(n, what, []string{"min", "max", "unit"})
	if !ok {
		return r
	}
	d.Require(n, what, fields, "min", "max")
	var okMin, okMax bool
	each(fields, "min", func(v *yamldoc.Node) { r.Min, okMin = d.Number(v, what, ": min") })
	each(fields, "max", func(v *yamldoc.Node) { r.Max, okMax = d.Number(v, what, ": max") })
	each(fields, "unit", func(v *yamldoc.Node) { r.Unit = d.String(v, what, ": unit") })
	if okMin && okMax && (r.Max <= r.Min || r.Min < 0 || r.Max > maxRange) {
		d.Errorf(n, "%s: min %g and max %g are not a range: min must be 0 or more and max above it, up to %g", what, r.Min, r.Max, float64(maxRange))
	}
	return r
}

func (d *decoder) option(n *yamldoc.Node, question string, place int) Option {
	o := Option{Pos: pos(n)}
	what := fmt.Sprintf("%s option %d", question, place)
	if id, ok := idOf(n); ok {
		what = fmt.Sprintf("%s option %q", question, id)
	}
	fields, ok := d.Map(n, what, []string{"id", "label", "value", "education", "pay"})
	if !ok {
		return o
	}
	d.Require(n, what, fields, "id", "label")
	each(fields, "id", func(v *yamldoc.Node) { o.ID = d.String(v, what, ": id") })
	each(fields, "label", func(v *yamldoc.Node) { o.Label = d.String(v, what, ": label") })
	each(fields, "value", func(v *yamldoc.Node) {
		o.Value, _ = d.Number(v, what, ": value")
		o.HasValue = true // given, even if wrong: that problem is reported once
	})
	each(fields, "education", func(v *yamldoc.Node) {
		o.Education, o.educationPos = d.String(v, what, ": education"), pos(v)
		if o.Education != "" && EducationRank(o.Education) < 0 {
			d.Errorf(v, "%s: education %s is not one of %s", what, yamldoc.Quote(o.Education), joinOr(EducationLevels()))
		}
	})
	each(fields, "pay", func(v *yamldoc.Node) {
		o.Pay = d.String(v, what, ": pay")
		if o.Pay != "" && !slices.Contains(PayFigures(), o.Pay) {
			d.Errorf(v, "%s: pay %s is not one of %s", what, yamldoc.Quote(o.Pay), joinOr(PayFigures()))
		}
	})
	return o
}

// bool reads true or false.
func (d *decoder) bool(n *yamldoc.Node, what string) bool {
	n = yamldoc.Resolve(n)
	if n == nil || n.Kind != yamldoc.ScalarNode || n.Tag != "!!bool" {
		d.Errorf(n, "%s should be true or false", what)
		return false
	}
	return n.Value == "true" || n.Value == "True" || n.Value == "TRUE"
}
