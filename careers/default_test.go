package careers

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestDefaultCatalogHasTheContractIDs(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Health IT careers" {
		t.Errorf("title %q", c.Title)
	}
	wantQ := map[string]Kind{
		"management": Scale, "degree": Choice, "salary": Number, "experience": Choice,
		"data-vs-people": Scale, "technology": Scale, "compliance": Scale, "patient-contact": Scale,
		"certification": Scale, "growth": Scale, "setting": Choice, "rn": Choice,
	}
	for id, kind := range wantQ {
		q, ok := c.Question(id)
		if !ok {
			t.Errorf("question %q missing", id)
			continue
		}
		if q.Kind != kind {
			t.Errorf("question %q is %s, want %s", id, q.Kind, kind)
		}
		if q.Why == "" {
			t.Errorf("question %q has no why", id)
		}
		if fact := id == "experience" || id == "rn"; q.Fact != fact {
			t.Errorf("question %q: fact is %v, want %v", id, q.Fact, fact)
		}
	}
	wantOptions := map[string][]string{
		"degree":     {"certificate", "associate", "bachelor", "master"},
		"experience": {"none", "some", "five-plus"},
		"setting":    {"hospital", "office", "remote"},
		"rn":         {"yes", "planning", "no"},
	}
	for id, opts := range wantOptions {
		q, _ := c.Question(id)
		if got := q.OptionIDs(); !slices.Equal(got, opts) {
			t.Errorf("question %q options %v, want %v", id, got, opts)
		}
	}
	salary, _ := c.Question("salary")
	if salary.Range.Min != 1000 || salary.Range.Max != 1_000_000 {
		t.Errorf("salary range %v", salary.Range)
	}
	for _, id := range []string{"health-informatics", "health-information-management", "medical-records-specialist",
		"cancer-registrar", "health-systems-analyst", "health-it-manager", "nursing-informatics"} {
		if _, ok := c.Career(id); !ok {
			t.Errorf("career %q missing", id)
		}
	}
}

// Every figure a user sees carries its year and source, every source but
// the printed article and the labelled third-party summaries has a URL, and
// the article's 2012 figures appear only as history, never in the pay and
// outlook that scoring uses.
func TestDefaultCatalogFiguresAreSourced(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c.Sources {
		if s.URL == "" && s.ID != "seed-article" && !strings.Contains(s.Short, "unconfirmed") {
			t.Errorf("source %q has no URL and is not labelled unconfirmed", s.ID)
		}
		// A trait's fact has no date of its own: its source's date stands
		// beside it ("BLS OOH, edition with May 2023 pay").
		if s.AsOf == "" {
			t.Errorf("source %q has no date (as_of)", s.ID)
		}
		if y := s.AsOf[max(len(s.AsOf)-4, 0):]; !strings.Contains(s.Name, y) && !strings.Contains(s.AsOf, "read in") {
			t.Errorf("source %q is dated %q, a year its name does not give", s.ID, s.AsOf)
		}
	}
	for _, k := range c.Careers {
		if k.Pay == nil || k.Pay.Year == 0 || k.Pay.Source.ID == "" || k.Pay.AsOf == "" {
			t.Errorf("%s: pay without year, date or source: %+v", k.ID, k.Pay)
		}
		if r := k.Pay.Range; r != nil && (r.Year == 0 || r.AsOf == "" || r.Source.ID == "") {
			t.Errorf("%s: pay range without year, date or source: %+v", k.ID, r)
		}
		if k.Outlook == nil || k.Outlook.Decade == "" || k.Outlook.Source.ID == "" {
			t.Errorf("%s: outlook without decade or source: %+v", k.ID, k.Outlook)
		}
		if k.Pay != nil && (k.Pay.Median == 34160 || k.Pay.Source.ID == "seed-article") {
			t.Errorf("%s: scores on the seed article's historical pay", k.ID)
		}
		for _, f := range k.History {
			if f.Source.ID != "seed-article" || !strings.Contains(f.Text, "article") || f.Year != 2014 {
				t.Errorf("%s: history fact not the dated article's: %q (%d)", k.ID, f.Text, f.Year)
			}
		}
	}
	for _, id := range []string{"health-informatics", "health-information-management"} {
		k, _ := c.Career(id)
		if len(k.History) == 0 {
			t.Errorf("%s: the seed article's figures are missing from its history", id)
		}
	}
	if !strings.Contains(c.Note, "every level") || !strings.Contains(c.Note, "different years") {
		t.Errorf("the note does not say medians cover every level and come from different years: %q", c.Note)
	}
}

// Users never read "the seed article": they read which article it is.
func TestDefaultCatalogNamesTheArticle(t *testing.T) {
	c, _ := Default()
	var texts []string
	for _, s := range c.Sources {
		texts = append(texts, s.Short, s.Name)
	}
	for _, k := range c.Careers {
		for _, f := range k.History {
			texts = append(texts, f.Text)
		}
		for _, tr := range k.Traits {
			texts = append(texts, tr.Basis)
		}
		texts = append(texts, k.NextSteps...)
	}
	for _, s := range texts {
		if strings.Contains(strings.ToLower(s), "seed") {
			t.Errorf("user-facing text says %q", s)
		}
	}
	src, _ := c.Source("seed-article")
	for _, w := range []string{"Rasmussen College", "2014", "BLS data of 2012"} {
		if !strings.Contains(src.Name, w) {
			t.Errorf("the article's source %q lacks %q", src.Name, w)
		}
	}
}

// The figures confirmed on official pages (shared/careers-data.md), so a
// typo in the catalog is caught.
func TestDefaultCatalogConfirmedFigures(t *testing.T) {
	c, _ := Default()
	type fig struct {
		median float64
		year   int
		growth float64
		decade string
		p      []float64 // p10, p25, median, p75, p90 of the range, nil for none
		pYear  int
	}
	want := map[string]fig{
		"health-informatics":            {58250, 2022, 16, "2022-32", []float64{29680, 37500, 55560, 76960, 98490}, 2021},
		"health-information-management": {110680, 2023, 29, "2023-33", []float64{58820, 76770, 100980, 133520, 189000}, 2019},
		"medical-records-specialist":    {44090, 2020, 8, "2019-29", nil, 0},
		"cancer-registrar":              {58250, 2022, 16, "2022-32", []float64{29680, 37500, 55560, 76960, 98490}, 2021},
		"health-systems-analyst":        {99270, 2021, 9, "2018-28", nil, 0},
		"health-it-manager":             {164070, 2022, 15, "2022-32", nil, 0},
		"nursing-informatics":           {81220, 2022, 6, "2022-32", []float64{52080, 60110, 73300, 90760, 111220}, 2019},
	}
	for id, w := range want {
		k, _ := c.Career(id)
		if k.Pay.Median != w.median || k.Pay.Year != w.year || k.Outlook.Growth != w.growth || k.Outlook.Decade != w.decade {
			t.Errorf("%s: got %v %d %v %s", id, k.Pay.Median, k.Pay.Year, k.Outlook.Growth, k.Outlook.Decade)
		}
		r := k.Pay.Range
		switch {
		case w.p == nil && r != nil:
			t.Errorf("%s: a pay range no official page confirmed: %+v", id, r)
		case w.p != nil && (r == nil || r.Year != w.pYear || !slices.Equal([]float64{r.P10, r.P25, r.Median, r.P75, r.P90}, w.p)):
			t.Errorf("%s: pay range %+v, want %v of %d", id, r, w.p, w.pYear)
		}
	}
}

// A date shown beside a figure agrees with its year, and a source names the
// edition it was read in: the pay date and the projection decade it gives.
func TestDefaultCatalogDatesAgree(t *testing.T) {
	c, _ := Default()
	for _, k := range c.Careers {
		if !strings.Contains(k.Pay.AsOf, fmt.Sprint(k.Pay.Year)) {
			t.Errorf("%s: pay dated %q but of %d", k.ID, k.Pay.AsOf, k.Pay.Year)
		}
		src, _ := c.Source(k.Pay.Source.ID)
		if !strings.Contains(src.Name, k.Pay.AsOf) {
			t.Errorf("%s: pay source %q does not name its edition (%s)", k.ID, src.Name, k.Pay.AsOf)
		}
		if r := k.Pay.Range; r != nil {
			rs, _ := c.Source(r.Source.ID)
			if !strings.Contains(r.AsOf, fmt.Sprint(r.Year)) || !strings.Contains(rs.Name, r.AsOf) || !strings.Contains(rs.URL, fmt.Sprint(r.Year)) {
				t.Errorf("%s: pay range dated %q, of %d, from %q (%s)", k.ID, r.AsOf, r.Year, rs.Name, rs.URL)
			}
		}
		os, _ := c.Source(k.Outlook.Source.ID)
		if !strings.Contains(os.Name, k.Outlook.Decade+" projections") {
			t.Errorf("%s: outlook source %q does not name the %s projections", k.ID, os.Name, k.Outlook.Decade)
		}
	}
	// The caveat names the years the pay figures span: it said May 2018
	// when the oldest was May 2019.
	first, last := 9999, 0
	for _, k := range c.Careers {
		first, last = min(first, k.Pay.Year), max(last, k.Pay.Year)
		if r := k.Pay.Range; r != nil {
			first, last = min(first, r.Year), max(last, r.Year)
		}
	}
	if span := fmt.Sprintf("(May %d to May %d)", first, last); !strings.Contains(c.Note, span) {
		t.Errorf("the note does not say %s: %q", span, c.Note)
	}
}

// Outlook descriptors agree with their percentages: within one projection
// decade a higher growth never has a slower descriptor, and the pairs an
// official page showed are kept (careers-data.md).
func TestDefaultCatalogOutlookDescriptorsMatchTheirPercent(t *testing.T) {
	c, _ := Default()
	for _, a := range c.Careers {
		for _, b := range c.Careers {
			oa, ob := a.Outlook, b.Outlook
			if oa.Decade == ob.Decade && oa.Growth > ob.Growth && OutlookLevel(oa.Descriptor) < OutlookLevel(ob.Descriptor) {
				t.Errorf("%s grows %g%% (%s) but %s grows %g%% (%s) in %s", a.ID, oa.Growth, oa.Descriptor, b.ID, ob.Growth, ob.Descriptor, oa.Decade)
			}
		}
	}
	official := map[string]string{ // decade and percent → the descriptor read on bls.gov
		"2022-32 6": "faster than average", "2022-32 15": "much faster than average", "2022-32 16": "much faster than average",
		"2023-33 29": "much faster than average", "2019-29 8": "much faster than average",
	}
	for _, k := range c.Careers {
		if want, ok := official[fmt.Sprintf("%s %g", k.Outlook.Decade, k.Outlook.Growth)]; ok && k.Outlook.Descriptor != want {
			t.Errorf("%s: %g%% in %s is %q on bls.gov, not %q", k.ID, k.Outlook.Growth, k.Outlook.Decade, want, k.Outlook.Descriptor)
		}
	}
}

// Every figure links the page it was read on: the occupation's own page (or
// its group's table), never a home page.
func TestDefaultCatalogURLsNameTheOccupation(t *testing.T) {
	c, _ := Default()
	pages := map[string][]string{ // career → what its figures' URLs must name
		"health-informatics":            {"health-information-technologists-and-medical-registrars", "oes299021"},
		"health-information-management": {"medical-and-health-services-managers", "oes119111"},
		"medical-records-specialist":    {"medical-records-and-health-information-technicians"},
		"cancer-registrar":              {"health-information-technologists-and-medical-registrars", "oes299021"},
		"health-systems-analyst":        {"computer-systems-analysts", "computer-and-information-technology/home.htm"},
		"health-it-manager":             {"computer-and-information-systems-managers"},
		"nursing-informatics":           {"registered-nurses", "oes291141"},
	}
	for _, k := range c.Careers {
		ids := []string{k.Pay.Source.ID, k.Outlook.Source.ID}
		if k.Pay.Range != nil {
			ids = append(ids, k.Pay.Range.Source.ID)
		}
		for _, id := range ids {
			s, _ := c.Source(id)
			if !slices.ContainsFunc(pages[k.ID], func(p string) bool { return strings.Contains(s.URL, p) }) {
				t.Errorf("%s: figure from %s, whose URL %q is not the occupation's page (%v)", k.ID, id, s.URL, pages[k.ID])
			}
		}
	}
	for _, s := range c.Sources {
		if u := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(s.URL, "https://"), "www."), "/"); s.URL != "" && !strings.Contains(u, "/") {
			t.Errorf("source %s links a home page: %s", s.ID, s.URL)
		}
	}
}

// Nursing informatics needs a nurse: every route is a nursing degree open
// only to someone who is or will train as one, and the career is gated on it.
func TestDefaultCatalogNursingNeedsTheFact(t *testing.T) {
	c, _ := Default()
	k, _ := c.Career("nursing-informatics")
	for _, r := range k.Education.Routes {
		if r.Field != "nursing" || len(r.Requires) != 1 || r.Requires[0].Question.ID != "rn" || !slices.Equal(r.Requires[0].Options, []string{"yes", "planning"}) {
			t.Errorf("route %q: field %q requires %+v", r.Name, r.Field, r.Requires)
		}
	}
	if !slices.ContainsFunc(k.Prerequisites, func(p Prerequisite) bool { return p.Trait.ID == "rn" && p.Needs == 1 }) {
		t.Errorf("nursing informatics is not gated on the rn question: %+v", k.Prerequisites)
	}
	if k.Traits["experience"].Level < 1 || k.Traits["patient-contact"].Level > 3 {
		t.Errorf("nursing informatics reads as a new bedside nurse: %+v", k.Traits)
	}
}

func TestDefaultCatalogYAMLIsTheTextAsWritten(t *testing.T) {
	c, _ := Default()
	y, err := c.YAML()
	if err != nil {
		t.Fatal(err)
	}
	if string(y) != defaultYAML || !strings.HasPrefix(string(y), "# careerquiz catalog") {
		t.Fatal("catalog YAML is not the embedded text with its comments")
	}
}

// A copy of a catalog with other careers reads its own careers' levels, not
// the ones worked out when the original was read.
func TestTraitLevelsFollowReplacedCareers(t *testing.T) {
	cat, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	trait := ""
	for _, q := range cat.Questions {
		if _, builtin := BuiltinTrait(q.Trait.ID); !builtin {
			trait = q.Trait.ID
			break
		}
	}
	c := *cat
	c.Careers = []Career{cat.Careers[2], cat.Careers[0]}
	got := c.TraitLevels(trait)
	want := []float64{cat.Careers[2].Traits[trait].Level, cat.Careers[0].Traits[trait].Level}
	if !slices.Equal(got, want) {
		t.Fatalf("TraitLevels(%q) on a copy with two careers = %v, want %v", trait, got, want)
	}
}
