package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Scrolled anywhere on the compare screen, the line under the sticky names
// is never a second top border; a row of the full table shows its heading
// at the top of the screen even when the row began above it; and the
// compact table, whose rows have no line between them, shows as it is.
func TestCompareShowsTheRowHeadingUnderTheNames(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("r", "c")...)
	if m.sticky == "" {
		t.Fatal("no sticky names at 80x24")
	}
	b := m.styles.Glyphs.Border
	compact := 0 // the compact table's lines, at the top of the body
	for compact < len(m.vp.lines) && strings.HasPrefix(ansi.Strip(m.vp.lines[compact]), b.Left) {
		compact++
	}
	sawTall := false
	for off := 0; off <= m.vp.maxOffset(); off++ {
		m.vp.SetYOffset(off)
		first := ansi.Strip(m.underSticky(m.vp)[0])
		switch {
		case strings.HasPrefix(first, b.TopLeft):
			t.Fatalf("at line %d a top border sits under the names' rule:\n%s", off, first)
		case off < compact:
			if first != ansi.Strip(m.vp.lines[off]) {
				t.Fatalf("at line %d the compact table's line was changed:\n%s\nis\n%s", off, m.vp.lines[off], first)
			}
		case strings.HasPrefix(first, b.Left):
			label := strings.TrimSpace(ansi.Cut(first, 1, 1+labelWidth(m.contentWidth())+2))
			if label == "" {
				t.Fatalf("at line %d the row under the names has no heading:\n%s", off, first)
			}
			if label == "Salary &" && !strings.HasPrefix(ansi.Strip(m.vp.lines[off]), b.Left+" Salary") {
				sawTall = true // the row began above: its heading was brought down
			}
		}
	}
	if compact == 0 || !sawTall {
		t.Fatalf("compact table of %d lines; scrolled into the salary row with its heading brought down: %v", compact, sawTall)
	}
}
