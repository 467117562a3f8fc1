package quiz

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"careerquiz/careers"
)

// reasons explains career ci's score: one reason per answered question, in
// catalog order, plus a cap reason when a prerequisite lowered the total.
func (e *engine) reasons(ci int, total int) []Reason {
	k := e.cat.Careers[ci]
	var out []Reason
	sum := 0
	for _, qi := range e.answered {
		q, a := e.cat.Questions[qi], e.current[qi].a
		pts := e.points(qi, a, ci)
		sum += pts
		out = append(out, Reason{
			Question: q.ID,
			Text:     ReasonText(e.cat, q, a, k),
			Points:   float64(pts) / 10,
			Max:      float64(e.maxT[qi]) / 10,
		})
	}
	if capT, pi := e.capOf(ci, e.current); pi >= 0 && sum > capT {
		p := k.Prerequisites[pi]
		q := e.questionFor(p.Trait.ID)
		out = append(out, Reason{
			Question: q.ID,
			Text: fmt.Sprintf("Score capped at %g: this career %s (%s); you answered %s.",
				p.Cap, lowerFirst(strings.TrimSuffix(p.Text, ".")), sourceShort(e.cat, p.Source.ID), quoteAnswer(q, e.answerTo(q.ID))),
			Points: float64(total-sum) / 10,
			Cap:    true,
		})
	}
	return out
}

func (e *engine) questionFor(trait string) careers.Question {
	for qi, q := range e.cat.Questions {
		if q.Trait.ID == trait && e.current[qi].set {
			return q
		}
	}
	return careers.Question{}
}

func (e *engine) answerTo(id string) Answer {
	for qi, q := range e.cat.Questions {
		if q.ID == id {
			return e.current[qi].a
		}
	}
	return Answer{}
}

// ReasonText says in plain words how answer a to q meets career k: the
// answer, then the career's fact behind it, with year and source for figures.
func ReasonText(cat *careers.Catalog, q careers.Question, a Answer, k careers.Career) string {
	lead := q.Topic + ": "
	switch q.Trait.ID {
	case careers.TraitEducation:
		o, _ := q.Option(a.Option)
		r := k.EntryLevel()
		fact := fmt.Sprintf("the shortest way in is %s (%s; %s)", careers.EducationLabel(r.Level), r.Name, sourceShort(cat, k.Education.Source.ID))
		if careers.EducationRank(r.Level) > careers.EducationRank(o.Education) {
			return lead + fmt.Sprintf("you plan to go as far as %s, but %s.", careers.EducationLabel(o.Education), fact)
		}
		return lead + fmt.Sprintf("you plan to go as far as %s, and %s.", careers.EducationLabel(o.Education), fact)
	case careers.TraitPay:
		p := k.Pay
		fig := fmt.Sprintf("the median pay is %s a year (%s)", FormatAmount(p.Median), figureSource(cat, p.Source.ID, p.AsOf, p.Year))
		switch {
		case p.Median >= a.Value:
			return lead + fmt.Sprintf("you aim for %s; %s, which meets it.", FormatAmount(a.Value), fig)
		default:
			return lead + fmt.Sprintf("you aim for %s; %s, %s short of it.", FormatAmount(a.Value), fig, FormatAmount(a.Value-p.Median))
		}
	case careers.TraitOutlook:
		o := k.Outlook
		return lead + fmt.Sprintf("it matters %s to you; jobs are projected to grow %g%% in %s, %s (%s).",
			Display(q, a), o.Growth, o.Decade, o.Descriptor, sourceShort(cat, o.Source.ID))
	case careers.TraitSettings:
		where := strings.Join(k.Workplaces, "; ")
		if fit(&q, a, &k) == 1 {
			return lead + fmt.Sprintf("you chose %s, one of this career's settings: %s.", quoteAnswer(q, a), where)
		}
		return lead + fmt.Sprintf("you chose %s, which is not among this career's settings: %s.", quoteAnswer(q, a), where)
	}
	t := k.Traits[q.Trait.ID]
	if q.Kind == careers.Scale {
		return lead + fmt.Sprintf("you answered %s; this career rates %g of %d: it %s (%s).",
			quoteAnswer(q, a), t.Level, q.Scale.Max, t.Basis, sourceShort(cat, t.Source.ID))
	}
	return lead + fmt.Sprintf("you answered %s; this career %s (%s).",
		quoteAnswer(q, a), t.Basis, sourceShort(cat, t.Source.ID))
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
