// Package report writes a scored quiz as text (the terminal and line-mode
// report), markdown (a report a person keeps) or JSON (the contract scripts
// rely on).
package report

import (
	"fmt"

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

// matchLine is "Health IT manager: 86.4% match".
func matchLine(r quiz.Ranked) string {
	return fmt.Sprintf("%s: %.1f%% match", r.Career.Title, r.Score)
}

// answered counts the questions with an answer.
func answered(res quiz.Result) int { return len(res.Answers) }

// compared returns the careers the report compares: the top two.
func compared(res quiz.Result) []quiz.Ranked {
	return res.Ranking[:min(2, len(res.Ranking))]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// points is "21.0/24.0", or "-20.7" for a cap.
func points(re quiz.Reason) string {
	if re.Cap {
		return fmt.Sprintf("%.1f", re.Points)
	}
	return fmt.Sprintf("%.1f/%.1f", re.Points, re.Max)
}
