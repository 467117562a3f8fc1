package ui

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"careerquiz/careers"
	"careerquiz/quiz"
)

func (m Model) enterResults() Model {
	m.editing = false
	m.asking = nil
	if m.resultGen > 0 && maps.Equal(m.result.Answers, m.answers) {
		// Nothing changed since the results were last shown (a look at
		// the answers, then back): the same result, where it was.
		at := m.resultsAt
		m.goTo(screenResults)
		m.restoreAt = at
		return m
	}
	m.result = quiz.Score(m.cat, m.answers)
	m.resultGen = m.memo.next()
	m.goTo(screenResults)
	m.follow = false // open at the top, on the headline: the list follows once it is used
	m.career = 0
	return m
}

// maxWhatIfs is how many lines the results give to what would change them.
const maxWhatIfs = 5

// tooManyPicked says why a pick was refused (with quiz.MaxCompared).
const tooManyPicked = "Not picked: you can compare up to %d careers. Unpick one first."

func (m Model) updateResults(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	n := len(m.result.Ranking)
	// ↑/↓ move the list while it is in view; scrolled away from it, they
	// scroll the page, so the view never snaps back to the list.
	listInView := m.focus >= m.vp.YOffset() && m.focus < m.vp.YOffset()+m.vp.Height()
	switch {
	case key.Matches(msg, k.Up) && !listInView:
		m.vp.ScrollUp(1)
		return m, nil
	case key.Matches(msg, k.Down) && !listInView:
		m.vp.ScrollDown(1)
		return m, nil
	case key.Matches(msg, k.Up):
		m.career = max(m.career-1, 0)
	case key.Matches(msg, k.Down):
		m.career = min(m.career+1, n-1)
	case key.Matches(msg, k.Details):
		m.detail = m.career
		m.resultsAt = m.vp.YOffset()
		m.goTo(screenDetails)
		return m, nil
	case key.Matches(msg, k.Mark):
		id := m.result.Ranking[m.career].Career.ID
		switch {
		case m.picked[id]:
			delete(m.picked, id)
		case len(m.picked) >= quiz.MaxCompared:
			m.notice = notice{fmt.Sprintf(tooManyPicked, quiz.MaxCompared), toneBad} // bold, so a key that did nothing is seen
		default:
			m.picked[id] = true
		}
		if len(m.picked) < quiz.MaxCompared && m.notice.text == fmt.Sprintf(tooManyPicked, quiz.MaxCompared) {
			m.notice = notice{} // no longer true
		}
	case key.Matches(msg, k.Compare):
		if m.result.Answered == 0 {
			m.notice = notice{"With nothing answered there is nothing to compare: press " + keyName(m.keys.Review) + " to answer a few questions.", toneText}
			return m, nil
		}
		m.resultsAt = m.vp.YOffset()
		m.goTo(screenCompare)
		return m, nil
	case key.Matches(msg, k.Review):
		m.resultsAt = m.vp.YOffset()
		return m.enterReview(), nil
	case key.Matches(msg, k.AnswerNext) && len(m.result.AskNext) > 0:
		for _, id := range m.result.AskNext {
			m.asking = append(m.asking, m.questionIndex(id))
		}
		return m.enterQuestion(m.asking[0])
	case key.Matches(msg, k.Export):
		return m.export()
	case key.Matches(msg, k.Restart):
		if m.nothingToLose() {
			return m.restart(), nil
		}
		m.confirm = confirmRestart
		return m, nil
	}
	m.follow = true
	return m, nil
}

// compared is what a comparison shows: the picked careers, the one picked
// beside the best fit, or the result's own choice (the leaders, or the top
// two).
func (m Model) compared() []careers.Career {
	var out []careers.Career
	for _, r := range m.result.Ranking {
		if m.picked[r.Career.ID] {
			out = append(out, r.Career)
		}
	}
	top := m.result.Ranking[0].Career
	switch {
	case len(out) >= 2:
		return out
	case len(out) == 1 && out[0].ID != top.ID:
		return []careers.Career{top, out[0]}
	}
	return m.result.Compared()
}

// resultsBody is the headline, the ranking with its cursor, and below it
// the reasons, what would change the result and the careers at a glance.
// Only the ranking depends on the cursor: the parts above and below it are
// kept (memo) while the result, width and picks stay the same.
func (m Model) resultsBody(w int) (string, span) {
	head := m.cached("results-head", w, "", func() string { return m.resultsHead(w) })
	chart, focus := m.rankingChart(w)
	focus.top += strings.Count(head, "\n")
	tail := m.cached("results-tail", w, "", func() string { return m.resultsTail(w) })
	return head + chart + "\n" + tail, focus
}

// resultsHead is the headline (or why there is none yet) and the list's
// heading.
func (m Model) resultsHead(w int) string {
	s := m.styles
	res := m.result
	top := res.Top()
	var b strings.Builder
	switch {
	case res.Answered == 0:
		b.WriteString(s.Heading.Render(wrapText("No recommendation yet", w)) + "\n")
		b.WriteString(s.Notice.Render(wrapText(res.Notice, w)) + "\n\n")
	case !res.Decisive:
		b.WriteString(s.Title.Render(wrapText("No clear fit yet, on "+res.Coverage(), w)) + "\n")
		b.WriteString(s.Notice.Render(wrapText(res.Notice, w)) + "\n")
		if len(res.AskNext) > 0 {
			b.WriteString(s.Muted.Render(wrapText(fmt.Sprintf("Press %s to answer %s now.", keyName(m.keys.AnswerNext), res.AskNextTopics()), w)) + "\n")
		}
		b.WriteString("\n")
	default:
		label := "Your best fit"
		if res.WeakFitText() != "" {
			label = "Your closest fit"
		}
		b.WriteString(s.Muted.Render(wrapText(label, w)) + "\n")
		b.WriteString(s.Title.Render(wrapText(fmt.Sprintf("%s: %.1f%% match, on %s", top.Career.Title, top.Score, res.Coverage()), w)) + "\n")
		b.WriteString(wrapText(top.Career.Summary, w) + "\n")
		if u := res.UnknownText(top); u != "" {
			b.WriteString(s.Notice.Render(hanging(s.Glyphs.Unknown+" ", capitalize(u)+".", w)) + "\n")
		}
		if u := res.UnmetText(top); u != "" {
			b.WriteString(s.Notice.Render(hanging(s.Glyphs.Cap+" ", capitalize(u)+".", w)) + "\n")
		}
		if weak := res.WeakFitText(); weak != "" {
			b.WriteString(s.Notice.Render(wrapText(weak, w)) + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(wrapText(s.Heading.Render("All careers")+s.Muted.Render(" (space picks up to 3 to compare)"), w) + "\n")
	return b.String()
}

// resultsTail is everything below the ranking: the catalog's note, the
// reasons, what would change the result, and the careers at a glance.
func (m Model) resultsTail(w int) string {
	s := m.styles
	res := m.result
	top := res.Top()
	var b strings.Builder
	if m.cat.Note != "" {
		b.WriteString(s.Muted.Render(hanging("Note: ", m.cat.Note, w)) + "\n")
	}
	if res.Answered == 0 { // nothing to explain, and the top two are only alphabetical
		b.WriteString("\n" + s.Muted.Render(wrapText(fmt.Sprintf("Press %s to read about a career, or %s to go back and answer a few questions.", keyName(m.keys.Details), keyName(m.keys.Review)), w)))
		return b.String()
	}
	b.WriteString(m.topReasons(top, w))
	if len(res.WhatIf) > 0 {
		b.WriteString("\n" + s.Heading.Render(wrapText("What would change it", w)) + "\n")
		// A few at most, fewest changes first; the rest are in the report,
		// and the screen says so rather than leave them out unsaid.
		shown := len(res.WhatIf)
		if shown > maxWhatIfs {
			shown = maxWhatIfs - 1
		}
		for _, wi := range res.WhatIf[:shown] {
			b.WriteString(hanging("  "+s.Glyphs.Bullet+" ", quiz.WhatIfSentence(m.cat, wi), w) + "\n")
		}
		if more := len(res.WhatIf) - shown; more > 0 {
			b.WriteString(s.Muted.Render(hanging("  "+s.Glyphs.Bullet+" ", fmt.Sprintf("%d more in the report (%s).", more, keyName(m.keys.Export)), w)) + "\n")
		}
	}
	ks := m.compared()
	b.WriteString("\n" + s.Heading.Render(wrapText(m.compareTitle(ks), w)) + "\n")
	if m.tableFits(ks, w) {
		b.WriteString(m.glanceTable(ks, w) + "\n")
	} else {
		b.WriteString(m.glanceCards(ks, w))
	}
	b.WriteString(s.Muted.Render(wrapText(fmt.Sprintf("Press %s to compare them in full, under the four headings.", keyName(m.keys.Compare)), w)))
	return b.String()
}

func (m Model) compareTitle(ks []careers.Career) string {
	switch {
	case len(ks) == 1:
		return "About " + ks[0].Title
	case len(m.picked) > 0:
		return "Your picks, side by side"
	case !m.result.Decisive && len(m.result.Leading) > len(ks):
		return fmt.Sprintf("The first %d of the %d careers in the lead, side by side", len(ks), len(m.result.Leading))
	case !m.result.Decisive:
		return "The careers in the lead, side by side"
	}
	return "Side by side"
}

// rankingChart is every career's score as a bar, with the cursor and the
// picked marks, readable without colour; under a career that needs a fact
// the person did not give, a line says so. It returns the chart and the
// lines of the cursor's row and its notes.
func (m Model) rankingChart(w int) (string, span) {
	s := m.styles
	g := s.Glyphs
	ranking := m.result.Ranking
	longest, _ := strconv.Atoi(m.cached("longest-title", 0, "", func() string {
		n := 0
		for _, r := range ranking {
			n = max(n, lipgloss.Width(r.Career.Title))
		}
		return strconv.Itoa(n)
	}))
	// Names get room before bars do: a bar of 5 is enough to read a score.
	// Where even then a name would be cut short of minListName (at 28
	// columns three careers read "Health …"), the bars go: the score
	// beside each name still says how it fits.
	// Past 48 columns a name gives way to a bar of 10: one very long name
	// would leave every bar 5 cells, where 58.7 and 63.7 look alike.
	fixed := 2 + len(g.Unpicked) + 1 + 7 // cursor, mark, the gaps and the score
	titleW := max(min(longest, max(w-fixed-10, min(48, w-fixed-5))), 6)
	barW := max(min(w-fixed-titleW, 20), 5)
	if titleW < min(longest, minListName) {
		titleW, barW = max(min(longest, w-fixed+1), 6), 0 // +1: no gap after a bar
	}
	indentW := 2 + lipgloss.Width(g.Unpicked) + 1
	start, end := listWindow(len(ranking), m.career)
	var rows []string
	if start > 0 {
		rows = append(rows, s.Muted.Render(wrapText(fmt.Sprintf("%s %s more above (%s to %s of %s shown)", g.Less, careersText(start), grouped(start+1), grouped(end), grouped(len(ranking))), w)))
	}
	// The cursor's row and its notes stay in view: top counts lines, not
	// rows, as a note can wrap to several.
	lines := func() int {
		n := 0
		for _, r := range rows {
			n += strings.Count(r, "\n") + 1
		}
		return n
	}
	at := span{top: 0, n: 1}
	for i := start; i < end; i++ {
		r := ranking[i]
		if i == m.career {
			at.top = lines()
		}
		cursor := "  "
		if i == m.career {
			cursor = g.Cursor + " "
		}
		mark := g.Unpicked
		if m.picked[r.Career.ID] {
			mark = g.Picked
		}
		title := listName(r.Career.Title, titleW, g.Ellipsis)
		title += strings.Repeat(" ", titleW-lipgloss.Width(title))
		bar := ""
		if barW > 0 {
			filled, empty := scoreBar(g, r.Score, barW)
			bar = s.Accent.Render(filled) + s.Muted.Render(empty) + " "
		}
		row := fmt.Sprintf("%s%s %s %s%5.1f", cursor, mark, title, bar, r.Score)
		if i == m.career {
			// The cursor and the name are lit, not the bar and score: a
			// move redraws the two names, not two whole rows.
			row = s.Selected.Render(cursor+mark+" "+title) + " " + bar + fmt.Sprintf("%5.1f", r.Score)
		}
		rows = append(rows, row)
		if u := m.result.UnknownText(r); u != "" {
			rows = append(rows, s.Notice.Render(hanging(strings.Repeat(" ", indentW)+g.Unknown+" ", u, w)))
		}
		if u := m.result.UnmetText(r); u != "" {
			rows = append(rows, s.Notice.Render(hanging(strings.Repeat(" ", indentW)+g.Cap+" ", u, w)))
		}
		if i == m.career {
			at.n = lines() - at.top
		}
	}
	if end < len(ranking) {
		rows = append(rows, s.Muted.Render(wrapText(fmt.Sprintf("%s %s more below (%s to %s of %s shown)", g.More, careersText(len(ranking)-end), grouped(start+1), grouped(end), grouped(len(ranking))), w)))
	}
	return strings.Join(rows, "\n"), at
}

// minListName is the narrowest a name in the ranking is cut to before its
// bar gives up its room: "Health informat…" and "Health systems …" still
// tell two careers apart.
const minListName = 16

// careersText is "1 career" or "9,900 careers".
func careersText(n int) string {
	if n == 1 {
		return "1 career"
	}
	return grouped(n) + " careers"
}

// grouped writes n with thousands separators: 10,000.
func grouped(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// listSpan is how many careers the ranking shows around the cursor in a
// catalog too long to show them all; listAll is the longest shown whole.
const (
	listSpan = 100
	listAll  = 2 * listSpan
)

// listWindow is the careers the ranking shows: all of a list up to listAll,
// else listSpan of them with the cursor in the middle (at the ends, as far
// as it goes), so a key on a 10,000-career list builds a hundred rows.
func listWindow(n, cursor int) (start, end int) {
	if n <= listAll {
		return 0, n
	}
	start = min(max(cursor-listSpan/2, 0), n-listSpan)
	return start, start + listSpan
}

// topReasons lists the strongest reasons for and against a career.
func (m Model) topReasons(r quiz.Ranked, w int) string {
	s := m.styles
	pro, con := m.splitReasons(r)
	fits, short := "Why it fits", "Where it falls short"
	if !m.result.Decisive { // no crowned fit: say which career the reasons are about
		fits, short = "Why "+r.Career.Title+" is in the lead", "Where "+r.Career.Title+" falls short"
	}
	// The reasons for it that are not shown here count too: the facts met
	// (experience, a licence) are in the details, not among the fits.
	forAll := 0
	for _, re := range r.Reasons() {
		if re.For() {
			forAll++
		}
	}
	var b strings.Builder
	legend := s.Muted.Render(wrapText(m.legend(), w)) + "\n" // once, under the first heading
	for _, part := range []struct {
		title   string
		reasons []quiz.Reason
		all     int
	}{{fits, pro, forAll}, {short, con, len(con)}} {
		if len(part.reasons) == 0 {
			continue
		}
		b.WriteString("\n" + s.Heading.Render(wrapText(part.title, w)) + "\n" + legend)
		legend = ""
		shown := min(3, len(part.reasons))
		for _, re := range part.reasons[:shown] {
			b.WriteString(m.reasonLine(re, w) + "\n")
		}
		if more := part.all - shown; more > 0 {
			b.WriteString(s.Muted.Render(wrapText(fmt.Sprintf("  %sand %d more: %s on %s shows every reason.", s.Glyphs.Ellipsis, more, keyName(m.keys.Details), r.Career.Title), w)) + "\n")
		}
	}
	return b.String()
}

// legend explains the reason lines: "points/max" and the marks.
func (m Model) legend() string {
	g := m.styles.Glyphs
	return fmt.Sprintf("Points earned of each answer's share of 100: %s for, %s partly, %s against, %s a requirement not met (it caps the score).", g.For, g.Partly, g.Against, g.Cap)
}

// splitReasons sorts the reasons for (most points first) and the ones that
// lost points, in part or in full (most points lost first). A fact the
// career does not ask for ("needs no nursing licence") is not a reason it
// fits, so facts are only ever listed where they cost points.
func (m Model) splitReasons(r quiz.Ranked) (pro, short []quiz.Reason) {
	for _, re := range r.Reasons() {
		if q, _ := m.cat.Question(re.Question); re.For() && !q.Fact {
			pro = append(pro, re)
		} else if re.Lost() > 0 {
			short = append(short, re)
		}
	}
	slices.SortStableFunc(pro, func(a, b quiz.Reason) int { return cmp.Compare(b.Points, a.Points) })
	slices.SortStableFunc(short, func(a, b quiz.Reason) int { return cmp.Compare(b.Lost(), a.Lost()) })
	return pro, short
}

func (m Model) reasonLine(re quiz.Reason, w int) string {
	g := m.styles.Glyphs
	mark, style := g.For, m.styles.Good
	switch {
	case re.Cap:
		mark, style = g.Cap, m.styles.Bad
	case re.Against():
		mark, style = g.Against, m.styles.Bad
	case re.Partly():
		mark, style = g.Partly, m.styles.Text
	}
	pts := fmt.Sprintf("%4.1f/%-4.1f", re.Points, re.Max)
	if re.Cap {
		pts = fmt.Sprintf("%-9.1f", re.Points)
	}
	return hanging("  "+style.Render(mark+" "+pts)+"  ", re.Text, w)
}

// scoreBar draws score (0 to 100) as a bar w cells wide: its filled part
// and its empty part. Block glyphs fill a cell by eighths, so a bar of 5
// tells 90.6 (4½ cells) from 100; plain glyphs count whole cells, rounded
// down, so that only 100 fills the bar.
func scoreBar(g Glyphs, score float64, w int) (filled, empty string) {
	if g.BarFull != "█" {
		full := min(int(score/100*float64(w)), w)
		return strings.Repeat(g.BarFull, full), strings.Repeat(g.BarEmpty, w-full)
	}
	const partial = "▏▎▍▌▋▊▉" // one to seven eighths, 3 bytes each
	eighths := min(int(score/100*float64(w*8)+0.5), w*8)
	full, part := eighths/8, eighths%8
	if part == 0 {
		return strings.Repeat(g.BarFull, full), strings.Repeat(g.BarEmpty, w-full)
	}
	var b strings.Builder
	b.Grow(3 * (full + 1))
	for range full {
		b.WriteString(g.BarFull)
	}
	b.WriteString(partial[3*(part-1) : 3*part])
	return b.String(), strings.Repeat(g.BarEmpty, w-full-1)
}
