package quiz

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseAnswers(t *testing.T) {
	cat := defaultCatalog(t)
	a := parse(t, cat, "management: 4\ndegree: bachelor\nsalary: \"$55k\"\ngrowth: null\n")
	if len(a) != 3 || a["management"].Value != 4 || a["degree"].Option != "bachelor" || a["salary"].Value != 55000 {
		t.Fatalf("got %+v", a)
	}
	if _, skipped := a["growth"]; skipped {
		t.Error("null should skip the question")
	}
	for _, in := range []string{"salary: 55000", "salary: \"55,000\"", "salary: $55k", `{"salary": "$55,000"}`, "salary: 55000.0"} {
		if got := parse(t, cat, in)["salary"].Value; got != 55000 {
			t.Errorf("%s -> %v, want 55000", in, got)
		}
	}
	if a := parse(t, cat, "{}"); len(a) != 0 {
		t.Errorf("empty map: %v", a)
	}
	for _, empty := range []string{"null", "", "# nothing answered yet\n"} {
		if a := parse(t, cat, empty); len(a) != 0 {
			t.Errorf("%q: %v, want everything skipped", empty, a)
		}
	}
	// A leading zero is a decimal amount, not octal.
	if got := parse(t, cat, "salary: 055000")["salary"].Value; got != 55000 {
		t.Errorf("055000 -> %v, want 55000", got)
	}
}

func TestAnswersProblems(t *testing.T) {
	cat := defaultCatalog(t)
	cases := []struct{ in, want string }{
		{"colour: blue", `answers.yaml:1:1: unknown question "colour" (the questions are: management, degree, salary`},
		{"degree: phd", `answers.yaml:1:9: degree: "phd" is not an option; answer one of: certificate, associate, bachelor, master`},
		{"management: 7", `answers.yaml:1:13: management: 7 is out of range: answer a whole number from 1 to 5`},
		{"management: 3.5", `management: "3.5" is not a whole number; answer a whole number from 1 to 5`},
		{"management: high", `management: "high" is not a whole number`},
		{"salary: 500", `salary: $500 is out of range: answer from $1,000 to $1,000,000`},
		{"salary: lots", `salary: "lots" is not an amount; type it like 55000, 55,000 or $55k`},
		{"salary: [1, 2]", `salary: the answer should be a single value, not a list or mapping`},
		{"degree: 3", `degree: "3" is not an option`},
		{"management: 4\nmanagement: 5", `answers.yaml:2:1: the answers file: "management" appears twice (first at line 1)`},
		{"- management", `the answers file should be a mapping of keys to values, not a list`},
		{"management: [", `answers.yaml:1:1: not valid YAML or JSON`},
		{"salary: 9223372036854775807", `salary: $9.22e+18 is out of range: answer from $1,000 to $1,000,000`},
		{"salary: 1000000.4", `salary: $1,000,000.40 is out of range`},
		{"salary: 0x1F", `salary: "0x1F" is not an amount`},
		{"salary: \"$99999999999999999999k\"", `salary: "$99999999999999999999k" is too large to be a yearly amount`},
		{"<<: {management: 4}", `merge keys (<<) are not supported`},
		{"management: 4\n\tdegree: bachelor", `answers.yaml:2:1: not valid YAML or JSON: found a tab character that violates indentation (indent with spaces`},
	}
	for _, tc := range cases {
		_, err := ParseAnswers("answers.yaml", []byte(tc.in), cat)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v\nwant %q", tc.in, err, tc.want)
		}
	}
	// Every problem is listed, not just the first.
	_, err := ParseAnswers("a.yaml", []byte("degree: phd\nmanagement: 9\n"), cat)
	if err == nil || strings.Count(err.Error(), "\n") != 1 {
		t.Errorf("want two problems, got %v", err)
	}
}

func TestFormatAnswersReplays(t *testing.T) {
	cat := defaultCatalog(t)
	in := parse(t, cat, "management: 4\ndegree: bachelor\nsalary: 70500.5\nsetting: remote\nrn: \"no\"\n")
	out, err := ParseAnswers("x.yaml", FormatAnswers(cat, in), cat)
	if err != nil {
		t.Fatalf("%v\n%s", err, FormatAnswers(cat, in))
	}
	// yes and no are quoted, as the README asks: YAML 1.1 tools read
	// them as true and false.
	if f := string(FormatAnswers(cat, in)); !strings.Contains(f, "rn: \"no\"\n") || !strings.Contains(f, "degree: bachelor\n") {
		t.Errorf("options not written as the README asks:\n%s", f)
	}
	if len(out) != len(in) {
		t.Fatalf("got %v, want %v", out, in)
	}
	for k, v := range in {
		if out[k] != v {
			t.Errorf("%s: got %+v, want %+v", k, out[k], v)
		}
	}
}

func FuzzParseAnswers(f *testing.F) {
	for _, s := range []string{"management: 4\ndegree: bachelor\nsalary: 70000\n", `{"salary": "$55k"}`, "null", "a: &x 1\nb: *x\n", "- 1", ""} {
		f.Add([]byte(s))
	}
	cat := defaultCatalog(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAnswers("f.yaml", data, cat)
		if err != nil {
			if strings.TrimSpace(err.Error()) == "" {
				t.Fatal("empty error message")
			}
			return
		}
		for id, ans := range a {
			q, ok := cat.Question(id)
			if !ok {
				t.Fatalf("accepted unknown question %q", id)
			}
			if err := Check(q, ans); err != nil {
				t.Fatalf("accepted invalid answer %s: %v", id, err)
			}
		}
		Score(cat, a) // must not panic on anything accepted
	})
}

// The answers file says how to replay it: with the catalog it was made
// with, named as one shell word, when that is not the built-in one.
func TestFormatAnswersNamesTheCatalog(t *testing.T) {
	cat := *defaultCatalog(t)
	if got := string(FormatAnswers(&cat, Answers{})); !strings.Contains(got, "# replay with: careerquiz --answers FILE\n") {
		t.Errorf("built-in catalog:\n%s", got)
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		"mine.yaml":              "--catalog " + shellWord(filepath.Join(dir, "mine.yaml")) + " --answers", // from any folder
		"/srv/our catalog.yaml":  "--catalog '/srv/our catalog.yaml' --answers",
		"/srv/it's.yaml":         `--catalog '/srv/it'\''s.yaml' --answers`,
		"/two\nlines: 1\n.yaml":  "--catalog '/two?lines: 1?.yaml' --answers",
		"/srv/college/jobs.yaml": "--catalog /srv/college/jobs.yaml --answers",
		"-":                      "--catalog CATALOG --answers FILE (the catalog it was made with, read from standard input)",
	} {
		cat.File = file
		got := string(FormatAnswers(&cat, Answers{}))
		if !strings.Contains(got, "# replay with: careerquiz "+want) {
			t.Errorf("%q:\n%s", file, got)
		}
		if _, err := ParseAnswers("x.yaml", []byte(got), &cat); err != nil {
			t.Errorf("%q: the file does not read back: %v", file, err)
		}
	}
}

// An amount is rounded to the cent whether it is written as a number or
// as text, so the two are accepted or refused alike, and a refusal never
// names an allowed amount.
func TestAmountsRoundAlike(t *testing.T) {
	cat := defaultCatalog(t)
	for _, v := range []string{"1000000.004", "999.996", "55000.123"} {
		plain, errPlain := ParseAnswers("a.yaml", []byte("salary: "+v), cat)
		quoted, errQuoted := ParseAnswers("a.yaml", []byte(`salary: "`+v+`"`), cat)
		if (errPlain == nil) != (errQuoted == nil) || errPlain == nil && plain["salary"] != quoted["salary"] {
			t.Errorf("%s: as a number %v (%v), as text %v (%v)", v, plain["salary"], errPlain, quoted["salary"], errQuoted)
		}
	}
	if _, err := ParseAnswers("a.yaml", []byte("salary: 1000000.006"), cat); err == nil || strings.Contains(err.Error(), "$1,000,000 is out of range") {
		t.Errorf("1000000.006: %v", err)
	}
}

// Answers exported with another catalog, read with this one, say so.
func TestAnswersFromAnotherCatalog(t *testing.T) {
	cat := defaultCatalog(t)
	other := *cat
	other.Title = "Westfield College careers"
	data := append(FormatAnswers(&other, Answers{"management": {Value: 4}}), "setting: site\n"...)
	_, err := ParseAnswers("a.yaml", data, cat)
	if err == nil || !strings.Contains(err.Error(), `a.yaml:1:1: these answers were made with the catalog "Westfield College careers", and this is "Health IT careers"`) {
		t.Fatalf("got %v", err)
	}
	if _, err := ParseAnswers("a.yaml", FormatAnswers(&other, Answers{"management": {Value: 4}}), cat); err != nil {
		t.Fatalf("answers that fit this catalog too were refused: %v", err)
	}
}
