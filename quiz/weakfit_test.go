package quiz

import (
	"strings"
	"testing"
)

// Answers no career meets (a certificate, $150,000, managing staff, no
// experience) get the closest career with a warning that nothing fits
// well; answers a career meets get no warning.
func TestWeakFitIsSaid(t *testing.T) {
	cat := defaultCatalog(t)
	weak := Score(cat, parse(t, cat, "management: 5\ndegree: certificate\nsalary: 150000\nexperience: none\ncertification: 3\n"))
	if !weak.Decisive || weak.Top().Score >= weakFit || !strings.Contains(weak.WeakFitText(), "No career here fits your answers well") {
		t.Errorf("top %.1f, decisive %v: %q", weak.Top().Score, weak.Decisive, weak.WeakFitText())
	}
	good := Score(cat, parse(t, cat, "management: 4\ndegree: bachelor\nsalary: 70000\nexperience: some\n"))
	if good.Top().Score < weakFit || good.WeakFitText() != "" {
		t.Errorf("top %.1f: %q", good.Top().Score, good.WeakFitText())
	}
}
