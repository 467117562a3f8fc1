package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"careerquiz/internal/catalogtest"
)

// bigCatalog writes a generated catalog of n careers to a temporary file.
func bigCatalog(b *testing.B, n int) string {
	b.Helper()
	text, err := catalogtest.Generate(n)
	if err != nil {
		b.Fatal(err)
	}
	p := filepath.Join(b.TempDir(), "big.yaml")
	if err := os.WriteFile(p, text, 0o644); err != nil {
		b.Fatal(err)
	}
	return p
}

// benchRun runs the command line with args, output to io.Discard, and fails
// on a non-zero exit.
func benchRun(b *testing.B, args ...string) {
	b.Helper()
	var errb strings.Builder
	if code := run(context.Background(), args, stdio{in: strings.NewReader(""), out: io.Discard, err: &errb}); code != 0 {
		b.Fatalf("careerquiz %v: exit %d: %s", args, code, errb.String())
	}
}

// BenchmarkAnswersJSON is careerquiz --catalog FILE --answers FILE --format
// json end to end (reading both files, scoring, writing the JSON), at 1,000
// and 10,000 careers.
func BenchmarkAnswersJSON(b *testing.B) {
	for _, n := range []struct {
		name string
		n    int
	}{{"1k", 1000}, {"10k", 10000}} {
		b.Run(n.name, func(b *testing.B) {
			cat := bigCatalog(b, n.n)
			answers := filepath.Join(b.TempDir(), "answers.yaml")
			if err := os.WriteFile(answers, []byte("management: 4\ndegree: bachelor\nsalary: 70000\nexperience: some\ndata-vs-people: 3\n"+
				"technology: 4\ncompliance: 3\npatient-contact: 2\ncertification: 3\ngrowth: 4\nsetting: hospital\n"), 0o644); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				benchRun(b, "--catalog", cat, "--answers", answers, "--format", "json")
			}
		})
	}
}

// BenchmarkValidate10k is careerquiz validate on a 10,000-career catalog.
func BenchmarkValidate10k(b *testing.B) {
	cat := bigCatalog(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		benchRun(b, "validate", cat)
	}
}
