package quiz

import (
	"fmt"
	"testing"

	"careerquiz/careers"
	"careerquiz/internal/catalogtest"
)

// benchAnswers is a full set of answers to the built-in questions (the
// generated catalogs ask the same ones).
const benchAnswers = "management: 4\ndegree: bachelor\nsalary: 70000\nexperience: some\ndata-vs-people: 3\n" +
	"technology: 4\ncompliance: 3\npatient-contact: 2\ncertification: 3\ngrowth: 4\nsetting: hospital\n"

// BenchmarkScore is scoring, reasons and the what-if search on the default
// catalog for a full set of answers: the work behind every result screen.
func BenchmarkScore(b *testing.B) {
	cat := defaultCatalog(b)
	a := parse(b, cat, benchAnswers)
	b.ReportAllocs()
	for b.Loop() {
		Score(cat, a)
	}
}

// BenchmarkScoreFewAnswers exercises the two-change search, which runs when
// single changes cannot reach every career.
func BenchmarkScoreFewAnswers(b *testing.B) {
	cat := defaultCatalog(b)
	a := parse(b, cat, "management: 5\ndegree: master\nexperience: five-plus\nsalary: 150000\n")
	b.ReportAllocs()
	for b.Loop() {
		Score(cat, a)
	}
}

// generated is a catalog of n generated careers (internal/catalogtest).
func generated(b *testing.B, n int) *careers.Catalog {
	b.Helper()
	text, err := catalogtest.Generate(n)
	if err != nil {
		b.Fatal(err)
	}
	cat, err := careers.Parse(fmt.Sprintf("generated-%d.yaml", n), text)
	if err != nil {
		b.Fatal(err)
	}
	return cat
}

// BenchmarkScoreCatalog is what a result screen needs at 1,000 and 10,000
// careers: the ranking, the what-if search, and the reasons of the careers
// on screen (the first ten).
func BenchmarkScoreCatalog(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("careers=%d", n), func(b *testing.B) {
			cat := generated(b, n)
			for _, set := range []struct{ name, yaml string }{
				{"full", benchAnswers},
				{"few", "management: 5\ndegree: master\nexperience: five-plus\nsalary: 150000\n"},
			} {
				b.Run("answers="+set.name, func(b *testing.B) {
					a := parse(b, cat, set.yaml)
					b.ReportAllocs()
					for b.Loop() {
						r := Score(cat, a)
						for _, k := range r.Ranking[:10] {
							k.Reasons()
						}
					}
				})
			}
		})
	}
}

// BenchmarkReasonsAll is every career's reasons at 10,000 careers, as the
// JSON report asks for them (scoring not included).
func BenchmarkReasonsAll(b *testing.B) {
	cat := generated(b, 10000)
	r := Score(cat, parse(b, cat, benchAnswers))
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range r.Ranking {
			k.Reasons()
		}
	}
}
