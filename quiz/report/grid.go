package report

import (
	"strings"

	"careerquiz/internal/safetext"
	"careerquiz/quiz"
)

// gridLabelWidth is the width of the label column of a text grid, and
// gridMinColumn the narrowest a career's column may be.
const (
	gridLabelWidth = 14
	gridMinColumn  = 17 // a pay range, "$58,820-$189,000", whole
)

// grid lays out a compact comparison in plain text columns: the careers'
// names, a rule, then each row with every cell wrapped to its column at
// word boundaries. linear (or a width too narrow for columns) gives a
// block per career instead, read a line at a time.
func grid(titles []string, rows []quiz.GlanceRow, width int, linear bool) string {
	n := len(titles)
	colW := (width - 2 - gridLabelWidth - 2*n) / max(n, 1)
	var b strings.Builder
	if linear || colW < gridMinColumn { // a block per career
		for i, title := range titles {
			b.WriteString(wrap(title, "  ", "  ", width))
			for _, r := range rows {
				b.WriteString(wrap(r.Label+": "+r.Cells[i], "    ", "      ", width))
			}
		}
		return b.String()
	}
	line := func(label string, cells []string) {
		cols := [][]string{cellLines(label, gridLabelWidth)}
		for _, c := range cells {
			cols = append(cols, cellLines(c, colW))
		}
		height := 0
		for _, c := range cols {
			height = max(height, len(c))
		}
		for i := range height {
			var parts []string
			for j, c := range cols {
				w := colW
				if j == 0 {
					w = gridLabelWidth
				}
				text := ""
				if i < len(c) {
					text = c[i]
				}
				parts = append(parts, text+strings.Repeat(" ", max(w-safetext.Width(text), 0)))
			}
			b.WriteString(strings.TrimRight("  "+strings.Join(parts, "  "), " ") + "\n")
		}
	}
	line("", titles)
	b.WriteString("  " + strings.Repeat("-", min(width-2, gridLabelWidth+n*(colW+2))) + "\n")
	for _, r := range rows {
		line(r.Label, r.Cells)
	}
	return b.String()
}

// cellLines wraps text to width at spaces; a word longer than the width is
// cut into pieces rather than overflowing the column.
func cellLines(text string, width int) []string {
	var lines []string
	for _, l := range strings.Split(strings.TrimRight(wrap(text, "", "", width), "\n"), "\n") {
		for safetext.Width(l) > width {
			var head string
			head, l = safetext.Cut(l, width)
			lines = append(lines, head)
		}
		lines = append(lines, l)
	}
	return lines
}
