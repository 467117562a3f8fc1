package ui

import (
	"image/color"
	"math"
	"slices"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// contrast is the WCAG contrast ratio of two colours, 1 to 21.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, b, _ := c.RGBA()
		ch := func(v uint32) float64 {
			s := float64(v) / 0xffff
			if s <= 0.03928 {
				return s / 12.92
			}
			return math.Pow((s+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
	}
	la, lb := lum(a), lum(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// The help line reads on light and dark backgrounds: its keys, words and
// separators have at least 4.5:1 contrast with white and with black, and
// with the common dark theme background #0D1117.
func TestHelpContrast(t *testing.T) {
	for _, bg := range []struct {
		dark bool
		name string
		c    color.Color
	}{{false, "white", lipgloss.Color("#FFFFFF")}, {true, "black", lipgloss.Color("#000000")}, {true, "#0D1117", lipgloss.Color("#0D1117")}} {
		h := NewStyles(bg.dark, true, false, colorprofile.TrueColor).Help
		for name, st := range map[string]lipgloss.Style{"key": h.ShortKey, "description": h.ShortDesc, "separator": h.ShortSeparator} {
			fg := st.GetForeground()
			if _, none := fg.(lipgloss.NoColor); none || fg == nil {
				t.Fatalf("%s on %s has no colour", name, bg.name)
			}
			if r := contrast(fg, bg.c); r < 4.5 {
				t.Errorf("help %s on %s: contrast %.2f:1, want at least 4.5:1", name, bg.name, r)
			} else {
				t.Logf("help %s on %s: %.2f:1", name, bg.name, r)
			}
		}
	}
}

// On a terminal of 16 colours every role is a palette colour that reads on
// its background: none is the background's own colour, or blue, which the
// common palettes draw dark, on a dark one; none is white or yellow on a
// light one. (The nearest palette colours to the full ones were blue for
// the muted grey and black for the border, on black.)
func TestSixteenColoursRead(t *testing.T) {
	for _, dark := range []bool{true, false} {
		s := NewStyles(dark, true, false, colorprofile.ANSI)
		unreadable := []ansi.BasicColor{ansi.White, ansi.BrightWhite, ansi.Yellow, ansi.BrightYellow}
		if dark {
			unreadable = []ansi.BasicColor{ansi.Black, ansi.Blue}
		}
		for name, st := range map[string]lipgloss.Style{
			"text": s.Text, "muted": s.Muted, "accent": s.Accent, "good": s.Good, "bad": s.Bad, "error": s.Error,
			"border": s.TableBorder, "help words": s.Help.ShortDesc, "help keys": s.Help.ShortKey,
		} {
			c, ok := st.GetForeground().(ansi.BasicColor)
			if !ok {
				t.Fatalf("dark %v: %s is %v, not a palette colour", dark, name, st.GetForeground())
			}
			if slices.Contains(unreadable, c) {
				t.Errorf("dark %v: %s is palette colour %d", dark, name, c)
			}
			// Words are not bright black on a dark screen: the Linux
			// console draws it #555555, 2.8:1 on black. A border may be.
			if dark && c == ansi.BrightBlack && name != "border" {
				t.Errorf("dark: %s is bright black", name)
			}
		}
	}
}

// A table's borders have at least 3:1 contrast with white, black and
// #0D1117, so its rows can be followed across (they were 1.4:1 on white
// and 1.8:1 on black).
func TestBorderContrast(t *testing.T) {
	for _, bg := range []struct {
		dark bool
		c    string
	}{{false, "#FFFFFF"}, {true, "#000000"}, {true, "#0D1117"}} {
		fg := NewStyles(bg.dark, true, false, colorprofile.TrueColor).TableBorder.GetForeground()
		if r := contrast(fg, lipgloss.Color(bg.c)); r < 3 {
			t.Errorf("border on %s: contrast %.2f:1, want at least 3:1", bg.c, r)
		}
	}
}

// COLORFGBG gives the background's palette colour last; 7 and 9 to 15
// are light. It sets the first screens' colours (a terminal's answer to
// the background query replaces it).
func TestLightBackgroundFromColorFGBG(t *testing.T) {
	for v, want := range map[string]bool{"0;15": true, "0;7": true, "15;0": false, "0;default;15": true, "7;8": false, "": false, "15": false, "0;x": false} {
		if got := LightBackground(v); got != want {
			t.Errorf("LightBackground(%q) = %v, want %v", v, got, want)
		}
	}
	if m := New(Options{Catalog: defaultCatalog(t), Light: true}); m.dark {
		t.Error("Light: true opened with the dark colours")
	}
}
