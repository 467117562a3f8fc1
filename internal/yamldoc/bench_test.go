package yamldoc_test

import (
	"testing"

	"go.yaml.in/yaml/v3"

	"careerquiz/internal/catalogtest"
	"careerquiz/internal/yamldoc"
)

// BenchmarkRead10k is reading the generated 10,000-career catalog (3.9 MB)
// into nodes, with its alias bound, before any field is decoded: Parse's
// share of loading a catalog, beside yaml.v3 reading the same text into
// its own nodes (what Parse did before the quick reader).
func BenchmarkRead10k(b *testing.B) {
	text, err := catalogtest.Generate(10000)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Parse", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			root, err := yamldoc.Parse("generated.yaml", text)
			if err != nil {
				b.Fatal(err)
			}
			if _, over := yamldoc.NewDecoder("generated.yaml", root).Over(); over {
				b.Fatal("the generated catalog is over the alias bound")
			}
		}
	})
	b.Run("yaml.v3", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			var doc yaml.Node
			if err := yaml.Unmarshal(text, &doc); err != nil {
				b.Fatal(err)
			}
		}
	})
}
