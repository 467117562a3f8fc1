package quiz

// The reasons' texts as they were written before the 10,000-career work on
// them (commit eb85a55, with fmt), kept as the reference the faster
// writing must agree with, word for word (TestReasonsMatchReference).

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"careerquiz/careers"
)

// reasons explains career ci's score: one reason per answered question, in
// catalog order, plus a cap reason when a prerequisite lowered the total.
func (e *engine) refReasons(st *stance, ci int, total int) []Reason {
	k := &e.cat.Careers[ci]
	var out []Reason
	sum := 0
	for _, qi := range e.answered {
		q, a := &e.cat.Questions[qi], e.current[qi].a
		pts := e.points(st, qi, a, ci)
		sum += pts
		out = append(out, Reason{
			Question: q.ID,
			Text:     refReasonText(e.cat, q, a, k, st),
			Points:   float64(pts) / 10,
			Max:      float64(e.maxT[qi]) / 10,
		})
	}
	if capT, pi := e.capOf(ci, e.current); pi >= 0 && sum > capT {
		out = append(out, e.refCapReason(ci, pi, float64(total-sum)/10))
	}
	return out
}

// capReason explains a prerequisite's cap: what the career needs, and the
// answer that does not meet it, or that the fact was not given.
func (e *engine) refCapReason(ci, pi int, points float64) Reason {
	p := e.cat.Careers[ci].Prerequisites[pi]
	var q careers.Question
	var said string
	for _, r := range e.caps[ci] {
		if r.prereq != pi {
			continue
		}
		for _, qi := range r.qs {
			if e.current[qi].set {
				q = e.cat.Questions[qi]
				said = "you answered " + refQuoteAnswer(q, e.current[qi].a)
				break
			}
		}
		if said == "" && r.fact >= 0 {
			q = e.cat.Questions[r.fact]
			said = fmt.Sprintf("you didn't say (%s was skipped), so it counts as not met", LowerFirst(q.Topic))
		}
	}
	return Reason{
		Question: q.ID,
		Text: fmt.Sprintf("Score capped at %g: this career %s (%s); %s.",
			p.Cap, LowerFirst(strings.TrimSuffix(p.Text, ".")), Cite(e.cat, p.Source.ID), said),
		Points: points,
		Cap:    true,
	}
}

// reasonText says in plain words how answer a to q meets career k: the
// answer, then the career's fact behind it, with year and source for figures.
func refReasonText(cat *careers.Catalog, q *careers.Question, a Answer, k *careers.Career, st *stance) string {
	lead := q.Topic + ": "
	switch q.Trait.ID {
	case careers.TraitEducation:
		return lead + refEducationText(cat, q, a, k, st)
	case careers.TraitPay:
		return lead + refPayText(cat, a, k, st)
	case careers.TraitOutlook:
		o := k.Outlook
		return lead + fmt.Sprintf("it matters %s to you; jobs are projected to grow %g%% in %s, %s (%s).",
			refDisplay(*q, a), o.Growth, o.Decade, o.Descriptor, sourceShort(cat, o.Source.ID))
	case careers.TraitSettings:
		where := strings.Join(k.Workplaces, "; ")
		if fit(q, a, k, st) == 1 {
			return lead + fmt.Sprintf("you chose %s, one of this career's settings: %s.", refQuoteAnswer(*q, a), where)
		}
		return lead + fmt.Sprintf("you chose %s, which is not among this career's settings: %s.", refQuoteAnswer(*q, a), where)
	}
	t := k.Traits[q.Trait.ID]
	if q.Kind == careers.Scale {
		level := fmt.Sprintf("rates %g of %d", t.Level, q.Scale.Max)
		switch p := float64(a.Value); {
		case q.FitMode() == careers.Limit && t.Level <= p:
			level = fmt.Sprintf("asks %g of %d, within what you will take on", t.Level, q.Scale.Max)
		case q.FitMode() == careers.Limit:
			level = fmt.Sprintf("asks %g of %d, more than you will take on", t.Level, q.Scale.Max)
		case q.FitMode() == careers.Goal && t.Level >= p:
			level += ", as much as you want"
		case q.FitMode() == careers.Goal:
			level += ", less than you want"
		}
		return lead + fmt.Sprintf("you answered %s; this career %s: it %s (%s).",
			refQuoteAnswer(*q, a), level, t.Basis, Cite(cat, t.Source.ID))
	}
	return lead + fmt.Sprintf("you answered %s; this career %s (%s).",
		refQuoteAnswer(*q, a), t.Basis, Cite(cat, t.Source.ID))
}

// educationText compares the education the person will do with the best
// way in that is open to them, by level and by field.
func refEducationText(cat *careers.Catalog, q *careers.Question, a Answer, k *careers.Career, st *stance) string {
	o, _ := q.Option(a.Option)
	plan := planText(o.Education)
	src := Cite(cat, k.Education.Source.ID)
	r, open := st.entry(k)
	if !open {
		var needs []string
		unknown := false
		for i, rt := range k.Education.Routes {
			s, _ := st.route(&k.Education.Routes[i])
			unknown = unknown || s == routeUnknown
			for _, req := range rt.Requires {
				rq, _ := cat.Question(req.Question.ID)
				if n := refRequirementText(rq, req); !slices.Contains(needs, n) {
					needs = append(needs, n)
				}
			}
		}
		why := "your answers rule it out"
		if unknown {
			why = "you didn't say, so it counts as not met"
		}
		return fmt.Sprintf("%s, but every way in needs %s, and %s (%s).", plan, andList(needs), why, src)
	}
	fact := fmt.Sprintf("the least education that opens it to you is %s (%s; %s)", routeLevel(r), r.Name, src)
	if r.Field != "" || r.Level == "none" {
		fact = fmt.Sprintf("the least education that opens it to you is %s (%s)", routeLevel(r), src)
	}
	if careers.EducationRank(r.Level) > careers.EducationRank(o.Education) {
		return fmt.Sprintf("%s, but %s.", plan, fact)
	}
	return fmt.Sprintf("%s, and %s.", plan, fact)
}

// payText compares the goal with the pay figure that fits where the person
// stands, naming the figure, its date and source, and why it was chosen.
func refPayText(cat *careers.Catalog, a Answer, k *careers.Career, st *stance) string {
	f := st.payFor(k)
	verdict := "meets it"
	if f.value < a.Value {
		verdict = "is " + FormatAmount(a.Value-f.value) + " short of it"
	}
	text := fmt.Sprintf("you aim for %s; %s, %s a year (%s), %s.", FormatAmount(a.Value), payFigureName(f.name),
		FormatAmount(f.value), refFigureSource(cat, f.source, f.asOf, f.year), verdict)
	switch {
	case st.payMixed:
		text += " Not every career here has an official pay range, so all are compared on their medians, which cover every level of experience: entrants earn less."
		if r := k.Pay.Range; r != nil {
			text += fmt.Sprintf(" Here %s was %s (%s).", payFigureName(st.pay), FormatAmount(r.Percentile(st.pay)), refFigureSource(cat, r.Source.ID, r.AsOf, r.Year))
		}
	case st.pay == "" || st.pay == careers.PayMedian && st.payFrom < 0:
	case st.payFrom < 0:
		text += " You didn't say how much experience you have, so your goal is compared with what entrants earn."
	default:
		q := &cat.Questions[st.payFrom]
		text += fmt.Sprintf(" That is the figure used for %s %s.", LowerFirst(q.Topic), refQuoteAnswer(*q, st.v[st.payFrom].a))
	}
	return text
}

func refQuoteAnswer(q careers.Question, a Answer) string {
	if q.Kind == careers.Choice {
		return fmt.Sprintf("%q", refDisplay(q, a))
	}
	return refDisplay(q, a)
}

// figureSource is "BLS OOH, May 2022": the source and the figure's date.
func refFigureSource(cat *careers.Catalog, id, asOf string, year int) string {
	when := asOf
	if when == "" {
		when = fmt.Sprint(year)
	}
	return sourceShort(cat, id) + ", " + when
}

// Display shows an answer in words: the option's label, "4 of 5", "$70,000".
func refDisplay(q careers.Question, a Answer) string {
	switch q.Kind {
	case careers.Choice:
		if o, ok := q.Option(a.Option); ok {
			return o.Label
		}
		return a.Option
	case careers.Scale:
		return fmt.Sprintf("%s of %d", strconv.Itoa(int(a.Value)), q.Scale.Max)
	}
	return FormatNumber(q, a.Value)
}

// requirementText is a route's requirement in words: `registered nurse:
// "Yes" or "Planning to train as one"`.
func refRequirementText(q careers.Question, req careers.Requirement) string {
	var labels []string
	for _, id := range req.Options {
		labels = append(labels, refQuoteAnswer(q, Answer{Option: id}))
	}
	return LowerFirst(q.Topic) + ": " + orList(labels)
}
