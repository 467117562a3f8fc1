package quiz

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"careerquiz/careers"
)

// reasons explains career ci's score: one reason per answered question, in
// catalog order, plus a cap reason when a prerequisite lowered the total.
func (e *engine) reasons(st *stance, ci int, total int) []Reason {
	k := &e.cat.Careers[ci]
	var out []Reason // nil when nothing was answered
	if len(e.answered) > 0 {
		out = make([]Reason, 0, len(e.answered)+1)
	}
	sum := 0
	for _, qi := range e.answered {
		q, a := &e.cat.Questions[qi], e.current[qi].a
		pts := e.points(st, qi, a, ci)
		sum += pts
		out = append(out, Reason{
			Question: q.ID,
			Text:     reasonText(e.cat, q, a, &e.words[qi], k, st),
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
	var q *careers.Question
	var said string
	for _, r := range e.caps[ci] {
		if r.prereq != pi {
			continue
		}
		for _, qi := range r.qs {
			if e.current[qi].set {
				q = &e.cat.Questions[qi]
				said = "you answered " + quoteAnswer(*q, e.current[qi].a)
				break
			}
		}
		if said == "" && r.fact >= 0 {
			q = &e.cat.Questions[r.fact]
			said = "you didn't say (" + LowerFirst(q.Topic) + " was skipped), so it counts as not met"
		}
	}
	var id string
	if q != nil {
		id = q.ID
	}
	return Reason{
		Question: id,
		Text: "Score capped at " + formatG(p.Cap) + ": this career " + LowerFirst(strings.TrimSuffix(p.Text, ".")) +
			" (" + Cite(e.cat, p.Source.ID) + "); " + said + ".",
		Points: points,
		Cap:    true,
	}
}

// answerWords are the words of the person's answer to a question that are
// the same in every career's reason, written once with the answers.
type answerWords struct {
	lead   string // "Topic: "
	shown  string // Display
	quoted string // quoteAnswer
	plan   string // education: "you plan to go as far as …"
}

func newAnswerWords(q *careers.Question, a Answer) answerWords {
	w := answerWords{lead: q.Topic + ": ", shown: Display(*q, a), quoted: quoteAnswer(*q, a)}
	if q.Trait.ID == careers.TraitEducation {
		o, _ := q.Option(a.Option)
		w.plan = planText(o.Education)
	}
	return w
}

// reasonText says in plain words how answer a to q meets career k: the
// answer (in words w), then the career's fact behind it, with year and
// source for figures.
func reasonText(cat *careers.Catalog, q *careers.Question, a Answer, w *answerWords, k *careers.Career, st *stance) string {
	lead := w.lead
	switch q.Trait.ID {
	case careers.TraitEducation:
		return lead + educationText(cat, q, a, w, k, st)
	case careers.TraitPay:
		return lead + payText(cat, a, k, st)
	case careers.TraitOutlook:
		o := k.Outlook
		return lead + "it matters " + w.shown + " to you; jobs are projected to grow " + formatG(o.Growth) +
			"% in " + o.Decade + ", " + o.Descriptor + " (" + sourceShort(cat, o.Source.ID) + ")."
	case careers.TraitSettings:
		where := strings.Join(k.Workplaces, "; ")
		if fit(q, a, k, st) == 1 {
			return lead + "you chose " + w.quoted + ", one of this career's settings: " + where + "."
		}
		return lead + "you chose " + w.quoted + ", which is not among this career's settings: " + where + "."
	}
	t := k.Traits[q.Trait.ID]
	if q.Kind == careers.Scale {
		return lead + "you answered " + w.quoted + "; this career " + levelWords(q, a, t.Level) + ": it " + t.Basis + " (" + Cite(cat, t.Source.ID) + ")."
	}
	return lead + "you answered " + w.quoted + "; this career " + t.Basis + " (" + Cite(cat, t.Source.ID) + ")."
}

// levelWords sets a career's level on a scale question beside the answer
// as the question's fit reads it: "rates 4 of 5" where near is better;
// where the answer is the most the person will take on (limit), "asks 1
// of 5, within what you will take on", so a career asking less than the
// person offers does not read as a mismatch; where it is the least they
// want (goal), "rates 2 of 5, less than you want".
func levelWords(q *careers.Question, a Answer, level float64) string {
	of := formatG(level) + " of " + strconv.Itoa(q.Scale.Max)
	p := personValue(q, a)
	switch q.FitMode() {
	case careers.Limit:
		if level <= p {
			return "asks " + of + ", within what you will take on"
		}
		return "asks " + of + ", more than you will take on"
	case careers.Goal:
		if level >= p {
			return "rates " + of + ", as much as you want"
		}
		return "rates " + of + ", less than you want"
	}
	return "rates " + of
}

// formatG writes f as fmt's %g does: the shortest form that reads back.
func formatG(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return fmt.Sprintf("%g", f)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// educationText compares the education the person will do with the best
// way in that is open to them, by level and by field.
func educationText(cat *careers.Catalog, q *careers.Question, a Answer, w *answerWords, k *careers.Career, st *stance) string {
	plan := w.plan
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
				if n := requirementText(rq, req); !slices.Contains(needs, n) {
					needs = append(needs, n)
				}
			}
		}
		why := "your answers rule it out"
		if unknown {
			why = "you didn't say, so it counts as not met"
		}
		return plan + ", but every way in needs " + andList(needs) + ", and " + why + " (" + src + ")."
	}
	// "Least education", not "shortest": a route is placed by its level,
	// and an apprenticeship of no degree can take longer than a certificate.
	fact := "the least education that opens it to you is " + routeLevel(r) + " (" + r.Name + "; " + src + ")"
	if r.Field != "" || r.Level == "none" { // the route's words say it; its full name is in the details
		fact = "the least education that opens it to you is " + routeLevel(r) + " (" + src + ")"
	}
	if o, _ := q.Option(a.Option); careers.EducationRank(r.Level) > careers.EducationRank(o.Education) {
		return plan + ", but " + fact + "."
	}
	return plan + ", and " + fact + "."
}

// planText is how far the person will study, in words.
func planText(level string) string {
	if level == "none" {
		return "you plan no formal education beyond high school"
	}
	return "you plan to go as far as " + careers.EducationLabel(level)
}

// routeLevel is a route's level and field: "a bachelor's degree in nursing";
// a route of no degree by its name: "no degree: an apprenticeship of 4
// years".
func routeLevel(r careers.Route) string {
	if r.Level == "none" && r.Name != "" {
		return "no degree: " + LowerFirst(r.Name)
	}
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
	return LowerFirst(q.Topic) + ": " + orList(labels)
}

// payText compares the goal with the pay figure that fits where the person
// stands, naming the figure, its date and source, and why it was chosen.
func payText(cat *careers.Catalog, a Answer, k *careers.Career, st *stance) string {
	f := st.payFor(k)
	money := func(v float64) string { return FormatMoney(cat.Symbol(), v) }
	verdict := "meets it"
	if f.value < a.Value {
		verdict = "is " + money(a.Value-f.value) + " short of it"
	}
	text := "you aim for " + money(a.Value) + "; " + payFigureName(f.name) + ", " + money(f.value) +
		" a year (" + figureSource(cat, f.source, f.asOf, f.year) + "), " + verdict + "."
	switch {
	case st.payMixed:
		text += " Not every career here has an official pay range, so all are compared on their medians, which cover every level of experience: entrants earn less."
		if r := k.Pay.Range; r != nil {
			text += " Here " + payFigureName(st.pay) + " was " + money(r.Percentile(st.pay)) + " (" + figureSource(cat, r.Source.ID, r.AsOf, r.Year) + ")."
		}
	case st.pay == "" || st.pay == careers.PayMedian && st.payFrom < 0:
	case st.payFrom < 0:
		text += " You didn't say how much experience you have, so your goal is compared with what entrants earn."
	default:
		q := &cat.Questions[st.payFrom]
		text += " That is the figure used for " + LowerFirst(q.Topic) + " " + quoteAnswer(*q, st.v[st.payFrom].a) + "."
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
		// In plain quotes: a label is checked text, and Go's quoting would
		// print the direction marks Arabic and Hebrew labels hold as \u200e.
		return "\"" + Display(q, a) + "\""
	}
	return Display(q, a)
}

// sourceShort is the short name of a source, as shown next to figures,
// which carry their own date.
func sourceShort(cat *careers.Catalog, id string) string {
	if s, ok := cat.Source(id); ok {
		return s.Short
	}
	return id
}

// SourceName is a source's full name for a list of sources, with its
// date when the name does not already give it: "…: Electricians (May
// 2023)".
func SourceName(s careers.Source) string {
	if s.AsOf != "" && !strings.Contains(s.Name, s.AsOf) {
		return s.Name + " (" + s.AsOf + ")"
	}
	return s.Name
}

// Cite names a source beside a fact with no date of its own, with the
// source's date when the catalog gives one: "BLS OOH, edition with May
// 2023 pay", "Rasmussen College article, about 2014".
func Cite(cat *careers.Catalog, id string) string {
	if s, ok := cat.Source(id); ok && s.AsOf != "" {
		return s.Short + ", " + s.AsOf
	}
	return sourceShort(cat, id)
}

// figureSource is "BLS OOH, May 2022": the source and the figure's date.
func figureSource(cat *careers.Catalog, id, asOf string, year int) string {
	when := asOf
	if when == "" {
		when = strconv.Itoa(year)
	}
	return sourceShort(cat, id) + ", " + when
}

// PayFigure is a career's median pay with its date and source:
// "$58,250 a year (BLS OOH, May 2022)".
func PayFigure(cat *careers.Catalog, k careers.Career) string {
	if k.Pay == nil {
		return "not given"
	}
	return fmt.Sprintf("%s a year (%s)", FormatMoney(cat.Symbol(), k.Pay.Median), figureSource(cat, k.Pay.Source.ID, k.Pay.AsOf, k.Pay.Year))
}

// PayRangeFigure is a career's pay range with its own date and source, or
// "" when it has none: "$29,680 (10th percentile) to $98,490 (90th),
// median $55,560 (BLS OEWS, May 2021)".
func PayRangeFigure(cat *careers.Catalog, k careers.Career) string {
	if k.Pay == nil || k.Pay.Range == nil {
		return ""
	}
	r, sym := k.Pay.Range, cat.Symbol()
	return fmt.Sprintf("%s (10th percentile), %s (25th), %s (median), %s (75th), %s (90th) (%s)",
		FormatMoney(sym, r.P10), FormatMoney(sym, r.P25), FormatMoney(sym, r.Median), FormatMoney(sym, r.P75), FormatMoney(sym, r.P90),
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
	when := strconv.Itoa(f.Year)
	if s, ok := cat.Source(f.Source.ID); ok && strings.Contains(s.AsOf, when) {
		when = s.AsOf // "about 2014", where the source's own date is given so
	}
	return fmt.Sprintf("%s (%s, %s)", strings.TrimSuffix(f.Text, "."), sourceShort(cat, f.Source.ID), when)
}

// LowerFirst is s with its first letter in lower case, unless it starts an
// acronym ("HIM").
func LowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s // an acronym: leave it
	}
	return string(unicode.ToLower(r)) + s[n:]
}
