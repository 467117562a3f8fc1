// Command minimaltea is the yardstick for careerquiz's speed: the smallest
// full-screen Bubble Tea v2 program that does what a quiz question does (a
// title, a list of options with a cursor, a help line), so ptybench can
// compare first frame, bytes per cursor move and memory with it.
package main

import (
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
)

type model struct {
	items  []string
	cursor int
}

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "up", "k":
			m.cursor = max(m.cursor-1, 0)
		case "down", "j":
			m.cursor = min(m.cursor+1, len(m.items)-1)
		case "enter", "q", "ctrl+c":
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m model) View() tea.View {
	var b strings.Builder
	b.WriteString(" Pick one\n\n")
	for i, it := range m.items {
		cursor := "  "
		if i == m.cursor {
			cursor = "> "
		}
		fmt.Fprintf(&b, " %s%s\n", cursor, it)
	}
	b.WriteString("\n ↑/↓ move • enter choose • q quit")
	v := tea.NewView(b.String())
	v.AltScreen = true
	return v
}

func main() {
	items := []string{"First option", "Second option", "Third option", "Fourth option", "Fifth option",
		"Sixth option", "Seventh option", "Eighth option", "Ninth option", "Tenth option"}
	if _, err := tea.NewProgram(model{items: items}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "minimaltea:", err)
		os.Exit(1)
	}
}
