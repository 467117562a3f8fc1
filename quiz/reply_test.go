package quiz

import (
	"strings"
	"testing"

	"careerquiz/careers"
)

func TestParseReply(t *testing.T) {
	cat := defaultCatalog(t)
	q := func(id string) careers.Question { c, _ := cat.Question(id); return c }
	good := []struct {
		q, in string
		want  Answer
	}{
		{"degree", "2", Answer{Option: "associate"}},
		{"degree", " Bachelor ", Answer{Option: "bachelor"}},
		{"management", "4", Answer{Value: 4}},
		{"salary", "$55k", Answer{Value: 55000}},
		{"salary", "55,000", Answer{Value: 55000}},
		{"salary", "55000", Answer{Value: 55000}},
	}
	for _, tc := range good {
		got, err := ParseReply(q(tc.q), tc.in)
		if err != nil || got != tc.want {
			t.Errorf("%s %q: %+v %v", tc.q, tc.in, got, err)
		}
	}
	bad := []struct{ q, in, want string }{
		{"degree", "5", "type a number from 1 to 4, or one of: certificate, associate, bachelor, master"},
		{"degree", "phd", "type a number from 1 to 4"},
		{"management", "6", "6 is not on the scale; type a whole number from 1 (Not at all) to 5 (Very much)"},
		{"management", "", "type a whole number"},
		{"salary", "lots", `"lots" is not an amount`},
		{"salary", "$500", "$500 is out of range: answer from $1,000 to $1,000,000"},
		{"salary", "", "type an amount such as 55000"},
	}
	for _, tc := range bad {
		if _, err := ParseReply(q(tc.q), tc.in); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %q: got %v, want %q", tc.q, tc.in, err, tc.want)
		}
	}
}

func TestParseReplyOnANumberThatIsNotMoney(t *testing.T) {
	q := careers.Question{ID: "hours", Kind: careers.Number, Range: careers.Range{Min: 0, Max: 60, Unit: "hours a week"}}
	if a, err := ParseReply(q, "15"); err != nil || a.Value != 15 {
		t.Fatalf("15: %+v %v", a, err)
	}
	_, err := ParseReply(q, "lots")
	if err == nil || err.Error() != `"lots" is not a number; type a number from 0 to 60 (hours a week)` {
		t.Fatalf("got %v", err)
	}
	if _, err := ParseReply(q, "61"); err == nil || !strings.Contains(err.Error(), "61 is out of range: answer from 0 to 60") {
		t.Fatalf("got %v", err)
	}
}
