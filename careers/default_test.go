package careers

import (
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
		"certification": Scale, "growth": Scale, "setting": Choice,
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
	}
	wantOptions := map[string][]string{
		"degree":     {"certificate", "associate", "bachelor", "master"},
		"experience": {"none", "some", "five-plus"},
		"setting":    {"hospital", "office", "remote"},
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
// the printed seed article has a URL, and the seed's 2012 figures appear
// only as history, never in the pay and outlook that scoring uses.
func TestDefaultCatalogFiguresAreSourced(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c.Sources {
		if s.URL == "" && s.ID != "seed-article" {
			t.Errorf("source %q has no URL", s.ID)
		}
	}
	for _, k := range c.Careers {
		if k.Pay == nil || k.Pay.Year == 0 || k.Pay.Source.ID == "" || k.Pay.AsOf == "" {
			t.Errorf("%s: pay without year, date or source: %+v", k.ID, k.Pay)
		}
		if k.Outlook == nil || k.Outlook.Decade == "" || k.Outlook.Source.ID == "" {
			t.Errorf("%s: outlook without decade or source: %+v", k.ID, k.Outlook)
		}
		if k.Pay != nil && (k.Pay.Median == 34160 || k.Pay.Source.ID == "seed-article") {
			t.Errorf("%s: scores on the seed article's historical pay", k.ID)
		}
		for _, f := range k.History {
			if f.Source.ID != "seed-article" || !strings.Contains(f.Text, "seed article") {
				t.Errorf("%s: history fact not labelled as the seed article's: %q", k.ID, f.Text)
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

// The figures careers-data.md confirms, so a typo in the catalog is caught.
func TestDefaultCatalogConfirmedFigures(t *testing.T) {
	c, _ := Default()
	want := map[string]struct {
		median float64
		year   int
		growth float64
		decade string
		entry  string
	}{
		"health-informatics":            {58250, 2022, 16, "2022-32", "associate"},
		"health-information-management": {110680, 2023, 29, "2023-33", "bachelor"},
		"medical-records-specialist":    {44090, 2020, 8, "2019-29", "certificate"},
		"cancer-registrar":              {58250, 2022, 16, "2022-32", "associate"},
		"health-systems-analyst":        {88740, 2018, 9, "2018-28", "bachelor"},
		"health-it-manager":             {164070, 2022, 15, "2022-32", "bachelor"},
		"nursing-informatics":           {81220, 2022, 6, "2022-32", "associate"},
	}
	for id, w := range want {
		k, _ := c.Career(id)
		if k.Pay.Median != w.median || k.Pay.Year != w.year || k.Outlook.Growth != w.growth || k.Outlook.Decade != w.decade || k.EntryLevel().Level != w.entry {
			t.Errorf("%s: got %v %d %v %s %s", id, k.Pay.Median, k.Pay.Year, k.Outlook.Growth, k.Outlook.Decade, k.EntryLevel().Level)
		}
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
