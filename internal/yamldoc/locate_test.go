package yamldoc

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// A syntax error the parser places at the start of the enclosing block is
// placed at the line to fix, with what is wrong with it.
func TestSyntaxErrorsAtTheLineToFix(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"between two levels", "careers:\n  - id: a\n    traits:\n      x: 1\n     y: 2\n      z: 3\n",
			"f.yaml:5:6: not valid YAML or JSON: this line is indented 5 spaces, between the levels set by line 2 (4 spaces) and line 4 (6 spaces)"},
		{"deeper than a value", "careers:\n  - id: a\n    title: A\n      summary: S\n",
			"f.yaml:4:7: not valid YAML or JSON: this line is indented more than line 3 above it, which has its value already"},
		{"a key among items", "careers:\n  - id: a\n    title: A\n  outlook: x\n",
			"f.yaml:4:3: not valid YAML or JSON: this line is lined up with the list's items above it but is not one"},
		{"an item among keys", "q:\n  options:\n    - a\n    - b\n  - c\n",
			"f.yaml:5:3: not valid YAML or JSON: this line is a list item (\"- \") lined up with keys above it"},
		{"a line above, out of line", "sources:\n - id: a\n    short: A\n  - id: b\n    short: B\n",
			"f.yaml:2:2: not valid YAML or JSON: this line is indented 1 space, which puts line 3 below it out of line: at 2 spaces the lines after it fit"},
		{"an open quote", "title: \"Westfield\nid: x\nq:\n  a: \"b\"\n  c: d\n",
			"f.yaml:1:8: not valid YAML or JSON: a quote opens on this line and is not closed on it"},
		{"an open quote in braces", "title: x\nsources:\n  - {id: a, short: \"b}\n  - {id: c, short: \"d\"}\n",
			"f.yaml:3:20: not valid YAML or JSON: a quote opens on this line and is not closed on it"},
		{"an open single quote", "title: x\nnote: 'it is\nq:\n  a: b\n  c: it's\n  d: e\n",
			"f.yaml:2:7: not valid YAML or JSON: a quote opens on this line and is not closed on it"},
		{"a tab in an indentation", "title: x\nsources:\n  - id: a\n\t short: b\n",
			"f.yaml:4:1: not valid YAML or JSON: found a tab character"},
		{"a colon in braces", "q:\n  options:\n    - {id: none, label: None: yet, value: 0}\n",
			"f.yaml:3:7: not valid YAML or JSON: the { on this line is not closed as the parser expected"},
		{"a stray line of text", "sources:\n  - id: a\n    short: A\n   oops\n    name: N\n",
			"f.yaml:4:4: not valid YAML or JSON: this line is neither a \"key: value\" nor a \"- item\""},
		{"a stray line among items", "duties:\n  - a\n stray text\n  - b\n  - c\nskills:\n  - d\n",
			"f.yaml:3:2: not valid YAML or JSON: this line is neither a \"key: value\" nor a \"- item\""},
		{"a list item moved to its key's indentation", "routes:\n  - {level: a}\n    - {level: b}\nsource: x\n",
			"f.yaml:3:5: not valid YAML or JSON: this line is indented more than line 2 above it, which has its value already"},
		{"a key at the edge moved in, after a folded note", "title: x\nnote: >-\n  some text\n  more text\n sources:\n  - id: a\n",
			"f.yaml:5:2: not valid YAML or JSON: this line is indented more than line 2 above it"},
		{"a line out of line below an anchored block", "shared: &s\n  a: 1\n  b: 2\nq:\n  x: 1\n   y: 2\n  z: 3\n",
			"f.yaml:6:4: not valid YAML or JSON: this line is indented more than line 5 above it, which has its value already"},
		{"a colon in the second of two braces", "q:\n  options:\n    - {id: some, label: Some}\n    - {id: none, label: None: yet}\n",
			"f.yaml:4:7: not valid YAML or JSON: the { on this line is not closed as the parser expected"},
		{"a colon in a plain value", "q:\n  - id: a\n    why: Some careers: mostly in hospitals\n",
			"f.yaml:3:22: not valid YAML or JSON: mapping values are not allowed in this context (a value with \": \" in it needs quotes)"},
		{"a colon in a plain value after wide letters", "q:\n  - id: a\n    why: 医院 or clinic: mostly\n",
			"f.yaml:3:22: not valid YAML or JSON: mapping values are not allowed"},
		{"a JSON comma on one line", `{"title": "x" "note": "y"}`,
			"f.yaml:1:15: not valid YAML or JSON: invalid character '\"' after object key:value pair: is a comma missing before it?"},
		{"a JSON comma", "{\"a\": 1,\n \"b\": [1] \"c\": 2}\n",
			"f.yaml:2:11: not valid YAML or JSON: invalid character '\"' after object key:value pair: is a comma missing before it?"},
	}
	for _, tc := range cases {
		_, err := Parse("f.yaml", []byte(tc.text))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: got %v\nwant %s", tc.name, err, tc.want)
		}
	}
}

// What the locator takes for a misplaced line is never a line of a valid
// document: over the built-in catalog and the generated one, every line
// lines up.
func TestLocatorPassesValidDocuments(t *testing.T) {
	for _, name := range []string{"../../careers/default.yaml", "testdata/generated.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if line, _, msg, _, ok := misIndented(strings.Split(string(data), "\n"), 1); ok {
			t.Errorf("%s:%d: %s", name, line, msg)
		}
		if line, _, ok := openQuote(strings.Split(string(data), "\n"), strings.Count(string(data), "\n")+1); ok {
			t.Errorf("%s:%d: an open quote", name, line)
		}
	}
}

// Moving any one line of the built-in catalog a space either way, wherever
// that makes a syntax error the parser places at the start of a block,
// gets that line named. Two spaces can put a line where it fits (a list at
// its key's indentation, a key a level up), and then the first line after
// it that does not fit is named: at most a few lines below it, not the
// start of its block.
func TestShiftedLinesAreNamed(t *testing.T) {
	data, err := os.ReadFile("../../careers/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	sources := slices.Index(lines, "sources:") // from here: the folded note above is another matter
	if sources < 0 {
		t.Fatal("test setup: no sources line")
	}
	tried := 0
	for i, line := range lines {
		// The sources, one question with its options and one whole career:
		// every kind of line the catalog has, in a time CI can afford.
		if i < sources || i > 70 && i < 100 || i > 130 && i < 240 || i > 300 || strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, shift := range []int{-2, -1, 1, 2} {
			moved := slicesWith(lines, i, shift)
			if moved == "" {
				continue
			}
			_, err := Parse("f.yaml", []byte(moved))
			ps, ok := err.(Problems)
			if !ok || len(ps) != 1 || !strings.Contains(ps[0].Msg, "indented") && !strings.Contains(ps[0].Msg, "lined up") {
				continue
			}
			tried++
			if ps[0].Line != i+1 && (shift*shift == 1 || ps[0].Line < i+1 || ps[0].Line > i+6) {
				t.Errorf("line %d moved %+d: named line %d: %s", i+1, shift, ps[0].Line, ps[0].Msg)
			}
		}
	}
	if tried < 50 {
		t.Fatalf("only %d shifts were placed by the locator", tried)
	}
}

// slicesWith is lines joined with line i moved by shift spaces; "" when it
// cannot move that far left.
func slicesWith(lines []string, i, shift int) string {
	out := append([]string(nil), lines...)
	switch {
	case shift > 0:
		out[i] = strings.Repeat(" ", shift) + out[i]
	case strings.HasPrefix(out[i], strings.Repeat(" ", -shift)):
		out[i] = out[i][-shift:]
	default:
		return ""
	}
	return strings.Join(out, "\n")
}
