package quiz

import (
	"testing"

	"careerquiz/careers"
)

// The compact comparison's "Works in" names each setting as the question
// offers it, without the examples after a colon, which need not all be
// the career's own ("An office: physician office, insurer, consulting
// firm" is "An office").
func TestGlanceWorksInDropsTheExamples(t *testing.T) {
	cat := defaultCatalog(t)
	res := Score(cat, Answers{})
	var ks []careers.Career
	for _, id := range []string{"health-informatics", "medical-records-specialist"} {
		ks = append(ks, ranked(t, res, id).Career)
	}
	for _, r := range Glance(res, ks) {
		if r.Label != "Works in" {
			continue
		}
		for i, c := range r.Cells {
			if c != "A hospital or clinic; An office" {
				t.Errorf("%s works in %q", ks[i].ID, c)
			}
		}
		return
	}
	t.Fatal("no Works in row")
}
