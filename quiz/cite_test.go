package quiz

import (
	"strings"
	"testing"
)

// A trait's fact has no date of its own, so its reason cites the source
// with the source's date; a figure keeps its own date.
func TestReasonsCiteTheSourcesDate(t *testing.T) {
	cat := defaultCatalog(t)
	res := Score(cat, parse(t, cat, "management: 4\ndegree: bachelor\nsalary: 70000\n"))
	him := ranked(t, res, "health-information-management")
	for q, want := range map[string]string{
		"management": "(Rasmussen College article, about 2014).",
		"degree":     "(BLS OOH, edition with May 2023 pay).",
		"salary":     "(BLS OOH, May 2023)",
	} {
		r, ok := reasonFor(him, q, false)
		if !ok || !strings.Contains(r.Text, want) {
			t.Errorf("%s reason %q does not cite %q", q, r.Text, want)
		}
	}
}

// A history fact of a source dated "about 2014" says "about 2014", as the
// source does everywhere else.
func TestHistoryTakesTheSourcesDate(t *testing.T) {
	cat := defaultCatalog(t)
	k, _ := cat.Career("health-informatics")
	lines := HistoryLines(cat, k)
	if len(lines) == 0 || !strings.HasSuffix(lines[0], "(Rasmussen College article, about 2014)") {
		t.Errorf("history: %q", lines)
	}
}

// A list of sources gives each one's date, unless its name already does.
func TestSourceNameCarriesTheDate(t *testing.T) {
	cat := defaultCatalog(t)
	for id, want := range map[string]string{
		"bls-ooh-11-9111": "(edition with May 2023 pay and 2023-33 projections): Medical and Health Services Managers",
		"ncra-ods":        "(routes A1, A2 and B) (page read in 2026)",
	} {
		s, _ := cat.Source(id)
		if got := SourceName(s); !strings.HasSuffix(got, want) || strings.Count(got, s.AsOf) != 1 {
			t.Errorf("%s: %q", id, got)
		}
	}
}
