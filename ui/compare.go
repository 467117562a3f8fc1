package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"github.com/charmbracelet/x/ansi"

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
		// Back to the results where they were, the cursor's row in view.
		m.goTo(screenResults)
		m.restoreAt = m.resultsAt
		return m, nil
	}
	m.follow = false
	return m, nil
}

func (m Model) compareBody(w int) string {
	ks := m.compared()
	var b strings.Builder
	why := "The top two. To compare others, pick 2 or 3 careers with space on the results."
	if !m.result.Decisive && len(m.result.Leading) >= 2 {
		why = "The careers in the lead. To compare others, pick 2 or 3 careers with space on the results."
	}
	switch picked := len(m.picked); {
	case picked == 1 && len(ks) == 2 && m.picked[ks[1].ID]:
		why = "Your pick beside the best fit. Pick one more with space on the results to compare other careers."
		if !m.result.Decisive {
			why = "Your pick beside the career in the lead (there is no clear fit yet). Pick one more with space on the results to compare other careers."
		}
	case picked >= 2:
		why = "The careers you picked. " + keyName(m.keys.Back) + " goes back to change them."
	case len(m.cat.Careers) == 1:
		why = "The catalog has this career alone: there is nothing to compare it with."
	}
	if m.tableFits(ks, w) {
		// The names stand in the sticky header above (stickyHeader).
		b.WriteString(m.glanceTable(ks, w) + "\n")
		b.WriteString(m.styles.Muted.Render(wrapText(why, w)) + "\n\n")
		b.WriteString(m.styles.Heading.Render(wrapText("In full", w)) + "\n")
	} else {
		titles := make([]string, len(ks))
		for i, k := range ks {
			titles[i] = k.Title
		}
		b.WriteString(m.styles.Heading.Render(wrapText("Comparing "+strings.Join(titles, ", "), w)) + "\n")
		b.WriteString(m.styles.Muted.Render(wrapText(why, w)) + "\n\n")
		b.WriteString(m.glanceCards(ks, w) + "\n")
	}
	b.WriteString(m.comparison(ks, w))
	b.WriteString(m.sourcesBlock(w, ks...))
	if m.cat.Note != "" {
		b.WriteString("\n" + m.styles.Muted.Render(hanging("Note: ", m.cat.Note, w)))
	}
	return b.String()
}

// tableFits reports whether careers ks are compared as table columns at
// width w (else as stacked cards).
func (m Model) tableFits(ks []careers.Career, w int) bool {
	return w >= narrowWidth && len(ks) > 1
}

// stickyHeader is the careers' names above the compare screen's table,
// kept on screen while the table scrolls under it; "" where the comparison
// is cards.
func (m Model) stickyHeader(w int) string {
	if m.screen != screenCompare || m.showHelp {
		return ""
	}
	ks := m.compared()
	if !m.tableFits(ks, w) {
		return ""
	}
	s := m.styles
	cw := columnWidth(len(ks), w)
	row := []string{strings.Repeat(" ", labelWidth(w))}
	for _, k := range ks {
		row = append(row, headerName(k.Title, cw, s.Glyphs.Ellipsis))
	}
	t := table.New().Border(s.Glyphs.Border).BorderStyle(s.TableBorder).BorderBottom(false).Row(row...).
		StyleFunc(func(row, col int) lipgloss.Style {
			return s.TableHeader.Width(map[bool]int{true: labelWidth(w), false: cw}[col == 0] + 2)
		})
	return t.Render() + "\n" + s.TableBorder.Render(rule(s.Glyphs.Border, labelWidth(w), len(ks), cw))
}

// headerName abbreviates a career's title for a sticky header column of
// width cw, in at most two lines: the whole title; else the name before its
// parenthesis ("Health informatics"); else an acronym in the parenthesis
// ("HIM"); else the name, cut.
func headerName(title string, cw int, ellipsis string) string {
	if short, ok := shortTitle(title, cw, func(s string) bool { return strings.Count(wrapText(s, cw), "\n") < 2 }); ok {
		return wrapText(short, cw)
	}
	name, _, _ := strings.Cut(title, " (")
	lines := strings.SplitN(wrapText(name, cw), "\n", 3)
	return lines[0] + "\n" + ansi.Truncate(lines[1]+" …", cw, ellipsis)
}

// listName is a career's title on one line of width w in the results'
// list: as headerName, but cut on the one line. Two careers whose titles
// begin alike stay apart ("Health info…" and "HIM", not "Health in…"
// twice).
func listName(title string, w int, ellipsis string) string {
	if short, ok := shortTitle(title, w, func(s string) bool { return ansi.StringWidth(s) <= w }); ok {
		return short
	}
	name, _, _ := strings.Cut(title, " (")
	if ansi.StringWidth(name) <= w {
		return name
	}
	return cutEnd(name, w, ellipsis)
}

// shortTitle is the first of a title's forms that fits: the whole title,
// the name before its parenthesis ("Health informatics"), or an acronym in
// the parenthesis ("HIM", no wider than w).
func shortTitle(title string, w int, fits func(string) bool) (string, bool) {
	name, paren, _ := strings.Cut(title, " (")
	paren = strings.TrimSuffix(paren, ")")
	switch {
	case fits(title):
		return title, true
	case fits(name):
		return name, true
	case paren != "" && paren == strings.ToUpper(paren) && ansi.StringWidth(paren) <= w:
		return paren, true
	}
	return "", false
}

// rule is the line under the sticky header, joining the table below it.
func rule(bd lipgloss.Border, lw, n, cw int) string {
	line := bd.MiddleLeft + strings.Repeat(bd.Top, lw+2)
	for range n {
		line += bd.Middle + strings.Repeat(bd.Top, cw+2)
	}
	return line + bd.MiddleRight
}

// columnWidth is the width of each career's column, inside its padding,
// in a table of n careers at width w.
// A column is at most maxColumn wide: on a very wide screen the table
// stays readable rather than stretching lines across it.
func columnWidth(n, w int) int { return min(max((w-(n+2)-2*(n+1)-labelWidth(w))/n, 8), maxColumn) }

// maxColumn is the widest a career's column grows.
const maxColumn = 60

// glanceTable is the compact comparison, one short row per key fact: under
// the sticky names on the compare screen, under its own row of names
// elsewhere.
func (m Model) glanceTable(ks []careers.Career, w int) string {
	t := m.newTable(len(ks), w)
	cw := columnWidth(len(ks), w)
	if m.screen == screenCompare {
		t.BorderTop(false)
	} else {
		t.Row(m.titleRow(ks, cw)...)
	}
	for _, r := range quiz.Glance(m.result, ks) {
		row := []string{wrapText(r.Label, labelWidth(w))}
		for _, c := range r.Cells {
			row = append(row, wrapText(c, cw))
		}
		t.Row(row...)
	}
	return t.Render()
}

// glanceCards is the compact comparison on a narrow screen: a card per
// career, a line per key fact.
func (m Model) glanceCards(ks []careers.Career, w int) string {
	s := m.styles
	rows := quiz.Glance(m.result, ks)
	var b strings.Builder
	b.WriteString(s.Accent.Render(wrapText("At a glance", w)) + "\n")
	for i, k := range ks {
		b.WriteString(s.Heading.Render(indent(k.Title, 1, w)) + "\n")
		for _, r := range rows {
			b.WriteString(hanging("   ", r.Label+": "+r.Cells[i], w) + "\n")
		}
	}
	return b.String()
}

// newTable is a comparison table of n careers at width w, styled, with
// its columns sized so the label column is never squeezed.
func (m Model) newTable(n, w int) *table.Table {
	s := m.styles
	cw := columnWidth(n, w)
	return table.New().
		Border(s.Glyphs.Border).
		BorderStyle(s.TableBorder).
		StyleFunc(func(row, col int) lipgloss.Style {
			if col == 0 {
				return s.TableLabel.Width(labelWidth(w) + 2)
			}
			return s.TableCell.Width(cw + 2)
		})
}

// titleRow is the careers' names as a table's first row, wrapped to their
// columns.
func (m Model) titleRow(ks []careers.Career, cw int) []string {
	row := []string{""}
	for _, k := range ks {
		row = append(row, m.styles.TableHeader.UnsetPadding().Render(wrapText(k.Title, cw)))
	}
	return row
}

// comparison shows careers under the seed article's four headings: a table
// where there is room, stacked cards on a narrow screen.
func (m Model) comparison(ks []careers.Career, w int) string {
	if !m.tableFits(ks, w) {
		return m.cards(ks, w)
	}
	return m.table(ks, w)
}

// labelWidth is the width of the comparison's heading column at width w:
// 14, and more on a wide screen, up to 28, so labels need not wrap.
func labelWidth(w int) int { return min(max(w/7, 14), 28) }

// table is the four headings in full, one row each, under the careers'
// names (on the results screen) or the sticky header (on compare).
func (m Model) table(ks []careers.Career, w int) string {
	cw := columnWidth(len(ks), w)
	t := m.newTable(len(ks), w).BorderRow(true)
	if m.screen != screenCompare {
		t.Row(m.titleRow(ks, cw)...)
	}
	sections := make([][]quiz.Section, len(ks))
	for i, k := range ks {
		sections[i] = quiz.Sections(m.cat, k)
	}
	for h, heading := range quiz.Headings() {
		row := []string{wrapText(heading, labelWidth(w))}
		for i := range ks {
			row = append(row, m.bullets(sections[i][h].Lines, cw))
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
