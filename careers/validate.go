package careers

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"careerquiz/internal/yamldoc"
)

// idPattern is what every id looks like: answers files and the command line
// use ids, so they stay plain.
var idPattern = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// ReservedOptionIDs are words the line mode reads as commands, so no option
// may be called one of them.
func ReservedOptionIDs() []string { return []string{"b", "s", "q", "back", "skip", "help", "quit"} }

// validator checks the references and rules that span entries.
type validator struct {
	cat      *Catalog
	problems *yamldoc.Problems
	file     string
	sources  map[string]bool
	asked    map[string][]Question // the questions on each trait, once asked for
}

func (v *validator) errorf(p Pos, format string, args ...any) {
	*v.problems = append(*v.problems, yamldoc.Problem{File: v.file, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)})
}

func validate(file string, c *Catalog, problems *yamldoc.Problems) {
	v := &validator{cat: c, problems: problems, file: file, sources: map[string]bool{}}
	v.checkSources()
	v.checkQuestions()
	v.checkCareers()
}

func (v *validator) checkID(p Pos, what, id string) {
	if id != "" && !idPattern.MatchString(id) {
		v.errorf(p, "%s id %s must use only the letters a to z (lower-case, without accents), digits and dashes, starting with a letter", what, yamldoc.Quote(id))
	}
}

// checkUnique reports ids seen twice among one kind of entry.
func (v *validator) checkUnique(what string, ids []string, at []Pos) {
	first := map[string]Pos{}
	for i, id := range ids {
		if id == "" {
			continue
		}
		if p, dup := first[id]; dup {
			v.errorf(at[i], "%s id %q is used twice (first at line %d)", what, id, p.Line)
			continue
		}
		first[id] = at[i]
	}
}

func (v *validator) checkSources() {
	var ids []string
	var at []Pos
	for _, s := range v.cat.Sources {
		v.checkID(s.Pos, "source", s.ID)
		if s.URL != "" && !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
			v.errorf(s.Pos, "source %q: url %s should start with https://", s.ID, yamldoc.Quote(s.URL))
		} else if i := strings.IndexAny(s.URL, " <>\"\\`{}|^"); i >= 0 {
			// Not allowed as they stand in an address (RFC 3986), and they
			// would end a link early in the markdown report.
			v.errorf(s.Pos, "source %q: url %s has %q at character %d, which an address cannot hold as it stands: write it as %%%02X", s.ID, yamldoc.Quote(s.URL), s.URL[i], utf8.RuneCountInString(s.URL[:i])+1, s.URL[i])
		}
		ids = append(ids, s.ID)
		at = append(at, s.Pos)
		v.sources[s.ID] = true
	}
	v.checkUnique("source", ids, at)
}

func (v *validator) checkSource(what string, r Ref) {
	if v.unknownSource(r) {
		v.errorf(r.Pos, "%s: source %q is not in the catalog's sources", what, r.ID)
	}
}

// unknownSource reports a reference to a source the catalog does not list.
func (v *validator) unknownSource(r Ref) bool { return r.ID != "" && !v.sources[r.ID] }

func (v *validator) checkQuestions() {
	var ids []string
	var at []Pos
	for _, q := range v.cat.Questions {
		what := fmt.Sprintf("question %q", q.ID)
		v.checkID(q.Pos, "question", q.ID)
		ids = append(ids, q.ID)
		at = append(at, q.Pos)
		v.checkOptions(what, q)
		v.checkTraitKind(what, q)
		if len(q.Options) > MaxOptions {
			v.errorf(q.Pos, "%s has %d options, over %d: a person picks from a short list (merge options, or ask two questions)", what, len(q.Options), MaxOptions)
		}
	}
	v.checkUnique("question", ids, at)
	if n := len(v.cat.Questions); n > MaxQuestions {
		v.errorf(v.cat.Questions[MaxQuestions].Pos, "the catalog has %d questions, over %d: the quiz is meant to be short, and what would change the result is searched over pairs of answers", n, MaxQuestions)
	}
}

// The most options a choice question may have, and questions a catalog:
// the what-if search tries pairs of answer changes, so its work grows with
// the square of both, and a catalog of three 1,000-option questions took
// half a minute to score. At these bounds it takes a tenth of a second.
const (
	MaxOptions   = 20
	MaxQuestions = 40
)

func (v *validator) checkOptions(what string, q Question) {
	var ids []string
	var at []Pos
	for _, o := range q.Options {
		v.checkID(o.Pos, what+" option", o.ID)
		if slices.Contains(ReservedOptionIDs(), o.ID) {
			v.errorf(o.Pos, "%s: option id %q is reserved for a command (%s): choose another", what, o.ID, strings.Join(ReservedOptionIDs(), ", "))
		}
		if slices.Contains([]string{"true", "false", "null"}, o.ID) {
			v.errorf(o.Pos, "%s: option id %q would read as a YAML value, not an option, in an answers file: choose another", what, o.ID)
		}
		ids = append(ids, o.ID)
		at = append(at, o.Pos)
	}
	v.checkUnique(what+" option", ids, at)
}

// checkTraitKind checks that the question's kind, fit and options suit the
// trait it asks about.
func (v *validator) checkTraitKind(what string, q Question) {
	if b, builtin := BuiltinTrait(q.Trait.ID); builtin {
		if q.Kind != "" && q.Kind != b.Kind {
			v.errorf(q.Trait.Pos, "%s: the %q trait needs a %s question, not %s", what, q.Trait.ID, b.Kind, q.Kind)
		}
		if q.Trait.ID == TraitOutlook && q.Kind == Scale && (q.Scale.Min != 1 || q.Scale.Max != 5) && q.Scale.Max > q.Scale.Min {
			v.errorf(q.Trait.Pos, "%s: the %q trait needs a 1-5 scale (its levels are the outlook descriptors, from decline to much faster than average)", what, q.Trait.ID)
		}
		if q.Fit != "" && q.Fit != b.Fit {
			v.errorf(q.Trait.Pos, "%s: the %q trait is always scored as %s; leave fit out", what, q.Trait.ID, b.Fit)
		}
		if q.Fact {
			v.errorf(q.Pos, "%s: a question about %s is a preference, not a fact about the person: leave fact out", what, b.About)
		}
	} else if q.Trait.ID != "" {
		v.checkID(q.Trait.Pos, "trait", q.Trait.ID)
		switch q.Fit {
		case "":
			v.errorf(q.Pos, "%s: fit is missing: say how answers compare with careers (closeness, limit or goal)", what)
		case Member:
			v.errorf(q.Pos, "%s: fit member is only for the %q trait", what, TraitSettings)
		}
	}
	for _, o := range q.Options {
		if o.Pay != "" && !q.Fact {
			v.errorf(o.Pos, "%s option %q: pay names the pay figure people with this answer are compared with, so it belongs to a fact question (fact: true)", what, o.ID)
		}
		if o.Education != "" && q.Trait.ID != TraitEducation {
			v.errorf(o.educationPos, "%s option %q: education names a level only on the options of a question about the %q trait; here it would be ignored, so leave it out", what, o.ID, TraitEducation)
		}
	}
	for _, o := range q.Options {
		switch {
		case q.Trait.ID == TraitEducation:
			if o.Education == "" { // an unknown level is reported where it is read
				v.errorf(o.Pos, "%s option %q: education is missing: which level is it (%s)?", what, o.ID, joinOr(EducationLevels()))
			}
		case q.Trait.ID == TraitSettings:
		case q.Kind == Choice && !o.HasValue:
			v.errorf(o.Pos, "%s option %q: value is missing: where does this answer sit on the %q trait?", what, o.ID, q.Trait.ID)
		}
	}
}

// uses returns the questions that ask about a trait (worked out once for
// all: every career asks).
func (v *validator) uses(trait string) []Question {
	if v.asked == nil {
		v.asked = map[string][]Question{}
		for _, q := range v.cat.Questions {
			v.asked[q.Trait.ID] = append(v.asked[q.Trait.ID], q)
		}
	}
	return v.asked[trait]
}

// checkCareers checks each career on its own, a long list split among the
// processors as for decoding, then that no id is used twice. Problems are
// added in career order.
func (v *validator) checkCareers() {
	cs := v.cat.Careers
	v.uses("") // fills v.asked: the parts only read it
	found := make([]yamldoc.Problems, partsOf(len(cs)))
	inParts(len(found), len(cs), func(p, lo, hi int) {
		part := *v
		part.problems = &found[p]
		for _, c := range cs[lo:hi] {
			part.checkID(c.Pos, "career", c.ID)
			part.checkCareer(c)
		}
	})
	for _, f := range found {
		*v.problems = append(*v.problems, f...)
	}
	ids := make([]string, len(cs))
	at := make([]Pos, len(cs))
	for i, c := range cs {
		ids[i], at[i] = c.ID, c.Pos
	}
	v.checkUnique("career", ids, at)
	// Two careers of one title (a copy not yet renamed) could not be told
	// apart in the results.
	first := make(map[string]int, len(cs))
	for i, c := range cs {
		t := strings.ToLower(c.Title)
		if t == "" {
			continue
		}
		if j, dup := first[t]; dup {
			v.errorf(c.Pos, "career %q has the title of career %q (line %d): give each career a title of its own", c.ID, cs[j].ID, cs[j].Pos.Line)
			continue
		}
		first[t] = i
	}
}

func (v *validator) checkCareer(c Career) {
	what := fmt.Sprintf("career %q", c.ID)
	v.checkSource(what+" education", c.Education.Source)
	for _, r := range c.Education.Routes {
		v.checkRoute(what, r)
	}
	if c.Pay != nil {
		v.checkSource(what+" pay", c.Pay.Source)
		v.checkPayScale(what, *c.Pay)
		if c.Pay.Range != nil {
			v.checkSource(what+" pay range", c.Pay.Range.Source)
		}
	} else if len(v.uses(TraitPay)) > 0 {
		v.errorf(c.Pos, "%s: pay is missing, but question %q asks about pay", what, v.uses(TraitPay)[0].ID)
	}
	if c.Outlook != nil {
		v.checkSource(what+" outlook", c.Outlook.Source)
	} else if len(v.uses(TraitOutlook)) > 0 {
		v.errorf(c.Pos, "%s: outlook is missing, but question %q asks about growth", what, v.uses(TraitOutlook)[0].ID)
	}
	for _, f := range c.History {
		v.checkSource(what+" history", f.Source)
	}
	v.checkSettings(what, c)
	for _, p := range c.Prerequisites {
		v.checkSource(what+" prerequisite", p.Source)
		qs := v.uses(p.Trait.ID)
		if p.Trait.ID != "" && len(qs) == 0 && len(v.cat.Questions) > 0 {
			v.errorf(p.Trait.Pos, "%s prerequisite: trait %q is not asked about by any question", what, p.Trait.ID)
		}
		for _, q := range qs {
			lo, hi := answerRange(q)
			if !p.valid || lo >= hi {
				continue
			}
			if p.Needs <= lo || p.Needs > hi {
				v.errorf(p.Pos, "%s prerequisite: needs %g would always or never apply, since answers to question %q run from %g to %g: use a value above %g, up to %g",
					what, p.Needs, q.ID, lo, hi, lo, hi)
			}
		}
	}
	v.checkTraits(what, c)
}

// checkPayScale checks a career's pay figures against the pay question's
// range, in the units it asks in: a figure below what anyone can answer is
// most often an hourly wage copied beside a yearly one. A figure the
// decoder refused as out of any range is not reported again.
func (v *validator) checkPayScale(what string, p Pay) {
	qs := v.uses(TraitPay)
	if len(qs) == 0 {
		return
	}
	q := qs[0]
	lo, hi := answerRange(q)
	check := func(where string, pos Pos, name string, f float64) bool {
		switch {
		case f <= 0 || f > maxPay:
			return true
		case f < lo && f < 1000 && lo >= 1000:
			v.errorf(pos, "%s %s: %s %s is below the lowest pay question %q takes (%s %s): is it an hourly wage? Write the yearly figure (about 2,080 working hours: %s)",
				what, where, name, plainNumber(f), q.ID, plainNumber(lo), q.Range.Unit, plainNumber(math.Round(f*2080)))
			return false
		case f < lo || f > hi:
			v.errorf(pos, "%s %s: %s %s is outside the pay question %q's range (%s to %s %s): write it in the question's units",
				what, where, name, plainNumber(f), q.ID, plainNumber(lo), plainNumber(hi), q.Range.Unit)
			return false
		}
		return true
	}
	check("pay", p.Pos, "median", p.Median)
	if r := p.Range; r != nil {
		for _, name := range PayFigures() {
			if !check("pay range", r.Pos, name, r.Percentile(name)) {
				break // one is enough: the others are most often the same mistake
			}
		}
	}
}

// plainNumber writes n with thousands separators and no needless decimals.
func plainNumber(n float64) string {
	whole, frac := math.Modf(n)
	s := strconv.FormatFloat(math.Abs(whole), 'f', 0, 64)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if n < 0 {
		s = "-" + s
	}
	if frac != 0 {
		s += strings.TrimPrefix(strconv.FormatFloat(math.Abs(frac), 'f', 2, 64), "0")
	}
	return s
}

// checkRoute checks a route's credit source and the facts it requires: each
// names a fact question and some of its options.
func (v *validator) checkRoute(what string, r Route) {
	if r.CreditSource.ID != "" {
		v.checkSource(what+" route credits", r.CreditSource)
	}
	for _, req := range r.Requires {
		q, ok := v.cat.Question(req.Question.ID)
		switch {
		case !ok:
			v.errorf(req.Question.Pos, "%s route %q: requires question %q, which is not in the catalog", what, r.Name, req.Question.ID)
			continue
		case !q.Fact || q.Kind != Choice:
			v.errorf(req.Question.Pos, "%s route %q: requires question %q, but a route can only require the answer to a fact question with options (fact: true)", what, r.Name, q.ID)
			continue
		}
		if len(req.Options) == 0 {
			v.errorf(req.Question.Pos, "%s route %q: requires %q: list the answers that open the route", what, r.Name, q.ID)
		}
		for _, o := range req.Options {
			if _, ok := q.Option(o); !ok {
				v.errorf(req.Question.Pos, "%s route %q: requires %s: %q is not an option (%s)", what, r.Name, q.ID, o, joinOr(q.OptionIDs()))
			}
		}
	}
}

func (v *validator) checkSettings(what string, c Career) {
	qs := v.uses(TraitSettings)
	for _, s := range c.Settings {
		v.checkID(s.Pos, what+": setting", s.ID)
		for _, q := range qs {
			if !slices.ContainsFunc(q.Options, func(o Option) bool { return o.ID == s.ID }) {
				v.errorf(s.Pos, "%s: setting %q is not an option of question %q (%s)", what, s.ID, q.ID, joinOr(q.OptionIDs()))
			}
		}
	}
	if len(qs) > 0 && len(c.Settings) == 0 {
		v.errorf(c.Pos, "%s: settings are missing, but question %q asks about the setting", what, qs[0].ID)
	}
}

func (v *validator) checkTraits(what string, c Career) {
	for _, name := range c.TraitOrder {
		t := c.Traits[name]
		if v.unknownSource(t.Source) { // named only then: a catalog has many traits
			v.checkSource(fmt.Sprintf("%s trait %q", what, name), t.Source)
		}
		qs := v.uses(name)
		if len(qs) == 0 && len(v.cat.Questions) > 0 {
			v.errorf(t.Pos, "%s: trait %q is not asked about by any question", what, name)
		}
		for _, q := range qs {
			lo, hi := q.TraitRange()
			if !t.valid || lo >= hi {
				continue // the level or the question's range is already reported
			}
			if t.Level < lo || t.Level > hi {
				v.errorf(t.levelPos, "%s trait %q: level %g is out of range for question %q (%g to %g)", what, name, t.Level, q.ID, lo, hi)
			}
		}
	}
	for _, q := range v.cat.Questions {
		if q.Trait.ID == "" || q.IsBuiltin() {
			continue
		}
		if _, ok := c.Traits[q.Trait.ID]; !ok {
			v.errorf(c.Pos, "%s: trait %q is missing, but question %q asks about it", what, q.Trait.ID, q.ID)
		}
	}
}

// answerRange is the span of values a person's answer can take on q's trait:
// the trait range, or education ranks for the education trait.
func answerRange(q Question) (float64, float64) {
	if q.Trait.ID != TraitEducation {
		return q.TraitRange()
	}
	lo, hi := -1, -1
	for _, o := range q.Options {
		r := EducationRank(o.Education)
		if lo < 0 || r < lo {
			lo = r
		}
		hi = max(hi, r)
	}
	return float64(lo), float64(hi)
}

func optionIDs(q Question) []string {
	ids := make([]string, len(q.Options))
	for i, o := range q.Options {
		ids[i] = o.ID
	}
	return ids
}

// joinOr lists words as "a, b or c".
func joinOr(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}
