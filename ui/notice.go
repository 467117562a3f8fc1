package ui

import "strings"

// A notice is a message under the screen (an export's paths, a refused
// pick). It keeps its words and its tone apart, so that it is wrapped to
// the width first and styled line by line after: styles change when the
// terminal reports its background, and wrapping styled text would cut
// through its escape codes.
type notice struct {
	text string
	tone tone
}

// tone is how a notice looks.
type tone int

const (
	toneText tone = iota
	toneMuted
	toneGood
	toneBad
	tonePrompt // a question that waits for y or n
)

func (n notice) empty() bool { return n.text == "" }

// lines is the notice wrapped to w columns, each line styled.
func (n notice) lines(s Styles, w int) []string {
	style := s.Text
	switch n.tone {
	case toneMuted:
		style = s.Muted
	case toneGood:
		style = s.Good
	case toneBad:
		style = s.Error
	case tonePrompt:
		style = s.Prompt
	}
	lines := strings.Split(wrapText(n.text, w), "\n")
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}
