package quiz

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"careerquiz/careers"
)

// GlanceRow is one key fact of a compact comparison: a short label and a
// few words per career.
type GlanceRow struct {
	Label string
	Cells []string
}

// maxGlanceTraits is how many trait rows a compact comparison shows: the
// ones on which the compared careers differ most.
const maxGlanceTraits = 2

// Glance is the compact comparison of careers ks: match and coverage, the
// shortest way in, the credential, what it needs, pay and its range with
// their dates, growth with its decade, the traits that set them apart most,
// and where they work. Each cell is a few words; the four headings carry
// the rest.
func Glance(res Result, ks []careers.Career) []GlanceRow {
	cat := res.Catalog
	row := func(label string, cell func(k careers.Career) string) GlanceRow {
		r := GlanceRow{Label: label}
		for _, k := range ks {
			r.Cells = append(r.Cells, cell(k))
		}
		return r
	}
	rows := []GlanceRow{
		row("Match", func(k careers.Career) string {
			for _, r := range res.Ranking {
				if r.Career.ID == k.ID {
					return fmt.Sprintf("%.1f%% on %d/%d", r.Score, res.Answered, res.Questions)
				}
			}
			return "not scored"
		}),
		row("Way in", shortestWay),
		row("Credential", credential),
		row("Also needs", func(k careers.Career) string { return needs(res, k) }),
		row("Median pay", func(k careers.Career) string {
			if k.Pay == nil {
				return "not given"
			}
			return fmt.Sprintf("%s (%s)", FormatMoney(cat.Symbol(), k.Pay.Median), figureSource(cat, k.Pay.Source.ID, k.Pay.AsOf, k.Pay.Year))
		}),
		row("Pay range", func(k careers.Career) string {
			if k.Pay == nil || k.Pay.Range == nil {
				return "not given"
			}
			r := k.Pay.Range
			return fmt.Sprintf("%s-%s (%s)", FormatMoney(cat.Symbol(), r.P10), FormatMoney(cat.Symbol(), r.P90), figureSource(cat, r.Source.ID, r.AsOf, r.Year))
		}),
		row("Growth", func(k careers.Career) string {
			if k.Outlook == nil {
				return "not given"
			}
			return fmt.Sprintf("%g%%, %s (%s)", k.Outlook.Growth, k.Outlook.Decade, sourceShort(cat, k.Outlook.Source.ID))
		}),
	}
	rows = append(rows, traitRows(cat, ks)...)
	if i := slices.IndexFunc(cat.Questions, func(q careers.Question) bool { return q.Trait.ID == careers.TraitSettings }); i >= 0 {
		// The settings as the question offers them ("A hospital or
		// clinic"), not their ids, and without the examples a label
		// gives after a colon: "An office: physician office, insurer"
		// is "An office" here, as the examples need not all be this
		// career's. Labels that would read alike so ("On your feet: …"
		// twice) are kept whole.
		label, seen := map[string]string{}, map[string]bool{}
		for _, o := range cat.Questions[i].Options {
			name := settingName(o.Label)
			label[o.ID] = name
			if seen[name] {
				label = nil
				break
			}
			seen[name] = true
		}
		if label == nil {
			label = map[string]string{}
			for _, o := range cat.Questions[i].Options {
				label[o.ID] = o.Label
			}
		}
		rows = append(rows, row("Works in", func(k careers.Career) string {
			var where []string
			for _, s := range k.Settings {
				where = append(where, cmp.Or(label[s.ID], s.ID))
			}
			return strings.Join(where, "; ")
		}))
	}
	return rows
}

// MaxCompared is how many careers a comparison holds side by side.
const MaxCompared = 3

// Compared is what a result compares by default: the careers in the lead
// when there is no clear fit (up to three), the top two otherwise.
func (r Result) Compared() []careers.Career {
	ids := r.Leading
	if r.Decisive || len(ids) < 2 {
		ids = nil
		for _, k := range r.Ranking[:min(2, len(r.Ranking))] {
			ids = append(ids, k.Career.ID)
		}
	}
	var out []careers.Career
	for _, id := range ids[:min(MaxCompared, len(ids))] {
		if k, ok := r.Catalog.Career(id); ok {
			out = append(out, k)
		}
	}
	return out
}

// shortestWay is the shortest route in a few words: "associate's in
// nursing, 2 yrs".
func shortestWay(k careers.Career) string {
	if len(k.Education.Routes) == 0 {
		return "not given"
	}
	r := slices.MinFunc(k.Education.Routes, func(a, b careers.Route) int {
		return cmp.Compare(careers.EducationRank(a.Level), careers.EducationRank(b.Level))
	})
	if r.Level == "none" && r.Name != "" {
		return r.Name // its own words: "Apprenticeship (4 to 5 years, paid)"
	}
	s := careers.EducationShort(r.Level)
	if r.Field != "" {
		s += " in " + r.Field
	}
	if r.Years > 0 {
		s += fmt.Sprintf(", %g yr", r.Years)
		if r.Years != 1 {
			s += "s"
		}
	}
	return s
}

// credential is the first certification, by its short name and grantor.
func credential(k careers.Career) string {
	if len(k.Education.Certifications) == 0 {
		return "none required"
	}
	c := k.Education.Certifications[0]
	name, _, _ := strings.Cut(c.Name, " (")
	if strings.HasPrefix(c.Note, "optional") {
		return name + " (" + c.Grantor + "), optional" // not a requirement, as the row's other cells are
	}
	return name + " (" + c.Grantor + ")"
}

// needs is what the career asks beyond education, marked "?" where the
// person did not say: "? 5+ years of IT experience".
func needs(res Result, k careers.Career) string {
	var unknown []string
	var unmet []unmetPrereq
	for _, r := range res.Ranking {
		if r.Career.ID == k.ID {
			unknown, unmet = r.Unknown, r.unmet()
		}
	}
	var out []string
	for pi, p := range k.Prerequisites {
		text := p.Short
		if text == "" {
			text = p.Text
		}
		text = strings.TrimPrefix(text, "needs ")
		// In words, not signs: a screen reader reads the text report.
		for _, id := range unknown {
			if fq, ok := res.Catalog.Question(id); ok && fq.Trait.ID == p.Trait.ID {
				text += " (you didn't say)"
			}
		}
		if slices.ContainsFunc(unmet, func(u unmetPrereq) bool { return u.prereq == pi }) {
			text += " (not met)"
		}
		out = append(out, text)
	}
	if len(out) == 0 {
		return "nothing more"
	}
	return strings.Join(out, "; ")
}

// traitRows are the scale traits on which the careers differ most, as
// "4 of 5", labelled with the question's topic.
func traitRows(cat *careers.Catalog, ks []careers.Career) []GlanceRow {
	type trait struct {
		q      careers.Question
		spread float64
	}
	var ts []trait
	for _, q := range cat.Questions {
		if q.Kind != careers.Scale || q.IsBuiltin() {
			continue
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, k := range ks {
			l := k.Traits[q.Trait.ID].Level
			lo, hi = math.Min(lo, l), math.Max(hi, l)
		}
		if hi > lo {
			ts = append(ts, trait{q, hi - lo})
		}
	}
	slices.SortStableFunc(ts, func(a, b trait) int { return cmp.Compare(b.spread, a.spread) })
	var rows []GlanceRow
	for _, t := range ts[:min(maxGlanceTraits, len(ts))] {
		r := GlanceRow{Label: t.q.Topic}
		for _, k := range ks {
			r.Cells = append(r.Cells, fmt.Sprintf("%g of %d", k.Traits[t.q.Trait.ID].Level, t.q.Scale.Max))
		}
		rows = append(rows, r)
	}
	return rows
}

// settingName is a setting's label without the examples it gives after a
// colon: the ": " of English and Spanish, or the full-width "：" of Chinese
// and Japanese, which needs no space after it.
func settingName(label string) string {
	name, _, _ := strings.Cut(label, ": ")
	name, _, _ = strings.Cut(name, "：")
	return name
}
