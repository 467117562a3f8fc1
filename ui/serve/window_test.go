package serve

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"careerquiz/ui"
)

// sizeSpy passes every message on to the quiz and every window size it
// is given to sizes.
type sizeSpy struct {
	tea.Model
	sizes chan<- tea.WindowSizeMsg
}

func (s sizeSpy) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		s.sizes <- size
	}
	m, cmd := s.Model.Update(msg)
	return sizeSpy{m, s.sizes}, cmd
}

// A client cannot make the server hold a screen of any size it names: a
// session asking for 65535x65535 (at first or on a resize) is drawn at the
// largest size, and a session that names no size at 80x24.
func TestWindowSizeIsBounded(t *testing.T) {
	sizes := make(chan tea.WindowSizeMsg, 64)
	ts := startServer(t, func(cfg *Config) {
		cfg.newModel = func(o ui.Options) tea.Model { return sizeSpy{ui.New(o), sizes} }
	})
	next := func() tea.WindowSizeMsg {
		select {
		case size := <-sizes:
			return size
		case <-time.After(5 * time.Second):
			t.Fatal("no window size reached the quiz")
			return tea.WindowSizeMsg{}
		}
	}
	c := connect(t, ts, 65535, 65535)
	c.waitFor("Press enter to start")
	if got, want := next(), (tea.WindowSizeMsg{Width: maxCols, Height: maxRows}); got != want {
		t.Fatalf("a 65535x65535 client is drawn at %dx%d, want %dx%d", got.Width, got.Height, want.Width, want.Height)
	}
	for _, step := range []struct{ w, h, wantW, wantH int }{
		{0, 0, defaultCols, defaultRows},
		{65535, 65535, maxCols, maxRows},
		{100, 0, 100, defaultRows},
		{50, 20, 50, 20},
	} {
		if err := c.sess.WindowChange(step.h, step.w); err != nil {
			t.Fatal(err)
		}
		if got := next(); got.Width != step.wantW || got.Height != step.wantH {
			t.Fatalf("a resize to %dx%d is drawn at %dx%d, want %dx%d", step.w, step.h, got.Width, got.Height, step.wantW, step.wantH)
		}
	}
}
