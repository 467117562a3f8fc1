package quiz

import (
	"testing"

	"careerquiz/careers"
)

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
