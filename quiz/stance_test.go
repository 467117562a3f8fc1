package quiz

import (
	"testing"

	"careerquiz/careers"
)

// A route with two requirements is closed when one is ruled out, whatever
// the other (even unknown, and in either order); unknown when one is unknown
// and none ruled out; open when both are met.
func TestRouteWithTwoRequirements(t *testing.T) {
	cat := defaultCatalog(t)
	experience := careers.Requirement{Question: careers.Ref{ID: "experience"}, Options: []string{"five-plus"}}
	rn := careers.Requirement{Question: careers.Ref{ID: "rn"}, Options: []string{"yes", "planning"}}
	for _, c := range []struct {
		answers string
		want    routeState
	}{
		{"experience: none\n", routeClosed},
		{"experience: five-plus\n", routeUnknown},
		{"experience: five-plus\nrn: yes\n", routeOpen},
		{"experience: some\nrn: planning\n", routeClosed},
		{"rn: no\n", routeClosed},
		{"", routeUnknown},
	} {
		a, err := ParseAnswers("a.yaml", []byte(c.answers), cat)
		if err != nil {
			t.Fatal(err)
		}
		e := newEngine(cat, a)
		st := e.stanceOf(e.current)
		for _, order := range [][]careers.Requirement{{experience, rn}, {rn, experience}} {
			r := careers.Route{Requires: order}
			if got, _ := st.route(&r); got != c.want {
				t.Errorf("%q, requirements %s then %s: state %d, want %d", c.answers, order[0].Question.ID, order[1].Question.ID, got, c.want)
			}
		}
	}
}
