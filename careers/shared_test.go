package careers_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"careerquiz/careers"
	"careerquiz/internal/catalogtest"
	"careerquiz/internal/yamldoc"
)

// decodeBoth is careers.DecodeTwice, failing the test on an error.
func decodeBoth(t *testing.T, text []byte) (shared, fresh *careers.Catalog, sharedProblems, freshProblems yamldoc.Problems) {
	t.Helper()
	shared, fresh, sharedProblems, freshProblems, err := careers.DecodeTwice(text)
	if err != nil {
		t.Fatal(err)
	}
	return shared, fresh, sharedProblems, freshProblems
}

// Sharing what an alias stands for changes nothing in the catalog decoded:
// the generated catalogs name their traits, routes, pay ranges, outlooks,
// lists and prerequisites through anchors, up to thousands of times each.
// 1,200 careers are decoded on more than one goroutine.
func TestSharedAliasesDecodeAsWrittenOut(t *testing.T) {
	for _, n := range []int{60, 1200} {
		text, err := catalogtest.Generate(n)
		if err != nil {
			t.Fatal(err)
		}
		shared, fresh, sp, fp := decodeBoth(t, text)
		if len(sp)+len(fp) > 0 {
			t.Fatalf("%d careers: problems %v and %v", n, sp, fp)
		}
		if !reflect.DeepEqual(shared, fresh) {
			t.Fatalf("%d careers: the catalog decoded with shared aliases differs from the one decoded afresh", n)
		}
		if len(shared.Careers) != n {
			t.Fatalf("%d careers: decoded %d", n, len(shared.Careers))
		}
	}
}

// A node with a problem is decoded again at every alias, so each career
// that names it reports the problem, in its own name, as when nothing was
// shared.
func TestSharedAliasesReportProblemsAtEachUse(t *testing.T) {
	text, err := catalogtest.Generate(60)
	if err != nil {
		t.Fatal(err)
	}
	broken := string(text)
	for _, r := range []struct{ old, new string }{
		{"&t13 {level: 3,", "&t13 {level: three,"},      // a trait named by 12 careers
		{"credits_unit: quarter", "credits_unit: term"}, // a route list named by 4
		{"&r5 {p10: 25000", "&r5 {p10: 95000"},          // a pay range named by 5
	} {
		if !strings.Contains(broken, r.old) {
			t.Fatalf("test setup: the generated catalog has no %q", r.old)
		}
		broken = strings.Replace(broken, r.old, r.new, 1)
	}
	shared, fresh, sp, fp := decodeBoth(t, []byte(broken))
	if !reflect.DeepEqual(sp, fp) {
		t.Fatalf("problems with shared aliases:\n%v\nafresh:\n%v", sp, fp)
	}
	if !reflect.DeepEqual(shared, fresh) {
		t.Fatal("the catalogs differ")
	}
	count := func(s string) int {
		n := 0
		for _, p := range sp {
			if strings.Contains(p.Msg, s) {
				n++
			}
		}
		return n
	}
	for _, c := range []struct {
		msg  string
		uses int
	}{
		{`trait "data-vs-people": level should be a number`, 13},
		{`credits_unit "term" is not one of quarter or semester`, 5},
		{`p25 (31000) is below p10 (95000)`, 6},
	} {
		if got := count(c.msg); got != c.uses {
			t.Errorf("%q is reported %d times, not at each of its %d uses:\n%v", c.msg, got, c.uses, sp)
		}
	}
}

// What is shared is what a node was decoded as: a list named as
// workplaces in one career and as settings in others is decoded as each.
func TestSharedAliasesKeepWhatTheyWereDecodedAs(t *testing.T) {
	text, err := catalogtest.Generate(60)
	if err != nil {
		t.Fatal(err)
	}
	const old = "workplaces: *w0"
	if !strings.Contains(string(text), old) || !strings.Contains(string(text), "settings: &g5 [office, remote]") {
		t.Fatal("test setup: the generated catalog has no *w0 or &g5")
	}
	mixed := strings.Replace(string(text), old, "workplaces: *g5", 1)
	shared, fresh, sp, fp := decodeBoth(t, []byte(mixed))
	if len(sp)+len(fp) > 0 {
		t.Fatalf("problems %v and %v", sp, fp)
	}
	if !reflect.DeepEqual(shared, fresh) {
		t.Fatal("the catalogs differ")
	}
	for _, c := range shared.Careers {
		if slices.Equal(c.Workplaces, []string{"office", "remote"}) {
			return
		}
	}
	t.Fatal("no career has the settings list as its workplaces")
}
