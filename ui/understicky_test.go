package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Scrolled anywhere on the compare screen (down a line at a time, and back
// up), the names' rule is drawn once, never doubled by a border of the
// body under it; every step shows something new; a row of the full table
// shows its heading at the top even when the row began above; and the
// compact table, whose rows have no line between them, shows as it is.
func TestCompareShowsTheRowHeadingUnderTheNames(t *testing.T) {
	for _, picks := range [][]string{nil, {"space", "down", "space", "down", "down", "down", "down", "space"}} {
		m := send(answerAll(newModel(t, 80, 24)), keys("r")...)
		m = send(m, keys(append(picks, "c")...)...)
		if m.sticky == "" {
			t.Fatal("no sticky names at 80x24")
		}
		g := m.styles.Glyphs
		names := strings.Split(m.sticky, "\n")
		rule := names[len(names)-1]
		compact := 0 // the compact table's lines, at the top of the body
		for compact < len(m.vp.lines) && strings.HasPrefix(ansi.Strip(m.vp.lines[compact]), g.Border.Left) {
			compact++
		}
		sawTall, last := false, ""
		check := func(dir string) {
			shown := m.underSticky(m.vp)
			if shown[0] != rule {
				t.Fatalf("at line %d the names' rule is not first: %q", m.vp.YOffset(), shown[0])
			}
			first := ansi.Strip(shown[1])
			switch {
			case strings.HasPrefix(first, g.Border.TopLeft) || strings.HasPrefix(first, g.Border.MiddleLeft) || strings.HasPrefix(first, g.Border.BottomLeft):
				t.Fatalf("at line %d a border sits under the names' rule:\n%s", m.vp.YOffset(), first)
			case m.vp.YOffset() < compact:
				if first != ansi.Strip(m.vp.lines[m.vp.YOffset()]) {
					t.Fatalf("at line %d the compact table's line was changed:\n%s", m.vp.YOffset(), first)
				}
			case strings.HasPrefix(first, g.Border.Left):
				label := strings.TrimSpace(ansi.Cut(first, 1, 1+labelWidth(m.contentWidth())+2))
				if label == "" {
					t.Fatalf("at line %d the row under the names has no heading:\n%s", m.vp.YOffset(), first)
				}
				sawTall = sawTall || label == "Salary &" && !strings.Contains(ansi.Strip(m.vp.lines[m.vp.YOffset()]), "Salary")
			}
			screen := strings.Join(shown, "\n")
			if screen == last {
				t.Fatalf("%s to line %d showed the same lines again", dir, m.vp.YOffset())
			}
			last = screen
		}
		check("open")
		for !m.vp.AtBottom() {
			m = send(m, keys("down")...)
			check("down")
		}
		for !m.vp.AtTop() {
			m = send(m, keys("up")...)
			check("up")
		}
		if compact == 0 || !sawTall {
			t.Fatalf("compact table of %d lines; scrolled into the salary row with its heading brought down: %v", compact, sawTall)
		}
	}
}

// After a resize, the view does not rest on a border it would pass over:
// the next step down still shows something new, at every place.
func TestCompareResizeKeepsEveryStep(t *testing.T) {
	for down := range 60 {
		m := send(answerAll(newModel(t, 70, 24)), keys("r", "c")...)
		for range down {
			m = send(m, keys("down")...)
		}
		m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
		if m.styles.Glyphs.isBorder(m.vp.lines[m.vp.YOffset()]) && !m.vp.AtBottom() {
			t.Fatalf("after %d steps and a resize the view rests on a border", down)
		}
		before := m.View().Content
		if m = send(m, keys("down")...); !m.vp.AtBottom() && m.View().Content == before {
			t.Fatalf("after %d steps and a resize, a step down changed nothing", down)
		}
	}
}
