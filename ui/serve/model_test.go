package serve

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// A window size the program already has is dropped (a repaint of the whole
// screen for nothing); a new one passes; ctrl+z does nothing.
func TestSessionFilter(t *testing.T) {
	f := sessionFilter()
	steps := []struct {
		msg  tea.Msg
		pass bool
	}{
		{tea.WindowSizeMsg{Width: 80, Height: 24}, true},
		{tea.WindowSizeMsg{Width: 80, Height: 24}, false},
		{tea.KeyPressMsg{Code: 'a', Text: "a"}, true},
		{tea.WindowSizeMsg{Width: 80, Height: 24}, false},
		{tea.WindowSizeMsg{Width: 100, Height: 24}, true},
		{tea.WindowSizeMsg{Width: 80, Height: 24}, true},
	}
	for i, s := range steps {
		if got := f(nil, s.msg); (got != nil) != s.pass {
			t.Errorf("step %d (%v): passed %v, want %v", i, s.msg, got != nil, s.pass)
		}
	}
	if _, ok := f(nil, tea.SuspendMsg{}).(tea.ResumeMsg); !ok {
		t.Error("ctrl+z (SuspendMsg) is not turned into ResumeMsg")
	}
}
