package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// underSticky is the lines the compare screen shows under its sticky
// names' own lines (all but their rule), from the scroller s: the rule,
// then the body's lines. Two things are mended there:
//   - a border at the top of the body (a table's top, a line between two
//     rows) would double the names' rule: the rule stands for it, and the
//     body shows from the line after it. Every scroll position still shows
//     something new: the next position begins a line further down.
//   - a row begun above the screen shows its heading again in the label
//     column, so that a tall section ("Salary & career outlook", scrolled
//     to its end) still says what it is.
//
// The body itself is not changed: only what shows.
func (m Model) underSticky(s scroller) []string {
	b := m.styles.Glyphs.Border
	starts := func(line, glyph string) bool { return glyph != "" && strings.HasPrefix(ansi.Strip(line), glyph) }
	names := strings.Split(m.sticky, "\n")
	rule := names[len(names)-1]
	first := s.offset
	if first < len(s.lines) && m.styles.Glyphs.isBorder(s.lines[first]) {
		first++ // the rule stands for it (at the bottom of the body, where the scroll could not pass it)
	}
	out := make([]string, s.height+1)
	out[0] = rule
	shown := out[1:] // the body's lines, from first
	copy(shown, s.lines[min(first, len(s.lines)):min(first+len(shown), len(s.lines))])
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
	if row == 0 || !m.styles.Glyphs.isBorder(s.lines[row-1]) {
		// Not a table with a line between its rows (the compact table
		// under the names has none, its rows one or two lines each):
		// where a row begins cannot be told, so nothing is moved.
		return out
	}
	lw := labelWidth(m.contentWidth()) + 2 // the label cell, its padding included
	label := func(line string) string { return ansi.Cut(line, 1, 1+lw) }
	// The heading's lines, from the row's first, move down to the top of
	// the screen, as far as the row goes on it.
	for i := 0; i < len(shown) && row+i < len(s.lines) && starts(shown[i], b.Left); i++ {
		heading := label(s.lines[row+i])
		if strings.TrimSpace(ansi.Strip(heading)) == "" {
			if i < first-row {
				break // the heading ended above the screen: blank below it
			}
			heading = strings.Repeat(" ", lw) // past the heading: blank, as in the row
		}
		shown[i] = ansi.Cut(shown[i], 0, 1) + heading + ansi.Cut(shown[i], 1+lw, ansi.StringWidth(shown[i]))
	}
	return out
}

// isBorder reports whether a body line is a table's border across (its
// top, a line between two rows, its bottom): under the sticky names it
// would double their rule.
func (g Glyphs) isBorder(line string) bool {
	plain := ansi.Strip(line)
	for _, corner := range []string{g.Border.TopLeft, g.Border.MiddleLeft, g.Border.BottomLeft} {
		if corner != "" && strings.HasPrefix(plain, corner) {
			return true
		}
	}
	return false
}
