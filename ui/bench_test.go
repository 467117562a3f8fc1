package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkView is the frame of every screen at 80x24 and 200x60: what
// Bubble Tea asks for after every key.
func BenchmarkView(b *testing.B) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, sc := range screens {
			b.Run(fmt.Sprintf("%s/%dx%d", sc.name, size[0], size[1]), func(b *testing.B) {
				m := sc.setup(newModel(b, size[0], size[1]))
				b.ReportAllocs()
				for b.Loop() {
					_ = m.View()
				}
			})
		}
	}
}

// BenchmarkResultsCursorMove is one key on the results list, down or up,
// and the frame after it: the work between a key and what the screen shows.
func BenchmarkResultsCursorMove(b *testing.B) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			m := send(answerAll(newModel(b, size[0], size[1])), keys("r")...)
			moveCursor(b, m)
		})
	}
}

// BenchmarkQuestionCursorMove is one key on a choice question and the frame
// after it.
func BenchmarkQuestionCursorMove(b *testing.B) {
	m := send(newModel(b, 80, 24), keys("enter", "4")...)
	moveCursor(b, m)
}

// BenchmarkResultsCursorMove10k is a key on the results of a 10,000-career
// catalog and the frame after it: within one frame (16 ms) is the goal.
func BenchmarkResultsCursorMove10k(b *testing.B) {
	m := send(New(Options{Catalog: bigCatalog(b, 10_000), Now: fixedNow, ExportDir: b.TempDir()}), tea.WindowSizeMsg{Width: 80, Height: 24})
	m = send(answerAll(m), keys("r")...)
	for range 40 { // into the list, past the headline
		m = send(m, keys("down")...)
	}
	moveCursor(b, m)
}

// moveCursor is the benchmark loop: down and up in turn, each key with the
// frame after it.
func moveCursor(b *testing.B, m Model) {
	down, up := keys("down")[0], keys("up")[0]
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		key := down
		if i%2 == 1 {
			key = up
		}
		i++
		m = send(m, key)
		_ = m.View()
	}
}
