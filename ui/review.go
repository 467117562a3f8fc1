package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func (m Model) enterReview() Model {
	m.goTo(screenReview)
	m.row = min(m.row, len(m.cat.Questions))
	m.follow = true
	return m
}

func (m Model) updateReview(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	n := len(m.cat.Questions) // the row after the questions is "see results"
	switch {
	case key.Matches(msg, k.Up):
		m.row = max(m.row-1, 0)
	case key.Matches(msg, k.Down):
		m.row = min(m.row+1, n)
	case key.Matches(msg, k.Results):
		return m.enterResults(), nil
	case key.Matches(msg, k.Edit):
		if m.row == n {
			return m.enterResults(), nil
		}
		m.editing = true
		return m.enterQuestion(m.row)
	case key.Matches(msg, k.Back):
		if len(m.result.Ranking) > 0 { // came from the results: back to them, rescored
			return m.enterResults(), nil
		}
		return m.enterQuestion(n - 1)
	}
	m.follow = true
	return m, nil
}

func (m Model) reviewBody(w int) (string, span) {
	s := m.styles
	var b strings.Builder
	answered := len(m.answers)
	b.WriteString(s.Heading.Render(wrapText("Review your answers", w)) + "\n")
	b.WriteString(s.Muted.Render(wrapText(fmt.Sprintf("%d of %d answered. Press %s to change the highlighted answer, %s to see your results.", answered, len(m.cat.Questions), keyName(m.keys.Edit), keyName(m.keys.Results)), w)) + "\n\n")
	topicW := 0
	for _, q := range m.cat.Questions {
		topicW = max(topicW, lipgloss.Width(q.Topic))
	}
	topicW = min(topicW, max(w/2-4, 8))
	focus := span{top: 0, n: 1}
	for i, q := range m.cat.Questions {
		answer := m.answers.Shown(q)
		if _, ok := m.answers[q.ID]; !ok {
			answer = s.Muted.Render(answer)
		}
		cursor := "  "
		if i == m.row {
			cursor = s.Glyphs.Cursor + " "
		}
		topic := ansi.Truncate(q.Topic, topicW, s.Glyphs.Ellipsis)
		prefix := cursor + topic + strings.Repeat(" ", topicW-lipgloss.Width(topic)+2)
		row := hanging(prefix, answer, w)
		if i == m.row {
			row = s.Selected.Render(row)
			focus = span{top: strings.Count(b.String(), "\n"), n: lipgloss.Height(row)}
		}
		b.WriteString(row + "\n")
	}
	cursor := "  "
	if m.row == len(m.cat.Questions) {
		cursor = s.Glyphs.Cursor + " "
		focus = span{top: strings.Count(b.String(), "\n") + 1, n: 1}
	}
	b.WriteString("\n" + s.Accent.Render(cursor+"See my results (r)"))
	return b.String(), focus
}

// reviewRowInView is the review's row to highlight after paging: the
// highlighted one while it shows, else the nearest that does (all of it,
// or at least its first line, where the highlight's mark is). ok is false
// when the page shows no row's first line (a tall answer on a short
// screen).
func (m Model) reviewRowInView() (row int, ok bool) {
	w := m.contentWidth()
	top, h := m.vp.YOffset(), m.vp.Height()
	shows := func(r int, whole bool) bool {
		at := m
		at.row = r
		_, f := at.reviewBody(w)
		end := f.top + 1
		if whole {
			end = f.top + max(f.n, 1)
		}
		return f.top >= top && end <= top+h
	}
	for _, whole := range []bool{true, false} {
		if shows(m.row, whole) {
			return m.row, true
		}
		best, dist := m.row, -1
		for r := 0; r <= len(m.cat.Questions); r++ {
			if d := abs(r - m.row); shows(r, whole) && (dist < 0 || d < dist) {
				best, dist = r, d
			}
		}
		if dist >= 0 {
			return best, true
		}
	}
	return m.row, false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
