package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"careerquiz/careers"
)

// startup is the program's model until the catalog is read: the catalog
// (the built-in one is parsed, which takes a few milliseconds) is read in
// the background while Bubble Tea sets up the terminal, so reading it does
// not delay the first frame. Messages that arrive meanwhile (the window's
// size, the background colour, a key typed very fast) are kept and handed
// to the quiz once it starts.
type startup struct {
	load  func() (*careers.Catalog, error)
	opts  Options
	early []tea.Msg
	err   error
}

// loadedMsg is the catalog, read.
type loadedMsg struct {
	cat *careers.Catalog
	err error
}

func (s startup) Init() tea.Cmd {
	load := s.load
	return func() tea.Msg {
		cat, err := load()
		return loadedMsg{cat: cat, err: err}
	}
}

func (s startup) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			s.err = fmt.Errorf("reading the catalog: %w", msg.err)
			return s, tea.Quit
		}
		opts := s.opts
		opts.Catalog = msg.cat
		var m tea.Model = New(opts)
		cmds := []tea.Cmd{m.Init()}
		for _, early := range s.early {
			var cmd tea.Cmd
			m, cmd = m.Update(early)
			cmds = append(cmds, cmd)
		}
		return m, tea.Batch(cmds...)
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return s, tea.Interrupt
		}
	}
	s.early = append(s.early, msg)
	return s, nil
}

func (s startup) View() tea.View {
	v := tea.NewView("")
	v.AltScreen = true
	return v
}
