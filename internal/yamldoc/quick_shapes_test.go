package yamldoc

import (
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
)

// shapePieces are line contents a catalog might hold, and some it should
// not; documents made of them at random indentations test the quick
// reader's block structure far more often than byte-level fuzzing reaches.
var shapePieces = []string{
	"key: value", "key:", "- value", "- key: value", "-", "value", "# note", "",
	"key: |", "key: >-", "key: >", "key: |-", "text line", "more text", "key: [a, b]",
	"key: {a: 1, b: [x, y]}", "key: &a value", "key: *a", "- &a", "- *a", "key: &a",
	`key: "q\"x"`, "key: 'it''s'", "key: 3.5", "key: -2", "key: null", "key: true",
	"other: x # c", "- [1, 2]", "- {k: v}", "[a,", "b]", "{a: 1,", "b: 2}", "key: a: b",
	"'quoted key': v", `"k": v`, "key: 2022-32", "key: 3 years", "---", "...", "? x",
	"key: é ü", "- - x", "key: x #c", "key: [", "  a,", "]", "k: &b [1, *a]", "k: *b",
}

// randomShape builds a document of n random lines.
func randomShape(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(strings.Repeat(" ", []int{0, 0, 0, 1, 2, 2, 2, 3, 4, 4, 6}[r.IntN(11)]))
		b.WriteString(shapePieces[r.IntN(len(shapePieces))])
		if r.IntN(20) > 0 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// TestQuickShapes: of random documents made of catalog-like lines, those
// the quick reader reads it reads as yaml.v3 does. CAREERQUIZ_SHAPES sets how
// many (2,000 by default).
func TestQuickShapes(t *testing.T) {
	n := 2000
	if s := os.Getenv("CAREERQUIZ_SHAPES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	read := 0
	for range n {
		doc := randomShape(r, 1+r.IntN(12))
		if r.IntN(4) == 0 {
			doc = strings.ReplaceAll(doc, "\n", "\r\n") // saved on Windows
		}
		if checkQuick(t, []byte(doc)) {
			read++
		}
	}
	t.Logf("%d of %d documents read quickly", read, n)
	if read == 0 {
		t.Fatal("no random document was read quickly: the test tests nothing")
	}
}
