package quiz

import (
	"fmt"
	"math"
	"strings"

	"careerquiz/careers"
)

// The seed article's four headings, used for every comparison.
const (
	HeadingEducation = "Education requirements"
	HeadingDuties    = "Job duties & location"
	HeadingSkills    = "Skills needed"
	HeadingPay       = "Salary & career outlook"
)

// Headings returns the four comparison headings in order.
func Headings() []string {
	return []string{HeadingEducation, HeadingDuties, HeadingSkills, HeadingPay}
}

// Section is what a career shows under one heading, one item a line.
type Section struct {
	Heading string
	Lines   []string
}

// Sections describes a career under the four headings, every figure with its
// year and source. The TUI, the text and the markdown report all use it.
func Sections(cat *careers.Catalog, k careers.Career) []Section {
	return []Section{
		{HeadingEducation, educationLines(cat, k)},
		{HeadingDuties, append(append([]string{}, k.Duties...), "Where: "+strings.Join(k.Workplaces, "; "))},
		{HeadingSkills, append([]string{}, k.Skills...)},
		{HeadingPay, payLines(cat, k)},
	}
}

func educationLines(cat *careers.Catalog, k careers.Career) []string {
	var lines []string
	for _, r := range k.Education.Routes {
		var about []string
		switch {
		case r.Years == 1:
			about = append(about, "about 1 year")
		case r.Years > 0:
			about = append(about, fmt.Sprintf("about %g years", r.Years))
		}
		if r.Credits > 0 {
			about = append(about, creditsText(cat, r))
		}
		for _, req := range r.Requires {
			q, _ := cat.Question(req.Question.ID)
			about = append(about, "needs "+requirementText(q, req))
		}
		line := r.Name
		if len(about) > 0 {
			line += " (" + strings.Join(about, ", ") + ")"
		}
		lines = append(lines, line)
	}
	for _, c := range k.Education.Certifications {
		line := fmt.Sprintf("Certification: %s, from %s", c.Name, c.Grantor)
		if c.Note != "" {
			line += ": " + c.Note
		}
		lines = append(lines, line)
	}
	if len(k.Education.Certifications) == 0 {
		lines = append(lines, "Certification: none required")
	}
	if s := Cite(cat, k.Education.Source.ID); s != "" {
		lines = append(lines, "Source: "+s)
	}
	return lines
}

// creditsText is a route's credit count with its unit and source: "90
// credits per the Rasmussen College article, about 2014". Quarter credits
// are also given in semester credits, after the source, which did not
// convert them: "90 quarter credits per the …, about 60 semester credits".
func creditsText(cat *careers.Catalog, r careers.Route) string {
	unit := "credits"
	if r.CreditUnit != "" {
		unit = r.CreditUnit + " credits"
	}
	text := fmt.Sprintf("%d %s", r.Credits, unit)
	if r.CreditSource.ID != "" {
		text += " per the " + Cite(cat, r.CreditSource.ID)
	}
	if r.CreditUnit == "quarter" {
		text += fmt.Sprintf(" (about %d semester credits)", int(math.Round(float64(r.Credits)*2/3)))
	}
	return text
}

func payLines(cat *careers.Catalog, k careers.Career) []string {
	var lines []string
	if k.Pay != nil {
		line := "Median pay: " + PayFigure(cat, k)
		if k.Pay.Occupation != "" {
			line += "; " + LowerFirst(k.Pay.Occupation)
		}
		lines = append(lines, line)
		if line := PayRangeFigure(cat, k); line != "" {
			label := "Pay range: "
			if r := k.Pay.Range; r.Year != k.Pay.Year || r.Source.ID != k.Pay.Source.ID {
				// Its median is another survey's, of another year: say so,
				// or two medians of one career read as a contradiction.
				label = "Pay range (another year's survey, so its median differs): "
			}
			lines = append(lines, label+line)
		}
	}
	if k.Outlook != nil {
		lines = append(lines, "Job growth: "+OutlookFigure(cat, k))
	}
	return lines
}

// HistoryLines are a career's older figures, kept for context and shown
// with its details only: "History, not today's figures: …".
func HistoryLines(cat *careers.Catalog, k careers.Career) []string {
	var lines []string
	for _, f := range k.History {
		lines = append(lines, "History, not today's figures: "+FactText(cat, f))
	}
	return lines
}

// SourcesUsed lists the catalog's sources that careers ks cite, in catalog
// order, for a report's closing list.
func SourcesUsed(cat *careers.Catalog, ks ...careers.Career) []careers.Source {
	used := map[string]bool{}
	for _, k := range ks {
		used[k.Education.Source.ID] = true
		if k.Pay != nil {
			used[k.Pay.Source.ID] = true
			if k.Pay.Range != nil {
				used[k.Pay.Range.Source.ID] = true
			}
		}
		for _, r := range k.Education.Routes {
			if r.CreditSource.ID != "" {
				used[r.CreditSource.ID] = true
			}
		}
		if k.Outlook != nil {
			used[k.Outlook.Source.ID] = true
		}
		for _, f := range k.History {
			used[f.Source.ID] = true
		}
		for _, p := range k.Prerequisites {
			used[p.Source.ID] = true
		}
		for _, t := range k.Traits {
			used[t.Source.ID] = true
		}
	}
	var out []careers.Source
	for _, s := range cat.Sources {
		if used[s.ID] {
			out = append(out, s)
		}
	}
	return out
}

// WhatIfSentence says a what-if in one sentence: "If you answered
// education: "An associate's degree" (instead of "A bachelor's degree"),
// Health informatics would come first." A fact moves only with time, and is
// worded so: "Once you can answer work experience: "Five years or more"
// (now "Some (1 to 4 years)"), …".
func WhatIfSentence(cat *careers.Catalog, w WhatIf) string {
	var prefs, facts []string
	for _, c := range w.Changes {
		q, _ := cat.Question(c.Question)
		if q.Fact {
			facts = append(facts, fmt.Sprintf("%s: %s (now %s)", LowerFirst(q.Topic), quoteAnswer(q, c.Answer), quoteAnswer(q, c.From)))
			continue
		}
		prefs = append(prefs, fmt.Sprintf("%s: %s (instead of %s)", LowerFirst(q.Topic), quoteAnswer(q, c.Answer), quoteAnswer(q, c.From)))
	}
	k, _ := cat.Career(w.Top)
	switch {
	case len(facts) == 0:
		return fmt.Sprintf("If you answered %s, %s would come first.", strings.Join(prefs, " and "), k.Title)
	case len(prefs) == 0:
		return fmt.Sprintf("Once you can answer %s, %s would come first.", strings.Join(facts, " and "), k.Title)
	}
	return fmt.Sprintf("If you answered %s, and once you can answer %s, %s would come first.", strings.Join(prefs, " and "), strings.Join(facts, " and "), k.Title)
}
