package report

import (
	"strings"

	"careerquiz/quiz"
)

// glanceBlocks lays out a compact comparison for reading a line at a
// time: a block per career, its name and then each row's label and cell.
func glanceBlocks(titles []string, rows []quiz.GlanceRow, width int) string {
	var b strings.Builder
	for i, title := range titles {
		b.WriteString(wrap(title, "  ", "  ", width))
		for _, r := range rows {
			b.WriteString(wrap(r.Label+": "+r.Cells[i], "    ", "      ", width))
		}
	}
	return b.String()
}
