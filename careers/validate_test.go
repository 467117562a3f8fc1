package careers

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careerquiz/internal/yamldoc"
)

func minimal(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("testdata/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// edit replaces old with new in s, failing the test when old is missing, so
// a case never silently tests the unbroken catalog.
func edit(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("test setup: %q not in the catalog", old)
	}
	return strings.Replace(s, old, new, 1)
}

func TestMinimalCatalogIsValid(t *testing.T) {
	c, err := Parse("minimal.yaml", []byte(minimal(t)))
	if err != nil {
		t.Fatalf("minimal catalog: %v", err)
	}
	if len(c.Questions) != 3 || len(c.Careers) != 2 {
		t.Fatalf("got %d questions and %d careers, want 3 and 2", len(c.Questions), len(c.Careers))
	}
}

func TestCatalogProblems(t *testing.T) {
	cases := []struct {
		name string
		edit func(t *testing.T, s string) string
		want []string // each must appear in the problems, one a line
	}{
		{"not YAML", func(t *testing.T, s string) string { return edit(t, s, "title: Minimal", "title: [Minimal") },
			[]string{"minimal.yaml:1:1: not valid YAML or JSON"}},
		{"unknown top-level field", func(t *testing.T, s string) string { return edit(t, s, "title: Minimal", "title: Minimal\ncolour: red") },
			[]string{`minimal.yaml:2:1: the catalog: unknown field "colour"`}},
		{"unknown career field", func(t *testing.T, s string) string { return edit(t, s, "    summary: Leads.", "    summary: Leads.\n    salary: 5") },
			[]string{`minimal.yaml:36:5: career "boss": unknown field "salary"`}},
		{"duplicate question id", func(t *testing.T, s string) string { return edit(t, s, "  - id: degree", "  - id: lead") },
			[]string{`minimal.yaml:16:5: question id "lead" is used twice (first at line 8)`}},
		{"duplicate career id", func(t *testing.T, s string) string { return edit(t, s, "  - id: clerk", "  - id: boss") },
			[]string{`career id "boss" is used twice (first at line 33)`}},
		{"duplicate key", func(t *testing.T, s string) string { return edit(t, s, "    summary: Leads.", "    summary: Leads.\n    summary: Again.") },
			[]string{`minimal.yaml:36:5: career "boss": "summary" appears twice (first at line 35)`}},
		{"dangling source", func(t *testing.T, s string) string {
			return edit(t, s, "pay: {median: 90000, year: 2022, source: src}", "pay: {median: 90000, year: 2022, source: bls}")
		}, []string{`minimal.yaml:43:46: career "boss" pay: source "bls" is not in the catalog's sources`}},
		{"dangling trait", func(t *testing.T, s string) string { return edit(t, s, "      lead: {level: 1", "      leed: {level: 1") },
			[]string{`career "clerk": trait "leed" is not asked about by any question`, `career "clerk": trait "lead" is missing, but question "lead" asks about it`}},
		{"unknown education level", func(t *testing.T, s string) string { return edit(t, s, "education: certificate}", "education: diploma}") },
			[]string{`option "short": education "diploma" is not one of none, certificate, associate, bachelor, master or doctorate`}},
		{"trait level out of range", func(t *testing.T, s string) string { return edit(t, s, "lead: {level: 5,", "lead: {level: 9,") },
			[]string{`trait "lead": level 9 is out of range for question "lead" (1 to 5)`}},
		{"wrong type", func(t *testing.T, s string) string { return edit(t, s, "median: 90000", "median: lots") },
			[]string{`minimal.yaml:43:19: career "boss".pay.median should be a number, not "lots"`}},
		{"figure without year", func(t *testing.T, s string) string { return edit(t, s, "median: 90000, year: 2022, ", "median: 90000, ") },
			[]string{`career "boss".pay (a figure needs its year and source): "year" is missing`}},
		{"figure without source", func(t *testing.T, s string) string { return edit(t, s, "median: 40000, year: 2021, source: src", "median: 40000, year: 2021") },
			[]string{`career "clerk".pay (a figure needs its year and source): "source" is missing`}},
		{"no careers", func(t *testing.T, s string) string { return s[:strings.Index(s, "careers:")] + "careers: []\n" },
			[]string{"minimal.yaml: has no careers"}},
		{"scale without its range", func(t *testing.T, s string) string { return edit(t, s, "    scale: {min: 1, max: 5, low: No, high: Yes}\n", "") },
			[]string{`minimal.yaml:8:5: question "lead": a scale question needs its range and labels`}},
		{"choice without options", func(t *testing.T, s string) string {
			return edit(t, s, "    options:\n      - {id: short, label: Short, education: certificate}\n      - {id: long, label: Long, education: bachelor}\n", "")
		}, []string{`question "degree": a choice question needs options`}},
		{"number without range", func(t *testing.T, s string) string { return edit(t, s, "    range: {min: 1000, max: 1000000, unit: USD a year}\n", "") },
			[]string{`question "pay": a number question needs its range`}},
		{"reserved option id", func(t *testing.T, s string) string { return edit(t, s, "{id: short,", "{id: skip,") },
			[]string{`option id "skip" is reserved for a command`}},
		{"bad id", func(t *testing.T, s string) string { return edit(t, s, "  - id: clerk", "  - id: Clerk_1") },
			[]string{`career id "Clerk_1" must be lower-case letters, digits and dashes`}},
		{"scale min above max", func(t *testing.T, s string) string { return edit(t, s, "{min: 1, max: 5,", "{min: 5, max: 1,") },
			[]string{`min 5 and max 1 do not make a scale`}},
		{"second document", func(t *testing.T, s string) string { return s + "---\ntitle: again\n" },
			[]string{"holds a second document"}},
		{"every problem listed", func(t *testing.T, s string) string {
			s = edit(t, s, "median: 90000", "median: lots")
			return edit(t, s, "title: Minimal", "title: Minimal\ncolour: red")
		}, []string{`unknown field "colour"`, `median should be a number`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("minimal.yaml", []byte(tc.edit(t, minimal(t))))
			var ps yamldoc.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("got %v, want problems", err)
			}
			got := err.Error()
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("problems do not include %q; got:\n%s", w, got)
				}
			}
		})
	}
}

func TestProblemsSortedByPosition(t *testing.T) {
	s := minimal(t)
	s = edit(t, s, "  - id: clerk", "  - id: Clerk")
	s = edit(t, s, "title: Minimal", "title: Minimal\ncolour: red")
	_, err := Parse("m.yaml", []byte(s))
	lines := strings.Split(err.Error(), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "m.yaml:2:1:") {
		t.Fatalf("problems not sorted by position:\n%s", err)
	}
}

func TestLoadFileProblems(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	latin1 := write("latin1.yaml", []byte("title: Caf\xe9\n"))
	big := write("big.yaml", []byte(strings.Repeat("# padding\n", yamldoc.MaxSize/10+1)))
	empty := write("empty.yaml", nil)
	cases := []struct {
		name, path, want string
	}{
		{"missing", filepath.Join(dir, "nope.yaml"), "nope.yaml: no such file"},
		{"directory", dir, "is a directory, not a file"},
		{"not UTF-8", latin1, "latin1.yaml:1:11: is not UTF-8 text"},
		{"too big", big, "over the 4.0 MiB limit"},
		{"empty", empty, "empty.yaml: is empty"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
}

func TestJSONCatalogLoadsWithPositions(t *testing.T) {
	json := `{
	"title": "J",
	"sources": [{"id": "s", "short": "S", "name": "S", "url": "https://e.org/"}],
	"questions": [{"id": "q", "topic": "T", "prompt": "P?", "why": "W", "kind": "scale",
	  "scale": {"min": 1, "max": 5, "low": "a", "high": "b"}, "trait": "t", "fit": "closeness"}],
	"careers": [{"id": "c", "title": "C", "summary": "S", "bogus": 1,
	  "education": {"routes": [{"level": "bachelor", "name": "B", "years": 4}], "source": "s"},
	  "duties": ["d"], "workplaces": ["w"], "skills": ["k"],
	  "traits": {"t": {"level": 3, "basis": "b", "source": "s"}}}]
}`
	_, err := Parse("c.json", []byte(json))
	if err == nil || !strings.Contains(err.Error(), `c.json:6:56: career "c": unknown field "bogus"`) {
		t.Fatalf("got %v", err)
	}
	fixed := strings.Replace(json, `"bogus": 1,`, "", 1)
	c, err := Parse("c.json", []byte(fixed))
	if err != nil {
		t.Fatalf("valid JSON catalog: %v", err)
	}
	y, err := c.YAML()
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse("c.yaml", y)
	if err != nil {
		t.Fatalf("the YAML of a JSON catalog does not load: %v\n%s", err, y)
	}
	if strings.HasPrefix(strings.TrimSpace(string(y)), "{") || again.Careers[0].Traits["t"].Level != 3 {
		t.Fatalf("not converted to block YAML:\n%s", y)
	}
}
