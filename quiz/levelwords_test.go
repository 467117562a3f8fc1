package quiz

import (
	"strings"
	"testing"
)

// On a limit question (the most the person will take on) a career asking
// less reads as within it, not as a mismatch beside full marks; one asking
// more reads as more.
func TestLimitReasonsSayWithinOrMore(t *testing.T) {
	cat := defaultCatalog(t)
	res := Score(cat, parse(t, cat, "certification: 2\nmanagement: 3\n"))
	for id, want := range map[string]string{
		"health-systems-analyst": "you answered 2 of 5; this career asks 1 of 5, within what you will take on:",
		"cancer-registrar":       "you answered 2 of 5; this career asks 5 of 5, more than you will take on:",
	} {
		r, ok := reasonFor(ranked(t, res, id), "certification", false)
		if !ok || !strings.Contains(r.Text, want) {
			t.Errorf("%s: %q does not say %q", id, r.Text, want)
		}
	}
	r, _ := reasonFor(ranked(t, res, "cancer-registrar"), "management", false)
	if !strings.Contains(r.Text, "this career rates 1 of 5: it") {
		t.Errorf("a closeness reason: %q", r.Text)
	}
}
