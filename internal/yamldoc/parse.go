package yamldoc

import (
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Parse reads one YAML (or JSON) document into its root node. A syntax error
// stops there and is reported with its line; a second document is a problem
// too. An empty document (nothing but blanks and comments) gives a nil node
// and no error: what empty means is the caller's to say.
func Parse(name string, data []byte) (*yaml.Node, error) {
	data, err := CheckText(name, data)
	if err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, Problems{syntaxProblem(name, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, Problems{{File: name, Line: extra.Line, Col: extra.Column, Msg: "holds a second document (after ---): put everything in one"}}
	} else if !errors.Is(err, io.EOF) {
		return nil, Problems{syntaxProblem(name, err)}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

var lineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxProblem turns the parser's "yaml: line N: msg" into a Problem. The
// parser gives no column, so the problem points at the start of the line.
func syntaxProblem(name string, err error) Problem {
	msg := err.Error()
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1]) // the pattern matched digits
		return Problem{File: name, Line: line, Col: 1, Msg: "not valid YAML or JSON: " + plainSyntax(m[2])}
	}
	return Problem{File: name, Msg: "not valid YAML or JSON: " + plainSyntax(strings.TrimPrefix(msg, "yaml: "))}
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
