package yamldoc

import (
	"strings"
	"testing"
)

// The bound on aliases counts what each alias stands for, before anything
// is decoded, and names the alias where the count passes it.
func TestAliasBoundStopsAtTheAlias(t *testing.T) {
	var b strings.Builder
	b.WriteString("list: &l [")
	for i := range 3000 {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("x")
	}
	b.WriteString("]\nuses:\n")
	for range 20 {
		b.WriteString("  - *l\n")
	}
	root, err := Parse("bomb.yaml", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	// 3,025 nodes written (the mapping, two keys, two lists, 3,000 items, 20
	// aliases): a bound of 4*3,025+10,000 = 22,100 values. The count is
	// 3,005 before the first alias and each adds the list's 3,001, so it
	// passes the bound at the seventh (3,005 + 7*3,001 = 24,012), line 9.
	d := NewDecoder("bomb.yaml", root)
	p, over := d.Over()
	if !over {
		t.Fatal("a list read 21 times was not refused")
	}
	if p.Line != 9 || p.Col != 5 || !strings.Contains(p.Msg, "more than 22100 values, 4 times its size") {
		t.Fatalf("got %v, want the seventh alias, line 9 column 5", p)
	}
	// The same list read three times is fine.
	few := strings.Join(strings.SplitAfter(b.String(), "\n")[:5], "")
	root, err = Parse("few.yaml", []byte(few))
	if err != nil {
		t.Fatal(err)
	}
	if p, over := NewDecoder("few.yaml", root).Over(); over {
		t.Fatalf("three uses of a list refused: %v", p)
	}
}

// An alias inside its own anchor stands for a list without end: refused,
// and quickly.
func TestAliasInsideItsAnchorIsRefused(t *testing.T) {
	root, err := Parse("self.yaml", []byte("a: &x [1, *x]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p, over := NewDecoder("self.yaml", root).Over(); !over || p.Line != 1 {
		t.Fatalf("a self-referring alias: %v, %v", p, over)
	}
}
