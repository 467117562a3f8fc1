package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// openHelp shows every key of the screen, from the top of the help; the
// screen's place is kept for when the help closes.
func (m *Model) openHelp() {
	m.helpReturn = m.vp.YOffset()
	m.showHelp = true
	m.vp.SetYOffset(0)
}

// closeHelp goes back to the screen, where it was.
func (m *Model) closeHelp() {
	m.showHelp = false
	m.restoreAt = m.helpReturn
}

// updateHelp handles keys while the help covers the screen: it scrolls
// (it can be taller than a small terminal) and closes; other keys wait
// until it is closed.
func (m Model) updateHelp(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.CloseHelp):
		m.closeHelp()
	case key.Matches(msg, k.Up):
		m.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		m.vp.ScrollDown(1)
	default:
		m.page(msg)
	}
	return m, nil
}

// page moves the view for a paging key (page up and down, top, bottom)
// and reports whether msg was one.
func (m *Model) page(msg tea.KeyPressMsg) bool {
	k := m.keys
	switch {
	case key.Matches(msg, k.PageDown):
		m.vp.PageDown()
	case key.Matches(msg, k.PageUp):
		m.vp.PageUp()
	case key.Matches(msg, k.Top):
		m.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		m.vp.GotoBottom()
	default:
		return false
	}
	return true
}
