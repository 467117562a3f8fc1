package quiz

import (
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"careerquiz/careers"
	"careerquiz/internal/yamldoc"
)

// LoadAnswers reads an answers file (YAML or JSON): a flat map of question id
// to answer. Every problem is reported, each with its position.
func LoadAnswers(name string, cat *careers.Catalog) (Answers, error) {
	data, err := yamldoc.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return ParseAnswers(name, data, cat)
}

// ParseAnswers decodes answers text against the catalog's questions. A
// question left out or null is skipped.
func ParseAnswers(name string, data []byte, cat *careers.Catalog) (Answers, error) {
	root, err := yamldoc.Parse(name, data)
	if err != nil {
		return nil, err
	}
	d := yamldoc.NewDecoder(name, root)
	answers := Answers{}
	if yamldoc.IsNull(root) {
		return answers, nil // an empty file, or null: everything skipped
	}
	fields, ok := d.Map(root, "the answers file", nil)
	if ok {
		for _, f := range fields {
			id := f.Key.Value
			q, known := cat.Question(id)
			if !known {
				d.Errorf(f.Key, "unknown question %q (the questions are: %s): answers made with another catalog need --catalog with that one", id, questionIDs(cat))
				continue
			}
			if yamldoc.IsNull(f.Value) {
				continue
			}
			if a, ok := decodeAnswer(d, q, f.Value); ok {
				answers[id] = a
			}
		}
	}
	if len(d.Problems) > 0 {
		if made, ok := madeFor(data); ok && made != cat.Title {
			d.Problems = append(d.Problems, yamldoc.Problem{File: name, Line: 1, Col: 1,
				Msg: fmt.Sprintf("these answers were made with the catalog %q, and this is %q: replay them with --catalog and that catalog's file", made, cat.Title)})
		}
		return nil, d.Problems.Sorted()
	}
	return answers, nil
}

// madeFor is the catalog title an exported answers file names on its first
// line (FormatAnswers).
func madeFor(data []byte) (string, bool) {
	first, _, _ := strings.Cut(string(data), "\n")
	quoted, ok := strings.CutPrefix(strings.TrimSpace(first), "# careerquiz answers for ")
	if !ok {
		return "", false
	}
	title, err := strconv.Unquote(quoted)
	return title, err == nil
}

func decodeAnswer(d *yamldoc.Decoder, q careers.Question, n *yamldoc.Node) (Answer, bool) {
	n = yamldoc.Resolve(n)
	bad := func(format string, args ...any) (Answer, bool) {
		d.Errorf(n, "%s: %s", q.ID, fmt.Sprintf(format, args...))
		return Answer{}, false
	}
	if n.Kind != yamldoc.ScalarNode {
		return bad("the answer should be a single value, not a list or mapping; %s", allowed(q))
	}
	var a Answer
	switch q.Kind {
	case careers.Choice:
		if n.Tag != "!!str" {
			return bad("%s is not an option; %s", yamldoc.Quote(n.Value), allowed(q))
		}
		a.Option = n.Value
		if _, ok := q.Option(a.Option); !ok {
			return bad("%s is not an option; %s", yamldoc.Quote(n.Value), allowed(q))
		}
		return a, true
	case careers.Scale:
		f, ok := yamldoc.NumberValue(n)
		if !ok && n.Tag == "!!str" { // full-width digits (４) are a string to YAML
			if i, err := strconv.Atoi(HalfWidth(n.Value)); err == nil {
				f, ok = float64(i), true
			}
		}
		if !ok || f != math.Trunc(f) {
			return bad("%s is not a whole number; %s", yamldoc.Quote(n.Value), allowed(q))
		}
		a.Value = f
	case careers.Number:
		if f, ok := yamldoc.NumberValue(n); ok {
			a.Value = math.Round(f*100) / 100 // to the cent, as a quoted amount is
		} else if n.Tag == "!!str" {
			f, err := ParseMoney(q.Range.Symbol(), n.Value)
			if err != nil {
				if hint := thousandsPoint(q, n.Value); hint != "" {
					return bad("%s", hint)
				}
				return bad("%s", strings.TrimPrefix(err.Error(), ErrAmount.Error()+": "))
			}
			a.Value = f
		} else {
			return bad("%s is not an amount; %s", yamldoc.Quote(n.Value), allowed(q))
		}
	}
	if err := Check(q, a); err != nil {
		if hint := thousandsPoint(q, n.Value); q.Kind == careers.Number && hint != "" {
			return bad("%s", hint) // 360.000, quoted or not, meant as 360,000
		}
		return bad("%s", err)
	}
	return a, true
}

// allowed says what answers a question takes.
func allowed(q careers.Question) string {
	switch q.Kind {
	case careers.Choice:
		return "answer one of: " + strings.Join(q.OptionIDs(), ", ")
	case careers.Scale:
		return fmt.Sprintf("answer a whole number from %d to %d", q.Scale.Min, q.Scale.Max)
	}
	return strings.Replace(NumberHint(q), "type ", "answer ", 1)
}

func questionIDs(cat *careers.Catalog) string {
	ids := make([]string, len(cat.Questions))
	for i, q := range cat.Questions {
		ids[i] = q.ID
	}
	return strings.Join(ids, ", ")
}

// FormatAnswers writes answers as an answers file that reproduces them, in
// the catalog's question order, with skipped questions as comments.
func FormatAnswers(cat *careers.Catalog, a Answers) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# careerquiz answers for %q\n", cat.Title)
	switch file := cat.File; {
	case file == "-":
		fmt.Fprintf(&b, "# replay with: careerquiz --catalog CATALOG --answers FILE (the catalog it was made with, read from standard input)\n")
	case file != "":
		if abs, err := filepath.Abs(file); err == nil {
			file = abs // replayed from any folder
		}
		fmt.Fprintf(&b, "# replay with: careerquiz --catalog %s --answers FILE\n", shellWord(file))
	default:
		fmt.Fprintf(&b, "# replay with: careerquiz --answers FILE\n")
	}
	for _, q := range cat.Questions {
		ans, ok := a[q.ID]
		if !ok {
			fmt.Fprintf(&b, "%s: null  # skipped\n", q.ID)
			continue
		}
		switch q.Kind {
		case careers.Number:
			fmt.Fprintf(&b, "%s: %s\n", q.ID, strings.TrimSuffix(fmt.Sprintf("%.2f", ans.Value), ".00"))
		case careers.Choice:
			fmt.Fprintf(&b, "%s: %s\n", q.ID, yamlWord(Short(q, ans)))
		default:
			fmt.Fprintf(&b, "%s: %s\n", q.ID, Short(q, ans))
		}
	}
	return []byte(b.String())
}

// yamlWord is an option id as an answers file holds it: quoted where a
// YAML reader would take it for something else than text, a number
// ("2027") or a yes or no (as YAML 1.1 tools do: "no", "on"), as the README
// asks people to write them.
func yamlWord(id string) string {
	switch id {
	case "y", "yes", "n", "no", "on", "off", "true", "false", "null":
		return strconv.Quote(id)
	}
	if id == "" || id[0] >= '0' && id[0] <= '9' {
		return strconv.Quote(id)
	}
	return id
}

// shellWord is s as one word for a shell command line, in single quotes
// unless it is plain; a line end or other control character in it is
// written as "?", so that it cannot end the comment it is put in.
func shellWord(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '?'
		}
		return r
	}, s)
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./-+=:@,") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
