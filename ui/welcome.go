package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"careerquiz/careers"
	"careerquiz/quiz"
)

func (m Model) updateWelcome(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if key.Matches(msg, m.keys.Start) {
		return m.enterQuestion(0)
	}
	return m, nil
}

func (m Model) welcomeBody(w int) string {
	s := m.styles
	n := len(m.cat.Questions)
	var b strings.Builder
	b.WriteString(s.Title.Render(wrapText("Find the career that fits you: "+m.cat.Title, w)) + "\n\n")
	b.WriteString(wrapText(fmt.Sprintf("%d questions, about %d minutes.", n, minutes(n)), w) + "\n")
	b.WriteString(wrapText("This is an exploration, not a test: there are no wrong answers.", w) + "\n")
	privacy := "Your answers stay on this machine; nothing is sent anywhere."
	if m.opts.Remote {
		privacy = "Your answers stay in this session: the server saves and logs none of them."
	}
	b.WriteString(wrapText(privacy, w) + "\n\n")
	b.WriteString(s.Heading.Render(wrapText("How it works", w)) + "\n")
	bullet := s.Glyphs.Bullet + " "
	for _, line := range []string{
		"Answer or skip each question; go back at any time, no answer is lost.",
		skipping(m.cat),
		"Review your answers, then see your best fit, the reasons, what would change it, and a side-by-side comparison.",
	} {
		b.WriteString(hanging("  "+bullet, line, w) + "\n")
	}
	b.WriteString("\n" + s.Heading.Render(wrapText("Keys", w)) + "\n")
	keyRows := [][2]string{
		{keyName(m.keys.Move) + " " + keyName(m.keys.Choose), "move and choose (or press the option's number)"},
		{keyName(m.keys.Skip), "skip a question"},
		{keyName(m.keys.Back), "go back"},
		{keyName(m.keys.Help), "all keys"},
		{keyName(m.keys.Quit), "quit (" + keyName(m.keys.Interrupt) + " quits at once)"},
	}
	keyW := 0
	for _, k := range keyRows {
		keyW = max(keyW, lipgloss.Width(k[0]))
	}
	for _, k := range keyRows {
		b.WriteString(hanging(fmt.Sprintf("  %-*s ", keyW, k[0]), k[1], w) + "\n")
	}
	b.WriteString("\n" + s.Accent.Render(wrapText("Press "+keyName(m.keys.Start)+" to start.", w)))
	return b.String()
}

// skipping says what a skipped question means in cat: no preference, but
// a fact about the person (experience, a licence) counts as not met.
func skipping(cat *careers.Catalog) string {
	var facts []string
	for _, q := range cat.Questions {
		if q.Fact {
			facts = append(facts, quiz.LowerFirst(q.Topic))
		}
	}
	if len(facts) == 0 {
		return "Skipping a question means no preference."
	}
	return "Skipping means no preference, except for facts about you (" + strings.Join(facts, ", ") + "): skipped, they are unknown and count as not met."
}
