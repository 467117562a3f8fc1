package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// screens are the states a person can reach, each from a fresh model.
var screens = []struct {
	name  string
	setup func(Model) Model
}{
	{"welcome", func(m Model) Model { return m }},
	{"question", func(m Model) Model { return send(m, keys("enter")...) }},
	{"choice", func(m Model) Model { return send(m, keys("enter", "4", "down")...) }},
	{"salary-error", func(m Model) Model {
		m = send(m, keys("enter", "4", "2")...)
		return send(send(m, typeText("about fifty thousand a year")...), keys("enter")...)
	}},
	{"review", answerAll},
	{"results", func(m Model) Model { return send(answerAll(m), keys("r")...) }},
	{"details", func(m Model) Model { return send(answerAll(m), keys("r", "down", "enter")...) }},
	{"compare", func(m Model) Model {
		return send(answerAll(m), keys("r", "space", "down", "space", "down", "space", "c")...)
	}},
	{"help", func(m Model) Model { return send(m, keys("enter", "?")...) }},
	{"confirm", func(m Model) Model { return send(m, keys("enter", "q")...) }},
	{"all-skipped", func(m Model) Model {
		return send(send(m, keys("enter", "s", "s")...), keys("enter", "s", "s", "s", "s", "s", "s", "s", "s", "r")...)
	}},
}

// checkFits fails when a line of the screen is wider than the terminal or
// the screen has more lines than the terminal.
func checkFits(t *testing.T, label string, m Model, w, h int) {
	t.Helper()
	lines := strings.Split(m.View().Content, "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines on a %d-line terminal", label, len(lines), h)
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got > w {
			t.Errorf("%s: line %d is %d wide on a %d-column terminal: %q", label, i+1, got, w, ansi.Strip(l))
		}
	}
	// The layout itself must fit, not lean on render's last-resort cut: the
	// body within its margins, and the header and footer too.
	cw := m.contentWidth()
	body, _ := m.body(cw)
	parts := append(strings.Split(body, "\n"), m.footerLines()...)
	parts = append(parts, m.header())
	for _, l := range parts {
		if got := ansi.StringWidth(l); got > cw {
			t.Errorf("%s: a line is %d wide where %d fit, and would be cut: %q", label, got, cw, ansi.Strip(l))
			return
		}
	}
}

func TestNoLineWiderThanTheTerminal(t *testing.T) {
	for _, size := range [][2]int{{40, 15}, {50, 20}, {80, 24}, {120, 40}, {200, 60}} {
		w, h := size[0], size[1]
		for _, sc := range screens {
			m := sc.setup(newModel(t, w, h))
			label := fmt.Sprintf("%s at %dx%d", sc.name, w, h)
			checkFits(t, label, m, w, h)
			// Page through to the end: every page fits too.
			for page := 0; page < 40 && !m.vp.AtBottom(); page++ {
				m = send(m, keys("pgdown")...)
				checkFits(t, fmt.Sprintf("%s page %d", label, page+2), m, w, h)
			}
		}
	}
}

// At 80x24 everything is reachable: paging down reaches the last line of
// the results (the caveat about medians).
func TestEverythingReachableAt80x24(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("r")...)
	seen := screenText(m)
	for page := 0; page < 60 && !m.vp.AtBottom(); page++ {
		m = send(m, keys("pgdown")...)
		seen += screenText(m)
	}
	if !m.vp.AtBottom() || !strings.Contains(seen, "a median is not a starting salary") {
		t.Fatal("the end of the results cannot be reached by paging")
	}
}

func TestNarrowComparisonIsCards(t *testing.T) {
	m := send(answerAll(newModel(t, 50, 300)), keys("r", "c")...)
	text := screenText(m)
	if strings.Contains(text, "╭") || !hasLine(text, "Education requirements") || !hasLine(text, "At a glance") {
		t.Fatalf("narrow comparison is not cards:\n%s", text)
	}
	wide := send(answerAll(newModel(t, 120, 300)), keys("r", "c")...)
	if !strings.Contains(screenText(wide), "╭") || wide.sticky == "" {
		t.Fatal("wide comparison is not a table under sticky names")
	}
}

func TestGoldenScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {50, 20}} {
		for _, sc := range screens {
			switch sc.name {
			case "welcome", "question", "salary-error", "review", "results", "compare":
			default:
				continue
			}
			m := sc.setup(newModel(t, size[0], size[1]))
			golden(t, fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1]), screenText(m))
		}
	}
}

// FuzzModel sends random keys and resizes: no panic, and every screen fits.
func FuzzModel(f *testing.F) {
	f.Add(uint64(1), []byte("\x00\x01\x02"))
	f.Add(uint64(7), []byte("0123456789abcdefghij"))
	cat := defaultCatalog(f)
	names := []string{"enter", "esc", "up", "down", "space", "pgdown", "pgup", "f1", "backspace",
		"1", "2", "3", "4", "5", "9", "s", "b", "r", "a", "c", "e", "n", "y", "q", "?", "$", "k", "x"}
	f.Fuzz(func(t *testing.T, seed uint64, data []byte) {
		rng := rand.New(rand.NewPCG(seed, 0))
		w, h := 80, 24
		m := New(Options{Catalog: cat, Now: fixedNow, ExportDir: t.TempDir()})
		m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
		for _, b := range data {
			if b%17 == 0 {
				w, h = 20+rng.IntN(180), 8+rng.IntN(60)
				m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
				continue
			}
			m = send(m, keyPress(names[int(b)%len(names)]))
			if m.done {
				return
			}
		}
		checkFits(t, "fuzzed", m, w, h)
	})
}
