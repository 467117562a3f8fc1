package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"careerquiz/internal/safetext"
)

// fitLines cuts any line wider than w, so nothing ever wraps in the
// terminal; the layout aims never to need it.
func fitLines(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// wrapText wraps plain or styled text to width w at spaces, and in Chinese
// and Japanese between characters (safetext.Pieces), never at a hyphen
// inside a word ("NCLEX-RN", "2022-32"); a word wider than w is cut into
// pieces (wordCut): a plain one after a hyphen or, in an address, before
// its punctuation, where one is near enough, so a name such as
// careerquiz-report-20261201-104639.md is not cut between two digits.
func wrapText(s string, w int) string {
	w = max(w, 1)
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line, lineW, start := "", 0, len(lines)
		for _, word := range strings.Fields(para) {
			one := [1]string{word}
			pieces := one[:]
			if !strings.Contains(word, "\x1b") && safetext.Ideographic(word) {
				pieces = safetext.Pieces(word)
			}
			for i, piece := range pieces {
				gap := " " // between words; none between the pieces of one
				if i > 0 {
					gap = ""
				}
				cut := false
				addr := strings.Contains(piece, "/") // an address or a path, even once its start is cut off
				for ansi.StringWidth(piece) > w {
					cut = true
					if line != "" {
						lines, line, lineW = append(lines, line), "", 0
					}
					if !strings.Contains(piece, "\x1b") {
						at := wordCut(piece, w, addr)
						lines, piece = append(lines, piece[:at]), piece[at:]
						continue
					}
					// Both halves keep the word's escape codes: a styled
					// word is cut by its cells, never through a code, and a
					// character wider than w goes whole (it would never fit).
					_, first := ansi.FirstGraphemeCluster(ansi.Strip(piece), ansi.GraphemeWidth)
					n := max(w, first)
					lines, piece = append(lines, ansi.Truncate(piece, n, "")), ansi.TruncateLeft(piece, n, "")
				}
				if cut && ansi.Strip(piece) == "" { // cut to its end (a wide character at a width of 1)
					continue
				}
				pw := ansi.StringWidth(piece)
				switch {
				case line == "":
					line, lineW = piece, pw
				case lineW+len(gap)+pw <= w:
					line, lineW = line+gap+piece, lineW+len(gap)+pw
				default:
					lines, line, lineW = append(lines, line), piece, pw
				}
			}
		}
		if line != "" || len(lines) == start { // an empty paragraph is an empty line
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}

// wordCut is where wrapText cuts a plain word wider than w: a compound
// after its last hyphen that fits ("Electroencefalografista-" /
// "otorrinolaringólogo", as print breaks one); an address or a path at its
// last break (urlBreak: before a "/", "." or "-", so no piece reads as a
// word of its own; addr says the word is one), either if it keeps at least
// half the width on the line; else after the last character that fits
// (the first, if even that is too wide), never inside a character's
// accents or an emoji sequence.
func wordCut(word string, w int, addr bool) int {
	head, _ := safetext.Cut(word, w)
	if !addr {
		if i := strings.LastIndexByte(head, '-'); i >= 0 && i+1 < len(word) && ansi.StringWidth(head[:i+1]) >= (w+1)/2 {
			return i + 1
		}
	}
	// An ASCII character after the cut starts a character of its own: the
	// cut is between two, not inside one's accents.
	if cut := urlBreak(word, w); ansi.StringWidth(word[:cut]) >= (w+1)/2 && word[cut] < utf8.RuneSelf {
		return cut
	}
	return len(head)
}

// indent wraps s to w-n columns and indents every line by n spaces.
func indent(s string, n, w int) string {
	pad := strings.Repeat(" ", n)
	lines := strings.Split(wrapText(s, w-n), "\n")
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return strings.Join(lines, "\n")
}

// hanging wraps s after a first-line prefix, indenting the rest to match.
func hanging(prefix, s string, w int) string {
	pw := lipgloss.Width(prefix)
	lines := strings.Split(wrapText(s, w-pw), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", pw) + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// cutEnd cuts plain text to w cells, ending in the ellipsis right after
// the last letter kept: not after a space ("de …") or an opening bracket
// ("指南（…"). Nothing is left if nothing fits but the ellipsis.
func cutEnd(s string, w int, ellipsis string) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	if w < ansi.StringWidth(ellipsis) {
		return ""
	}
	head := strings.TrimRight(ansi.Truncate(s, w-ansi.StringWidth(ellipsis), ""), " ([{（「『【〔〈《·-")
	if strings.TrimSpace(head) == "" {
		return ""
	}
	return head + ellipsis
}
