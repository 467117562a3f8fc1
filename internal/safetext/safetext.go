// Package safetext keeps text that came from a file or a person from
// acting on a terminal: control characters, escape sequences and
// bidirectional overrides are found where text enters, and shown escaped
// wherever such text must still be printed (a file name in a message).
package safetext

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Unsafe reports whether r could act on a terminal or reorder what it
// shows: C0 controls but tab and newline, DEL, C1 controls, the line and
// paragraph separators, and the bidirectional embeddings, overrides and
// isolates (Direction). The direction marks (U+200E, U+200F, U+061C) are
// safe: they reorder nothing around them, they only give the punctuation
// beside them a direction, as Arabic and Hebrew text needs.
func Unsafe(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r == 0x2028, r == 0x2029:
		return true
	}
	return Direction(r)
}

// Direction reports whether r is a bidirectional embedding, override or
// isolate (U+202A to U+202E, U+2066 to U+2069): a character that reorders
// the text after it, so that what a terminal shows differs from what was
// written.
func Direction(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// Find returns the first unsafe rune in s and its place (1-based, in
// characters), or ok false when s is safe.
func Find(s string) (r rune, at int, ok bool) {
	for i := 0; i < len(s); i++ { // ASCII, the usual text, a byte at a time
		switch b := s[i]; {
		case b >= utf8.RuneSelf:
			return findRunes(s)
		case b < 0x20 && b != '\t' && b != '\n' || b == 0x7f:
			return rune(b), i + 1, true
		}
	}
	return 0, 0, false
}

// findRunes is Find for text that is not all ASCII.
func findRunes(s string) (r rune, at int, ok bool) {
	i := 0
	for _, c := range s {
		i++
		if Unsafe(c) {
			return c, i, true
		}
	}
	return 0, 0, false
}

// Name says which character r is, for a message: "U+001B (escape)".
func Name(r rune) string {
	names := map[rune]string{0x1b: "escape", 0x07: "bell", 0x00: "NUL", 0x0d: "carriage return", 0x08: "backspace",
		0x7f: "delete", 0x9b: "control sequence introducer", 0x2028: "line separator", 0x2029: "paragraph separator",
		0x202a: "left-to-right embedding", 0x202b: "right-to-left embedding", 0x202c: "pop directional formatting",
		0x202d: "left-to-right override", 0x202e: "right-to-left override", 0x2066: "left-to-right isolate",
		0x2067: "right-to-left isolate", 0x2068: "first strong isolate", 0x2069: "pop directional isolate"}
	if n, ok := names[r]; ok {
		return fmt.Sprintf("U+%04X (%s)", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}

// Visible returns s with every unsafe rune written as a visible escape
// (\x1b, \u202e), so printing it cannot change the terminal.
func Visible(s string) string {
	if _, _, ok := Find(s); !ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !Unsafe(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}
