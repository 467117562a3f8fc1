package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"careerquiz/quiz/report"
)

// showReport opens the markdown report on screen: under serve, export
// writes nothing on the server, so the report is shown to read, select or
// copy instead.
func (m Model) showReport() Model {
	m.resultsAt = m.vp.YOffset()
	m.goTo(screenReport)
	m.follow = false
	return m
}

// updateReport handles the report screen: scroll, copy, back.
func (m Model) updateReport(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Copy) {
		// OSC 52: the terminal puts the text on the clipboard of the
		// machine the person sits at, if it allows it; there is no reply
		// to tell whether it did.
		m.notice = notice{"Sent to your terminal's clipboard (OSC 52). If nothing was copied, your terminal does not allow it: select the text instead (a line longer than the window is wrapped: join it again where a table or a link breaks).", toneMuted}
		return m, tea.SetClipboard(report.MarkdownReport(m.result))
	}
	return m.updateReading(msg)
}

// reportBody is the markdown report (the same text as --format markdown),
// each line wrapped to the screen.
func (m Model) reportBody(w int) string {
	s := m.styles
	var b strings.Builder
	b.WriteString(s.Heading.Render(wrapText("Your report (Markdown)", w)) + "\n")
	b.WriteString(s.Muted.Render(wrapText("Nothing is saved on the server. Press "+keyName(m.keys.Copy)+" to copy the report to your clipboard, or select the text; "+keyName(m.keys.Back)+" goes back to the results.", w)) + "\n\n")
	for _, line := range strings.Split(strings.TrimRight(report.MarkdownReport(m.result), "\n"), "\n") {
		rest := strings.TrimLeft(line, " ")
		b.WriteString(hanging(line[:len(line)-len(rest)], rest, w) + "\n") // keep a list's indent
	}
	return strings.TrimRight(b.String(), "\n")
}
