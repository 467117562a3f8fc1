package serve

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// restartingMsg tells a session that the server is restarting.
type restartingMsg struct{ wait time.Duration }

// sessionModel is the quiz as served: the same model, with a line across
// its top once the server is restarting.
type sessionModel struct {
	inner  tea.Model
	notice string
	short  string // the notice for a narrow window: all of it still said
	width  int
	plain  bool // ASCII only (TERM=linux), as ui.Options.Plain
}

// restartingText tells a session that the server is restarting. "within":
// it is said once, not counted down.
func restartingText(wait time.Duration) string {
	return fmt.Sprintf("Server restarting: this session ends within %s; answers are not kept.", wait)
}

// restartingShort is restartingText for a narrow window: the same news,
// so that "answers are not kept" is not what gets cut.
func restartingShort(wait time.Duration) string {
	return fmt.Sprintf("Restarting: ends within %s; answers not kept.", wait)
}

func (m sessionModel) Init() tea.Cmd { return m.inner.Init() }

func (m sessionModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case restartingMsg:
		m.notice, m.short = restartingText(msg.wait), restartingShort(msg.wait)
		return m, nil
	case tea.WindowSizeMsg:
		m.width = msg.Width
	}
	var cmd tea.Cmd
	m.inner, cmd = m.inner.Update(msg)
	return m, cmd
}

func (m sessionModel) View() tea.View {
	v := m.inner.View()
	if m.notice == "" {
		return v
	}
	w := max(m.width, 1)
	ellipsis := "…"
	if m.plain {
		ellipsis = "..."
	}
	text := m.notice
	if ansi.StringWidth(" "+text) > w && m.short != "" {
		text = m.short
	}
	line := ansi.Truncate(" "+text, w, ellipsis)
	line += strings.Repeat(" ", max(w-ansi.StringWidth(line), 0))
	lines := strings.SplitN(v.Content, "\n", 2)
	lines[0] = lipgloss.NewStyle().Reverse(true).Bold(true).Render(line) // readable without colour
	v.Content = strings.Join(lines, "\n")
	return v
}

// sessionFilter drops window sizes the program already has (Wish sends the
// first size again after the first frame, which would repaint the whole
// screen), and turns ctrl+z into nothing: there is no job control over
// SSH (as Wish's own filter, which this one replaces, does).
func sessionFilter() func(tea.Model, tea.Msg) tea.Msg {
	var last tea.WindowSizeMsg
	return func(_ tea.Model, msg tea.Msg) tea.Msg {
		switch msg := msg.(type) {
		case tea.WindowSizeMsg:
			if msg == last {
				return nil
			}
			last = msg
		case tea.SuspendMsg:
			return tea.ResumeMsg{}
		}
		return msg
	}
}
