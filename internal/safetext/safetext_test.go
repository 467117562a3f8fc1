package safetext

import (
	"slices"
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
	for _, c := range []struct {
		s  string
		r  rune
		at int
	}{
		{"ok\u202eno", 0x202e, 3}, {"ab\x1bc", 0x1b, 3}, {"abc\x7f", 0x7f, 4}, {"\x00", 0, 1},
		{"é\x07", 0x07, 2}, {"ab\u0085", 0x85, 3}, // found after a character that is not ASCII
	} {
		if r, at, ok := Find(c.s); !ok || r != c.r || at != c.at {
			t.Errorf("Find(%q) = %U %d %v, want %U %d", c.s, r, at, ok, c.r, c.at)
		}
	}
	if _, _, ok := Find("plain\ttext\n"); ok {
		t.Error("Find refused a tab or a line end")
	}
	// Arabic and Hebrew writers place punctuation with the direction
	// marks; the isolates and embeddings that reorder text stay refused.
	if r, _, ok := Find("عن بعد\u200f (remote) \u200e \u061c"); ok {
		t.Errorf("Find refused the direction mark %U", r)
	}
	for _, r := range []rune{0x202a, 0x202b, 0x202c, 0x2066, 0x2067, 0x2068, 0x2069} {
		if _, _, ok := Find("a" + string(r)); !ok || !Direction(r) || !strings.Contains(Name(r), "(") {
			t.Errorf("%U is not refused as a direction control, with its name (%s)", r, Name(r))
		}
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

// Emoji sequences that terminals draw at different widths are found, with
// their place; wide characters every terminal agrees on are not.
func TestUnstableWidth(t *testing.T) {
	for _, tc := range []struct {
		s       string
		cluster string
		at      int
	}{
		{"Nurse ❤️ care", "❤️", 7},
		{"👩‍⚕️ Nurse", "👩‍⚕️", 1},
		{"ok 👍🏽", "👍🏽", 4},
		{"press 1️⃣", "1️⃣", 7},
		{"🇺🇸 pay", "🇺🇸", 1}, // flags: one cluster, two regional indicators
	} {
		c, at, cells, sum, ok := UnstableWidth(tc.s)
		if !ok || c != tc.cluster || at != tc.at || cells == sum {
			t.Errorf("UnstableWidth(%q) = %q at %d (%d vs %d cells), %v; want %q at %d", tc.s, c, at, cells, sum, ok, tc.cluster, tc.at)
		}
	}
	for _, s := range []string{"Health IT manager", "职业顾问", "Café", "Cafe\u0301", "🏥 hospital", "✔ done", "a–b — c"} {
		if c, _, _, _, ok := UnstableWidth(s); ok {
			t.Errorf("UnstableWidth(%q) found %q; every terminal draws it alike", s, c)
		}
	}
}

func TestWidthAndCut(t *testing.T) {
	if w := Width("职业 ok"); w != 7 {
		t.Errorf("Width(职业 ok) = %d, want 7", w)
	}
	for _, tc := range []struct {
		s          string
		width      int
		head, tail string
	}{
		{"abcdef", 4, "abcd", "ef"},
		{"职业顾问", 5, "职业", "顾问"},               // a wide character is never split across lines
		{"Cafe\u0301s", 4, "Cafe\u0301", "s"}, // nor a letter from its accent
		{"职", 1, "职", ""},                     // at least one cluster, so cutting moves on
	} {
		head, tail := Cut(tc.s, tc.width)
		if head != tc.head || tail != tc.tail {
			t.Errorf("Cut(%q, %d) = %q, %q; want %q, %q", tc.s, tc.width, head, tail, tc.head, tc.tail)
		}
	}
}

// CutLast splits off the last grapheme cluster, not the last byte or rune.
func TestCutLast(t *testing.T) {
	for _, tc := range []struct{ in, head, last string }{
		{"", "", ""},
		{"ab", "a", "b"},
		{"ae\u0301", "a", "e\u0301"},
		{"x👩‍⚕️", "x", "👩‍⚕️"},
		{"职业", "职", "业"},
	} {
		if head, last := CutLast(tc.in); head != tc.head || last != tc.last {
			t.Errorf("CutLast(%q) = %q, %q; want %q, %q", tc.in, head, last, tc.head, tc.last)
		}
	}
}

// Invisible finds what shows as nothing and has no use in a catalog's
// text, and leaves alone the joiners scripts need and combining accents.
func TestInvisible(t *testing.T) {
	for _, tc := range []struct {
		in string
		r  rune
		at int
	}{
		{"Health\u200binformatics", 0x200b, 7},
		{"Nurse\u3164", 0x3164, 6},
		{"A\U000E0041B", 0xe0041, 2},
		{"x\ufeffy", 0xfeff, 2},
	} {
		if r, at, ok := Invisible(tc.in); !ok || r != tc.r || at != tc.at {
			t.Errorf("Invisible(%q) = %U at %d (%v); want %U at %d", tc.in, r, at, ok, tc.r, tc.at)
		}
	}
	for _, fine := range []string{"plain", "e\u0301cole", "می\u200cخواهم", "क्\u200dष", "职业顾问"} {
		if r, _, ok := Invisible(fine); ok {
			t.Errorf("Invisible(%q) found %U", fine, r)
		}
	}
}

// A line may break between Chinese or Japanese characters, never before
// their closing punctuation or after their opening; other words stay
// whole.
func TestPieces(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"health-informatics", []string{"health-informatics"}},
		{"Électroencéphalographie", []string{"Électroencéphalographie"}},
		{"办公室：保险公司、咨询公司", []string{"办", "公", "室：", "保", "险", "公", "司、", "咨", "询", "公", "司"}},
		{"（2022年与2023年），涵盖", []string{"（2022", "年", "与", "2023", "年），", "涵", "盖"}},
		{"病案信息技术员（疾病分类编码员）", []string{"病", "案", "信", "息", "技", "术", "员", "（疾", "病", "分", "类", "编", "码", "员）"}},
		{"データ", []string{"デー", "タ"}},
		{"한국어", []string{"한국어"}},
		{"ＩＴ", []string{"Ｉ", "Ｔ"}},
		{"(2026年查阅).", []string{"(2026", "年", "查", "阅)."}},
		{"医学信息学,", []string{"医", "学", "信", "息", "学,"}},
	} {
		if got := Pieces(c.word); !slices.Equal(got, c.want) {
			t.Errorf("Pieces(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}
