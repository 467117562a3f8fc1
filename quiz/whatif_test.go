package quiz

import (
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

// Applying a what-if's changes puts its career first, every time.
func TestWhatIfReplays(t *testing.T) {
	cat := defaultCatalog(t)
	rng := rand.New(rand.NewPCG(3, 4))
	seen := 0
	for range 150 {
		a := randomAnswers(cat, rng, 0.8)
		r := Score(cat, a)
		for _, w := range r.WhatIf {
			seen++
			if len(w.Changes) == 0 || len(w.Changes) > maxWhatIfChanges {
				t.Fatalf("what-if with %d changes", len(w.Changes))
			}
			for _, c := range w.Changes {
				if _, answered := a[c.Question]; !answered {
					t.Fatalf("what-if changes skipped question %s", c.Question)
				}
				q, _ := cat.Question(c.Question)
				if err := Check(q, c.Answer); err != nil || c.Answer == a[c.Question] {
					t.Fatalf("what-if change %+v is not a valid new answer: %v", c, err)
				}
				if q.Kind == careers.Number && int(c.Answer.Value)%1000 != 0 {
					t.Fatalf("salary what-if %v is not a round $1,000", c.Answer.Value)
				}
			}
			replay := Score(cat, apply(a, w))
			if top := replay.Top().Career.ID; top != w.Top || !replay.Decisive {
				t.Fatalf("answers %v + what-if %+v puts %s first (decisive %v), not %s", a, w.Changes, top, replay.Decisive, w.Top)
			}
		}
	}
	if seen < 100 {
		t.Fatalf("only %d what-ifs in 150 results: the search finds too little", seen)
	}
}

// A two-change what-if is offered only when no single change would do, and
// fewest changes come first.
func TestWhatIfIsSmallest(t *testing.T) {
	cat := defaultCatalog(t)
	rng := rand.New(rand.NewPCG(5, 6))
	for range 60 {
		a := randomAnswers(cat, rng, 0.8)
		r := Score(cat, a)
		singles := singleChangeWinners(cat, a)
		for i, w := range r.WhatIf {
			if i > 0 && len(r.WhatIf[i-1].Changes) > len(w.Changes) {
				t.Fatalf("what-ifs not ordered by number of changes")
			}
			if len(w.Changes) == 2 && singles[w.Top] {
				t.Fatalf("%s: two changes offered, but one change puts it first (answers %v)", w.Top, a)
			}
			if len(w.Changes) == 1 && !singles[w.Top] {
				t.Fatalf("%s: brute force finds no single change, the search did", w.Top)
			}
		}
		for id := range singles {
			found := false
			for _, w := range r.WhatIf {
				found = found || w.Top == id
			}
			if !found {
				t.Fatalf("%s can be put first with one change, but no what-if says so", id)
			}
		}
	}
}

// singleChangeWinners tries every other answer to each answered question (a
// salary on every $1,000 up to $400,000) and returns the careers that come first.
func singleChangeWinners(cat *careers.Catalog, a Answers) map[string]bool {
	top := Score(cat, a).Top().Career.ID
	out := map[string]bool{}
	for _, q := range cat.Questions {
		cur, ok := a[q.ID]
		if !ok {
			continue
		}
		var alts []Answer
		if q.Kind == careers.Number {
			for v := 1000.0; v <= 400000; v += 1000 {
				alts = append(alts, Answer{Value: v})
			}
		} else {
			alts = alternatives(q, cur)
		}
		for _, alt := range alts {
			b := a.Clone()
			b[q.ID] = alt
			if w := scoreTop(cat, b); w != top && w != "" {
				out[w] = true
			}
		}
	}
	return out
}

// scoreTop is the career a what-if would name for answers a: the top one
// when it leads by more than a point, "" for a tie.
func scoreTop(cat *careers.Catalog, a Answers) string {
	e := newEngine(cat, a) // the engine alone: Score would run the what-if search too
	totals := e.totals(e.current, nil)
	order := e.rank(totals)
	if len(a) == 0 || totals[order[0]]-totals[order[1]] <= 10 {
		return ""
	}
	return cat.Careers[order[0]].ID
}

// The salary what-if is the nearest round $1,000 that changes the top.
func TestWhatIfSalaryIsNearest(t *testing.T) {
	cat := defaultCatalog(t)
	a := parse(t, cat, "management: 4\ndegree: bachelor\nsalary: 70000\n")
	r := Score(cat, a)
	for _, w := range r.WhatIf {
		if len(w.Changes) != 1 || w.Changes[0].Question != "salary" {
			continue
		}
		target := w.Changes[0].Answer.Value
		step := 1000.0
		if target < 70000 {
			step = -1000
		}
		for v := 70000 + step; v != target; v += step {
			b := a.Clone()
			b["salary"] = Answer{Value: v}
			if scoreTop(cat, b) == w.Top {
				t.Fatalf("$%v already puts %s first, nearer than $%v", v, w.Top, target)
			}
		}
		return
	}
	t.Fatal("test setup: no salary what-if for these answers")
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
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
