package careers_test

import (
	"testing"

	"careerquiz/careers"
	"careerquiz/internal/catalogtest"
)

// BenchmarkParse10k is loading a 10,000-career catalog: parsing, decoding
// and validating it (what --catalog and careerquiz validate do once the file
// is read).
func BenchmarkParse10k(b *testing.B) {
	text, err := catalogtest.Generate(10000)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := careers.Parse("generated.yaml", text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseDefault is loading the built-in catalog, as every start does.
func BenchmarkParseDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := careers.Default(); err != nil {
			b.Fatal(err)
		}
	}
}
