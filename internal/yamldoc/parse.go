package yamldoc

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Parse reads one YAML (or JSON) document into its root node. A syntax error
// stops there and is reported with its line; a second document is a problem
// too. An empty document (nothing but blanks and comments) gives a nil node
// and no error: what empty means is the caller's to say.
func Parse(name string, data []byte) (*Node, error) {
	data, err := CheckText(name, data)
	if err != nil {
		return nil, err
	}
	if root, ok := parseQuick(data); ok {
		return root, nil
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, Problems{syntaxProblem(name, data, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, Problems{{File: name, Line: extra.Line, Col: extra.Column, Msg: "holds a second document (after ---): put everything in one"}}
	} else if !errors.Is(err, io.EOF) {
		return nil, Problems{syntaxProblem(name, data, err)}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return fromYAML(doc.Content[0]), nil
}

var lineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxProblem turns the parser's "yaml: line N: msg" into a Problem. The
// parser gives no column, so the problem points at the start of the line;
// where it gives no line either, locate finds the place in the text.
func syntaxProblem(name string, data []byte, err error) Problem {
	msg, line := strings.TrimPrefix(err.Error(), "yaml: "), 0
	if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1]) // the pattern matched digits
		msg = m[2]
		if longKey(data, line) {
			return Problem{File: name, Line: line, Col: 1, Msg: "not valid YAML or JSON: a key is longer than 1,024 characters, the most YAML allows"}
		}
	}
	// The parser names no line for a block begun on the first (its lines
	// count from 0 there): the place is searched for from line 1.
	if l, c, better, ok := misplaced(data, max(line, 1), msg); ok {
		return Problem{File: name, Line: l, Col: c, Msg: "not valid YAML or JSON: " + better}
	}
	if line > 0 {
		col := 1
		if strings.Contains(msg, "mapping values are not allowed") {
			col = max(valueColon(data, line), 1)
		}
		return Problem{File: name, Line: line, Col: col, Msg: "not valid YAML or JSON: " + plainSyntax(msg)}
	}
	line, col, better := locate(data, msg)
	if better != "" {
		msg = better
	}
	return Problem{File: name, Line: line, Col: col, Msg: "not valid YAML or JSON: " + plainSyntax(msg)}
}

// locate finds where in data a syntax error without a line happened, and a
// plainer message where one helps; line 1 when nothing better is known.
func locate(data []byte, msg string) (line, col int, better string) {
	text := string(data)
	at := func(off int) (int, int) { return position(data, off) }
	switch {
	case strings.Contains(msg, "control characters are not allowed"):
		for i, r := range text {
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f || r >= 0x80 && r <= 0x9f {
				l, c := at(i)
				return l, c, fmt.Sprintf("a control character (U+%04X) is not allowed in YAML: remove it", r)
			}
		}
	case strings.HasPrefix(msg, "unknown anchor"):
		if m := anchorRE.FindStringSubmatch(msg); m != nil {
			if i := strings.Index(text, "*"+m[1]); i >= 0 {
				l, c := at(i)
				return l, c, fmt.Sprintf("*%s refers to no anchor (&%s) defined before it", m[1], m[1])
			}
		}
	case strings.Contains(msg, "max depth"):
		depth := 0
		for i, r := range text {
			switch r {
			case '[', '{':
				depth++
				if depth > 1000 {
					l, c := at(i)
					return l, c, "lists or mappings are nested too deep: " + msg
				}
			case ']', '}':
				depth--
			}
		}
	case strings.Contains(msg, "mapping values are not allowed"):
		for i := range strings.Count(text, "\n") + 1 {
			if longKey(data, i+1) {
				return i + 1, 1, "a key is longer than 1,024 characters, the most YAML allows"
			}
		}
	case strings.Contains(msg, "incompatible YAML document"), strings.Contains(msg, "%YAML"):
		if i := strings.Index(text, "%YAML"); i >= 0 {
			l, c := at(i)
			return l, c, "the %YAML directive names a version this reader does not know: remove the line (YAML 1.1 or 1.2 only)"
		}
	}
	return 1, 1, ""
}

var anchorRE = regexp.MustCompile(`unknown anchor '([^']+)'`)

// longKey reports whether line of data holds a key over YAML's 1,024
// character limit, which the parser reports as a misplaced value.
func longKey(data []byte, line int) bool {
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return false
	}
	key, _, found := strings.Cut(lines[line-1], ":")
	return found && len([]rune(strings.TrimSpace(key))) > 1024
}

// valueColon finds, on line (from 1) of data, the ": " inside an unquoted
// value after the line's own key ("why: Some careers: mostly…"), which is
// what the parser's "mapping values are not allowed" is about. It returns
// the colon's column, counted in characters from 1, or 0 when the line
// holds no such colon.
func valueColon(data []byte, line int) int {
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return 0
	}
	l := strings.TrimRight(lines[line-1], "\r")
	rest := strings.TrimLeft(l, " ")
	for strings.HasPrefix(rest, "- ") {
		rest = strings.TrimLeft(rest[2:], " ")
	}
	_, value, found := strings.Cut(rest, ": ")
	value = strings.TrimLeft(value, " ")
	if !found || value == "" || strings.ContainsRune("\"'{[|>&*!#", rune(value[0])) {
		return 0
	}
	i := strings.Index(value, ": ")
	if i < 0 {
		return 0
	}
	return utf8.RuneCountInString(l[:len(l)-len(value)+i]) + 1
}

// plainSyntax adds a hint to the parser's terse messages where the usual
// cause is known.
func plainSyntax(msg string) string {
	switch {
	case strings.Contains(msg, "tab"), strings.Contains(msg, "cannot start any token"):
		return msg + " (indent with spaces: YAML does not allow tabs there)"
	case strings.Contains(msg, "<document start>"):
		return msg + " (a line is not a \"key: value\" pair or a \"- item\": check the indentation)"
	case strings.Contains(msg, "mapping values are not allowed"):
		return msg + " (a value with \": \" in it needs quotes)"
	}
	return msg
}
