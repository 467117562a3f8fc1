package quiz

import (
	"os"
	"strings"
	"testing"

	"careerquiz/careers"
)

// frozenCatalog is the small catalog the unit tests pin the scoring on
// (testdata/frozen.yaml); the live catalog has its own tests in careers.
func frozenCatalog(t testing.TB) *careers.Catalog {
	t.Helper()
	c, err := careers.Load("testdata/frozen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// frozenWithout is the frozen catalog with old replaced by new: a variant
// for one test, such as a career without its pay range.
func frozenWithout(t testing.TB, old, new string) *careers.Catalog {
	t.Helper()
	data, err := os.ReadFile("testdata/frozen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("test setup: %q not in the frozen catalog", old)
	}
	c, err := careers.Parse("frozen-variant.yaml", []byte(strings.Replace(string(data), old, new, 1)))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// analystRange is the analyst's pay range line in the frozen catalog.
const analystRange = "      range: {p10: 55000, p25: 70000, median: 88000, p75: 110000, p90: 135000, year: 2021, as_of: May 2021, source: oews}\n"

// defaultCatalog is the built-in catalog, for the benchmarks and answers
// file tests that check its ids.
func defaultCatalog(t testing.TB) *careers.Catalog {
	t.Helper()
	c, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func parse(t testing.TB, cat *careers.Catalog, yaml string) Answers {
	t.Helper()
	a, err := ParseAnswers("answers.yaml", []byte(yaml), cat)
	if err != nil {
		t.Fatalf("answers %q: %v", yaml, err)
	}
	return a
}

func place(r Result, id string) int {
	for i, k := range r.Ranking {
		if k.Career.ID == id {
			return i
		}
	}
	return -1
}

func ranked(t testing.TB, r Result, id string) Ranked {
	t.Helper()
	i := place(r, id)
	if i < 0 {
		t.Fatalf("career %s not ranked", id)
	}
	return r.Ranking[i]
}

func reasonFor(k Ranked, question string, cap bool) (Reason, bool) {
	for _, re := range k.Reasons() {
		if re.Question == question && re.Cap == cap {
			return re, true
		}
	}
	return Reason{}, false
}

func careerByID(t testing.TB, e *engine, id string) *careers.Career {
	t.Helper()
	for i := range e.cat.Careers {
		if e.cat.Careers[i].ID == id {
			return &e.cat.Careers[i]
		}
	}
	t.Fatalf("no career %s", id)
	return nil
}
