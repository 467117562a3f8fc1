package careers

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"careerquiz/internal/yamldoc"
)

func (d *decoder) career(n *yamldoc.Node, what string) Career {
	c := Career{Pos: pos(n)}
	fields, ok := d.Map(n, what, []string{"id", "title", "summary", "education", "duties", "workplaces", "settings",
		"skills", "pay", "outlook", "history", "prerequisites", "next_steps", "traits"})
	if !ok {
		return c
	}
	each(fields, "id", func(v *yamldoc.Node) { c.ID = d.String(v, what, ": id") })
	d.Require(n, what, fields, "id", "title", "summary", "education", "duties", "workplaces", "skills")
	each(fields, "title", func(v *yamldoc.Node) { c.Title = d.String(v, what, ": title") })
	each(fields, "summary", func(v *yamldoc.Node) {
		c.Summary = d.String(v, what, ": summary")
		if n := utf8.RuneCountInString(c.Summary); n > MaxSummary {
			d.Errorf(v, "%s: summary is %d characters, over %d: keep it to a sentence or two (it is shown under the best fit); duties, workplaces and skills hold the rest", what, n, MaxSummary)
		}
	})
	each(fields, "education", func(v *yamldoc.Node) {
		c.Education = once(d, v, "education", func() Education { return d.education(v, what+": education") })
	})
	each(fields, "duties", func(v *yamldoc.Node) { c.Duties = d.strings(v, what, ": duties") })
	each(fields, "workplaces", func(v *yamldoc.Node) { c.Workplaces = d.strings(v, what, ": workplaces") })
	each(fields, "skills", func(v *yamldoc.Node) { c.Skills = d.strings(v, what, ": skills") })
	each(fields, "next_steps", func(v *yamldoc.Node) { c.NextSteps = d.strings(v, what, ": next_steps") })
	each(fields, "settings", func(v *yamldoc.Node) {
		c.Settings = sharedList(d, v, "settings", what, func(i int, n *yamldoc.Node) Ref {
			return d.ref(n, what+": settings["+strconv.Itoa(i+1)+"]")
		})
	})
	each(fields, "pay", func(v *yamldoc.Node) {
		c.Pay = once(d, v, "pay", func() *Pay { return d.pay(v, what+": pay") })
	})
	each(fields, "outlook", func(v *yamldoc.Node) {
		c.Outlook = once(d, v, "outlook", func() *Outlook { return d.outlook(v, what+": outlook") })
	})
	each(fields, "history", func(v *yamldoc.Node) {
		c.History = sharedList(d, v, "history", what, func(i int, n *yamldoc.Node) Fact {
			return d.fact(n, what+": history["+strconv.Itoa(i+1)+"]")
		})
	})
	each(fields, "prerequisites", func(v *yamldoc.Node) {
		c.Prerequisites = sharedList(d, v, "prerequisites", what, func(i int, n *yamldoc.Node) Prerequisite {
			return d.prerequisite(n, what+": prerequisite "+strconv.Itoa(i+1))
		})
	})
	each(fields, "traits", func(v *yamldoc.Node) {
		traits, ok := d.Map(v, what+": traits", nil)
		if !ok {
			return
		}
		c.Traits = make(map[string]Trait, len(traits))
		for _, f := range traits {
			name := f.Key.Value
			c.Traits[name] = once(d, f.Value, "trait", func() Trait { return d.trait(f.Value, what+" trait "+strconv.Quote(name)) })
			c.TraitOrder = append(c.TraitOrder, name)
		}
	})
	return c
}

func (d *decoder) education(n *yamldoc.Node, what string) Education {
	var e Education
	fields, ok := d.Map(n, what, []string{"routes", "certifications", "source"})
	if !ok {
		return e
	}
	d.Require(n, what, fields, "routes", "source")
	each(fields, "source", func(v *yamldoc.Node) { e.Source = d.ref(v, what, ": source") })
	each(fields, "routes", func(v *yamldoc.Node) {
		items := d.Seq(v, what, ": routes")
		if n := yamldoc.Resolve(v); n.Kind == yamldoc.SequenceNode && len(items) == 0 {
			d.Errorf(v, "%s: routes: list at least one way in (an education level and its name)", what)
		}
		for i, item := range items {
			e.Routes = append(e.Routes, d.route(item, what+": route "+strconv.Itoa(i+1)))
		}
	})
	each(fields, "certifications", func(v *yamldoc.Node) {
		for i, item := range d.Seq(v, what, ": certifications") {
			e.Certifications = append(e.Certifications, d.certification(item, what+": certification "+strconv.Itoa(i+1)))
		}
	})
	return e
}

func (d *decoder) route(n *yamldoc.Node, what string) Route {
	r := Route{Pos: pos(n)}
	fields, ok := d.Map(n, what, []string{"level", "field", "name", "years", "credits", "credits_unit", "credits_source", "requires"})
	if !ok {
		return r
	}
	each(fields, "field", func(v *yamldoc.Node) { r.Field = d.String(v, what, ": field") })
	each(fields, "credits_unit", func(v *yamldoc.Node) {
		r.CreditUnit = d.String(v, what, ": credits_unit")
		if r.CreditUnit != "" && r.CreditUnit != "quarter" && r.CreditUnit != "semester" {
			d.Errorf(v, "%s: credits_unit %s is not one of quarter or semester", what, yamldoc.Quote(r.CreditUnit))
		}
	})
	each(fields, "credits_source", func(v *yamldoc.Node) { r.CreditSource = d.ref(v, what, ": credits_source") })
	each(fields, "requires", func(v *yamldoc.Node) {
		reqs, ok := d.Map(v, what+": requires", nil)
		if !ok {
			return
		}
		for _, f := range reqs {
			r.Requires = append(r.Requires, Requirement{
				Question: Ref{Pos: pos(f.Key), ID: f.Key.Value},
				Options:  d.Strings(f.Value, what+": requires "+f.Key.Value),
			})
		}
	})
	d.Require(n, what, fields, "level", "name", "years")
	each(fields, "level", func(v *yamldoc.Node) {
		r.Level = d.String(v, what, ": level")
		if r.Level != "" && EducationRank(r.Level) < 0 {
			d.Errorf(v, "%s: level %s is not one of %s", what, yamldoc.Quote(r.Level), joinOr(EducationLevels()))
		}
	})
	each(fields, "name", func(v *yamldoc.Node) { r.Name = d.String(v, what, ": name") })
	each(fields, "years", func(v *yamldoc.Node) {
		if y, ok := d.Number(v, what, ": years"); ok {
			if y < 0 || y > 15 {
				d.Errorf(v, "%s: years %g is out of range (0 to 15)", what, y)
			}
			r.Years = y
		}
	})
	each(fields, "credits", func(v *yamldoc.Node) {
		if c, ok := d.Int(v, what, ": credits"); ok {
			if c <= 0 || c > 500 {
				d.Errorf(v, "%s: credits %d is out of range (1 to 500)", what, c)
			}
			r.Credits = c
		}
	})
	return r
}

func (d *decoder) certification(n *yamldoc.Node, what string) Certification {
	var c Certification
	fields, ok := d.Map(n, what, []string{"name", "grantor", "note"})
	if !ok {
		return c
	}
	d.Require(n, what, fields, "name", "grantor")
	each(fields, "name", func(v *yamldoc.Node) { c.Name = d.String(v, what, ": name") })
	each(fields, "grantor", func(v *yamldoc.Node) { c.Grantor = d.String(v, what, ": grantor") })
	each(fields, "note", func(v *yamldoc.Node) { c.Note = d.String(v, what, ": note") })
	return c
}

// maxPay is the most any pay figure may be, in any unit.
const maxPay = 10_000_000

// MaxSummary is the most characters a career's summary may have: it
// stands under the best fit, above the ranking, and a long one pushed the
// ranking off a screen of 24 lines.
const MaxSummary = 300

func (d *decoder) pay(n *yamldoc.Node, what string) *Pay {
	p := &Pay{Pos: pos(n)}
	fields, ok := d.Map(n, what, []string{"median", "year", "as_of", "occupation", "source", "range"})
	if !ok {
		return p
	}
	d.Require(n, what+" (a figure needs its year and source)", fields, "median", "year", "source")
	each(fields, "median", func(v *yamldoc.Node) {
		if m, ok := d.Number(v, what, ": median"); ok {
			if m <= 0 || m > maxPay {
				d.Errorf(v, "%s: median %s is out of range (above 0, up to %s)", what, plainNumber(m), plainNumber(maxPay))
			}
			p.Median = m
		}
	})
	each(fields, "year", func(v *yamldoc.Node) { p.Year = d.year(v, what, ": year") })
	each(fields, "as_of", func(v *yamldoc.Node) { p.AsOf = d.String(v, what, ": as_of") })
	each(fields, "occupation", func(v *yamldoc.Node) { p.Occupation = d.String(v, what, ": occupation") })
	each(fields, "source", func(v *yamldoc.Node) { p.Source = d.ref(v, what, ": source") })
	each(fields, "range", func(v *yamldoc.Node) {
		p.Range = once(d, v, "pay range", func() *PayRange { return d.payRange(v, what+": range") })
	})
	return p
}

// payRange reads a percentile spread: every percentile, its year and source,
// each figure above the one before.
func (d *decoder) payRange(n *yamldoc.Node, what string) *PayRange {
	r := &PayRange{Pos: pos(n)}
	fields, ok := d.Map(n, what, append(PayFigures(), "year", "as_of", "source"))
	if !ok {
		return r
	}
	d.Require(n, what+" (a figure needs its year and source)", fields, append(PayFigures(), "year", "source")...)
	figs := []*float64{&r.P10, &r.P25, &r.Median, &r.P75, &r.P90}
	read := 0
	for i, name := range PayFigures() {
		each(fields, name, func(v *yamldoc.Node) {
			if f, ok := d.Number(v, what, ": ", name); ok {
				if f <= 0 || f > maxPay {
					d.Errorf(v, "%s: %s %s is out of range (above 0, up to %s)", what, name, plainNumber(f), plainNumber(maxPay))
				}
				*figs[i] = f
				read++
			}
		})
	}
	if read == len(figs) {
		for i := 1; i < len(figs); i++ {
			if *figs[i] < *figs[i-1] {
				d.Errorf(n, "%s: %s (%g) is below %s (%g): percentiles rise from p10 to p90", what, PayFigures()[i], *figs[i], PayFigures()[i-1], *figs[i-1])
			}
		}
	}
	each(fields, "year", func(v *yamldoc.Node) { r.Year = d.year(v, what, ": year") })
	each(fields, "as_of", func(v *yamldoc.Node) { r.AsOf = d.String(v, what, ": as_of") })
	each(fields, "source", func(v *yamldoc.Node) { r.Source = d.ref(v, what, ": source") })
	return r
}

func (d *decoder) outlook(n *yamldoc.Node, what string) *Outlook {
	o := &Outlook{Pos: pos(n)}
	fields, ok := d.Map(n, what, []string{"growth", "decade", "descriptor", "source"})
	if !ok {
		return o
	}
	d.Require(n, what+" (a figure needs its decade and source)", fields, "growth", "decade", "descriptor", "source")
	each(fields, "growth", func(v *yamldoc.Node) {
		if g, ok := d.Number(v, what, ": growth"); ok {
			if g < -100 || g > 1000 {
				d.Errorf(v, "%s: growth %g%% is out of range (-100 to 1000)", what, g)
			}
			o.Growth = g
		}
	})
	each(fields, "decade", func(v *yamldoc.Node) { o.Decade = d.String(v, what, ": decade") })
	each(fields, "descriptor", func(v *yamldoc.Node) {
		o.Descriptor = d.String(v, what, ": descriptor")
		if o.Descriptor != "" && OutlookLevel(o.Descriptor) == 0 {
			d.Errorf(v, "%s: descriptor %s is not one of %s", what, yamldoc.Quote(o.Descriptor), joinOr(OutlookDescriptors()))
		}
	})
	each(fields, "source", func(v *yamldoc.Node) { o.Source = d.ref(v, what, ": source") })
	return o
}

func (d *decoder) fact(n *yamldoc.Node, what string) Fact {
	f := Fact{Pos: pos(n)}
	fields, ok := d.Map(n, what, []string{"fact", "year", "source"})
	if !ok {
		return f
	}
	d.Require(n, what+" (a fact needs its year and source)", fields, "fact", "year", "source")
	each(fields, "fact", func(v *yamldoc.Node) { f.Text = d.String(v, what, ": fact") })
	each(fields, "year", func(v *yamldoc.Node) { f.Year = d.year(v, what, ": year") })
	each(fields, "source", func(v *yamldoc.Node) { f.Source = d.ref(v, what, ": source") })
	return f
}

func (d *decoder) prerequisite(n *yamldoc.Node, what string) Prerequisite {
	p := Prerequisite{Pos: pos(n)}
	fields, ok := d.Map(n, what, []string{"text", "short", "trait", "needs", "cap", "source"})
	if !ok {
		return p
	}
	d.Require(n, what, fields, "text", "trait", "needs", "cap", "source")
	each(fields, "text", func(v *yamldoc.Node) { p.Text = d.String(v, what, ": text") })
	each(fields, "short", func(v *yamldoc.Node) { p.Short = d.String(v, what, ": short") })
	each(fields, "trait", func(v *yamldoc.Node) { p.Trait = d.ref(v, what, ": trait") })
	each(fields, "needs", func(v *yamldoc.Node) { p.Needs, p.valid = d.Number(v, what, ": needs") })
	each(fields, "cap", func(v *yamldoc.Node) {
		if c, ok := d.Number(v, what, ": cap"); ok {
			if c < 0 || c >= 100 {
				d.Errorf(v, "%s: cap %g is out of range: a score cap is 0 or more and below 100", what, c)
			}
			p.Cap = c
		}
	})
	each(fields, "source", func(v *yamldoc.Node) { p.Source = d.ref(v, what, ": source") })
	return p
}

// strings decodes a list of strings, once for all its aliases.
func (d *decoder) strings(v *yamldoc.Node, what, more string) []string {
	return once(d, v, "strings", func() []string { return d.Strings(v, what, more) })
}

func (d *decoder) trait(n *yamldoc.Node, what string) Trait {
	t := Trait{Pos: pos(n)}
	fields, ok := d.Map(n, what, []string{"level", "basis", "source"})
	if !ok {
		return t
	}
	d.Require(n, what, fields, "level", "basis", "source")
	each(fields, "level", func(v *yamldoc.Node) {
		t.Level, t.valid = d.Number(v, what, ": level")
		t.levelPos = pos(v)
	})
	each(fields, "basis", func(v *yamldoc.Node) { t.Basis = d.String(v, what, ": basis") })
	each(fields, "source", func(v *yamldoc.Node) { t.Source = d.ref(v, what, ": source") })
	return t
}

func (d *decoder) year(n *yamldoc.Node, what string, more ...string) int {
	y, ok := d.Int(n, what, more...)
	if ok && (y < 1900 || y > 2100) {
		d.Errorf(n, "%s: %d is not a plausible year", what+strings.Join(more, ""), y)
	}
	return y
}
