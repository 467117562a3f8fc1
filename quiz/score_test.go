package quiz

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"careerquiz/careers"
)

// The "done when" people.
func TestLeaderGetsAManagementCareer(t *testing.T) {
	cat := defaultCatalog(t)
	r := Score(cat, parse(t, cat, "management: 5\ndegree: master\nexperience: five-plus\nsalary: 150000\n"))
	if top := r.Top().Career.ID; top != "health-it-manager" && top != "health-information-management" {
		t.Fatalf("top is %s, want a management career", top)
	}
	if place(r, "health-information-management") > place(r, "health-informatics") {
		t.Fatalf("HIM (%d) below health informatics (%d)", place(r, "health-information-management"), place(r, "health-informatics"))
	}
}

func TestNoManagementAssociateGetsInformaticsAboveHIM(t *testing.T) {
	cat := defaultCatalog(t)
	r := Score(cat, parse(t, cat, "management: 1\ndegree: associate\nsalary: 40000\n"))
	if place(r, "health-informatics") > place(r, "health-information-management") {
		t.Fatalf("health informatics (%d) below HIM (%d)", place(r, "health-informatics"), place(r, "health-information-management"))
	}
	him := r.Ranking[place(r, "health-information-management")]
	var against []string
	for _, re := range him.Reasons {
		if re.Against() {
			against = append(against, re.Question)
		}
	}
	if !slices.Contains(against, "management") || !slices.Contains(against, "degree") {
		t.Errorf("HIM's reasons against should name management and degree, got %v", against)
	}
}

// randomAnswers answers each question with probability p, with any allowed
// answer (salaries on a $500 grid, so rounding is exercised).
func randomAnswers(cat *careers.Catalog, rng *rand.Rand, p float64) Answers {
	a := Answers{}
	for _, q := range cat.Questions {
		if rng.Float64() > p {
			continue
		}
		switch q.Kind {
		case careers.Choice:
			a[q.ID] = Answer{Option: q.Options[rng.IntN(len(q.Options))].ID}
		case careers.Scale:
			a[q.ID] = Answer{Value: float64(q.Scale.Min + rng.IntN(q.Scale.Max-q.Scale.Min+1))}
		case careers.Number:
			a[q.ID] = Answer{Value: float64(20000 + 500*rng.IntN(400))}
		}
	}
	return a
}

func TestReasonsAddUp(t *testing.T) {
	cat := defaultCatalog(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		a := randomAnswers(cat, rng, 0.7)
		r := Score(cat, a)
		for _, k := range r.Ranking {
			var pts, max float64
			answered := map[string]bool{}
			for _, re := range k.Reasons {
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
	cat := defaultCatalog(t)
	r := Score(cat, Answers{})
	if r.Decisive || !strings.Contains(r.Notice, "skipped every question") {
		t.Fatalf("decisive=%v notice=%q", r.Decisive, r.Notice)
	}
	ids := make([]string, len(r.Ranking))
	for i, k := range r.Ranking {
		ids[i] = k.Career.ID
		if k.Score != 0 || len(k.Reasons) != 0 {
			t.Fatalf("%s scored %v with %d reasons", k.Career.ID, k.Score, len(k.Reasons))
		}
	}
	if !slices.IsSorted(ids) {
		t.Fatalf("ties not broken by id: %v", ids)
	}
	if len(r.WhatIf) != 0 {
		t.Fatalf("what-if with nothing answered: %v", r.WhatIf)
	}
}

func TestNotDecisiveWhenTopTwoWithinAPoint(t *testing.T) {
	cat := defaultCatalog(t)
	// Both registrars and coders fit these answers fully.
	r := Score(cat, parse(t, cat, "management: 1\ndegree: associate\nsalary: 40000\n"))
	if r.Ranking[0].Score-r.Ranking[1].Score > 1 {
		t.Fatalf("test setup: top two are %.1f apart", r.Ranking[0].Score-r.Ranking[1].Score)
	}
	if r.Decisive || !strings.Contains(r.Notice, "within a point") {
		t.Fatalf("decisive=%v notice=%q", r.Decisive, r.Notice)
	}
	r = Score(cat, parse(t, cat, "management: 5\ndegree: master\nexperience: five-plus\nsalary: 150000\n"))
	if !r.Decisive || r.Notice != "" {
		t.Fatalf("a clear winner: decisive=%v notice=%q", r.Decisive, r.Notice)
	}
}

func TestSkippedQuestionsWeighNothing(t *testing.T) {
	cat := defaultCatalog(t)
	r := Score(cat, parse(t, cat, "management: 5\n"))
	for _, k := range r.Ranking {
		if len(k.Reasons) != 1 || k.Reasons[0].Max != 100 {
			t.Fatalf("%s: one answer should carry all 100 points: %+v", k.Career.ID, k.Reasons)
		}
	}
}

func TestPrerequisiteCapsWithAReason(t *testing.T) {
	cat := defaultCatalog(t)
	r := Score(cat, parse(t, cat, "management: 5\ndegree: master\nexperience: none\nsalary: 160000\ntechnology: 5\n"))
	k := r.Ranking[place(r, "health-it-manager")]
	if k.Score != 50 {
		t.Fatalf("health IT manager scored %.1f, want the cap of 50", k.Score)
	}
	last := k.Reasons[len(k.Reasons)-1]
	if !last.Cap || last.Question != "experience" || last.Max != 0 || !strings.Contains(last.Text, "capped at 50") || !strings.Contains(last.Text, "5 years") {
		t.Fatalf("cap reason: %+v", last)
	}
	// With the experience, no cap.
	r = Score(cat, parse(t, cat, "management: 5\ndegree: master\nexperience: five-plus\nsalary: 160000\ntechnology: 5\n"))
	if k := r.Ranking[place(r, "health-it-manager")]; k.Score <= 50 || slices.ContainsFunc(k.Reasons, func(re Reason) bool { return re.Cap }) {
		t.Fatalf("capped without cause: %.1f", k.Score)
	}
}

func TestReasonTextsNameAnswerAndSourcedFact(t *testing.T) {
	cat := defaultCatalog(t)
	r := Score(cat, parse(t, cat, "salary: 70000\ndegree: associate\ngrowth: 5\nmanagement: 2\n"))
	k := r.Ranking[place(r, "health-informatics")]
	text := map[string]string{}
	for _, re := range k.Reasons {
		text[re.Question] = re.Text
	}
	for q, want := range map[string][]string{
		"salary":     {"$70,000", "$58,250", "BLS OOH, May 2022", "$11,750 short"},
		"degree":     {"an associate's degree", "BLS OOH"},
		"growth":     {"5 of 5", "16%", "2022-32", "much faster than average", "BLS OOH"},
		"management": {"2 of 5", "rates 2 of 5", "Rasmussen College article"},
	} {
		for _, w := range want {
			if !strings.Contains(text[q], w) {
				t.Errorf("%s reason %q lacks %q", q, text[q], w)
			}
		}
	}
}

func TestScoreIsDeterministic(t *testing.T) {
	cat := defaultCatalog(t)
	a := parse(t, cat, "management: 3\ndegree: bachelor\nsalary: 80000\nsetting: office\n")
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

// Every career comes first for the answers that describe it: its own
// levels, its entry education, its median pay, its outlook, its first
// setting. Only the catalog's sourced values are used.
func TestEveryCareerCanWin(t *testing.T) {
	cat := defaultCatalog(t)
	for _, k := range cat.Careers {
		a := idealAnswers(cat, k)
		r := Score(cat, a)
		if top := r.Top().Career.ID; top != k.ID {
			t.Errorf("%s: its own profile puts %s first (%.1f vs %.1f)", k.ID, top, r.Top().Score, r.Ranking[place(r, k.ID)].Score)
		}
	}
}

func idealAnswers(cat *careers.Catalog, k careers.Career) Answers {
	a := Answers{}
	for _, q := range cat.Questions {
		switch q.Trait.ID {
		case careers.TraitEducation:
			for _, o := range q.Options {
				if o.Education == k.EntryLevel().Level {
					a[q.ID] = Answer{Option: o.ID}
				}
			}
		case careers.TraitPay:
			a[q.ID] = Answer{Value: k.Pay.Median}
		case careers.TraitOutlook:
			a[q.ID] = Answer{Value: float64(careers.OutlookLevel(k.Outlook.Descriptor))}
		case careers.TraitSettings:
			// The setting only this career has, if any; else its first.
			pick := k.Settings[0].ID
			for _, s := range k.Settings {
				if settingCount(cat, s.ID) == 1 {
					pick = s.ID
				}
			}
			a[q.ID] = Answer{Option: pick}
		default:
			lvl := k.Traits[q.Trait.ID].Level
			if q.Kind == careers.Scale {
				a[q.ID] = Answer{Value: lvl}
				continue
			}
			for _, o := range q.Options {
				if o.Value == lvl {
					a[q.ID] = Answer{Option: o.ID}
				}
			}
		}
	}
	return a
}

func settingCount(cat *careers.Catalog, id string) int {
	n := 0
	for _, k := range cat.Careers {
		if slices.ContainsFunc(k.Settings, func(r careers.Ref) bool { return r.ID == id }) {
			n++
		}
	}
	return n
}
