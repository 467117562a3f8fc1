package report

import (
	"strings"

	"careerquiz/internal/safetext"
)

// TextWidth is the width the text report wraps to when it is not printed
// in a terminal (a pipe, a file): it reads well anywhere.
const TextWidth = 80

// minWidth is the narrowest a text report is laid out for.
const minWidth = 30

// wrap breaks s into lines of at most width columns, the first starting with
// first and the rest with rest (a hanging indent). A word longer than a line
// (a URL) stands on its own line rather than being cut.
func wrap(s, first, rest string, width int) string {
	var b strings.Builder
	line, prefix := first, first
	for _, w := range strings.Fields(s) {
		n := safetext.Width(w)
		switch {
		case line != prefix && safetext.Width(line)+1+n > width:
			b.WriteString(line + "\n")
			line, prefix = rest, rest
		case line == first && prefix == first && safetext.Width(first)+n > width && safetext.Width(rest)+n <= width:
			// A long first word fits under the label but not beside it.
			b.WriteString(strings.TrimRight(first, " ") + "\n")
			line, prefix = rest, rest
		}
		if line == prefix {
			line += w
		} else {
			line += " " + w
		}
	}
	b.WriteString(line + "\n")
	return b.String()
}
