package quiz

import (
	"math"
	"math/rand/v2"
	"testing"

	"careerquiz/careers"
)

func apply(a Answers, w WhatIf) Answers {
	out := a.Clone()
	for _, c := range w.Changes {
		out[c.Question] = c.Answer
	}
	return out
}

// scoreTop is the career a what-if would name for answers a: the top one
// when it leads by more than a point, "" for a tie.
func scoreTop(cat *careers.Catalog, a Answers) string {
	e := newEngine(cat, a) // the engine alone: Score would run the what-if search too
	totals := e.totals(e.current, nil)
	order := e.rank(totals)
	if len(a) == 0 || totals[order[0]]-totals[order[1]] <= tieTenths {
		return ""
	}
	return cat.Careers[order[0]].ID
}

// towards reports whether change c to answers a moves towards career id:
// its new answer fits the career fully, or better than the old one, each
// read with the stance its own answers give.
func towards(cat *careers.Catalog, a Answers, c Change, id string) bool {
	b := a.Clone()
	b[c.Question] = c.Answer
	before, after := newEngine(cat, a), newEngine(cat, b)
	stBefore, stAfter := before.stanceOf(before.current), after.stanceOf(after.current)
	qi := before.qIndex[c.Question]
	var k *careers.Career
	for i := range cat.Careers {
		if cat.Careers[i].ID == id {
			k = &cat.Careers[i]
		}
	}
	now, then := fit(&cat.Questions[qi], c.Answer, k, &stAfter), fit(&cat.Questions[qi], a[c.Question], k, &stBefore)
	return now >= 1-1e-9 || now > then+1e-9
}

// scoreOf is career id's score for answers a.
func scoreOf(cat *careers.Catalog, a Answers, id string) float64 {
	for _, r := range Score(cat, a).Ranking {
		if r.Career.ID == id {
			return r.Score
		}
	}
	return -1
}

// bruteAlternatives is every answer a what-if may move q to, by brute
// force: any other option or scale value, any round number in the range (a
// dollar amount on every $1,000 up to $400,000); a fact only upwards.
func bruteAlternatives(q careers.Question, cur Answer) []Answer {
	all := Choices(q)
	if q.Kind == careers.Number {
		step, hi := 1.0, q.Range.Max
		if IsMoney(q) {
			step, hi = 1000, 400000
		}
		for v := math.Max(q.Range.Min, step); v <= hi; v += step {
			all = append(all, Answer{Value: v})
		}
	}
	var out []Answer
	for _, a := range all {
		if a != cur && (!q.Fact || personValue(&q, a) > personValue(&q, cur)) {
			out = append(out, a)
		}
	}
	return out
}

// oracle is the brute-force what-if: every set of one or two changed
// answers, scored from scratch, keeping per career the fewest changes and
// among those the smallest cost.
func oracle(cat *careers.Catalog, a Answers) map[string]candidate {
	e := newEngine(cat, a)
	top := scoreTop(cat, a)
	if top == "" {
		top = Score(cat, a).Top().Career.ID
	}
	best := map[string]candidate{}
	try := func(changes []Change, cost float64) {
		b := a.Clone()
		for _, c := range changes {
			b[c.Question] = c.Answer
		}
		w := scoreTop(cat, b)
		if w == "" || w == top {
			return
		}
		for _, c := range changes { // each change must move towards w
			if !towards(cat, a, c, w) {
				return
			}
		}
		if scoreOf(cat, b, w) <= scoreOf(cat, a, w) {
			return // w must gain, not only the leader fall
		}
		old, ok := best[w]
		if !ok || len(changes) < len(old.changes) || len(changes) == len(old.changes) && cost < old.cost-1e-9 {
			best[w] = candidate{changes: changes, cost: cost}
		}
	}
	for i, qa := range e.answered {
		q := cat.Questions[qa]
		for _, x := range bruteAlternatives(q, a[q.ID]) {
			first := Change{Question: q.ID, From: a[q.ID], Answer: x}
			try([]Change{first}, e.cost(qa, x))
			for _, qb := range e.answered[i+1:] {
				q2 := cat.Questions[qb]
				for _, y := range bruteAlternatives(q2, a[q2.ID]) {
					try([]Change{first, {Question: q2.ID, From: a[q2.ID], Answer: y}}, e.cost(qa, x)+e.cost(qb, y))
				}
			}
		}
	}
	return best
}

// The search finds, for every career, what brute force finds: as few
// changes and as small a cost, and replaying its changes puts it first.
func TestWhatIfMatchesBruteForce(t *testing.T) {
	cat := frozenCatalog(t)
	rng := rand.New(rand.NewPCG(3, 4))
	seen := 0
	for range 25 {
		a := randomAnswers(cat, rng, 0.6)
		if len(a) == 0 {
			continue
		}
		r := Score(cat, a)
		want := oracle(cat, a)
		got := map[string]WhatIf{}
		for _, w := range r.WhatIf {
			got[w.Top] = w
		}
		for id, c := range want {
			w, ok := got[id]
			if !ok {
				t.Fatalf("answers %v: brute force puts %s first with %+v; the search finds nothing", a, id, c.changes)
			}
			e := newEngine(cat, a)
			cost := 0.0
			for _, ch := range w.Changes {
				cost += e.cost(e.qIndex[ch.Question], ch.Answer)
			}
			if len(w.Changes) != len(c.changes) || math.Abs(cost-c.cost) > 1e-9 {
				t.Fatalf("answers %v, %s: the search offers %+v (cost %.4f), brute force %+v (cost %.4f)", a, id, w.Changes, cost, c.changes, c.cost)
			}
			seen++
		}
		for id, w := range got {
			if _, ok := want[id]; !ok {
				t.Fatalf("answers %v: the search offers %s with %+v, brute force cannot", a, id, w.Changes)
			}
			if top := scoreTop(cat, apply(a, w)); top != id {
				t.Fatalf("answers %v + %+v puts %q first, not %s", a, w.Changes, top, id)
			}
		}
	}
	if seen < 30 {
		t.Fatalf("only %d what-ifs checked", seen)
	}
}

// A what-if never changes a skipped question, never lowers a fact, only
// moves answers towards the career it names, and fewest changes come first.
func TestWhatIfRules(t *testing.T) {
	cat := frozenCatalog(t)
	rng := rand.New(rand.NewPCG(5, 6))
	for range 150 {
		a := randomAnswers(cat, rng, 0.7)
		r := Score(cat, a)
		for i, w := range r.WhatIf {
			if len(w.Changes) == 0 || len(w.Changes) > maxWhatIfChanges {
				t.Fatalf("what-if with %d changes", len(w.Changes))
			}
			if i > 0 && len(r.WhatIf[i-1].Changes) > len(w.Changes) {
				t.Fatalf("what-ifs not ordered by number of changes")
			}
			for _, c := range w.Changes {
				cur, answered := a[c.Question]
				if !answered {
					t.Fatalf("what-if changes skipped question %s", c.Question)
				}
				q, _ := cat.Question(c.Question)
				if err := Check(q, c.Answer); err != nil || c.Answer == cur || c.From != cur {
					t.Fatalf("what-if change %+v is not a valid new answer: %v", c, err)
				}
				if q.Fact && personValue(&q, c.Answer) < personValue(&q, cur) {
					t.Fatalf("what-if lowers the fact %s: %+v", q.ID, c)
				}
				if IsMoney(q) && int(c.Answer.Value)%1000 != 0 {
					t.Fatalf("pay what-if %v is not a round $1,000", c.Answer.Value)
				}
				if !towards(cat, a, c, w.Top) {
					t.Fatalf("answers %v: change %+v does not move towards %s", a, c, w.Top)
				}
			}
		}
	}
}

// The pay what-if is the nearest round $1,000 that changes the top.
func TestWhatIfPayIsNearest(t *testing.T) {
	cat := frozenCatalog(t)
	const cur = 80000.0
	a := parse(t, cat, "lead: 1\ndegree: bach\npay: 80000\nyears: many\n")
	r := Score(cat, a)
	for _, w := range r.WhatIf {
		if len(w.Changes) != 1 || w.Changes[0].Question != "pay" {
			continue
		}
		target := w.Changes[0].Answer.Value
		step := 1000.0
		if target < cur {
			step = -1000
		}
		for v := cur + step; v != target; v += step {
			b := a.Clone()
			b["pay"] = Answer{Value: v}
			if scoreTop(cat, b) == w.Top {
				t.Fatalf("$%v already puts %s first, nearer than $%v", v, w.Top, target)
			}
		}
		return
	}
	t.Fatal("test setup: no pay what-if for these answers")
}

// A fact moves only as time does, and says so.
func TestWhatIfFactsMoveWithTime(t *testing.T) {
	cat := frozenCatalog(t)
	a := parse(t, cat, "lead: 5\ndegree: bach\npay: 90000\nyears: none\n")
	r := Score(cat, a)
	for _, w := range r.WhatIf {
		if w.Top == "boss" && len(w.Changes) == 1 && w.Changes[0].Question == "years" {
			if s := WhatIfSentence(cat, w); s != `Once you can answer experience: "Many" (now "None"), Boss would come first.` {
				t.Fatalf("sentence %q", s)
			}
			return
		}
	}
	t.Fatalf("no what-if of more experience for the boss: %+v", r.WhatIf)
}

// A number question with a huge range is searched on a coarser grid, never
// on millions of values.
func TestWhatIfGridIsBounded(t *testing.T) {
	q := careers.Question{ID: "savings", Kind: careers.Number, Range: careers.Range{Min: 0, Max: 1e12, Unit: "USD"}}
	step := numberStep(q, q.Range.Min, q.Range.Max)
	if n := (q.Range.Max - q.Range.Min) / step; n > maxGrid {
		t.Fatalf("%v values to try", n)
	}
	if step := numberStep(q, 40000, 330000); step != 1000 {
		t.Fatalf("a salary-sized range should step by $1,000, got %v", step)
	}
}

func TestLowerFirstKeepsUTF8(t *testing.T) {
	for in, want := range map[string]string{"Équipe et budgets": "équipe et budgets", "RN licence": "RN licence", "Pay": "pay", "": ""} {
		if got := LowerFirst(in); got != want {
			t.Errorf("LowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
