package quiz

import (
	"os"
	"strings"
	"testing"

	"careerquiz/careers"
)

// euroCatalog is the built-in catalog with its amounts in euros.
func euroCatalog(t *testing.T) *careers.Catalog {
	t.Helper()
	data, err := os.ReadFile("../careers/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := careers.Parse("euro.yaml", []byte(strings.Replace(string(data), "title: Health IT careers\n", "title: Health IT careers\ncurrency: €\n", 1)))
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// A catalog that names its currency has its amounts written, hinted at
// and read with that symbol: a yuan or euro figure never shows as dollars.
func TestCatalogCurrency(t *testing.T) {
	cat := euroCatalog(t)
	q, ok := cat.Question("salary")
	if !ok {
		t.Fatal("no salary question")
	}
	for _, typed := range []string{"€55k", "55k€", "55,000", "€ 55,000"} {
		a, err := ParseReply(q, typed)
		if err != nil || a.Value != 55000 {
			t.Errorf("ParseReply(%q) = %v, %v; want 55000", typed, a.Value, err)
		}
	}
	if _, err := ParseReply(q, "$55k"); err == nil || !strings.Contains(err.Error(), "€55k") {
		t.Errorf("dollars typed into a euro catalog: %v", err)
	}
	if h := NumberHint(q); !strings.Contains(h, "€1,000 to €1,000,000") || !strings.Contains(h, "€55k") || strings.Contains(h, "$") {
		t.Errorf("hint %q", h)
	}
	if d := Display(q, Answer{Value: 70000}); d != "€70,000" {
		t.Errorf("Display = %q", d)
	}
	answers, err := ParseAnswers("a.yaml", []byte("salary: \"€60k\"\n"), cat)
	if err != nil || answers["salary"].Value != 60000 {
		t.Fatalf("answers file: %v, %v", answers, err)
	}
	res := Score(cat, answers)
	for _, r := range res.Ranking {
		for _, re := range r.Reasons() {
			if strings.Contains(re.Text, "$") {
				t.Errorf("%s: a reason in dollars: %s", r.Career.ID, re.Text)
			}
		}
		if f := PayFigure(cat, r.Career); strings.Contains(f, "$") || !strings.Contains(f, "€") {
			t.Errorf("%s: pay figure %q", r.Career.ID, f)
		}
	}
}

// Full-width digits, as Chinese and Japanese input types them, are read
// as digits; an amount with points between its thousands (360.000, as
// much of Europe writes it) is explained, not taken as 360.
func TestRepliesAsOtherLocalesType(t *testing.T) {
	cat := defaultCatalog(t)
	salary, _ := cat.Question("salary")
	management, _ := cat.Question("management")
	if a, err := ParseReply(salary, "２０００００"); err != nil || a.Value != 200000 {
		t.Errorf("full-width amount: %v, %v", a.Value, err)
	}
	if a, err := ParseReply(management, "４"); err != nil || a.Value != 4 {
		t.Errorf("full-width scale answer: %v, %v", a.Value, err)
	}
	answers, err := ParseAnswers("a.yaml", []byte("management: ４\nsalary: \"６0000\"\n"), cat)
	if err != nil || answers["management"].Value != 4 || answers["salary"].Value != 60000 {
		t.Errorf("full-width answers file: %v, %v", answers, err)
	}
	for _, typed := range []string{"360.000", "1.000.000"} {
		_, err := ParseReply(salary, typed)
		if err == nil || !strings.Contains(err.Error(), "a point marks decimals, not thousands") {
			t.Errorf("%s: %v", typed, err)
		}
	}
	if _, err := ParseReply(salary, "1.000.000"); err == nil || !strings.Contains(err.Error(), "for $1,000,000, type 1000000 or 1,000,000") {
		t.Errorf("1.000.000: %v", err)
	}
	for _, file := range []string{"salary: \"360.000\"\n", "salary: 360.000\n", "salary: \"1.000.000\"\n"} {
		if _, err := ParseAnswers("a.yaml", []byte(file), cat); err == nil || !strings.Contains(err.Error(), "a point marks decimals") {
			t.Errorf("answers file %q: %v", file, err)
		}
	}
	if a, err := ParseReply(salary, "55000.50"); err != nil || a.Value != 55000.5 {
		t.Errorf("a decimal amount: %v, %v", a.Value, err)
	}
}

// An answer's label is quoted as written: the direction mark an Arabic or
// Hebrew label holds is not printed as \u200f.
func TestQuotedLabelsKeepDirectionMarks(t *testing.T) {
	data, err := os.ReadFile("../careers/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	label := "مستشفى\u200f (hospital)"
	cat, err := careers.Parse("rtl.yaml", []byte(strings.Replace(string(data), `label: "A hospital or clinic"`, `label: "`+label+`"`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	res := Score(cat, Answers{"setting": {Option: "hospital"}})
	found := false
	for _, re := range ranked(t, res, "health-informatics").Reasons() {
		if strings.Contains(re.Text, `\u200f`) {
			t.Errorf("escaped mark: %s", re.Text)
		}
		found = found || strings.Contains(re.Text, `"`+label+`"`)
	}
	if !found {
		t.Error("no reason quotes the label")
	}
}
