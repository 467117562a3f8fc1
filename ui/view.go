package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Margins around the body: one column on each side.
const sideMargin = 1

// readableWidth caps prose on a wide screen at a comfortable measure.
const readableWidth = 100

// contentWidth is the body's width: the screen less its margins, capped at
// a readable measure except for a comparison, whose table uses the room.
func (m Model) contentWidth() int {
	w := max(m.width-2*sideMargin, 10)
	if m.screen != screenCompare || m.showHelp {
		w = min(w, readableWidth)
	}
	return w
}

// View is the frame refresh built: Bubble Tea asks for it after every
// message, and it is built only when something on it changed.
func (m Model) View() tea.View {
	v := tea.NewView(m.frame)
	v.AltScreen = true
	v.WindowTitle = m.windowTitle()
	v.Cursor = m.caret
	return v
}

// caretAt is where the amount field's cursor is on screen, or nil when
// the field is not on screen: after the typed text before the cursor, on
// the field's line (body line top) if the view shows it.
func (m Model) caretAt(top int) *tea.Cursor {
	if !m.onAmount() || m.showHelp || top < 0 {
		return nil
	}
	row := top - m.vp.YOffset()
	if row < 0 || row >= m.vp.Height() {
		return nil
	}
	typed := []rune(m.input.Value())
	x := lipgloss.Width(string(typed[:min(m.input.Position(), len(typed))]))
	x = min(x, m.input.Width()) // a long amount scrolls: the cursor stays at the field's end
	c := tea.NewCursor(sideMargin+lipgloss.Width(amountLabel)+x, m.headerHeight()+row)
	c.Shape = tea.CursorBar
	return c
}

func (m Model) windowTitle() string {
	switch m.screen {
	case screenQuestion:
		return fmt.Sprintf("careerquiz · %d of %d", m.index+1, len(m.cat.Questions))
	case screenReview:
		return "careerquiz · review"
	case screenResults, screenDetails, screenCompare, screenReport:
		return "careerquiz · results"
	}
	return "careerquiz"
}

// refresh renders the current screen's body into the viewport, sized to
// the window, keeping the focused line (a cursor) in view. Update calls it
// after every change, so View only assembles.
func (m *Model) refresh() {
	w := m.contentWidth()
	// The amount field scrolls its text within what is left of the line
	// ("  Amount: " and the cursor), so it never runs past the screen.
	m.input.SetWidth(max(min(w-11, 28), 4))
	// The field takes no more than it shows: the text never scrolls within
	// it, so the terminal's cursor (caret) stands where the next character
	// goes. 24 characters are far more than any amount needs; a field of
	// 17 (a 30-column screen) still takes "$1,000,000.00".
	m.input.CharLimit = min(maxAmountChars, m.input.Width())
	m.input.SetCursor(m.input.Position()) // scroll to keep the cursor in view at the new width
	switch {
	case m.screen == screenQuestion && !m.showHelp:
		m.sticky = m.questionHeading(w)
	default:
		m.sticky = m.cached("sticky", w, fmt.Sprint(m.screen, m.showHelp), func() string { return m.stickyHeader(w) })
	}
	m.vp.skip = nil
	if m.screen == screenCompare && m.sticky != "" {
		m.vp.skip = m.styles.Glyphs.isBorder
	}
	body, f := m.body(w)
	footer := m.footer()
	m.vp.SetHeight(max(m.height-m.headerHeight()-len(footer), 1))
	m.vp.SetContent(body, w)
	if m.restoreAt >= 0 { // back where the screen was (from the help, from details)
		m.vp.SetYOffset(m.restoreAt)
		m.restoreAt = -1
	}
	if m.resizing && m.place.of(m.screen, m.showHelp) && m.place.lines > 0 {
		// As far down the body as the person had read, in proportion: the
		// body rewraps to the new width.
		m.vp.SetYOffset(m.place.y * m.vp.TotalLineCount() / m.place.lines)
	}
	m.focus = f.top
	if m.follow && f.top >= 0 {
		// Keep all of the focused lines in view (a wrapped option is
		// several), or as many as fit from its first.
		top, h := m.vp.YOffset(), m.vp.Height()
		switch {
		case f.top < top:
			m.vp.SetYOffset(f.top)
		case f.top+max(f.n, 1) > top+h:
			m.vp.SetYOffset(min(f.top, f.top+max(f.n, 1)-h))
		}
	}
	m.frame = m.render(footer)
	m.caret = m.caretAt(f.top)
	if !m.resizing {
		m.place = place{screen: m.screen, help: m.showHelp, y: m.vp.YOffset(), lines: m.vp.TotalLineCount()}
	}
	m.resizing = false
}

// place is a view's offset and its body's length when the person left it,
// on a screen (or its help).
type place struct {
	screen   screen
	help     bool
	y, lines int
}

func (p place) of(s screen, help bool) bool { return p.screen == s && p.help == help }

// span is the lines of a body that must stay in view: the cursor's row,
// top being its first line and n how many it takes (top -1: none).
type span struct{ top, n int }

// noFocus is a body with nothing to keep in view.
var noFocus = span{top: -1}

func (m Model) body(w int) (string, span) {
	if m.showHelp {
		return m.helpBody(w), noFocus
	}
	switch m.screen {
	case screenWelcome:
		return m.welcomeBody(w), noFocus
	case screenQuestion:
		return m.questionBody(w)
	case screenReview:
		return m.reviewBody(w)
	case screenResults:
		return m.resultsBody(w)
	case screenDetails:
		return m.cached("details", w, fmt.Sprint(m.detail), func() string { return m.detailsBody(w) }), noFocus
	case screenCompare:
		return m.cached("compare", w, "", func() string { return m.compareBody(w) }), noFocus
	case screenReport:
		return m.cached("report", w, "", func() string { return m.reportBody(w) }), noFocus
	}
	return "", noFocus
}

// headerHeight is the app's title line and a blank line, plus the sticky
// heading of a question or the names of a comparison.
func (m Model) headerHeight() int {
	if m.sticky == "" {
		return 2
	}
	return 2 + lipgloss.Height(m.sticky)
}

func (m Model) header() string {
	w := max(m.width-2*sideMargin, 1)
	right := m.styles.Muted.Render(m.position())
	// The position mark always shows while something is hidden; the
	// catalog's title gives way first, then the app's name.
	room := max(w-lipgloss.Width(right)-1, 0)
	title := " " + m.styles.Glyphs.Dot + " " + m.cat.Title
	if n := room - len("careerquiz"); ansi.StringWidth(title) > n {
		title = cutEnd(title, n, m.styles.Glyphs.Ellipsis)
	}
	left := ansi.Truncate(m.styles.Title.Render("careerquiz")+m.styles.Muted.Render(title), room, m.styles.Glyphs.Ellipsis)
	gap := max(w-lipgloss.Width(left)-lipgloss.Width(right), 0)
	return ansi.Truncate(left+strings.Repeat(" ", gap)+right, w, "")
}

// position is where the view stands in a body taller than the screen:
// "↑ 2/5 ↓", each arrow only where there is more that way; "" when all of
// it shows.
func (m Model) position() string {
	h := max(m.vp.Height(), 1)
	total := m.vp.TotalLineCount()
	if total <= h {
		return ""
	}
	g := m.styles.Glyphs
	page, pages := m.vp.page()
	up, down := " ", " "
	if !m.vp.AtTop() {
		up = g.Less
	}
	if !m.vp.AtBottom() {
		down = g.More
	}
	return fmt.Sprintf("%s %d/%d %s", up, page, pages, down)
}

func (m Model) footerLines() []string {
	w := max(m.width-2*sideMargin, 1)
	// The help is wrapped between its items already; this only cuts an
	// item wider than the screen. Where it would take more than a quarter
	// of the lines below the header, it gives way to its brief form (the
	// help screen lists every key).
	help := strings.Split(wrapText(m.shortHelp(m.helpLine(false), w), w), "\n")
	if len(help) > 1 && 4*len(help) > m.height-m.headerHeight() {
		help = strings.Split(wrapText(m.shortHelp(m.helpLine(true), w), w), "\n")
	}
	// A notice leaves the help whole and takes at most half of the lines
	// left for the body: a longer one keeps its start and its end.
	most := max((m.height-m.headerHeight()-len(help))/2, 1)
	var lines []string
	switch {
	case m.confirm == confirmQuit:
		lines = notice{"Quit careerquiz? Your answers will be lost. [y/N]", tonePrompt}.lines(m.styles, w, most)
	case m.confirm == confirmRestart:
		text := fmt.Sprintf("Start a new quiz? These answers will be cleared; press %s, then %s, to export them first. [y/N]", m.keys.No.Keys()[0], keyName(m.keys.Export))
		if m.isExported() {
			text = "Start a new quiz? These answers will be cleared (they are exported). [y/N]"
		}
		lines = notice{text, tonePrompt}.lines(m.styles, w, most)
	case !m.notice.empty():
		lines = m.notice.lines(m.styles, w, most)
	}
	return append(lines, help...)
}

// footer is the footer lines that fit: on a very short screen the help's
// last lines give way, so the view never grows past the screen and at
// least one line of the body shows.
func (m Model) footer() []string {
	lines := m.footerLines()
	return lines[:min(len(lines), max(m.height-m.headerHeight()-1, 1))]
}

// shortHelp is the help line of keys (helpLine), wrapped onto more
// lines when the terminal is narrow, never cut.
func (m Model) shortHelp(keys []key.Binding, w int) string {
	h := m.help
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	var lines []string
	line := ""
	for _, k := range keys {
		item := h.Styles.ShortKey.Render(k.Help().Key) + " " + h.Styles.ShortDesc.Render(k.Help().Desc)
		switch {
		case line == "":
			line = item
		case lipgloss.Width(line+sep+item) <= w:
			line += sep + item
		default:
			lines = append(lines, line)
			line = item
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// render lays out the frame: the header, the sticky names, the body's
// visible lines and the footer. The header, names and footer are cut to
// the screen as a last resort (the layout aims never to need it); the
// body's lines are already fitted, once, by the scroller.
func (m Model) render(footer []string) string {
	pad := strings.Repeat(" ", sideMargin)
	top := []string{pad + m.header(), ""}
	visible := m.vp.visible()
	sticky := m.sticky
	if m.screen == screenCompare && sticky != "" {
		// The names' rule comes with the body's lines (underSticky).
		sticky, visible = sticky[:strings.LastIndex(sticky, "\n")], m.underSticky(m.vp)
	}
	if sticky != "" {
		for _, line := range strings.Split(sticky, "\n") {
			top = append(top, pad+line)
		}
	}
	bottom := make([]string, len(footer))
	for i, line := range footer {
		bottom[i] = pad + line
	}
	var b strings.Builder
	b.WriteString(fitLines(strings.Join(top, "\n"), m.width) + "\n")
	tiny := m.width < m.contentWidth()+2*sideMargin // below the smallest screen the layout is for
	for _, line := range visible {
		if tiny {
			line = ansi.Truncate(pad+line, m.width, "")[len(pad):]
		}
		b.WriteString(pad + line + "\n")
	}
	b.WriteString(fitLines(strings.Join(bottom, "\n"), m.width))
	return b.String()
}

func (m Model) helpBody(w int) string {
	h := m.help
	h.SetWidth(w)
	var b strings.Builder
	b.WriteString(m.styles.Heading.Render(wrapText("All keys on this screen", w)) + "\n\n")
	for _, group := range m.helpFor().full {
		for _, k := range group {
			hk := k.Help()
			b.WriteString(hanging(fmt.Sprintf("  %-10s ", hk.Key), hk.Desc, w) + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(m.styles.Muted.Render(wrapText(fmt.Sprintf("Press %s or esc to close this help. %s quits at once, anywhere.", keyName(m.keys.Help), keyName(m.keys.Interrupt)), w)))
	return b.String()
}
