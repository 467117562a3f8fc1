package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careerquiz/internal/catalogtest"
)

// generatedCatalog writes a generated catalog of n careers for a test.
func generatedCatalog(t *testing.T, n int) string {
	t.Helper()
	text, err := catalogtest.Generate(n)
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, t.TempDir(), "gen.yaml", string(text))
}

// The JSON streamed to stdout is the JSON written to --output.
func TestJSONOnStdoutIsTheJSONOfOutput(t *testing.T) {
	dir := t.TempDir()
	gen := generatedCatalog(t, 300)
	for i, c := range []struct{ catalog, answers string }{
		{"", "management: 4\ndegree: bachelor\nsalary: 70000\n"},
		{"", "experience: null\nrn: null\n"},
		{gen, "management: 4\ndegree: bachelor\nsalary: 70000\nexperience: some\nsetting: hospital\n"},
		{gen, "{}"},
	} {
		args := []string{"--format", "json", "--answers", writeFile(t, dir, "a.yaml", c.answers)}
		if c.catalog != "" {
			args = append(args, "--catalog", c.catalog)
		}
		streamed := runCLI(t, args...)
		file := filepath.Join(dir, "result.json")
		written := runCLI(t, append(args, "--output", file)...)
		if streamed.code != 0 || written.code != 0 {
			t.Fatalf("case %d: exit %d and %d: %s %s", i, streamed.code, written.code, streamed.stderr, written.stderr)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if streamed.stdout != string(data) || written.stdout != "" || !strings.HasPrefix(streamed.stdout, "{\n  \"schema\": 1,") {
			t.Errorf("case %d: stdout has %d bytes, --output %d", i, len(streamed.stdout), len(data))
		}
	}
}

// failingStdout fails its Write numbered failAt (from 1), and cancels (when
// set) at its first.
type failingStdout struct {
	writes int
	failAt int
	cancel context.CancelFunc
	got    bytes.Buffer
}

func (f *failingStdout) Write(p []byte) (int, error) {
	f.writes++
	if f.cancel != nil {
		f.cancel()
	}
	if f.writes == f.failAt {
		return 0, errors.New("broken pipe")
	}
	return f.got.Write(p)
}

// A failed write to stdout part way through the JSON is reported: exit 1,
// the cause on stderr, nothing written after it.
func TestJSONOnStdoutReportsAFailedWrite(t *testing.T) {
	ans := writeFile(t, t.TempDir(), "a.yaml", "management: 4\ndegree: bachelor\n")
	out := &failingStdout{failAt: 2}
	var errb bytes.Buffer
	code := run(context.Background(), []string{"--catalog", generatedCatalog(t, 300), "--answers", ans, "--format", "json"},
		stdio{in: strings.NewReader(""), out: out, err: &errb})
	if code != exitInput || errb.String() != "careerquiz: writing the JSON result: broken pipe\n" {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
	if out.writes != 2 {
		t.Errorf("%d writes; the second failed, so there should be no more", out.writes)
	}
}

// ctrl+c while the JSON streams to stdout stops it at the next piece: exit
// 130.
func TestJSONOnStdoutStopsOnInterrupt(t *testing.T) {
	ans := writeFile(t, t.TempDir(), "a.yaml", "management: 4\ndegree: bachelor\n")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &failingStdout{cancel: cancel}
	var errb bytes.Buffer
	code := run(ctx, []string{"--catalog", generatedCatalog(t, 300), "--answers", ans, "--format", "json"},
		stdio{in: strings.NewReader(""), out: out, err: &errb})
	if code != exitInterrupted || errb.String() != "careerquiz: interrupted\n" {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
	if out.writes != 1 || out.got.Len() == 0 {
		t.Errorf("%d writes (%d bytes) for an interrupt during the first", out.writes, out.got.Len())
	}
}
