package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// wrapURL breaks an address into pieces no wider than w, where a reader
// expects an address to break: after "//" or a colon, before a slash, a dot,
// a hyphen and the other punctuation, never after a hyphen, which would
// read as a word broken at the end of a line. A run with no such place is
// cut at the width.
func wrapURL(url string, w int) []string {
	w = max(w, 1)
	var pieces []string
	for ansi.StringWidth(url) > w {
		cut := urlBreak(url, w)
		pieces = append(pieces, url[:cut])
		url = url[cut:]
	}
	return append(pieces, url)
}

// urlBreak is the byte offset of the last good break in url whose first
// piece is at most w cells wide, or the widest cut when there is none.
func urlBreak(url string, w int) int {
	best, widest, cells := 0, 0, 0
	for i, r := range url {
		if i > 0 {
			prev := url[i-1]
			switch {
			case strings.HasSuffix(url[:i], "//") || prev == ':' && !strings.HasPrefix(url[i:], "//"):
				best = i // after "//" or a colon
			case strings.ContainsRune("/.-_?#%~,=&", r) && prev != '/' && prev != ':':
				best = i // before punctuation
			case prev == '=' || prev == '&':
				best = i // after = and &
			}
		}
		cells += ansi.StringWidth(string(r))
		if cells > w {
			break
		}
		widest = i + len(string(r))
	}
	if best == 0 {
		return max(widest, 1)
	}
	return best
}
