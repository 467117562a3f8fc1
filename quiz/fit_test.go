package quiz

import (
	"math"
	"testing"
)

// Each fit formula pinned on the frozen catalog: changing a falloff, a
// default or which pay figure is read fails here, not only in a golden screen.
func TestFitFormulas(t *testing.T) {
	cat := frozenCatalog(t)
	for _, tc := range []struct {
		name     string
		answers  string // the person's answers, for the stance
		question string
		answer   Answer
		career   string
		want     float64
	}{
		{"closeness, exact", "", "lead", Answer{Value: 5}, "boss", 1},
		{"closeness, one step of a 1-5 scale", "", "lead", Answer{Value: 4}, "boss", 0.75},
		{"closeness, far", "", "lead", Answer{Value: 1}, "boss", 0},
		{"limit on a 0-based scale, within", "", "exams", Answer{Value: 3}, "nurse", 1},
		{"limit on a 0-based scale, one over", "", "exams", Answer{Value: 2}, "nurse", 0.5},
		{"limit on a 0-based scale, two over", "", "exams", Answer{Value: 1}, "nurse", 0},
		{"education within", "", "degree", Answer{Option: "bach"}, "analyst", 1},
		{"education: a certificate route", "", "degree", Answer{Option: "cert"}, "coder", 1},
		{"education: the shortest route counts", "", "degree", Answer{Option: "assoc"}, "coder", 1},
		{"education one rung short of the only route", "", "degree", Answer{Option: "assoc"}, "analyst", 0.35},
		{"education two rungs short", "", "degree", Answer{Option: "cert"}, "analyst", 0},
		{"education: a route a fact rules out", "licence: \"no\"", "degree", Answer{Option: "bach"}, "nurse", 0},
		{"education: a route on an unknown fact", "", "degree", Answer{Option: "bach"}, "nurse", 0},
		{"education: a route a fact opens", "licence: training", "degree", Answer{Option: "assoc"}, "nurse", 1},
		{"pay, median meets the goal (many years)", "years: many", "pay", Answer{Value: 80000}, "boss", 1},
		{"pay, median short (many years)", "years: many", "pay", Answer{Value: 120000}, "boss", 1 - 2*20000.0/120000},
		{"pay, entrants compared with the 10th percentile", "years: none", "pay", Answer{Value: 80000}, "boss", 0.5},
		{"pay, a few years with the 25th percentile", "years: few", "pay", Answer{Value: 100000}, "boss", 0.5},
		{"pay, experience unknown: the lowest figure", "", "pay", Answer{Value: 80000}, "boss", 0.5},
		{"pay, entrants compared with a range of another year", "years: none", "pay", Answer{Value: 110000}, "analyst", 1 - 2*55000.0/110000},
		{"pay, half the goal or less is 0", "years: many", "pay", Answer{Value: 200000}, "clerk", 0},
		{"a number that is not money, goal met", "", "hours", Answer{Value: 40}, "analyst", 1},
		{"a number that is not money, short", "", "hours", Answer{Value: 40}, "nurse", 0.8},
		{"a number that is not money, half or less", "", "hours", Answer{Value: 40}, "clerk", 0},
		{"outlook goal on the descriptor's level", "", "growth", Answer{Value: 5}, "clerk", 0.5},
		{"outlook goal met", "", "growth", Answer{Value: 4}, "boss", 1},
		{"a fact as a limit, within", "", "years", Answer{Option: "few"}, "nurse", 1},
		{"a fact as a limit, short", "", "years", Answer{Option: "none"}, "nurse", 1 - 2*2.0/5},
		{"a setting the career has", "", "where", Answer{Option: "home"}, "coder", 1},
		{"a setting it has not", "", "where", Answer{Option: "office"}, "coder", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := Answers{}
			if tc.answers != "" {
				a = parse(t, cat, tc.answers)
			}
			e := newEngine(cat, a)
			st := e.stanceOf(e.current)
			q, k := &cat.Questions[e.qIndex[tc.question]], careerByID(t, e, tc.career)
			if got := fit(q, tc.answer, k, &st); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("fit = %v, want %v", got, tc.want)
			}
		})
	}
}

// When a career has no pay range, every career is compared on its median,
// whatever the experience: one career's entry pay against another's
// all-levels median would favour the career with missing data.
func TestPayComparesLikeWithLike(t *testing.T) {
	cat := frozenWithout(t, analystRange, "")
	for _, answers := range []string{"years: none", "years: few", ""} {
		a := Answers{}
		if answers != "" {
			a = parse(t, cat, answers)
		}
		e := newEngine(cat, a)
		st := e.stanceOf(e.current)
		q := &cat.Questions[e.qIndex["pay"]]
		for id, want := range map[string]float64{"boss": 1 - 2*20000.0/120000, "analyst": 1 - 2*30000.0/120000} {
			if got := fit(q, Answer{Value: 120000}, careerByID(t, e, id), &st); math.Abs(got-want) > 1e-9 {
				t.Errorf("%q %s: fit %v, want %v (the median)", answers, id, got, want)
			}
		}
	}
}
