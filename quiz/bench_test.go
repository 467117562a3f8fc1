package quiz

import "testing"

// BenchmarkScore is scoring, reasons and the what-if search on the default
// catalog for a full set of answers: the work behind every result screen.
func BenchmarkScore(b *testing.B) {
	cat := defaultCatalog(b)
	a := parse(b, cat, "management: 4\ndegree: bachelor\nsalary: 70000\nexperience: some\ndata-vs-people: 3\n"+
		"technology: 4\ncompliance: 3\npatient-contact: 2\ncertification: 3\ngrowth: 4\nsetting: hospital\n")
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
