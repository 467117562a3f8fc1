package yamldoc

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// viaYAMLv3 is the tree yaml.v3 reads from data, as Parse read it before the
// quick reader: the one document's root.
func viaYAMLv3(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("a second document or an error after the first: %v", err)
	}
	if len(doc.Content) == 0 {
		return nil, errors.New("empty")
	}
	return doc.Content[0], nil
}

// sameTree reports the first difference between the quick reader's tree and
// yaml.v3's: everything the decoders read (comments and anchor names aside).
// Aliases are compared by the place of the node they point to.
func sameTree(got *Node, want *yaml.Node, path string) error {
	switch {
	case got == nil && want == nil:
		return nil
	case got == nil || want == nil:
		return fmt.Errorf("%s: got %v, want %v", path, got, want)
	}
	type shape struct {
		Kind         string
		Style        int
		Tag, Value   string
		Line, Column int
		Children     int
		AliasAt      [2]int
		Clean        bool
	}
	g := shape{fmt.Sprint(got.Kind), int(got.Style), got.Tag, got.Value, got.Line, got.Column, len(got.Content), [2]int{}, got.clean}
	if got.Alias != nil {
		g.AliasAt = [2]int{got.Alias.Line, got.Alias.Column}
	}
	// clean is what the decoder would find checking the value itself.
	w := shape{fmt.Sprint(kindOf(want.Kind)), int(want.Style), want.Tag, want.Value, want.Line, want.Column, len(want.Content), [2]int{},
		want.Kind == yaml.ScalarNode && cleanText(want.Value)}
	if want.Alias != nil {
		w.AliasAt = [2]int{want.Alias.Line, want.Alias.Column}
	}
	if g != w {
		return fmt.Errorf("%s:\n got %+v\nwant %+v", path, g, w)
	}
	for i := range got.Content {
		if err := sameTree(got.Content[i], want.Content[i], fmt.Sprintf("%s/%d", path, i)); err != nil {
			return err
		}
	}
	return nil
}

// checkQuick fails t when the quick reader accepts data and its tree is not
// yaml.v3's; it reports whether the quick reader accepted it.
func checkQuick(t *testing.T, data []byte) bool {
	t.Helper()
	got, ok := parseQuick(data)
	if !ok {
		return false
	}
	want, err := viaYAMLv3(data)
	if err != nil {
		t.Fatalf("the quick reader accepted what yaml.v3 refuses (%v):\n%s", err, data)
	}
	if err := sameTree(got, want, "root"); err != nil {
		t.Fatalf("the quick reader's tree differs from yaml.v3's: %v\ninput:\n%s", err, data)
	}
	return true
}

// quickCases are forms catalogs and answers files use: the quick reader must
// read each, as yaml.v3 does.
var quickCases = []string{
	"a: 1",
	"a: b\nc: d\n",
	"--- \n# c\na: b\n",
	"# head\n\na: b # trailing\n# foot\n",
	"a:\n  b: c\n  d:\n    - e\n    - f\ng: h\n",
	"a:\n- b\n- c\nd: e\n",
	"- a\n- b: c\n  d: e\n",
	"- {id: a, label: \"A b: c\", n: 2}\n- [x, 'y''s', \"z\\\"q\"]\n",
	"k: &x [s0, s1, s2]\nl: *x\nm: &y\n  n: 1\no: *y\n",
	"- &a one\n- *a\n- &b {p: *a}\n",
	"text: >-\n  Pay figures come from\n  different years.\n\n  A median.\nnext: 1\n",
	"lit: |\n  line one\n    indented\n\n  last\nfold: >\n  a\n  b\nend: x",
	"s: \"\\u00e9\\t\\x41\\\\ \"\nt: 'it''s'\n",
	"n: -5\nf: 3.25\nz: 0\nb: true\nnu: null\nt: ~\nw: 3 years\nu: https://example.org/a#b\n",
	"{\"title\": \"T\", \"careers\": [\n  {\"id\": \"a\", \"pay\": {\"median\": 90000}},\n  {\"id\": \"b\"}\n]}\n",
	"a: [\n    x,\n    y\n  ]\nb: c\n",
	"é: ü\nkey: «ünïcode» text\n- x",
	"a:\n  - b\n  -\n    c: d\n",
	"\"yes\": no\n'q': 1\n",
	"a: b#c\nd: e:f\n",
	"esc: \"red\\u001b[31m\"\nbell: \"\\a\"\nheart: ❤️ love\nrtl: a\u202eb\nok: plain\n", // values the decoder must check again
	"salary: 55,000\nrn: yes\nexperience: 'none'\nmanagement: 4\npay: $55k\n",            // an answers file
}

func TestQuickReadsWhatYAMLv3Reads(t *testing.T) {
	for _, c := range append(quickCases, withCRLF(quickCases)...) {
		data := []byte(c)
		if _, err := viaYAMLv3(data); err != nil {
			// A case yaml.v3 refuses must not be read quickly either.
			if _, ok := parseQuick(data); ok {
				t.Errorf("quick reader accepted %q, which yaml.v3 refuses: %v", c, err)
			}
			continue
		}
		if !checkQuick(t, data) {
			t.Errorf("the quick reader gave up on %q", c)
		}
	}
}

// TestQuickLeavesTheRestToYAMLv3: forms the quick reader does not read, and
// syntax errors, go to yaml.v3 (whose messages Parse reports).
func TestQuickLeavesTheRestToYAMLv3(t *testing.T) {
	for _, c := range []string{
		"a: !!str 1", "%YAML 1.2\n---\na: 1", "a: b\n---\nc: d", "a:\n  b\n  c\n", "a: 'x\n  y'",
		"a: |+\n  x\n", "a: |2\n   x\n", "a:\tb", "a: b\rc: d\r", "a: b\r\r\nc: d", "a: b\r", "a:\n", "<<: *x", "a: .inf",
		"a: 0x1f", "a: 2024-05-01", "? a\n: b", "a: [b,]", "a: {b}", "{\"a\":1}", "a: *nope",
		"a: b\n c", "- a\n b", "a: 'x", "[a", "a: \"\\q\"", "x: &a [*a]", "a: b: c",
	} {
		if _, ok := parseQuick([]byte(c)); ok {
			t.Errorf("the quick reader read %q; it should leave it to yaml.v3", c)
		}
	}
}

// TestQuickReadsTheBuiltInCatalog: the quick reader must not give up on the
// catalog every start reads, or its speed is lost without a sign.
func TestQuickReadsTheBuiltInCatalog(t *testing.T) {
	data, err := os.ReadFile("../../careers/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !checkQuick(t, data) {
		t.Fatal("the quick reader gave up on careers/default.yaml")
	}
}

// withCRLF is cases with CR LF line ends, as a file saved on Windows has
// them.
func withCRLF(cases []string) []string {
	out := make([]string, len(cases))
	for i, c := range cases {
		out[i] = strings.ReplaceAll(c, "\n", "\r\n")
	}
	return out
}

// FuzzQuick holds the quick reader to yaml.v3: whatever it reads, it reads
// as yaml.v3 does.
func FuzzQuick(f *testing.F) {
	for _, c := range append(quickCases, withCRLF(quickCases)...) {
		f.Add([]byte(c))
	}
	for _, name := range []string{"../../careers/default.yaml", "testdata/generated.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkQuick(t, data)
	})
}

// TestQuickReadsGeneratedCatalogs: the generated catalogs of the benchmarks
// (internal/catalogtest, 100 careers here) share text through anchors and
// flow mappings; the quick reader reads them as yaml.v3 does.
func TestQuickReadsGeneratedCatalogs(t *testing.T) {
	data, err := os.ReadFile("testdata/generated.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !checkQuick(t, data) {
		t.Fatal("the quick reader gave up on testdata/generated.yaml")
	}
	if !checkQuick(t, []byte(withCRLF([]string{string(data)})[0])) {
		t.Fatal("the quick reader gave up on testdata/generated.yaml with CR LF line ends")
	}
}
