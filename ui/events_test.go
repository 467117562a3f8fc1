package ui

import (
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestRandomEvents walks the quiz with random keys and resizes, from 30x10
// to 200x68, starting over whenever it quits, and checks after every event
// that no line is wider than the terminal and the footer is on screen.
// CAREERQUIZ_EVENTS sets how many events (1,500 by default; the issue's
// million-event run is CAREERQUIZ_EVENTS=1000000), CAREERQUIZ_SEED the seed.
func TestRandomEvents(t *testing.T) {
	events, seed := 1500, uint64(1)
	if s := os.Getenv("CAREERQUIZ_EVENTS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("CAREERQUIZ_EVENTS=%q is not a positive number", s)
		}
		events = n
	}
	if s := os.Getenv("CAREERQUIZ_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("CAREERQUIZ_SEED=%q is not a number", s)
		}
		seed = n
	}
	rng := rand.New(rand.NewPCG(seed, 0))
	names := []string{"enter", "esc", "up", "down", "space", "pgdown", "pgup", "f1", "backspace",
		"1", "2", "3", "4", "5", "9", "s", "b", "r", "a", "c", "e", "n", "y", "q", "?", "$", "k", "x",
		"g", "G", "home", "end", "u", "ctrl+u", "N", "Y", "tab", "left", "right", "0", ","}
	onward := []string{"1", "2", "3", "4", "5", "s", "s", "enter", "r", "space", "down", "c"}
	cat, dir := defaultCatalog(t), t.TempDir()
	fresh := func() (Model, int, int) {
		w, h := 30+rng.IntN(171), 10+rng.IntN(59)
		return send(New(Options{Catalog: cat, Now: fixedNow, ExportDir: dir}), tea.WindowSizeMsg{Width: w, Height: h}), w, h
	}
	m, w, h := fresh()
	start, restarts, on := time.Now(), 0, map[screen]int{}
	for i := range events {
		if rng.IntN(20) == 0 {
			w, h = 30+rng.IntN(171), 10+rng.IntN(59)
			m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
		} else {
			name := names[rng.IntN(len(names))]
			if rng.IntN(2) == 0 { // half the time a key that moves on, so every screen is reached
				name = onward[rng.IntN(len(onward))]
			}
			if rng.IntN(3000) == 0 {
				name = "ctrl+c"
			}
			next, cmd := m.Update(keyPress(name))
			m = next.(Model)
			if m.exporting && cmd != nil { // only the export's result matters here: a blink would sleep
				if out, ok := cmd().(exportedMsg); ok {
					m = send(m, out)
				}
			}
		}
		if m.done {
			m, w, h = fresh()
			restarts++
			continue
		}
		on[m.screen]++
		lines := strings.Split(m.View().Content, "\n")
		footer := m.footer()
		if len(lines) > h || len(footer) == 0 || lines[len(lines)-1] != strings.Repeat(" ", sideMargin)+footer[len(footer)-1] {
			t.Fatalf("event %d at %dx%d: the footer is lost: %d lines, last %q", i+1, w, h, len(lines), ansi.Strip(lines[len(lines)-1]))
		}
		for j, l := range lines {
			if got := ansi.StringWidth(l); got > w {
				t.Fatalf("event %d at %dx%d: line %d is %d wide: %q", i+1, w, h, j+1, got, ansi.Strip(l))
			}
		}
	}
	t.Logf("%d events (seed %d), %d quizzes ended and restarted, in %v; events by screen (welcome, question, review, results, details, compare): %v",
		events, seed, restarts, time.Since(start).Round(time.Millisecond), on)
	for sc := screenWelcome; sc <= screenCompare; sc++ {
		if events >= 1500 && on[sc] == 0 {
			t.Errorf("no event reached screen %d: the walk does not cover it", sc)
		}
	}
}
