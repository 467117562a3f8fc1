package quiz

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"careerquiz/careers"
)

// reasons explains career ci's score: one reason per answered question, in
// catalog order, plus a cap reason when a prerequisite lowered the total.
func (e *engine) reasons(st *stance, ci int, total int) []Reason {
	k := &e.cat.Careers[ci]
	var out []Reason
	sum := 0
	for _, qi := range e.answered {
		q, a := &e.cat.Questions[qi], e.current[qi].a
		pts := e.points(st, qi, a, ci)
		sum += pts
		out = append(out, Reason{
			Question: q.ID,
			Text:     reasonText(e.cat, q, a, k, st),
			Points:   float64(pts) / 10,
			Max:      float64(e.maxT[qi]) / 10,
		})
	}
	if capT, pi := e.capOf(ci, e.current); pi >= 0 && sum > capT {
		out = append(out, e.capReason(ci, pi, float64(total-sum)/10))
	}
	return out
}

// capReason explains a prerequisite's cap: what the career needs, and the
// answer that does not meet it, or that the fact was not given.
func (e *engine) capReason(ci, pi int, points float64) Reason {
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
				said = "you answered " + quoteAnswer(q, e.current[qi].a)
				break
			}
		}
		if said == "" && r.fact >= 0 {
			q = e.cat.Questions[r.fact]
			said = fmt.Sprintf("you didn't say (%s was skipped), so it counts as not met", lowerFirst(q.Topic))
		}
	}
	return Reason{
		Question: q.ID,
		Text: fmt.Sprintf("Score capped at %g: this career %s (%s); %s.",
			p.Cap, lowerFirst(strings.TrimSuffix(p.Text, ".")), sourceShort(e.cat, p.Source.ID), said),
		Points: points,
		Cap:    true,
	}
}

// reasonText says in plain words how answer a to q meets career k: the
// answer, then the career's fact behind it, with year and source for figures.
func reasonText(cat *careers.Catalog, q *careers.Question, a Answer, k *careers.Career, st *stance) string {
	lead := q.Topic + ": "
	switch q.Trait.ID {
	case careers.TraitEducation:
		return lead + educationText(cat, q, a, k, st)
	case careers.TraitPay:
		return lead + payText(cat, a, k, st)
	case careers.TraitOutlook:
		o := k.Outlook
		return lead + fmt.Sprintf("it matters %s to you; jobs are projected to grow %g%% in %s, %s (%s).",
			Display(*q, a), o.Growth, o.Decade, o.Descriptor, sourceShort(cat, o.Source.ID))
	case careers.TraitSettings:
		where := strings.Join(k.Workplaces, "; ")
		if fit(q, a, k, st) == 1 {
			return lead + fmt.Sprintf("you chose %s, one of this career's settings: %s.", quoteAnswer(*q, a), where)
		}
		return lead + fmt.Sprintf("you chose %s, which is not among this career's settings: %s.", quoteAnswer(*q, a), where)
	}
	t := k.Traits[q.Trait.ID]
	if q.Kind == careers.Scale {
		return lead + fmt.Sprintf("you answered %s; this career rates %g of %d: it %s (%s).",
			quoteAnswer(*q, a), t.Level, q.Scale.Max, t.Basis, sourceShort(cat, t.Source.ID))
	}
	return lead + fmt.Sprintf("you answered %s; this career %s (%s).",
		quoteAnswer(*q, a), t.Basis, sourceShort(cat, t.Source.ID))
}

// educationText compares the education the person will do with the best
// way in that is open to them, by level and by field.
func educationText(cat *careers.Catalog, q *careers.Question, a Answer, k *careers.Career, st *stance) string {
	o, _ := q.Option(a.Option)
	plan := "you plan to go as far as " + careers.EducationLabel(o.Education)
	src := sourceShort(cat, k.Education.Source.ID)
	r, open := st.entry(k)
	if !open {
		var needs []string
		unknown := false
		for i, rt := range k.Education.Routes {
			s, _ := st.route(&k.Education.Routes[i])
			unknown = unknown || s == routeUnknown
			for _, req := range rt.Requires {
				rq, _ := cat.Question(req.Question.ID)
				if n := requirementText(rq, req); !slices.Contains(needs, n) {
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
	fact := fmt.Sprintf("the shortest way in open to you is %s (%s; %s)", routeLevel(r), r.Name, src)
	if r.Field != "" { // the level and field say it; the route's full name is in the details
		fact = fmt.Sprintf("the shortest way in open to you is %s (%s)", routeLevel(r), src)
	}
	if careers.EducationRank(r.Level) > careers.EducationRank(o.Education) {
		return fmt.Sprintf("%s, but %s.", plan, fact)
	}
	return fmt.Sprintf("%s, and %s.", plan, fact)
}

// routeLevel is a route's level and field: "a bachelor's degree in nursing".
func routeLevel(r careers.Route) string {
	if r.Field == "" {
		return careers.EducationLabel(r.Level)
	}
	return careers.EducationLabel(r.Level) + " in " + r.Field
}

// requirementText is a route's requirement in words: `registered nurse:
// "Yes" or "Planning to train as one"`.
func requirementText(q careers.Question, req careers.Requirement) string {
	var labels []string
	for _, id := range req.Options {
		labels = append(labels, quoteAnswer(q, Answer{Option: id}))
	}
	return lowerFirst(q.Topic) + ": " + orList(labels)
}

// payText compares the goal with the pay figure that fits where the person
// stands, naming the figure, its date and source, and why it was chosen.
func payText(cat *careers.Catalog, a Answer, k *careers.Career, st *stance) string {
	f := st.payFor(k)
	verdict := "meets it"
	if f.value < a.Value {
		verdict = "is " + FormatAmount(a.Value-f.value) + " short of it"
	}
	text := fmt.Sprintf("you aim for %s; %s, %s a year (%s), %s.", FormatAmount(a.Value), payFigureName(f.name),
		FormatAmount(f.value), figureSource(cat, f.source, f.asOf, f.year), verdict)
	switch {
	case st.payMixed:
		text += " Not every career here has an official pay range, so all are compared on their medians, which cover every level of experience: entrants earn less."
		if r := k.Pay.Range; r != nil {
			text += fmt.Sprintf(" Here %s was %s (%s).", payFigureName(st.pay), FormatAmount(r.Percentile(st.pay)), figureSource(cat, r.Source.ID, r.AsOf, r.Year))
		}
	case st.pay == "" || st.pay == careers.PayMedian && st.payFrom < 0:
	case st.payFrom < 0:
		text += " You didn't say how much experience you have, so your goal is compared with what entrants earn."
	default:
		q := &cat.Questions[st.payFrom]
		text += fmt.Sprintf(" That is the figure used for %s %s.", lowerFirst(q.Topic), quoteAnswer(*q, st.v[st.payFrom].a))
	}
	return text
}

// payFigureName names a pay figure in words.
func payFigureName(name string) string {
	switch name {
	case careers.PayP10:
		return "the 10th percentile"
	case careers.PayP25:
		return "the 25th percentile"
	case careers.PayP75:
		return "the 75th percentile"
	case careers.PayP90:
		return "the 90th percentile"
	}
	return "the median"
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

func quoteAnswer(q careers.Question, a Answer) string {
	if q.Kind == careers.Choice {
		return fmt.Sprintf("%q", Display(q, a))
	}
	return Display(q, a)
}

// sourceShort is the short name of a source, as shown next to facts.
func sourceShort(cat *careers.Catalog, id string) string {
	if s, ok := cat.Source(id); ok {
		return s.Short
	}
	return id
}

// figureSource is "BLS OOH, May 2022": the source and the figure's date.
func figureSource(cat *careers.Catalog, id, asOf string, year int) string {
	when := asOf
	if when == "" {
		when = fmt.Sprint(year)
	}
	return sourceShort(cat, id) + ", " + when
}

// PayFigure is a career's median pay with its date and source:
// "$58,250 a year (BLS OOH, May 2022)".
func PayFigure(cat *careers.Catalog, k careers.Career) string {
	if k.Pay == nil {
		return "not given"
	}
	return fmt.Sprintf("%s a year (%s)", FormatAmount(k.Pay.Median), figureSource(cat, k.Pay.Source.ID, k.Pay.AsOf, k.Pay.Year))
}

// PayRangeFigure is a career's pay range with its own date and source, or
// "" when it has none: "$29,680 (10th percentile) to $98,490 (90th),
// median $55,560 (BLS OEWS, May 2021)".
func PayRangeFigure(cat *careers.Catalog, k careers.Career) string {
	if k.Pay == nil || k.Pay.Range == nil {
		return ""
	}
	r := k.Pay.Range
	return fmt.Sprintf("%s (10th percentile), %s (25th), %s (median), %s (75th), %s (90th) (%s)",
		FormatAmount(r.P10), FormatAmount(r.P25), FormatAmount(r.Median), FormatAmount(r.P75), FormatAmount(r.P90),
		figureSource(cat, r.Source.ID, r.AsOf, r.Year))
}

// OutlookFigure is a career's projected growth with its decade and source:
// "16% in 2022-32, much faster than average (BLS OOH)".
func OutlookFigure(cat *careers.Catalog, k careers.Career) string {
	if k.Outlook == nil {
		return "not given"
	}
	o := k.Outlook
	return fmt.Sprintf("%g%% in %s, %s (%s)", o.Growth, o.Decade, o.Descriptor, sourceShort(cat, o.Source.ID))
}

// FactText is a dated, sourced fact: "… (Rasmussen College article, 2012)".
func FactText(cat *careers.Catalog, f careers.Fact) string {
	return fmt.Sprintf("%s (%s, %d)", strings.TrimSuffix(f.Text, "."), sourceShort(cat, f.Source.ID), f.Year)
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s // an acronym: leave it
	}
	return string(unicode.ToLower(r)) + s[n:]
}
