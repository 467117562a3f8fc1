package safetext

import (
	"unicode/utf8"

	"github.com/clipperhouse/displaywidth"
)

// Width is how many columns s takes in a terminal, measured by grapheme
// cluster (a letter and its accents, a whole emoji sequence), as Lip Gloss
// measures and terminals with Unicode grapheme support draw.
func Width(s string) int { return displaywidth.String(s) }

// UnstableWidth finds the first character sequence that terminals draw at
// different widths: a grapheme cluster whose width as one cluster differs
// from the sum of its characters' widths. Emoji with a presentation
// selector (❤️), a skin tone (👍🏽) or a joiner (👩‍⚕️), and keycaps (1️⃣), are
// drawn one way by terminals that understand grapheme clusters and another
// by those that measure character by character (tmux, most xterms), so no
// layout can line them up everywhere. It returns the cluster, its place
// (1-based, in characters), both widths, and ok false when there is none.
func UnstableWidth(s string) (cluster string, at, cells, sum int, ok bool) {
	if ascii(s) {
		return "", 0, 0, 0, false // every ASCII character is one column everywhere
	}
	at = 1
	g := displaywidth.StringGraphemes(s)
	for g.Next() {
		c := g.Value()
		if len(c) > 1 && utf8.RuneCountInString(c) > 1 {
			w, total := g.Width(), 0
			for _, r := range c {
				total += displaywidth.Rune(r)
			}
			if w != total {
				return c, at, w, total, true
			}
		}
		at += utf8.RuneCountInString(c)
	}
	return "", 0, 0, 0, false
}

// Cut splits s after the last whole grapheme cluster that fits in width
// columns (at least one cluster, so a caller cutting a long word into lines
// always moves on).
func Cut(s string, width int) (head, tail string) {
	used, end := 0, 0
	g := displaywidth.StringGraphemes(s)
	for g.Next() {
		w := g.Width()
		if end > 0 && used+w > width {
			break
		}
		used += w
		end += len(g.Value())
	}
	return s[:end], s[end:]
}

// ascii reports whether s is all ASCII.
func ascii(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// CutLast splits off the last grapheme cluster of s (a letter with its
// accents, a whole emoji sequence), as backspace takes it back.
func CutLast(s string) (head, last string) {
	start, end := 0, 0
	g := displaywidth.StringGraphemes(s)
	for g.Next() {
		start, end = end, end+len(g.Value())
	}
	return s[:start], s[start:]
}

// Invisible finds the first character that shows as nothing and has no
// use in a catalog's text: a zero-width space or word joiner, a byte order
// mark inside the text, a Hangul filler, a tag character. Such a character
// makes two texts that look the same differ, and terminals give some of
// them a column (so a row's bar no longer lines up). The joiners that
// scripts need (U+200C, U+200D) and combining marks are not among them.
// It returns the character and its place (1-based, in characters).
func Invisible(s string) (r rune, at int, ok bool) {
	if ascii(s) {
		return 0, 0, false
	}
	at = 0
	for _, c := range s {
		at++
		switch {
		case c == 0x200b, c == 0x2060, c == 0xfeff, c == 0x180e, // zero-width space, word joiner, BOM, Mongolian vowel separator
			c == 0x115f, c == 0x1160, c == 0x3164, c == 0xffa0, // Hangul fillers
			c >= 0xe0000 && c <= 0xe007f: // tag characters
			return c, at, true
		}
	}
	return 0, 0, false
}
