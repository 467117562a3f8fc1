package yamldoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// yaml.v3 reports many syntax errors at the line where the enclosing
// mapping or list began, not where the text went wrong: a key one space
// out of line in a career 40 lines long was reported at the career's
// first line (one line before it, even: the line is counted from 0).
// misplaced finds the line a person has to fix for the errors that are
// reported that way, where it can tell: a line out of line with the ones
// around it, a quote opened and not closed, a JSON comma missing.
// ok is false when it finds nothing it is sure of; the parser's own place
// and message stand then.
func misplaced(data []byte, reported int, msg string) (line, col int, better string, ok bool) {
	lines := strings.Split(string(data), "\n")
	if strings.Contains(msg, "tab character") {
		// Named a line early, as a parser error is: the tab is at the
		// start of the first line from there that has one.
		for i, l := range lines {
			indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
			if i+1 >= reported && strings.Contains(indent, "\t") {
				return i + 1, strings.IndexByte(indent, '\t') + 1, plainSyntax(msg), true
			}
		}
		return 0, 0, "", false
	}
	if !strings.Contains(msg, "did not find expected") && !strings.Contains(msg, "mapping values are not allowed") &&
		!strings.Contains(msg, "found unexpected end of stream") {
		return 0, 0, "", false
	}
	if line, col, better, ok = jsonSyntax(data); ok {
		return line, col, better, true
	}
	if line, col, ok = openQuote(lines, reported); ok {
		return line, col, "a quote opens on this line and is not closed on it: add the closing quote", true
	}
	if strings.Contains(msg, "did not find expected ','") {
		// A { } or [ ] not closed where the parser looked: it names the
		// line before the one it began on (counting from 0).
		for _, i := range []int{reported, reported - 1} { // its own line first
			if i < 0 || i >= len(lines) {
				continue
			}
			if at := strings.IndexAny(lines[i], "{["); at >= 0 {
				return i + 1, len([]rune(lines[i][:at])) + 1, "the " + string(lines[i][at]) + " on this line is not closed as the parser expected: a value with \": \" or \",\" in it needs quotes, and items are separated by \", \"", true
			}
		}
	}
	line, col, better, fits, ok := misIndented(lines, reported)
	if !ok {
		return 0, 0, "", false
	}
	// A parser's error names the line its block began on, counted from 0:
	// the line to fix is not above it. A scanner's names the line it
	// stopped on, and the line to fix can be one above it.
	first := reported
	if !strings.Contains(msg, "did not find expected") {
		first = reported - 40
	}
	if fix, from, to, found := culprit(lines, len(data), first, line, fits); found && fix != line {
		return fix, from + 1, fmt.Sprintf("this line is indented %s, which puts line %d below it out of line: at %s the lines after it fit", spaces(from), line, spaces(to)), true
	}
	return line, col, better, true
}

// culprit finds the line, of those misIndented could line up (fits: for
// each, the indentations that fit the lines above it) from first (counted
// from 0) to bad (from 1), whose indentation changed lets the parser read
// furthest past bad: the line to fix. misIndented names the first line
// that does not fit the lines above it, but the line a person moved can be
// one above it (a "- id:" moved leaves its keys below it out of line).
// Each try reads the text (lines, size bytes in all) up to a little past
// bad, with one line moved.
func culprit(lines []string, size, first, bad int, fits map[int][]int) (line, from, to int, ok bool) {
	// Each try reads the text again, so the search is bounded: a large
	// file gets misIndented's line, which is at most a few lines off.
	const after, most, largest = 30, 60, 256 << 10 // lines read past bad, tries, bytes
	if size > largest {
		return 0, 0, 0, false
	}
	tries := 0
	end := min(len(lines), bad+after)
	// A line is moved only to an indentation other lines of the file use:
	// of two lines that disagree, the one at an odd indentation is the one
	// to fix.
	used := map[int]int{}
	for _, l := range lines {
		if body := strings.TrimLeft(l, " "); body != "" && !strings.HasPrefix(body, "#") {
			used[len(l)-len(body)]++
		}
	}
	tried := slices.Sorted(maps.Keys(fits))
	slices.Reverse(tried) // from bad up: the nearest line first
	best := bad           // how far the parser reads: it must get past bad
	// Lines at an indentation no other line has are tried first: a line
	// moved by a space is the one to fix, not the line below it that now
	// sits between its level and the next. A key at the left edge is not
	// moved: the file's top level is rarely what slipped.
	for _, odd := range []bool{true, false} {
		for _, i := range tried {
			body := strings.TrimLeft(lines[i], " ")
			n := len(lines[i]) - len(body)
			if i >= bad || i < first || n == 0 || odd && used[n] > 1 {
				continue
			}
			for _, m := range fits[i] {
				if m == n || used[m] == 0 {
					continue
				}
				if tries++; tries > most {
					return line, from, to, ok
				}
				moved := slices.Clone(lines[:end])
				moved[i] = strings.Repeat(" ", m) + body
				if reach := readsTo(strings.Join(moved, "\n"), end); reach > best {
					best, line, from, to, ok = reach, i+1, n, m, true
				}
			}
			if best > end {
				return line, from, to, true // read to the end: the nearest line that does it
			}
		}
	}
	return line, from, to, ok
}

// readsTo is the line yaml.v3 stops at in text, or past its last line
// (lines+1) when it reads all of it.
func readsTo(text string, lines int) int {
	var doc yaml.Node
	err := yaml.Unmarshal([]byte(text), &doc)
	if err == nil {
		return lines + 1
	}
	if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

// jsonSyntax places a syntax error in a file written as JSON (it starts
// with [ or with { and a quoted key) where encoding/json finds it, which is
// the place itself.
func jsonSyntax(data []byte) (line, col int, msg string, ok bool) {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' && trimmed[0] != '[' {
		return 0, 0, "", false
	}
	if next := bytes.TrimLeft(trimmed[1:], " \t\r\n"); trimmed[0] == '{' && (len(next) == 0 || next[0] != '"') {
		return 0, 0, "", false // YAML's own {key: value}
	}
	var syntax *json.SyntaxError
	if err := json.Unmarshal(data, new(any)); !errors.As(err, &syntax) || syntax.Offset <= 0 {
		return 0, 0, "", false
	}
	off := int(syntax.Offset) - 1 // the offset is just past the byte that was wrong
	line, col = position(data, off)
	msg = syntax.Error()
	if strings.Contains(msg, "after object key:value pair") || strings.Contains(msg, "after array element") {
		msg += ": is a comma missing before it?"
	}
	return line, col, msg, true
}

// openQuote finds a line up to reported that opens a quoted value and
// leaves it open, where the value as YAML reads it (up to the next quote
// of its kind) runs on to the line the parser stopped at: that quote is the
// mistake. A value meant to go over lines closes before the error and is
// left alone.
func openQuote(lines []string, reported int) (line, col int, ok bool) {
	for i := 0; i < len(lines) && i <= reported; i++ {
		at, quote, open := unclosedQuote(lines[i])
		if !open {
			continue
		}
		closes := len(lines) // the line the value ends on: the next quote
		for j := i + 1; j < len(lines); j++ {
			if strings.IndexByte(lines[j], quote) >= 0 {
				closes = j
				break
			}
		}
		if closes+2 >= reported { // the value ends on the parser's line or the one before
			return i + 1, len([]rune(lines[i][:at])) + 1, true
		}
		i = closes - 1 // the value went on to there: go on after it
	}
	return 0, 0, false
}

// unclosedQuote reports whether line leaves a quoted value open, where it
// opened and with which quote. A single quote counts where a value can
// begin (an apostrophe inside a word does not); quotes inside the other
// kind or a comment, and escaped ones, do not count.
func unclosedQuote(line string) (at int, quote byte, open bool) {
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case quote == '"' && c == '\\':
			i++
		case quote == '"' && c == '"', quote == '\'' && c == '\'':
			if c == '\'' && i+1 < len(line) && line[i+1] == '\'' {
				i++ // '' is a quote inside single quotes
				continue
			}
			quote = 0
		case quote != 0:
		case c == '#' && (i == 0 || line[i-1] == ' '):
			return 0, 0, false
		case c == '"':
			quote, at = '"', i
		case c == '\'' && (i == 0 || strings.IndexByte(" [{:,-", line[i-1]) >= 0):
			quote, at = '\'', i
		}
	}
	return at, quote, quote != 0
}

// level is one open block while misIndented reads: a mapping's keys or a
// list's items, at an indentation.
type level struct {
	indent int
	list   bool
	line   int // the line that opened it, from 1 (0: the document)
}

// misIndented finds the first line, from the one before reported on, that
// cannot be lined up with the lines above it: between two levels, deeper
// than a line that has its value already, a key among a list's items or
// an item among keys. It reads block YAML line by line as a person sees
// it, passing over comments, | and > blocks, and values that go on over
// lines (in brackets, in quotes, or plain text).
func misIndented(lines []string, reported int) (line, col int, msg string, fits map[int][]int, ok bool) {
	const window = 40 // lines above the parser's place whose fits are kept
	fits = map[int][]int{}
	stack := []level{{indent: 0}}
	open := true     // the line above opened a block ("key:", or "-" with nothing after)
	prev := 0        // the line above, 1-based
	block := -1      // in a | or > block: the indentation of its key; -1 when not
	blockBody := -1  // and of its first line of text, which the rest keep to
	brackets := 0    // in a value in brackets: how many are open
	var inQuote byte // in a quoted value that goes on over lines: its quote
	for i, raw := range lines {
		text := strings.TrimRight(raw, " \r")
		body := strings.TrimLeft(text, " ")
		n := len(text) - len(body)
		switch {
		case inQuote != 0:
			if strings.IndexByte(body, inQuote) >= 0 {
				inQuote = 0
			}
			continue
		case body == "":
			continue
		case block >= 0 && n > block && (blockBody < 0 || n >= blockBody):
			if blockBody < 0 {
				blockBody = n // the first line of text sets it
			}
			continue
		case strings.HasPrefix(body, "#"):
			continue
		case brackets > 0:
			brackets += depth(body)
			continue
		case body == "---" || strings.HasPrefix(body, "%"):
			continue
		}
		block, blockBody = -1, -1
		item := body == "-" || strings.HasPrefix(body, "- ")
		_, _, isKey := cutKey(body)
		if i+window >= reported && (item || isKey) {
			for _, l := range stack {
				fits[i] = append(fits[i], l.indent)
			}
			if open {
				fits[i] = append(fits[i], stack[len(stack)-1].indent+2)
			}
		}
		popped, poppedAt := -1, 0
		for len(stack) > 1 && stack[len(stack)-1].indent > n {
			popped, poppedAt = stack[len(stack)-1].indent, stack[len(stack)-1].line
			stack = stack[:len(stack)-1]
		}
		top := stack[len(stack)-1]
		bad := ""
		switch {
		case n > top.indent && popped >= 0 && !item && !isKey:
			bad = fmt.Sprintf(`this line is neither a "key: value" nor a "- item", and its indentation (%s) lines up with no line above it: delete it if it is left over, or join it to the text it belongs to`, spaces(n))
			fits = nil // not a line that moved: the lines above it are not tried
		case n > top.indent && popped >= 0:
			bad = fmt.Sprintf("this line is indented %s, between the levels set by %s (%s) and line %d (%s): line it up with the one it belongs to, unless one of those is the line out of place", spaces(n), levelLine(top.line), spaces(top.indent), poppedAt, spaces(popped))
		case n > top.indent && !open && !item && !isKey:
			continue // plain text going on from the line above
		case n > top.indent && !open:
			bad = fmt.Sprintf("this line is indented more than line %d above it, which has its value already: line them up", prev)
		case n > top.indent:
			stack = append(stack, level{indent: n, list: item, line: i + 1})
		case top.list && !item && len(stack) > 1 && stack[len(stack)-2].indent == n:
			stack = stack[:len(stack)-1] // a list at its key's indentation, ended by the next key
		case top.list && !item:
			bad = `this line is lined up with the list's items above it but is not one (no "- "): indent it as the keys it belongs with`
		case !top.list && item && open:
			stack = append(stack, level{indent: n, list: true, line: i + 1}) // a list at its key's indentation
		case !top.list && item:
			bad = `this line is a list item ("- ") lined up with keys above it, not with a list: indent it as the items it belongs with`
		}
		if bad != "" {
			// A line above the parser's place is not what it stopped at,
			// unless it is text out of line: the lines after it can read as
			// more of its text, up to the first with a ": " in it.
			if i+2 < reported && (fits != nil || i+window < reported) {
				return 0, 0, "", nil, false
			}
			return i + 1, n + 1, bad, fits, true
		}
		// What the line opens for the lines after it.
		content := body
		if item {
			content = strings.TrimLeft(body[1:], " ")
			if _, _, key := cutKey(content); key {
				// "- key: value": the item's keys are at the column of its first.
				stack = append(stack, level{indent: n + len(body) - len(content), line: i + 1})
			}
		}
		value := content
		if _, v, found := cutKey(content); found {
			value = v
		} else if !item {
			value = "text" // a line of text opens nothing
		}
		value = stripProps(stripComment(value))
		open = value == ""
		switch {
		case strings.HasPrefix(value, "|") || strings.HasPrefix(value, ">"):
			block = n
		case depth(value) > 0:
			brackets = depth(value)
		default:
			_, inQuote, _ = unclosedQuote(value)
		}
		prev = i + 1
	}
	return 0, 0, "", nil, false
}

// levelLine names the line that set a level: "line 52", or "the top
// level" for the document's own.
func levelLine(line int) string {
	if line == 0 {
		return "the top level"
	}
	return fmt.Sprintf("line %d", line)
}

// spaces is "1 space", "4 spaces".
func spaces(n int) string {
	if n == 1 {
		return "1 space"
	}
	return fmt.Sprintf("%d spaces", n)
}

// cutKey splits "key: value" (or "key:" at the end of the line), a key not
// quoted and not in brackets.
func cutKey(s string) (key, value string, ok bool) {
	if s == "" || strings.ContainsRune(`"'{[-`, rune(s[0])) {
		return "", "", false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == ':' && (i+1 == len(s) || s[i+1] == ' ') {
			return s[:i], strings.TrimSpace(s[i+1:]), true
		}
		if s[i] == '#' && s[i-1] == ' ' {
			return "", "", false
		}
	}
	return "", "", false
}

// stripProps drops an anchor (&name) and a tag (!tag) before a value:
// "key: &shared" opens a block as "key:" does.
func stripProps(s string) string {
	for strings.HasPrefix(s, "&") || strings.HasPrefix(s, "!") {
		_, rest, _ := strings.Cut(s, " ")
		s = strings.TrimLeft(rest, " ")
	}
	return s
}

// stripComment drops a "# comment" after a value.
func stripComment(s string) string {
	if strings.HasPrefix(s, "#") {
		return ""
	}
	if i := strings.Index(s, " #"); i >= 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// depth is how many more brackets s opens than it closes, quotes aside.
func depth(s string) int {
	d, inDouble, inSingle := 0, false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case inDouble && c == '\\':
			i++
		case inDouble:
			inDouble = c != '"'
		case inSingle:
			inSingle = c != '\''
		case c == '"':
			inDouble = true
		case c == '\'':
			inSingle = true
		case c == '[' || c == '{':
			d++
		case c == ']' || c == '}':
			d--
		}
	}
	return d
}
