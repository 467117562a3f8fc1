package yamldoc

import (
	"errors"
	"strings"
	"testing"
)

func TestProblemsSortedAndDeduplicated(t *testing.T) {
	ps := Problems{
		{File: "b.yaml", Line: 1, Col: 1, Msg: "x"},
		{File: "a.yaml", Line: 10, Col: 2, Msg: "late"},
		{File: "a.yaml", Line: 2, Col: 5, Msg: "early"},
		{File: "a.yaml", Msg: "no position"},
		{File: "a.yaml", Line: 2, Col: 5, Msg: "early"},
	}
	want := "a.yaml: no position\na.yaml:2:5: early\na.yaml:10:2: late\nb.yaml:1:1: x"
	if got := ps.Error(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if (Problems{}).Err() != nil {
		t.Fatal("no problems should be no error")
	}
}

func TestCheckTextPointsAtTheBadByte(t *testing.T) {
	// "é" is two bytes: the column counts characters, not bytes.
	_, err := CheckText("f.yaml", []byte("a: 1\nb: é\xff\n"))
	if err == nil || err.Error() != "f.yaml:2:5: is not UTF-8 text: save it as UTF-8 and try again" {
		t.Fatalf("got %v", err)
	}
	if _, err := CheckText("f.yaml", []byte("a: \x00")); err == nil || !strings.Contains(err.Error(), "f.yaml:1:4: contains a NUL byte") {
		t.Fatalf("got %v", err)
	}
	data, err := CheckText("f.yaml", []byte("\xef\xbb\xbfa: 1\n"))
	if err != nil || string(data) != "a: 1\n" {
		t.Fatalf("byte-order mark not stripped: %q %v", data, err)
	}
}

func TestParse(t *testing.T) {
	for _, empty := range []string{"", "   \n", "# only a comment\n"} {
		if n, err := Parse("f.yaml", []byte(empty)); n != nil || err != nil {
			t.Errorf("%q: got %v, %v; want nil, nil", empty, n, err)
		}
	}
	cases := map[string]string{
		"a: [1, 2\n":        "f.yaml:1:4: not valid YAML or JSON: the [ on this line is not closed as the parser expected",
		"a: 1\n\tb: 2\n":    "(indent with spaces: YAML does not allow tabs there)",
		"a: 1\n---\nb: 2\n": "f.yaml:2:1: holds a second document",
	}
	for in, want := range cases {
		if _, err := Parse("f.yaml", []byte(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %q", in, err, want)
		}
	}
}

func TestReadFromCapsTheSize(t *testing.T) {
	big := strings.NewReader(strings.Repeat("x", MaxSize+1))
	if _, err := ReadFrom("standard input", big); err == nil || !strings.Contains(err.Error(), "standard input: is over the 4 MiB limit") {
		t.Fatalf("got %v", err)
	}
	data, err := ReadFrom("standard input", strings.NewReader("a: 1\n"))
	if err != nil || string(data) != "a: 1\n" {
		t.Fatalf("got %q %v", data, err)
	}
}

func TestNumberValue(t *testing.T) {
	n, err := Parse("f.yaml", []byte("a: 055000\nb: 0x1F\nc: 1_000\nd: .inf\ne: 2.5\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		v  float64
		ok bool
	}{"a": {55000, true}, "b": {0, false}, "c": {1000, true}, "d": {0, false}, "e": {2.5, true}}
	for i := 0; i < len(n.Content); i += 2 {
		k, v := n.Content[i].Value, n.Content[i+1]
		got, ok := NumberValue(v)
		if ok != want[k].ok || got != want[k].v {
			t.Errorf("%s: got %v, %v; want %v", k, got, ok, want[k])
		}
	}
}

// Every syntax error has a position, and a plain message where the
// parser's is misleading.
func TestSyntaxErrorsHavePositions(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
		line, col        int
	}{
		{"control character", "title: a\x01b\n", "a control character (U+0001)", 1, 9},
		{"unknown anchor", "a: 1\ntitle: *nope\n", "*nope refers to no anchor", 2, 8},
		{"too deep", "a: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "\n", "nested too deep", 1, 1004},
		{"unknown %YAML", "%YAML 9.9\n---\ntitle: x\n", "the %YAML directive", 1, 1},
		{"key too long", "a: 1\n" + strings.Repeat("k", 1100) + ": 1\n", "longer than 1,024 characters", 2, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("f.yaml", []byte(tc.text))
			var ps Problems
			if !errors.As(err, &ps) || len(ps) != 1 {
				t.Fatalf("err %v", err)
			}
			if p := ps[0]; p.Line != tc.line || p.Col != tc.col || !strings.Contains(p.Msg, tc.want) {
				t.Fatalf("got %s", p)
			}
		})
	}
}
