package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// underSticky is the lines the compare screen shows under its sticky
// names, from the scroller s. Two things are mended there:
//   - a table's top border at the top would double the names' rule below
//     them, so it is passed over (the rule stands for it);
//   - a row begun above the screen shows its heading again in the label
//     column, so that a tall section ("Salary & career outlook", scrolled
//     to its end) still says what it is.
//
// The body itself is not changed: only what shows.
func (m Model) underSticky(s scroller) []string {
	b := m.styles.Glyphs.Border
	starts := func(line, glyph string) bool { return glyph != "" && strings.HasPrefix(ansi.Strip(line), glyph) }
	first := s.offset
	if first < len(s.lines) && starts(s.lines[first], b.TopLeft) {
		first++
	}
	out := make([]string, s.height)
	copy(out, s.lines[min(first, len(s.lines)):min(first+s.height, len(s.lines))])
	if first >= len(s.lines) || !starts(s.lines[first], b.Left) {
		return out
	}
	// The row's first line: just after the border above the first line.
	row := first
	for row > 0 && starts(s.lines[row-1], b.Left) {
		row--
	}
	if row == first {
		return out // the row begins on screen: its heading shows
	}
	if row == 0 || !starts(s.lines[row-1], b.TopLeft) && !starts(s.lines[row-1], b.MiddleLeft) {
		// Not a table with a line between its rows (the compact table
		// under the names has none, its rows one or two lines each):
		// where a row begins cannot be told, so nothing is moved.
		return out
	}
	lw := labelWidth(m.contentWidth()) + 2 // the label cell, its padding included
	label := func(line string) string { return ansi.Cut(line, 1, 1+lw) }
	// The heading's lines, from the row's first, move down to the top of
	// the screen, as far as the row goes on it.
	for i := 0; i < len(out) && row+i < len(s.lines) && starts(out[i], b.Left); i++ {
		heading := label(s.lines[row+i])
		if strings.TrimSpace(ansi.Strip(heading)) == "" {
			if i < first-row {
				break // the heading ended above the screen: blank below it
			}
			heading = strings.Repeat(" ", lw) // past the heading: blank, as in the row
		}
		out[i] = ansi.Cut(out[i], 0, 1) + heading + ansi.Cut(out[i], 1+lw, ansi.StringWidth(out[i]))
	}
	return out
}
