package quiz

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"careerquiz/careers"
	"careerquiz/internal/catalogtest"
)

// randomAnswers answers each question with probability p, with any allowed
// answer (amounts on a grid of 500, so rounding is exercised).
func randomAnswers(cat *careers.Catalog, rng *rand.Rand, p float64) Answers {
	a := Answers{}
	for _, q := range cat.Questions {
		if rng.Float64() > p {
			continue
		}
		switch choices := Choices(q); {
		case len(choices) > 0:
			a[q.ID] = choices[rng.IntN(len(choices))]
		case IsMoney(q):
			a[q.ID] = Answer{Value: float64(20000 + 500*rng.IntN(300))}
		default:
			a[q.ID] = Answer{Value: float64(rng.IntN(int(q.Range.Max) + 1))}
		}
	}
	return a
}

func TestReasonsAddUp(t *testing.T) {
	cat := frozenCatalog(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		a := randomAnswers(cat, rng, 0.7)
		r := Score(cat, a)
		if r.Answered != len(a) || r.Questions != len(cat.Questions) {
			t.Fatalf("coverage %d of %d, want %d of %d", r.Answered, r.Questions, len(a), len(cat.Questions))
		}
		for _, k := range r.Ranking {
			var pts, max float64
			answered := map[string]bool{}
			for _, re := range k.Reasons() {
				pts += re.Points
				max += re.Max
				if !re.Cap {
					answered[re.Question] = true
				}
				if re.Points > re.Max+1e-9 && !re.Cap || re.Text == "" {
					t.Fatalf("%s: bad reason %+v", k.Career.ID, re)
				}
			}
			if math.Abs(pts-k.Score) > 1e-6 {
				t.Fatalf("%s: points add up to %.2f, score is %.1f (answers %v)", k.Career.ID, pts, k.Score, a)
			}
			if len(a) > 0 && math.Abs(max-100) > 1e-6 {
				t.Fatalf("%s: maxima add up to %.2f", k.Career.ID, max)
			}
			if len(answered) != len(a) {
				t.Fatalf("%s: reasons cover %d questions, %d answered", k.Career.ID, len(answered), len(a))
			}
			if k.Score < 0 || k.Score > 100 || math.Round(k.Score*10) != k.Score*10 {
				t.Fatalf("%s: score %v is not 0-100 with one decimal", k.Career.ID, k.Score)
			}
		}
		for i := 1; i < len(r.Ranking); i++ {
			a, b := r.Ranking[i-1], r.Ranking[i]
			if a.Score < b.Score || a.Score == b.Score && a.Career.ID > b.Career.ID {
				t.Fatalf("ranking out of order at %d: %s %.1f, %s %.1f", i, a.Career.ID, a.Score, b.Career.ID, b.Score)
			}
		}
	}
}

func TestAllSkipped(t *testing.T) {
	cat := frozenCatalog(t)
	r := Score(cat, Answers{})
	if r.Decisive || !strings.Contains(r.Notice, "skipped every question") || r.Answered != 0 {
		t.Fatalf("decisive=%v notice=%q answered=%d", r.Decisive, r.Notice, r.Answered)
	}
	ids := make([]string, len(r.Ranking))
	for i, k := range r.Ranking {
		ids[i] = k.Career.ID
		if k.Score != 0 || len(k.Reasons()) != 0 {
			t.Fatalf("%s scored %v with %d reasons", k.Career.ID, k.Score, len(k.Reasons()))
		}
	}
	if !slices.IsSorted(ids) {
		t.Fatalf("ties not broken by id: %v", ids)
	}
	if len(r.WhatIf) != 0 {
		t.Fatalf("what-if with nothing answered: %v", r.WhatIf)
	}
}

// With fewer than three answers there is no crowned winner, even when one
// career leads clearly: the leaders are named, and the questions that
// would separate them.
func TestFewAnswersAreNoClearFit(t *testing.T) {
	cat := frozenCatalog(t)
	r := Score(cat, parse(t, cat, "lead: 5\nyears: many\n"))
	if r.Top().Career.ID != "boss" || r.Top().Score-r.Ranking[1].Score <= 1 {
		t.Fatalf("test setup: boss should lead clearly, got %s %.1f, %.1f", r.Top().Career.ID, r.Top().Score, r.Ranking[1].Score)
	}
	if r.Decisive || !strings.Contains(r.Notice, "too few") || len(r.Leading) < 2 || r.Leading[0] != "boss" {
		t.Fatalf("decisive=%v leading=%v notice=%q", r.Decisive, r.Leading, r.Notice)
	}
	if len(r.AskNext) == 0 || len(r.AskNext) > maxAskNext {
		t.Fatalf("ask next %v", r.AskNext)
	}
	r = Score(cat, parse(t, cat, "lead: 5\nyears: many\ndegree: bach\n"))
	if !r.Decisive || len(r.Leading) != 0 || len(r.AskNext) != 0 || r.Notice != "" {
		t.Fatalf("three answers and a clear lead: decisive=%v leading=%v ask=%v", r.Decisive, r.Leading, r.AskNext)
	}
}

// The questions a result asks next are the unanswered ones whose answers
// would spread the leading careers furthest, worked out by scoring each:
// what the answer decides, not what answering alone does.
func TestAskNextSpreadsTheLeaders(t *testing.T) {
	cat := frozenCatalog(t)
	rng := rand.New(rand.NewPCG(7, 8))
	checked := 0
	for range 200 {
		a := randomAnswers(cat, rng, 0.3)
		r := Score(cat, a)
		if r.Decisive || len(a) == 0 {
			continue
		}
		if strings.Contains(r.Notice, "to be sure") { // a clear leader that needs an unknown fact: ask for it
			if top := r.Top(); !slices.Equal(r.AskNext, top.Unknown[:min(maxAskNext, len(top.Unknown))]) {
				t.Fatalf("answers %v: asks %v, not the leader's unknown %v", a, r.AskNext, top.Unknown)
			}
			continue
		}
		spread := map[string]float64{}
		for _, q := range cat.Questions {
			if _, ok := a[q.ID]; ok {
				continue
			}
			spread[q.ID] = meanSpread(t, cat, a, q, r.Leading)
		}
		for _, id := range r.AskNext {
			for other, s := range spread {
				if !slices.Contains(r.AskNext, other) && s > spread[id]+1e-9 {
					t.Fatalf("answers %v: asks %v, but %s spreads the leaders %v more (%.2f > %.2f)", a, r.AskNext, other, r.Leading, s, spread[id])
				}
			}
			if spread[id] <= 1 {
				t.Fatalf("%s is asked but spreads the leaders only %.2f points", id, spread[id])
			}
		}
		checked++
	}
	if checked < 50 {
		t.Fatalf("only %d undecided results checked", checked)
	}
}

// meanSpread scores the leading careers for every answer to q (a number:
// each leader's own figure), takes each career's score from its mean over
// the answers, and averages the gap between the highest and lowest, in
// points: how far apart the answer, not the answering, puts them.
func meanSpread(t *testing.T, cat *careers.Catalog, a Answers, q careers.Question, leading []string) float64 {
	t.Helper()
	tries := Choices(q)
	if q.Kind == careers.Number {
		e := newEngine(cat, a)
		st := e.stanceOf(e.current)
		for _, id := range leading {
			if v, ok := careerValue(&q, careerByID(t, e, id), &st); ok && v >= q.Range.Min && v <= q.Range.Max {
				tries = append(tries, Answer{Value: v})
			}
		}
	}
	if len(tries) == 0 {
		return 0
	}
	scores := make([][]float64, len(tries))
	mean := make([]float64, len(leading))
	for k, try := range tries {
		b := a.Clone()
		b[q.ID] = try
		r := Score(cat, b)
		for i, id := range leading {
			s := ranked(t, r, id).Score
			scores[k] = append(scores[k], s)
			mean[i] += s / float64(len(tries))
		}
	}
	sum := 0.0
	for _, row := range scores {
		lo, hi := math.Inf(1), math.Inf(-1)
		for i, s := range row {
			lo, hi = math.Min(lo, s-mean[i]), math.Max(hi, s-mean[i])
		}
		sum += hi - lo
	}
	return sum / float64(len(tries))
}

// A clear leader is not crowned while it needs a fact the person did not
// give: the notice names the fact to answer.
func TestNoCrownOnAnUnknownFact(t *testing.T) {
	cat := frozenCatalog(t)
	r := Score(cat, parse(t, cat, "lead: 5\ndegree: bach\npay: 150000\n"))
	if r.Top().Career.ID != "boss" || len(r.Top().Unknown) == 0 || r.Top().Score-r.Ranking[1].Score <= 1 {
		t.Fatalf("test setup: boss should lead clearly on an unknown fact: %s %.1f %v", r.Top().Career.ID, r.Top().Score, r.Top().Unknown)
	}
	if r.Decisive || !slices.Equal(r.AskNext, []string{"years"}) || !strings.Contains(r.Notice, "Boss leads with") || !strings.Contains(r.Notice, "Answer experience to be sure") {
		t.Fatalf("decisive=%v ask=%v notice=%q", r.Decisive, r.AskNext, r.Notice)
	}
	r = Score(cat, parse(t, cat, "lead: 5\ndegree: bach\npay: 150000\nyears: many\n"))
	if !r.Decisive || r.Top().Career.ID != "boss" {
		t.Fatalf("with the fact given: decisive=%v top=%s", r.Decisive, r.Top().Career.ID)
	}
}

func TestTiesAreNotDecisive(t *testing.T) {
	cat := frozenCatalog(t)
	// Clerk and coder both fit these fully.
	r := Score(cat, parse(t, cat, "lead: 1\ndegree: cert\nhours: 20\n"))
	if r.Ranking[0].Score-r.Ranking[1].Score > 1 {
		t.Fatalf("test setup: top two are %.1f apart", r.Ranking[0].Score-r.Ranking[1].Score)
	}
	if r.Decisive || !strings.Contains(r.Notice, "within a point") || !slices.Contains(r.Leading, "clerk") || !slices.Contains(r.Leading, "coder") {
		t.Fatalf("decisive=%v leading=%v notice=%q", r.Decisive, r.Leading, r.Notice)
	}
	r = Score(cat, parse(t, cat, "lead: 5\ndegree: bach\nyears: many\npay: 150000\n"))
	if !r.Decisive || r.Notice != "" || r.Top().Career.ID != "boss" {
		t.Fatalf("a clear winner: decisive=%v notice=%q top=%s", r.Decisive, r.Notice, r.Top().Career.ID)
	}
}

func TestSkippedQuestionsWeighNothing(t *testing.T) {
	cat := frozenCatalog(t)
	r := Score(cat, parse(t, cat, "lead: 5\n"))
	for _, k := range r.Ranking {
		if k.Reasons()[0].Question != "lead" || k.Reasons()[0].Max != 100 {
			t.Fatalf("%s: one answer should carry all 100 points: %+v", k.Career.ID, k.Reasons())
		}
	}
}

func TestPrerequisiteCapsWithAReason(t *testing.T) {
	cat := frozenCatalog(t)
	r := Score(cat, parse(t, cat, "lead: 5\ndegree: bach\nyears: none\npay: 60000\n"))
	k := ranked(t, r, "boss")
	if k.Score != 50 {
		t.Fatalf("boss scored %.1f, want the cap of 50", k.Score)
	}
	re, ok := reasonFor(k, "years", true)
	if !ok || re.Max != 0 || !strings.Contains(re.Text, "capped at 50") || !strings.Contains(re.Text, `you answered "None"`) {
		t.Fatalf("cap reason: %+v", re)
	}
	if len(k.Unknown) != 0 {
		t.Fatalf("an answered fact is not unknown: %v", k.Unknown)
	}
	r = Score(cat, parse(t, cat, "lead: 5\ndegree: bach\nyears: many\npay: 60000\n"))
	if k := ranked(t, r, "boss"); k.Score <= 50 || slices.ContainsFunc(k.Reasons(), func(re Reason) bool { return re.Cap }) {
		t.Fatalf("capped without cause: %.1f", k.Score)
	}
}

// A skipped fact is unknown, never met: the career that needs it is capped
// as if it were not met, lists it, and says so. A skipped preference is no
// preference: its cap does not apply.
func TestUnknownFactCountsAsUnmet(t *testing.T) {
	cat := frozenCatalog(t)
	r := Score(cat, parse(t, cat, "lead: 5\ndegree: bach\npay: 60000\n"))
	boss := ranked(t, r, "boss")
	if boss.Score != 50 || !slices.Equal(boss.Unknown, []string{"years"}) {
		t.Fatalf("boss: %.1f unknown %v", boss.Score, boss.Unknown)
	}
	if re, ok := reasonFor(boss, "years", true); !ok || !strings.Contains(re.Text, "you didn't say") {
		t.Fatalf("cap reason for an unknown fact: %+v", re)
	}
	if got := r.UnknownText(boss); got != "needs many years; you didn't say" {
		t.Fatalf("unknown text %q", got)
	}
	nurse := ranked(t, r, "nurse")
	if !slices.Equal(nurse.Unknown, []string{"licence"}) || nurse.Score > 30 {
		t.Fatalf("nurse: %.1f unknown %v", nurse.Score, nurse.Unknown)
	}
	analyst := ranked(t, r, "analyst")
	if len(analyst.Unknown) != 0 || slices.ContainsFunc(analyst.Reasons(), func(re Reason) bool { return re.Cap }) {
		t.Fatalf("a skipped preference capped the analyst: %+v", analyst)
	}
	for _, k := range r.Ranking {
		if k.Unknown == nil {
			t.Fatalf("%s: unknown is nil, want an empty list", k.Career.ID)
		}
	}
}

// A route's field needs the fact behind it: a bachelor's in anything is not
// a nursing degree.
func TestRouteNeedsItsField(t *testing.T) {
	cat := frozenCatalog(t)
	r := Score(cat, parse(t, cat, "degree: bach\nlicence: \"no\"\nlead: 3\n"))
	nurse := ranked(t, r, "nurse")
	re, _ := reasonFor(nurse, "degree", false)
	if re.Points != 0 || !strings.Contains(re.Text, "every way in needs licence") || !strings.Contains(re.Text, "rule it out") {
		t.Fatalf("education reason with the licence ruled out: %+v", re)
	}
	r = Score(cat, parse(t, cat, "degree: assoc\nlicence: training\nlead: 3\n"))
	re, _ = reasonFor(ranked(t, r, "nurse"), "degree", false)
	if re.Points != re.Max || !strings.Contains(re.Text, "an associate's degree in nursing (Src)") {
		t.Fatalf("education reason with the licence in training: %+v", re)
	}
}

func TestPayReasonNamesTheFigureAndWhy(t *testing.T) {
	cat := frozenCatalog(t)
	for _, tc := range []struct {
		answers, career string
		want            []string
	}{
		{"pay: 80000\nyears: none\nlead: 3\n", "boss", []string{"$80,000", "the 10th percentile, $60,000 a year (Survey, May 2021)", "$20,000 short", `experience "None"`}},
		{"pay: 80000\nyears: many\nlead: 3\n", "boss", []string{"the median, $100,000 a year (Src, May 2022)", "meets it"}},
		{"pay: 80000\nlead: 3\n", "boss", []string{"the 10th percentile", "You didn't say how much experience"}},
	} {
		r := Score(cat, parse(t, cat, tc.answers))
		re, _ := reasonFor(ranked(t, r, tc.career), "pay", false)
		for _, w := range tc.want {
			if !strings.Contains(re.Text, w) {
				t.Errorf("%q %s: pay reason %q lacks %q", tc.answers, tc.career, re.Text, w)
			}
		}
	}
}

func TestPayReasonWhenSomeCareerHasNoRange(t *testing.T) {
	cat := frozenWithout(t, analystRange, "")
	r := Score(cat, parse(t, cat, "pay: 80000\nyears: none\nlead: 3\n"))
	for id, want := range map[string][]string{
		"analyst": {"the median, $90,000 a year (Src, May 2021), meets it", "Not every career here has an official pay range"},
		"boss":    {"the median, $100,000 a year (Src, May 2022)", "Here the 10th percentile was $60,000 (Survey, May 2021)"},
	} {
		re, _ := reasonFor(ranked(t, r, id), "pay", false)
		for _, w := range want {
			if !strings.Contains(re.Text, w) {
				t.Errorf("%s: pay reason %q lacks %q", id, re.Text, w)
			}
		}
	}
}

func TestScoreIsDeterministic(t *testing.T) {
	cat := frozenCatalog(t)
	a := parse(t, cat, "lead: 3\ndegree: bach\npay: 80000\nwhere: office\nhours: 30\n")
	first := Score(cat, a)
	for range 20 {
		again := Score(cat, a)
		for i := range first.Ranking {
			if first.Ranking[i].Career.ID != again.Ranking[i].Career.ID || first.Ranking[i].Score != again.Ranking[i].Score {
				t.Fatal("ranking changed between runs")
			}
		}
		if len(first.WhatIf) != len(again.WhatIf) {
			t.Fatal("what-if changed between runs")
		}
		for i := range first.WhatIf {
			if first.WhatIf[i].Top != again.WhatIf[i].Top || !slices.Equal(first.WhatIf[i].Changes, again.WhatIf[i].Changes) {
				t.Fatal("what-if changed between runs")
			}
		}
	}
}

// An answer that rules a career out is said beside its score, as a fact
// not given is: the prerequisite it does not meet, or, when no way in is
// open, what the ways in need; each answer is named once, and a met or
// unknown fact is not named.
func TestUnmetText(t *testing.T) {
	cat := frozenCatalog(t)
	r := Score(cat, parse(t, cat, "lead: 5\ndegree: bach\nyears: few\nlicence: \"no\"\n"))
	if got := r.UnmetText(ranked(t, r, "boss")); got != `needs many years; you answered "A few"` {
		t.Fatalf("boss: %q", got)
	}
	nurse := r.UnmetText(ranked(t, r, "nurse"))
	if !strings.HasPrefix(nurse, "needs ") || !strings.HasSuffix(nurse, `; you answered "No"`) || strings.Count(nurse, "you answered") != 1 {
		t.Fatalf("nurse: %q", nurse)
	}
	if got := r.UnmetText(ranked(t, r, "analyst")); got != "" {
		t.Fatalf("analyst, nothing ruled out: %q", got)
	}
	r = Score(cat, parse(t, cat, "lead: 5\ndegree: bach\nyears: many\nlicence: training\n"))
	for _, id := range []string{"boss", "nurse"} {
		if got := r.UnmetText(ranked(t, r, id)); got != "" {
			t.Fatalf("%s with its needs met: %q", id, got)
		}
	}
	r = Score(cat, parse(t, cat, "lead: 5\ndegree: bach\n"))
	if got := r.UnmetText(ranked(t, r, "boss")); got != "" {
		t.Fatalf("boss with the fact not given: %q (UnknownText says it)", got)
	}
}

// Without a clear fit, the careers named as leading are those within a
// point of the top or, when the top stands alone, the first three and
// every career within a point of the third: never cut between two on one
// score. Past maxLeading they are counted in the notice, not named.
func TestLeadingKeepsTiesAtTheCut(t *testing.T) {
	text, err := catalogtest.Generate(300)
	if err != nil {
		t.Fatal(err)
	}
	generated, err := careers.Parse("generated.yaml", text)
	if err != nil {
		t.Fatal(err)
	}
	counted, cut := 0, 0
	for _, cat := range []*careers.Catalog{generated, defaultCatalog(t)} {
		for _, q := range cat.Questions {
			for _, a := range Choices(q) {
				r := Score(cat, Answers{q.ID: a})
				if r.Decisive || len(r.Leading) == 0 {
					t.Fatalf("%s=%v: one answer gave a clear fit", q.ID, a)
				}
				within := func(of float64, first int) []string {
					var ids []string
					for i, k := range r.Ranking {
						if i >= first && of-k.Score > 1+1e-9 {
							break
						}
						ids = append(ids, k.Career.ID)
					}
					return ids
				}
				running := within(r.Ranking[0].Score, 1)
				if len(running) < 2 {
					running = within(r.Ranking[min(3, len(r.Ranking))-1].Score, 3)
					if len(running) > 3 {
						cut++ // a tie at the third place
					}
				}
				if want := running[:min(len(running), maxLeading)]; !slices.Equal(r.Leading, want) {
					t.Fatalf("%s=%v: leading %v, want %v", q.ID, a, r.Leading, want)
				}
				if more := len(running) - maxLeading; more > 0 {
					counted++
					if !strings.Contains(r.Notice, fmt.Sprintf(" %d more career", more)) {
						t.Fatalf("%s=%v: %d more in the running, notice %q", q.ID, a, more, r.Notice)
					}
				}
			}
		}
	}
	if counted == 0 || cut == 0 {
		t.Fatalf("answers leaving more careers in the running than are named: %d; tied at the third place: %d", counted, cut)
	}
}
