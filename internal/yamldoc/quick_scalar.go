package yamldoc

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// plain reads an unquoted scalar on one line. In a block it ends at ": ",
// " #" or the line's end; in a flow collection also at ,?[]{}.
func (q *quick) plain(flow bool) *Node {
	if !plainStart(q.text, q.pos) {
		q.fail()
	}
	n := q.node(ScalarNode, "")
	start, end := q.pos, q.pos
scan:
	for {
		switch c := q.at(0); c {
		case 0, '\n':
			break scan
		case ' ':
			q.spaces()
			if b := q.at(0); b == '#' || b == '\n' || b == 0 {
				break scan
			}
			continue
		case ':':
			if q.blankAt(1) {
				break scan
			}
		case ',', '?', '[', ']', '{', '}':
			if flow {
				break scan
			}
		}
		q.pos++
		end = q.pos
	}
	n.Value = q.text[start:end]
	if n.Tag = plainTag(n.Value); n.Tag == "" {
		q.fail()
	}
	n.clean = cleanText(n.Value)
	return n
}

// plainStart reports whether an unquoted scalar may start at t[i]: not at
// an indicator, and a '-' only before a letter or digit.
func plainStart(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	switch t[i] {
	case '-':
		c := byte(0)
		if i+1 < len(t) {
			c = t[i+1]
		}
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	case '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ', '\n':
		return false
	}
	return true
}

// plainTag is the tag yaml.v3 resolves an unquoted scalar to, or "" where
// the quick reader leaves the question to yaml.v3 (merge keys, special
// floats, timestamps, octal, hex and other number forms).
func plainTag(v string) string {
	switch v {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return "!!bool"
	case "~", "null", "Null", "NULL":
		return "!!null"
	}
	switch c := v[0]; {
	case c == '<':
		return "" // "<<" is a merge key
	case c == '.' || (c == '-' || c == '+') && len(v) > 1 && v[1] == '.':
		return "" // .inf, .nan, .5
	case c >= '0' && c <= '9' || c == '-' || c == '+':
		switch {
		case simpleInt(v):
			return "!!int"
		case simpleFloat(v):
			return "!!float"
		case !numberLike(v) && !dateLike(v):
			return "!!str" // no number form is written so, nor is it a date
		}
		return ""
	}
	return "!!str"
}

// simpleInt matches -?(0|[1-9][0-9]{0,17}): a whole number that fits.
func simpleInt(v string) bool {
	v = strings.TrimPrefix(v, "-")
	return v != "" && len(v) <= 18 && allDigits(v) && (v == "0" || v[0] != '0')
}

// simpleFloat matches -?(0|[1-9][0-9]*)\.[0-9]+.
func simpleFloat(v string) bool {
	whole, frac, ok := strings.Cut(strings.TrimPrefix(v, "-"), ".")
	return ok && frac != "" && allDigits(frac) && whole != "" && allDigits(whole) && (whole == "0" || whole[0] != '0')
}

func allDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// numberLike reports whether v has only characters that some number form
// yaml.v3 reads could use (hex, octal, binary, exponents, underscores).
func numberLike(v string) bool {
	for i := range len(v) {
		switch c := v[i]; {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
		case c == 'x', c == 'X', c == 'o', c == 'O', c == '_', c == '.':
		case c == '+' || c == '-':
			if i > 0 && v[i-1] != 'e' && v[i-1] != 'E' {
				return false // a sign only leads or follows an exponent's e
			}
		default:
			return false
		}
	}
	return true
}

// dateLike reports whether v starts as a YAML timestamp does: a year of four
// digits, a month and a day (2024-5-1).
func dateLike(v string) bool {
	year, rest, ok := strings.Cut(v, "-")
	if !ok || len(year) != 4 || !allDigits(year) {
		return false
	}
	month, rest, ok := strings.Cut(rest, "-")
	return ok && len(month) >= 1 && len(month) <= 2 && allDigits(month) && rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// quoted reads a '...' or "..." scalar on one line.
func (q *quick) quoted() *Node {
	n := q.node(ScalarNode, "!!str")
	quote := q.at(0)
	n.Style = SingleQuotedStyle
	if quote == '"' {
		n.Style = DoubleQuotedStyle
	}
	q.pos++
	start := q.pos
	var b *strings.Builder // only when the text has escapes
	for {
		c := q.at(0)
		switch {
		case c == 0 || c == '\n':
			q.fail()
		case c == quote && quote == '\'' && q.at(1) == '\'':
			b = grow(b, q.text[start:q.pos+1])
			q.pos += 2
			start = q.pos
			continue
		case c == quote:
			if b == nil {
				n.Value = q.text[start:q.pos]
			} else {
				b.WriteString(q.text[start:q.pos])
				n.Value = b.String()
			}
			n.clean = cleanText(n.Value)
			q.pos++
			return n
		case c == '\\' && quote == '"':
			b = grow(b, q.text[start:q.pos])
			q.pos++
			q.escape(b)
			start = q.pos
			continue
		}
		q.pos++
	}
}

func grow(b *strings.Builder, s string) *strings.Builder {
	if b == nil {
		b = &strings.Builder{}
	}
	b.WriteString(s)
	return b
}

// escape reads the character after a backslash in a double-quoted scalar.
func (q *quick) escape(b *strings.Builder) {
	c := q.at(0)
	q.pos++
	if r, ok := simpleEscape(c); ok {
		b.WriteRune(r)
		return
	}
	digits := 0
	switch c {
	case 'x':
		digits = 2
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	}
	if digits == 0 || q.pos+digits > len(q.text) {
		q.fail() // a line break or an unknown escape: yaml.v3's to read or refuse
	}
	v, err := strconv.ParseUint(q.text[q.pos:q.pos+digits], 16, 32)
	if err != nil || v >= 0xd800 && v <= 0xdfff || v > utf8.MaxRune {
		q.fail()
	}
	q.pos += digits
	b.WriteRune(rune(v))
}

// simpleEscape is the character a one-letter escape stands for.
func simpleEscape(c byte) (rune, bool) {
	switch c {
	case '0':
		return 0, true
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 't':
		return '\t', true
	case 'n':
		return '\n', true
	case 'v':
		return '\v', true
	case 'f':
		return '\f', true
	case 'r':
		return '\r', true
	case 'e':
		return 0x1b, true
	case ' ', '"', '\\':
		return rune(c), true
	case 'N':
		return 0x85, true
	case '_':
		return 0xa0, true
	case 'L':
		return 0x2028, true
	case 'P':
		return 0x2029, true
	}
	return 0, false
}

// blockScalar reads a | or > scalar (clip or strip; keep, explicit
// indentation, leading blank lines and, when folded, more-indented lines
// are yaml.v3's).
func (q *quick) blockScalar(parent int) *Node {
	n := q.node(ScalarNode, "!!str")
	folded := q.at(0) == '>'
	n.Style = LiteralStyle
	if folded {
		n.Style = FoldedStyle
	}
	q.pos++
	strip := q.at(0) == '-'
	if strip {
		q.pos++
	}
	if !q.blankAt(0) {
		q.fail()
	}
	q.spaces()
	if !q.atLineEnd() {
		q.fail()
	}
	q.pos = lineEnd(q.text, q.pos)
	var lines []string // content lines without the indentation; "" for blank ones
	indent := -1
	broken := false // the last content line ends in a line break
	for q.pos < len(q.text) {
		start := q.pos + 1 // the next line
		end := lineEnd(q.text, start)
		line := q.text[start:end]
		spaces := len(line) - len(strings.TrimLeft(line, " "))
		if spaces == len(line) { // blank
			if indent < 0 || spaces > indent {
				q.fail()
			}
			lines = append(lines, "")
		} else {
			if indent < 0 {
				indent = spaces
				if indent <= parent || indent == 0 {
					q.fail()
				}
			}
			if spaces < indent {
				break
			}
			if folded && spaces > indent {
				q.fail()
			}
			lines = append(lines, line[indent:])
			broken = end < len(q.text)
		}
		q.pos = end
		q.line++
		q.lineStart = start
	}
	if indent < 0 {
		q.fail()
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	n.Value = joinBlock(lines, folded)
	if !strip && broken {
		n.Value += "\n" // clip: the last line's break, where it has one
	}
	n.clean = cleanText(n.Value)
	q.nextLine()
	if q.ind > parent {
		q.fail()
	}
	return n
}

// joinBlock joins a block scalar's lines: with line ends when literal;
// folded, a single line end becomes a space and n blank lines n line ends.
func joinBlock(lines []string, folded bool) string {
	if !folded {
		return strings.Join(lines, "\n")
	}
	var b strings.Builder
	for i, line := range lines {
		switch {
		case i == 0:
		case line == "":
			b.WriteByte('\n')
		case lines[i-1] != "":
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	return b.String()
}
