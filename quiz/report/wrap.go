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
// first and the rest with rest (a hanging indent). Lines break at spaces and,
// in Chinese and Japanese, between characters (safetext.Pieces). A word
// longer than a line (a URL) stands on its own line rather than being cut.
func wrap(s, first, rest string, width int) string {
	var b strings.Builder
	line, prefix := first, first
	used := safetext.Width(first)
	for _, word := range strings.Fields(s) {
		one := [1]string{word}
		pieces := one[:]
		if safetext.Ideographic(word) {
			pieces = safetext.Pieces(word)
		}
		for i, w := range pieces {
			gap := 1 // a space between words; none between the pieces of one
			if i > 0 {
				gap = 0
			}
			n := safetext.Width(w)
			switch {
			case line != prefix && used+gap+n > width:
				b.WriteString(line + "\n")
				line, prefix, used = rest, rest, safetext.Width(rest)
			case line == first && prefix == first && used+n > width && safetext.Width(rest)+n <= width:
				// A long first word fits under the label but not beside it.
				b.WriteString(strings.TrimRight(first, " ") + "\n")
				line, prefix, used = rest, rest, safetext.Width(rest)
			}
			if line != prefix && gap == 1 {
				line += " "
				used++
			}
			line += w
			used += n
		}
	}
	b.WriteString(line + "\n")
	return b.String()
}
