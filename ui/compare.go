package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"

	"careerquiz/careers"
	"careerquiz/quiz"
)

// narrowWidth is the width under which the comparison is stacked cards
// instead of a table.
const narrowWidth = 60

// updateReading handles the details and compare screens: scroll and back.
func (m Model) updateReading(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Up):
		m.vp.ScrollUp(1)
	case key.Matches(msg, m.keys.Down):
		m.vp.ScrollDown(1)
	case key.Matches(msg, m.keys.Back):
		m.goTo(screenResults)
	}
	m.follow = false
	return m, nil
}

func (m Model) compareBody(w int) string {
	ks := m.compared()
	var b strings.Builder
	titles := make([]string, len(ks))
	for i, k := range ks {
		titles[i] = k.Title
	}
	b.WriteString(m.styles.Heading.Render(wrapText("Comparing "+strings.Join(titles, ", "), w)) + "\n")
	why := "The top two. To compare others, pick 2 or 3 careers with space on the results."
	if !m.result.Decisive && len(m.result.Leading) >= 2 {
		why = "The careers in the lead. To compare others, pick 2 or 3 careers with space on the results."
	}
	switch picked := len(m.picked); {
	case picked == 1 && len(ks) == 2 && m.picked[ks[1].ID]:
		why = "Your pick beside the best fit. Pick one more with space on the results to compare other careers."
	case picked >= 2:
		why = "The careers you picked. esc goes back to change them."
	}
	b.WriteString(m.styles.Muted.Render(wrapText(why, w)) + "\n\n")
	b.WriteString(m.comparison(ks, w))
	if m.cat.Note != "" {
		b.WriteString("\n" + m.styles.Muted.Render(hanging("Note: ", m.cat.Note, w)))
	}
	return b.String()
}

// comparison shows careers under the seed article's four headings: a table
// where there is room, stacked cards on a narrow screen.
func (m Model) comparison(ks []careers.Career, w int) string {
	var b strings.Builder
	if w < narrowWidth || len(ks) == 1 {
		b.WriteString(m.cards(ks, w))
	} else {
		b.WriteString(m.table(ks, w))
	}
	return b.String()
}

// labelWidth is the width of the comparison's heading column.
const labelWidth = 14

func (m Model) table(ks []careers.Career, w int) string {
	s := m.styles
	// Columns are sized here and cells wrapped to them, so the table never
	// squeezes the heading column: each column has one cell of padding on
	// each side, and there is a border before each column and after the last.
	n := len(ks)
	cw := max((w-(n+2)-2*(n+1)-labelWidth)/n, 8)
	cell := func(text string, width int) string { return lipgloss.NewStyle().Width(width).Render(text) }
	// The careers' titles are the first row, not the table's headers:
	// headers are cut to one line, and titles need to wrap.
	titles := []string{cell("", labelWidth)}
	sections := make([][]quiz.Section, n)
	for i, k := range ks {
		titles = append(titles, cell(k.Title, cw))
		sections[i] = quiz.Sections(m.cat, k)
	}
	t := table.New().
		Border(s.Glyphs.Border).
		BorderStyle(s.TableBorder).
		BorderRow(true).
		Row(titles...).
		StyleFunc(func(row, col int) lipgloss.Style {
			switch {
			case row == 0:
				return s.TableHeader
			case col == 0:
				return s.TableLabel
			}
			return s.TableCell
		})
	for h, heading := range quiz.Headings() {
		row := []string{cell(heading, labelWidth)}
		for i := range ks {
			row = append(row, cell(m.bullets(sections[i][h].Lines, cw), cw))
		}
		t.Row(row...)
	}
	return t.Render()
}

func (m Model) bullets(lines []string, w int) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = hanging(m.styles.Glyphs.Bullet+" ", l, w)
	}
	return strings.Join(out, "\n")
}

// cards stacks the comparison: each heading, then each career under it.
func (m Model) cards(ks []careers.Career, w int) string {
	s := m.styles
	sections := make([][]quiz.Section, len(ks))
	for i, k := range ks {
		sections[i] = quiz.Sections(m.cat, k)
	}
	var b strings.Builder
	for h, heading := range quiz.Headings() {
		b.WriteString(s.Accent.Render(wrapText(heading, w)) + "\n")
		for i, k := range ks {
			b.WriteString(s.Heading.Render(indent(k.Title, 1, w)) + "\n")
			for _, line := range sections[i][h].Lines {
				b.WriteString(hanging("   "+s.Glyphs.Bullet+" ", line, w) + "\n")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}
