package safetext

import (
	"strings"
	"testing"
)

func TestVisibleEscapesEverythingThatActs(t *testing.T) {
	hostile := "a\x1b]0;title\x07b\x1b[?1049h\u009bc\u202ed\u2066e\x00f\rg\x7fh"
	out := Visible(hostile)
	for _, r := range out {
		if Unsafe(r) {
			t.Fatalf("Visible left %U in %q", r, out)
		}
	}
	for _, want := range []string{`\x1b]0;title\x07`, `\x1b[?1049h`, `\x9b`, `\u202e`, `\u2066`, `\x00`, `\x0d`, `\x7f`} {
		if !strings.Contains(out, want) {
			t.Errorf("%q lacks %q", out, want)
		}
	}
	if s := "Tab\tand\nnewline, é, 中文, emoji 🙂"; Visible(s) != s {
		t.Errorf("safe text changed: %q", Visible(s))
	}
	if r, at, ok := Find("ok\u202eno"); !ok || r != 0x202e || at != 3 {
		t.Errorf("Find = %U %d %v", r, at, ok)
	}
}

// Whatever the input, Visible's output holds nothing that acts on a
// terminal, and safe input comes back unchanged.
func FuzzVisible(f *testing.F) {
	f.Add("plain")
	f.Add("\x1b]0;t\x07\u202e\u009b")
	f.Fuzz(func(t *testing.T, s string) {
		out := Visible(s)
		if _, _, bad := Find(out); bad {
			t.Fatalf("Visible(%q) = %q", s, out)
		}
		if _, _, bad := Find(s); !bad && out != s {
			t.Fatalf("safe %q changed to %q", s, out)
		}
	})
}
