package quiz

import (
	"slices"
	"strings"

	"careerquiz/careers"
)

// unknown lists the fact questions career ci depends on that the person did
// not answer: a prerequisite's fact, or the fact every open way in needs.
// entered, when not nil, says for each career whether a way in is open to
// the person standing at st (openWays).
func (e *engine) unknown(st *stance, ci int, entered []bool) []string {
	out := []string{}
	add := func(id string) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for _, r := range e.caps[ci] {
		if r.fact < 0 || slices.ContainsFunc(r.qs, func(qi int) bool { return e.current[qi].set }) {
			continue
		}
		add(e.cat.Questions[r.fact].ID)
	}
	k := &e.cat.Careers[ci]
	if !e.routeFacts[ci] {
		return out // every way in is open, or there is none: no fact is missing
	}
	open := entered != nil && entered[ci]
	if entered == nil {
		_, open = st.entry(k)
	}
	if !open {
		for i := range k.Education.Routes {
			if s, ids := st.route(&k.Education.Routes[i]); s == routeUnknown {
				for _, id := range ids {
					add(id)
				}
			}
		}
	}
	return out
}

// UnknownText says what a career needs that the person did not say, in a
// few words for beside its score: "needs 5+ years of IT experience; you
// didn't say". It is "" when nothing is unknown.
func (r Result) UnknownText(k Ranked) string {
	if len(k.Unknown) == 0 {
		return ""
	}
	return r.needs(k) + "; you didn't say"
}

// needs is what career k needs of the facts the person did not give: "needs
// 5+ years of IT experience; needs to be …".
func (r Result) needs(k Ranked) string {
	var needs []string
	for _, id := range k.Unknown {
		needs = append(needs, r.needsFor(k, id))
	}
	return strings.Join(needs, "; ")
}

// needsFor is what career k needs of the fact question id, in a few words:
// its prerequisite's short text, or the answers its routes need.
func (r Result) needsFor(k Ranked, id string) string {
	q, _ := r.Catalog.Question(id)
	for _, p := range k.Career.Prerequisites {
		if p.Trait.ID == q.Trait.ID {
			return prereqNeeds(p)
		}
	}
	for _, rt := range k.Career.Education.Routes {
		for _, req := range rt.Requires {
			if req.Question.ID == id {
				return "needs " + requirementText(q, req)
			}
		}
	}
	return "depends on " + LowerFirst(q.Topic)
}

// prereqNeeds is a prerequisite in a few words: "needs 5+ years of IT
// experience".
func prereqNeeds(p careers.Prerequisite) string {
	if p.Short != "" {
		return p.Short
	}
	return strings.TrimSuffix(p.Text, ".")
}

// UnmetText says what career k needs that the person's answers rule out,
// in a few words for beside its score, as UnknownText does for facts not
// given: `needs 5+ years of IT experience; you answered "Some (1 to 4
// years)"`. It names each prerequisite an answer does not meet (it caps
// the score) and, when no way in is open, each answer that closes them.
// It is "" when the answers rule nothing out.
func (r Result) UnmetText(k Ranked) string {
	e, ci := k.why.e, k.why.ci
	if e == nil {
		return ""
	}
	var parts []string
	var named []int // questions already named: each answer is named once
	said := func(qi int) string { return "; you answered " + quoteAnswer(e.cat.Questions[qi], e.current[qi].a) }
	for _, u := range k.unmet() {
		if !slices.Contains(named, u.question) {
			named = append(named, u.question)
			parts = append(parts, prereqNeeds(k.Career.Prerequisites[u.prereq])+said(u.question))
		}
	}
	st := e.stanceOf(e.current)
	if _, open := st.entry(&e.cat.Careers[ci]); open {
		return strings.Join(parts, "; ")
	}
	for _, rt := range k.Career.Education.Routes {
		for _, req := range rt.Requires {
			qi, ok := e.qIndex[req.Question.ID]
			if !ok || !e.current[qi].set || slices.Contains(req.Options, e.current[qi].a.Option) || slices.Contains(named, qi) {
				continue
			}
			named = append(named, qi)
			parts = append(parts, "needs "+requirementText(e.cat.Questions[qi], req)+said(qi))
		}
	}
	return strings.Join(parts, "; ")
}

// unmetPrereq is a prerequisite of a career (its index) that the answer to
// a question (its index) does not meet.
type unmetPrereq struct{ prereq, question int }

// unmet lists the prerequisites of career k that an answer does not meet:
// each caps its score. A fact not given is not among them (Unknown).
func (k Ranked) unmet() []unmetPrereq {
	e := k.why.e
	if e == nil {
		return nil
	}
	var out []unmetPrereq
	for _, rule := range e.caps[k.why.ci] {
		for _, qi := range rule.qs {
			if e.current[qi].set {
				if personValue(&e.cat.Questions[qi], e.current[qi].a) < rule.needs {
					out = append(out, unmetPrereq{rule.prereq, qi})
				}
				break // the first answered question counts (capOf)
			}
		}
	}
	return out
}

// openWays says for each career whether a way in is open to the person
// standing at st, from the education values scoring has worked out; nil
// when no education question was answered.
func (e *engine) openWays(st *stance) []bool {
	for _, qi := range e.answered {
		if e.cat.Questions[qi].Trait.ID == careers.TraitEducation {
			return e.valuesAt(st, qi).open // careerValue's ok: entry's
		}
	}
	return nil
}
