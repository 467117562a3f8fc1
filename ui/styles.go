package ui

import (
	"image/color"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// Glyphs are the symbols the screens use; plain ones stand in where a
// terminal cannot draw box and block characters (TERM=linux).
type Glyphs struct {
	Cursor, Chosen, Picked, Unpicked  string
	BarFull, BarEmpty                 string
	For, Partly, Against, Cap, Bullet string
	Unknown                           string // beside a score that rests on a fact not given
	Ellipsis, Dot, More, Less         string
	Border                            lipgloss.Border
}

func newGlyphs(plain bool) Glyphs {
	if plain {
		return Glyphs{Cursor: ">", Chosen: "*", Picked: "[x]", Unpicked: "[ ]", BarFull: "#", BarEmpty: ".",
			For: "+", Partly: "~", Against: "-", Cap: "!", Unknown: "?", Bullet: "-", Ellipsis: "...", Dot: "-", More: "v", Less: "^", Border: lipgloss.ASCIIBorder()}
	}
	return Glyphs{Cursor: "›", Chosen: "✓", Picked: "[x]", Unpicked: "[ ]", BarFull: "█", BarEmpty: "░",
		For: "+", Partly: "~", Against: "−", Cap: "!", Unknown: "?", Bullet: "•", Ellipsis: "…", Dot: "·", More: "↓", Less: "↑", Border: lipgloss.RoundedBorder()}
}

// Styles are built from a few colours named by role. Colour never carries
// meaning alone: every state also has a glyph or a word.
type Styles struct {
	Title, Heading, Text, Muted, Accent, Good, Bad, Error lipgloss.Style
	Selected, KeyHint                                     lipgloss.Style
	Notice                                                lipgloss.Style
	Prompt                                                lipgloss.Style // a question that waits for y or n: it must stand out
	TableHeader, TableLabel, TableCell, TableBorder       lipgloss.Style
	Help                                                  help.Styles
	Glyphs                                                Glyphs
	Bar                                                   color.Color
}

// NewStyles builds the styles for a dark or light background. Without
// colour (NO_COLOR) only bold, faint and underline remain. On a terminal
// of 16 colours (profile ANSI) each role has a palette colour of its own:
// the nearest to its full colour can be hard to read there (the muted grey
// becomes blue on black, the border black on black).
func NewStyles(isDark, useColor, plain bool, profile colorprofile.Profile) Styles {
	role := func(light, dark string, ansiLight, ansiDark ansi.BasicColor) color.Color {
		switch {
		case profile == colorprofile.ANSI && isDark:
			return ansiDark
		case profile == colorprofile.ANSI:
			return ansiLight
		case isDark:
			return lipgloss.Color(dark)
		}
		return lipgloss.Color(light)
	}
	// On 16 colours, dark: the muted words are white (7) under bright white
	// text; bright black (8) is #555555 on the Linux console, 2.8:1 on black.
	text := role("#1F2328", "#E6EDF3", ansi.Black, ansi.BrightWhite)
	muted := role("#57606A", "#8B949E", ansi.BrightBlack, ansi.White)
	accent := role("#6639BA", "#BC8CFF", ansi.Magenta, ansi.BrightMagenta)
	good := role("#1A7F37", "#3FB950", ansi.Green, ansi.BrightGreen)
	bad := role("#BC4C00", "#F0883E", ansi.Red, ansi.BrightYellow)
	errc := role("#CF222E", "#FF7B72", ansi.BrightRed, ansi.BrightRed)
	// Borders at 3:1 at least, so a table's rows can be followed across.
	border := role("#8C959F", "#6E7681", ansi.BrightBlack, ansi.BrightBlack)

	fg := func(s lipgloss.Style, c color.Color) lipgloss.Style {
		if useColor {
			return s.Foreground(c)
		}
		return s
	}
	base := lipgloss.NewStyle()
	s := Styles{
		Title:       fg(base.Bold(true), accent),
		Heading:     fg(base.Bold(true), text),
		Text:        fg(base, text),
		Muted:       fg(base.Faint(!useColor), muted),
		Accent:      fg(base.Bold(true), accent),
		Good:        fg(base, good),
		Bad:         fg(base, bad),
		Error:       fg(base.Bold(true), errc),
		Selected:    fg(base.Bold(true), accent),
		KeyHint:     fg(base.Bold(true), text),
		Notice:      fg(base.Bold(true), bad),
		Prompt:      fg(base.Bold(true).Reverse(true).Padding(0, 1), bad),
		TableHeader: fg(base.Bold(true).Padding(0, 1), accent),
		TableLabel:  fg(base.Bold(true).Padding(0, 1), text),
		TableCell:   fg(base.Padding(0, 1), text),
		TableBorder: fg(base, border),
		Help: help.Styles{ // the keys in the text colour, their words and separators muted: both over 4.5:1
			ShortKey: fg(base.Bold(true), text), ShortDesc: fg(base, muted), ShortSeparator: fg(base, muted),
			Ellipsis: fg(base, muted), FullKey: fg(base.Bold(true), text), FullDesc: fg(base, muted), FullSeparator: fg(base, muted),
		},
		Glyphs: newGlyphs(plain),
		Bar:    accent,
	}
	if !useColor {
		plainHelp := lipgloss.NewStyle()
		s.Help = help.Styles{
			ShortKey: plainHelp.Bold(true), ShortDesc: plainHelp, ShortSeparator: plainHelp,
			Ellipsis: plainHelp, FullKey: plainHelp.Bold(true), FullDesc: plainHelp, FullSeparator: plainHelp,
		}
	}
	return s
}

// LightBackground reads COLORFGBG ("15;0", or "0;default;15" as rxvt
// writes it), which some terminals set to their foreground and background
// palette colours: a background of 7 or 9 to 15 is light. A terminal that
// answers the background query (most do) is believed over it; this is for
// those that do not, so a white window does not get pale text meant for a
// dark one.
func LightBackground(colorfgbg string) bool {
	i := strings.LastIndexByte(colorfgbg, ';')
	if i < 0 {
		return false
	}
	bg, err := strconv.Atoi(colorfgbg[i+1:])
	return err == nil && (bg == 7 || bg >= 9 && bg <= 15)
}
