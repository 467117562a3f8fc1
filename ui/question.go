package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"careerquiz/careers"
	"careerquiz/internal/safetext"
	"careerquiz/quiz"
)

func choiceLabel(q careers.Question, a quiz.Answer) string {
	if q.Kind == careers.Choice {
		o, _ := q.Option(a.Option)
		return o.Label
	}
	switch int(a.Value) {
	case q.Scale.Min:
		return q.Scale.Low
	case q.Scale.Max:
		return q.Scale.High
	}
	return ""
}

// enterQuestion shows question i with the cursor on its answer, if any.
func (m Model) enterQuestion(i int) (Model, tea.Cmd) {
	m.goTo(screenQuestion)
	m.index = i
	m.inputErr, m.typed = "", ""
	q := m.question()
	if q.Kind == careers.Number {
		m.input.Placeholder = ""
		if quiz.IsMoney(q) {
			m.input.Placeholder = "e.g. 55000, 55,000 or " + q.Range.Symbol() + "55k"
		}
		text, ok := m.drafts[q.ID]
		if !ok {
			if a, answered := m.answers[q.ID]; answered {
				text = quiz.FormatNumber(q, a.Value)
			}
		}
		m.input.SetValue(text)
		m.input.CursorEnd()
		return m, m.input.Focus()
	}
	m.input.Blur()
	// Open at the top, on the question: on a screen too short for the
	// question and its options, the question is read first, and the view
	// follows the cursor once it moves. (A number's field is kept in view
	// from the start: it is where the typing goes.)
	m.follow = false
	m.cursor = 0
	if q.Kind == careers.Scale {
		// A fresh scale starts in the middle: enter pressed in a hurry
		// records no extreme.
		m.cursor = len(quiz.Choices(q)) / 2
	}
	if a, ok := m.answers[q.ID]; ok {
		for j, c := range quiz.Choices(q) {
			if c == a {
				m.cursor = j
			}
		}
	}
	return m, nil
}

// questionIndex is the place of question id in the catalog.
func (m Model) questionIndex(id string) int {
	for i, q := range m.cat.Questions {
		if q.ID == id {
			return i
		}
	}
	return -1
}

// advance moves on after an answer or a skip: to the next question, or to
// the review after the last one or after an edit from the review.
func (m Model) advance() (Model, tea.Cmd) {
	if len(m.asking) > 0 {
		m.asking = m.asking[1:]
		if len(m.asking) > 0 {
			return m.enterQuestion(m.asking[0])
		}
		m.input.Blur()
		return m.enterResults(), nil
	}
	if m.editing || m.index+1 >= len(m.cat.Questions) {
		m.editing = false
		m.input.Blur()
		return m.enterReview(), nil
	}
	return m.enterQuestion(m.index + 1)
}

func (m Model) back() (Model, tea.Cmd) {
	m.input.Blur()
	switch {
	case len(m.asking) > 0:
		// Back along the questions asked from the results, then to them.
		done := len(m.result.AskNext) - len(m.asking)
		if done == 0 {
			m.asking = nil
			return m.enterResults(), nil
		}
		i := m.questionIndex(m.result.AskNext[done-1])
		m.asking = append([]int{i}, m.asking...)
		return m.enterQuestion(i)
	case m.editing:
		m.editing = false
		return m.enterReview(), nil
	case m.index == 0:
		m.goTo(screenWelcome)
		return m, nil
	}
	return m.enterQuestion(m.index - 1)
}

func (m Model) updateChoice(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	q := m.question()
	opts := quiz.Choices(q)
	typed := m.typed // a number begun by the key before this one
	if typed != "" {
		m.typed, m.notice = "", notice{}
	}
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(msg, k.Down):
		m.cursor = min(m.cursor+1, len(opts)-1)
	case key.Matches(msg, k.Choose):
		m.answers[q.ID] = opts[m.cursor]
		return m.advance()
	case key.Matches(msg, k.Pick):
		j, ok := pickIndex(q, typed+msg.String())
		if !ok && typed != "" {
			typed = "" // not a choice with the digit before it: a number of its own
			j, ok = pickIndex(q, msg.String())
		}
		if !ok {
			break
		}
		if longer(q, typed+msg.String()) {
			// "1" of 0-10 may be the start of 10: the cursor goes to 1, and
			// enter, or another digit, decides.
			m.typed, m.cursor, m.follow = typed+msg.String(), j, true
			m.notice = notice{fmt.Sprintf("%s: press %s for %s, or type the next digit (%s).", m.typed, keyName(k.Choose), m.typed, strings.Join(longerValues(q, m.typed), ", ")), toneMuted}
			return m, nil
		}
		m.answers[q.ID] = opts[j]
		return m.advance()
	case key.Matches(msg, k.Skip):
		delete(m.answers, q.ID)
		return m.advance()
	case key.Matches(msg, k.Back):
		return m.back()
	}
	m.follow = true
	return m, nil
}

// updateAmount handles the number field: every printable key is text, so
// only enter, esc and ctrl keys act.
func (m Model) updateAmount(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	q := m.question()
	m.follow = true // a key for the field brings it back into view
	switch {
	case key.Matches(msg, m.keys.SubmitAmount):
		text := strings.TrimSpace(m.input.Value())
		if text == "" {
			delete(m.answers, q.ID)
			delete(m.drafts, q.ID)
			return m.advance()
		}
		a, err := quiz.ParseReply(q, text)
		if err != nil {
			m.inputErr = capitalize(err.Error()) + "."
			return m, nil
		}
		m.answers[q.ID] = a
		delete(m.drafts, q.ID)
		m.inputErr = ""
		return m.advance()
	case m.input.Value() == "" && key.Matches(msg, m.keys.Skip):
		// An empty field has nothing a key could be typed into: s, b and ?
		// act as on any question.
		delete(m.answers, q.ID)
		delete(m.drafts, q.ID)
		return m.advance()
	case m.input.Value() == "" && key.Matches(msg, m.keys.Help):
		m.openHelp()
		return m, nil
	case key.Matches(msg, m.keys.BackFromAmount) || m.input.Value() == "" && key.Matches(msg, m.keys.Back):
		// Going back keeps what was typed: a valid amount becomes the answer,
		// anything else stays as a draft to finish later.
		if a, err := quiz.ParseReply(q, m.input.Value()); err == nil {
			m.answers[q.ID] = a
			delete(m.drafts, q.ID)
		}
		return m.back()
	}
	var cmd tea.Cmd
	before := m.input.Value()
	m.input, cmd = m.input.Update(msg)
	m.keepSafe()
	if m.input.Value() != before {
		m.drafts[q.ID] = m.input.Value()
		m.inputErr = ""
	}
	return m, cmd
}

// keepSafe drops from the amount field what could act on the terminal it
// is drawn on (a pasted direction override, a C1 control): the field shows
// what is typed as it is.
func (m *Model) keepSafe() {
	if _, _, bad := safetext.Find(m.input.Value()); bad {
		m.input.SetValue(strings.Map(func(r rune) rune {
			if safetext.Unsafe(r) {
				return -1
			}
			return r
		}, m.input.Value()))
	}
}

// questionHeading is "Question N of M" and the progress bar: they stay
// above the question while it scrolls on a short screen.
func (m Model) questionHeading(w int) string {
	s := m.styles
	n := len(m.cat.Questions)
	heading := s.Heading.Render(fmt.Sprintf("Question %d of %d", m.index+1, n))
	switch {
	case len(m.asking) > 0:
		n := len(m.result.AskNext)
		heading += s.Muted.Render(fmt.Sprintf("  (to separate the leading careers: %d of %d)", n-len(m.asking)+1, n))
	case m.editing:
		heading += s.Muted.Render("  (changing one answer)")
	}
	return wrapText(heading, w) + "\n" + m.progressBar(m.index, n, min(w, 40))
}

// questionBody is the question under its heading (questionHeading).
func (m Model) questionBody(w int) (string, span) {
	s := m.styles
	q := m.question()
	var b strings.Builder
	b.WriteString("\n" + s.Text.Bold(true).Render(wrapText(q.Prompt, w)) + "\n")
	b.WriteString(s.Muted.Render(wrapText("Why we ask: "+q.Why, w)) + "\n\n")
	lines := strings.Count(b.String(), "\n")
	if q.Kind == careers.Number {
		field := m.amountField(q, w)
		b.WriteString(field)
		// Keep the field and its error message in view on a short screen.
		return b.String(), span{top: lines, n: strings.Count(strings.Split(field, "\n\n")[0], "\n") + 1}
	}
	current, answered := m.answers[q.ID]
	focus := span{top: lines, n: 1}
	line := lines           // options may wrap: count their rendered lines
	values := pickValues(q) // each option's number
	numWidth := 0
	for _, v := range values {
		numWidth = max(numWidth, len(strconv.Itoa(v)))
	}
	for j, a := range quiz.Choices(q) {
		cursor := "  "
		if j == m.cursor {
			cursor = s.Glyphs.Cursor + " "
		}
		mark := "  "
		if answered && a == current {
			mark = s.Glyphs.Chosen + " "
		}
		num := fmt.Sprintf("%*d", numWidth, values[j]) // right-aligned: 9 above 10
		label := choiceLabel(q, a)
		if answered && a == current {
			label = strings.TrimSpace(label + " (your answer)")
		}
		row := hanging(cursor+mark+num+"  ", label, w)
		if j == m.cursor {
			// Only the cursor and the number are lit: moving the cursor
			// redraws a few cells, not two whole options.
			row = s.Selected.Render(cursor+mark+num) + strings.TrimPrefix(row, cursor+mark+num)
			focus = span{top: line, n: lipgloss.Height(row)}
		}
		line += lipgloss.Height(row)
		b.WriteString(row + "\n")
	}
	if !answered {
		b.WriteString("\n" + s.Muted.Render(wrapText("Not answered yet: press "+keyName(m.keys.Skip)+" to skip ("+quiz.SkipMeaning(q)+").", w)))
	} else {
		b.WriteString("\n" + s.Muted.Render(wrapText("Press "+keyName(m.keys.Skip)+" to clear it and skip ("+quiz.SkipMeaning(q)+").", w)))
	}
	return b.String(), focus
}

// amountLabel starts the amount field's line; the typed text follows it.
const amountLabel = "  Amount: "

// maxAmountChars is the most an amount field takes, where the screen
// shows that many (refresh).
const maxAmountChars = 24

func (m Model) amountField(q careers.Question, w int) string {
	s := m.styles
	var b strings.Builder
	b.WriteString(amountLabel + m.input.View() + "\n")
	if m.inputErr != "" {
		b.WriteString(s.Error.Render(hanging("  "+s.Glyphs.Cap+" ", m.inputErr, w)) + "\n")
	}
	enter, esc, clear := keyName(m.keys.SubmitAmount), keyName(m.keys.BackFromAmount), keyName(m.keys.ClearAmount)
	if a, ok := m.answers[q.ID]; ok {
		saved := "Your answer: " + quiz.Display(q, a) + "."
		typed, err := quiz.ParseReply(q, m.input.Value())
		switch {
		case strings.TrimSpace(m.input.Value()) == "":
			saved = "Saved answer: " + quiz.Display(q, a) + ". Press " + enter + " with the field empty to skip the question instead."
		case err != nil:
			saved = "Saved answer: " + quiz.Display(q, a) + ". What you typed is not an amount yet; " + esc + " goes back and keeps the saved answer."
		case typed != a:
			saved = "Saved answer: " + quiz.Display(q, a) + ". Press " + enter + " to replace it with " + quiz.Display(q, typed) + "."
		}
		b.WriteString(s.Muted.Render(hanging("  ", saved, w)) + "\n")
	}
	hint := fmt.Sprintf("%s, and press %s. Empty, %s or %s skips it (%s), %s goes back.",
		capitalize(quiz.NumberHint(q)), enter, enter, keyName(m.keys.Skip), quiz.SkipMeaning(q), keyName(m.keys.Back))
	if m.input.Value() != "" {
		hint = fmt.Sprintf("%s, and press %s. %s clears the field; %s goes back.", capitalize(quiz.NumberHint(q)), enter, clear, esc)
	}
	b.WriteString("\n" + s.Muted.Render(wrapText(hint, w)))
	return b.String()
}

func (m Model) progressBar(done, total, width int) string {
	pct := float64(done) / float64(max(total, 1))
	label := fmt.Sprintf(" %3.0f%%", pct*100)
	bw := max(width-len(label), 4)
	full := int(pct*float64(bw) + 0.5)
	g := m.styles.Glyphs
	bar := m.styles.Accent.Render(strings.Repeat(g.BarFull, full)) + m.styles.Muted.Render(strings.Repeat(g.BarEmpty, bw-full))
	return bar + m.styles.Muted.Render(label)
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// pickValues is the numbers q's choices are picked by, in order: a scale's
// values, else 1 to the number of options.
func pickValues(q careers.Question) []int {
	var vs []int
	for j, a := range quiz.Choices(q) {
		v := j + 1
		if q.Kind == careers.Scale {
			v = int(a.Value)
		}
		vs = append(vs, v)
	}
	return vs
}

// pickIndex is the choice of q that number picks.
func pickIndex(q careers.Question, number string) (int, bool) {
	n, err := strconv.Atoi(quiz.HalfWidth(number))
	if err != nil {
		return 0, false
	}
	j := slices.Index(pickValues(q), n)
	return j, j >= 0
}

// longer reports whether typing more digits after number could pick
// another of q's choices (1 of 0-10: 10).
func longer(q careers.Question, number string) bool { return len(longerValues(q, number)) > 0 }

// longerValues is the numbers of q's choices that begin with number and go
// on ("10" after "1" on 0-10).
func longerValues(q careers.Question, number string) []string {
	var out []string
	for _, v := range pickValues(q) {
		if s := strconv.Itoa(v); len(s) > len(number) && strings.HasPrefix(s, number) {
			out = append(out, s)
		}
	}
	return out
}
