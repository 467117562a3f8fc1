// Package report writes a scored quiz as text (the terminal and line-mode
// report), markdown (a report a person keeps) or JSON (the contract scripts
// rely on).
package report

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"careerquiz/quiz"
)

// Format is an output format of the no-prompt command line.
type Format string

const (
	Text     Format = "text"
	Markdown Format = "markdown"
	JSON     Format = "json"
)

// Formats lists the formats, the default first.
func Formats() []Format { return []Format{Text, Markdown, JSON} }

// Render writes res in format f.
func Render(res quiz.Result, f Format) ([]byte, error) {
	switch f {
	case Text:
		return []byte(TextReport(res)), nil
	case Markdown:
		return []byte(MarkdownReport(res)), nil
	case JSON:
		return JSONReport(res)
	}
	return nil, fmt.Errorf("unknown format %q (use text, markdown or json)", f)
}

// matchLine is "Health IT manager: 86.4% match, on 6 of 12 answers".
func matchLine(res quiz.Result, r quiz.Ranked) string {
	return fmt.Sprintf("%s: %.1f%% match, on %s", r.Career.Title, r.Score, res.Coverage())
}

// answeredLine is "6 of 12 questions answered".
func answeredLine(res quiz.Result) string {
	return fmt.Sprintf("%d of %d questions answered", res.Answered, res.Questions)
}

// capitalize upper-cases the first letter.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// comparedTitle heads the comparison: "The top two side by side".
func comparedTitle(res quiz.Result, n int) string {
	switch {
	case n == 1:
		return "About " + res.Compared()[0].Title
	case !res.Decisive:
		return "The careers in the lead, side by side"
	}
	return "The top two, side by side"
}

// points is "21.0/24.0", or "-20.7" for a cap.
func points(re quiz.Reason) string {
	if re.Cap {
		return fmt.Sprintf("%.1f", re.Points)
	}
	return fmt.Sprintf("%.1f/%.1f", re.Points, re.Max)
}
