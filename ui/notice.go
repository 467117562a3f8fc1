package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

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

// lines is the notice wrapped to w columns, each line styled, in at most
// most lines (0: all). A longer one keeps its first lines and its last,
// which hold what was done and where (a file saved in a long directory),
// with the middle left out.
func (n notice) lines(s Styles, w, most int) []string {
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
	if e := s.Glyphs.Ellipsis; most == 1 && len(lines) > 1 {
		lines = []string{ansi.Truncate(lines[0]+" "+lines[1], w, e)} // its start, marked as cut
	} else if most > 1 && len(lines) > most {
		// The ellipsis takes the place of the end's first cells.
		end := lines[len(lines)-1]
		lines = append(lines[:most-1], e+ansi.TruncateLeft(end, ansi.StringWidth(e), ""))
	}
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}
