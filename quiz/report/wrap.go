package report

import (
	"strings"
	"unicode/utf8"
)

// textWidth is the width the text report wraps to: it reads well in any
// terminal and in a pipe.
const textWidth = 80

// wrap breaks s into lines of at most width runes, the first starting with
// first and the rest with rest (a hanging indent). A word longer than a line
// (a URL) stands on its own line rather than being cut.
func wrap(s, first, rest string, width int) string {
	var b strings.Builder
	line, prefix := first, first
	for _, w := range strings.Fields(s) {
		if line != prefix && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			b.WriteString(line + "\n")
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
