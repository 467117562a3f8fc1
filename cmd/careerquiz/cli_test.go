package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, args ...string) result {
	t.Helper()
	return runWithInput(t, "", args...)
}

func runWithInput(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, stdio{in: strings.NewReader(stdin), out: &out, err: &errb})
	return result{code, out.String(), errb.String()}
}

func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// jsonResult is the part of the JSON contract the tests read.
type jsonResult struct {
	Schema   int            `json:"schema"`
	Catalog  string         `json:"catalog"`
	Answers  map[string]any `json:"answers"`
	Decisive bool           `json:"decisive"`
	Ranking  []struct {
		ID    string  `json:"id"`
		Score float64 `json:"score"`
	} `json:"ranking"`
	WhatIf []struct {
		Changes []struct {
			Question string `json:"question"`
			Answer   any    `json:"answer"`
		} `json:"changes"`
		Top string `json:"top"`
	} `json:"what_if"`
}

const leader = "management: 5\ndegree: master\nexperience: five-plus\nsalary: \"$150k\"\n"

func TestAnswersFormats(t *testing.T) {
	dir := t.TempDir()
	ans := writeFile(t, dir, "a.yaml", leader)

	r := runCLI(t, "--answers", ans)
	if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "Best fit: Health IT manager") {
		t.Fatalf("text: %+v", r)
	}
	for _, h := range []string{"Education requirements", "Job duties & location", "Skills needed", "Salary & career outlook", "What would change it"} {
		if !strings.Contains(r.stdout, h) {
			t.Errorf("text report lacks %q", h)
		}
	}

	r = runCLI(t, "--answers", ans, "--format", "markdown")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "# careerquiz report: Health IT careers") || !strings.Contains(r.stdout, "### Salary & career outlook") {
		t.Fatalf("markdown: %+v", r)
	}

	r = runCLI(t, "--format", "json", "--answers", ans)
	var got jsonResult
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != 0 {
		t.Fatalf("json: %v %+v", err, r)
	}
	if got.Schema != 1 || got.Catalog != "Health IT careers" || len(got.Ranking) != 7 || got.Answers["salary"] != 150000.0 || got.Answers["degree"] != "master" || len(got.WhatIf) == 0 {
		t.Fatalf("json contract: %+v", got)
	}
}

// Replaying a what-if from the JSON in an answers file puts its career first.
func TestWhatIfReplaysThroughTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	base := "management: 4\ndegree: bachelor\nsalary: 70000\ntechnology: 3\n"
	r := runCLI(t, "--answers", writeFile(t, dir, "a.yaml", base), "--format", "json")
	var res jsonResult
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || len(res.WhatIf) == 0 {
		t.Fatalf("%v %+v", err, r)
	}
	for i, w := range res.WhatIf {
		m := map[string]any{"management": 4, "degree": "bachelor", "salary": 70000, "technology": 3}
		for _, c := range w.Changes {
			m[c.Question] = c.Answer
		}
		data, _ := json.Marshal(m)
		r := runCLI(t, "--answers", writeFile(t, dir, "w.json", string(data)), "--format", "json")
		var top jsonResult
		if err := json.Unmarshal([]byte(r.stdout), &top); err != nil {
			t.Fatal(err)
		}
		if top.Ranking[0].ID != w.Top {
			t.Errorf("what-if %d %s: replay puts %s first, want %s", i, data, top.Ranking[0].ID, w.Top)
		}
	}
}

func TestAllSkippedIsNotAnError(t *testing.T) {
	ans := writeFile(t, t.TempDir(), "a.yaml", "management: null\n")
	for _, f := range []string{"text", "markdown", "json"} {
		r := runCLI(t, "--answers", ans, "--format", f)
		if r.code != 0 || !strings.Contains(r.stdout, "skipped every question") {
			t.Errorf("%s: %+v", f, r)
		}
	}
}

// /dev/null as the answers file is empty, as an empty file is: every
// question skipped, not "nothing was typed" as at a terminal.
func TestAnswersFromDevNull(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Skip(err)
	}
	empty := writeFile(t, t.TempDir(), "a.yaml", "")
	want := runCLI(t, "--answers", empty)
	if r := runCLI(t, "--answers", os.DevNull); r.code != 0 || r.stdout != want.stdout {
		t.Fatalf("exit %d, stderr %q; stdout differs from an empty file's: %v", r.code, r.stderr, r.stdout != want.stdout)
	}
}

// The help or the version that cannot be written (a full disk) is an
// error, exit 1, not done.
func TestHelpThatCannotBeWritten(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"--version"}, {"validate", "--help"}} {
		var errb bytes.Buffer
		code := run(context.Background(), args, stdio{in: strings.NewReader(""), out: failingWriter{}, err: &errb})
		if code != 1 || !strings.Contains(errb.String(), "no space left") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

// failingWriter fails every write, as /dev/full does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

func TestUsageErrors(t *testing.T) {
	ans := writeFile(t, t.TempDir(), "a.yaml", leader)
	for _, args := range [][]string{
		{"--bogus"},
		{"--answers", ans, "--format", "xml"},
		{"--format", "json"},
		{"--output", "x.txt"},
		{"frobnicate"},
		{"validate"},
		{"catalog", "extra"},
		{"catalog", "--format", "json"},
		{"catalog", "--answers", ans},
		{"validate", "x.yaml", "--output", "y"},
		{"--answers", ans, "--output", ""},
		{"--answers", ans, "--answers", ans},
		{"--catalog", "", "--answers", ans},
		{"--answers", ""},
		{"--answers", ans, "--format", "json", "--format", "text"},
		{"--accessible", "--answers", ans},
	} {
		r := runCLI(t, args...)
		if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, "careerquiz --help") {
			t.Errorf("%q: got %+v, want exit 2 with a usage message", args, r)
		}
	}
	if r := runCLI(t, "--answers", ans, "--format", "xml"); !strings.Contains(r.stderr, `invalid argument "xml" for "--format" flag: the formats are text, markdown and json`) {
		t.Errorf("--format xml: %q", r.stderr)
	}
}

func TestBadInputExitsOneWithNothingOnStdout(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--answers", filepath.Join(dir, "missing.yaml")}, "missing.yaml: no such file"},
		{[]string{"--answers", dir}, "is a directory"},
		{[]string{"--answers", writeFile(t, dir, "bad.yaml", "degree: phd\n")}, `bad.yaml:1:9: degree: "phd" is not an option`},
		{[]string{"--catalog", writeFile(t, dir, "cat.yaml", "title: x\n"), "--answers", writeFile(t, dir, "ok.yaml", "{}")}, `cat.yaml:1:1: the catalog: "questions" is missing`},
		{[]string{"validate", writeFile(t, dir, "v.yaml", "title: [\n")}, "v.yaml:1:1: not valid YAML or JSON"},
	}
	for _, tc := range cases {
		r := runCLI(t, tc.args...)
		if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: got %+v, want exit 1 and %q", tc.args, r, tc.want)
		}
	}
}

// Without --answers and without a terminal, the quiz runs in line mode:
// prompts on stderr, the text report on stdout.
func TestLineModeThroughThePipe(t *testing.T) {
	r := runWithInput(t, "4\nbachelor\n70000\n2\nno\ns\n5\n3\n1\n4\n5\nhospital\n")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "careerquiz - Health IT careers - 11 of 12 questions answered") ||
		!strings.Contains(r.stderr, "Question 12 of 12") || strings.Contains(r.stdout, "Question 1 of") {
		t.Fatalf("%+v", r)
	}
	r = runWithInput(t, "4\n")
	if r.code != 130 || r.stdout != "" || !strings.Contains(r.stderr, "Input ended before the last question") {
		t.Fatalf("early end of input: %+v", r)
	}
}

func TestAnswersFromStandardInput(t *testing.T) {
	r := runWithInput(t, leader, "--answers", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "Best fit: Health IT manager") {
		t.Fatalf("%+v", r)
	}
	r = runWithInput(t, "degree: phd\n", "--answers", "-")
	if r.code != 1 || !strings.Contains(r.stderr, `standard input:1:9: degree: "phd" is not an option`) {
		t.Fatalf("%+v", r)
	}
}

func TestOutputOverTheAnswersFileIsRefused(t *testing.T) {
	ans := writeFile(t, t.TempDir(), "a.yaml", leader)
	r := runCLI(t, "--answers", ans, "--output", ans)
	data, _ := os.ReadFile(ans)
	if r.code != 1 || string(data) != leader || !strings.Contains(r.stderr, "would overwrite your answers") {
		t.Fatalf("%+v, file now %q", r, data)
	}
}

// With --answers -, --output may not name the file standard input reads
// (careerquiz --answers - --output a.yaml < a.yaml, or --output
// /dev/stdin, would overwrite the answers).
func TestOutputOverStandardInputIsRefused(t *testing.T) {
	ans := writeFile(t, t.TempDir(), "a.yaml", leader)
	in, err := os.Open(ans)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"--answers", "-", "--format", "json", "--output", ans}, stdio{in: in, out: &out, err: &errb})
	data, _ := os.ReadFile(ans)
	if code != 1 || string(data) != leader || !strings.Contains(errb.String(), "would overwrite your answers") {
		t.Fatalf("exit %d, %q; the answers file now %q", code, errb.String(), data)
	}
}

func TestCatalogRoundTrip(t *testing.T) {
	dir := t.TempDir()
	r := runCLI(t, "catalog")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "# careerquiz catalog") {
		t.Fatalf("catalog: %+v", r.code)
	}
	mine := writeFile(t, dir, "mine.yaml", r.stdout)
	r = runCLI(t, "validate", mine)
	if r.code != 0 || r.stdout != mine+": ok (12 questions, 7 careers)\n" {
		t.Fatalf("validate: %+v", r)
	}
	ans := writeFile(t, dir, "a.yaml", "management: 3\ndegree: associate\nsalary: 61000\nsetting: office\ngrowth: 4\n")
	def := runCLI(t, "--answers", ans, "--format", "json")
	custom := runCLI(t, "--answers", ans, "--format", "json", "--catalog", mine)
	if def.code != 0 || def.stdout != custom.stdout {
		t.Fatal("--catalog mine.yaml does not score exactly as the default")
	}
	// Flags after the subcommand work too.
	if r := runCLI(t, "catalog", "--catalog", mine); r.code != 0 || !strings.HasPrefix(r.stdout, "# careerquiz catalog") {
		t.Fatalf("catalog --catalog: %+v", r.code)
	}
}

func TestValidateReportsEachFile(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.yaml", runCLI(t, "catalog").stdout)
	bad := writeFile(t, dir, "bad.yaml", "title: x\nquestions: []\ncareers: []\nextra: 1\n")
	r := runCLI(t, "validate", good, bad)
	if r.code != 1 || r.stdout != good+": ok (12 questions, 7 careers)\n" {
		t.Fatalf("%+v", r)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], bad+":2:12: questions: the list is empty") || !strings.HasPrefix(lines[2], bad+":4:1: ") {
		t.Fatalf("problems not one a line, sorted:\n%s", r.stderr)
	}
}

// validate - reads a catalog from standard input, as --answers - reads
// answers; only once.
func TestValidateReadsStandardInput(t *testing.T) {
	r := runWithInput(t, runCLI(t, "catalog").stdout, "validate", "-")
	if r.code != 0 || r.stdout != "standard input: ok (12 questions, 7 careers)\n" {
		t.Fatalf("%+v", r)
	}
	r = runWithInput(t, "title: x\nquestions: []\ncareers: []\n", "validate", "-")
	if r.code != 1 || !strings.HasPrefix(r.stderr, "standard input:2:12: questions: the list is empty") {
		t.Fatalf("%+v", r)
	}
	if r = runWithInput(t, "", "validate", "-", "-"); r.code != 2 || !strings.Contains(r.stderr, "only once") {
		t.Fatalf("%+v", r)
	}
}

func TestOutputIsWrittenAtomically(t *testing.T) {
	dir := t.TempDir()
	ans := writeFile(t, dir, "a.yaml", leader)
	out := filepath.Join(dir, "result.md")
	writeFile(t, dir, "result.md", "old")
	r := runCLI(t, "--answers", ans, "--format", "markdown", "--output", out)
	data, _ := os.ReadFile(out)
	if r.code != 0 || r.stdout != "" || !strings.HasPrefix(string(data), "# careerquiz report") {
		t.Fatalf("%+v %q", r, data)
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{sub, filepath.Join(dir, "no-such-dir", "r.txt")} {
		r = runCLI(t, "--answers", ans, "--output", target)
		if r.code != 1 || r.stdout != "" {
			t.Errorf("--output %s: %+v", target, r)
		}
	}
	entries, _ := os.ReadDir(sub)
	all, _ := os.ReadDir(dir)
	if len(entries) != 0 || len(all) != 3 { // a.yaml, result.md, sub
		t.Fatalf("left files behind: %v %v", entries, all)
	}
}

func TestHelpAndVersion(t *testing.T) {
	r := runCLI(t, "--help")
	if r.code != 0 || !strings.Contains(r.stdout, "Examples:") || !strings.Contains(r.stdout, "careerquiz validate mine.yaml") || !strings.Contains(r.stdout, "careerquiz serve") {
		t.Fatalf("help: %+v", r)
	}
	r = runCLI(t, "--version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "careerquiz ") {
		t.Fatalf("version: %+v", r)
	}
}

// The built binary maps outcomes to real process exit codes.
func TestBinaryExitCodes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "careerquiz")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	ans := writeFile(t, dir, "a.yaml", leader)
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"--answers", ans}, 0},
		{[]string{"--answers", filepath.Join(dir, "nope")}, 1},
		{[]string{"--nope"}, 2},
	} {
		cmd := exec.Command(bin, tc.args...)
		err := cmd.Run()
		if got := cmd.ProcessState.ExitCode(); got != tc.code {
			t.Errorf("%q: exit %d (%v), want %d", tc.args, got, err, tc.code)
		}
	}
}
