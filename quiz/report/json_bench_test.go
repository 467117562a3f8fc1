package report

import (
	"io"
	"testing"

	"careerquiz/careers"
	"careerquiz/internal/catalogtest"
	"careerquiz/quiz"
)

// BenchmarkJSONReport is the JSON report of 10,000 generated careers with
// eleven answers (every career with its reasons, some 33 MB): streamed to
// io.Discard, in memory (as for --output), and as it was built before
// (json.MarshalIndent of a structure, json_reference_test.go).
func BenchmarkJSONReport(b *testing.B) {
	text, err := catalogtest.Generate(10000)
	if err != nil {
		b.Fatal(err)
	}
	cat, err := careers.Parse("gen.yaml", text)
	if err != nil {
		b.Fatal(err)
	}
	a, err := quiz.ParseAnswers("a.yaml", []byte(answerSets[0]), cat)
	if err != nil {
		b.Fatal(err)
	}
	delete(a, "rn") // the eleven answers of BenchmarkAnswersJSON
	res := quiz.Score(cat, a)
	for _, c := range []struct {
		name  string
		write func() error
	}{
		{"stream", func() error { return WriteJSON(io.Discard, res) }},
		{"memory", func() error { _, err := JSONReport(res); return err }},
		{"marshalindent", func() error { _, err := referenceJSON(res); return err }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := c.write(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
