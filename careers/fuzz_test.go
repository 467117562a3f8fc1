package careers

import (
	"reflect"
	"strings"
	"testing"
)

// FuzzParse feeds the catalog loader arbitrary bytes: it must never panic,
// every rejection must say where and what in a FILE:... line, and sharing
// what aliases stand for must decode as decoding each afresh.
func FuzzParse(f *testing.F) {
	f.Add([]byte(defaultYAML))
	f.Add([]byte(sharedSeed))
	f.Fuzz(func(t *testing.T, data []byte) {
		if shared, fresh, sp, fp, err := DecodeTwice(data); err == nil && (!reflect.DeepEqual(shared, fresh) || !reflect.DeepEqual(sp, fp)) {
			t.Fatalf("shared aliases decode differently:\n%v\n%v", sp, fp)
		}
		c, err := Parse("f.yaml", data)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "f.yaml:") || len(line) < len("f.yaml: x") {
					t.Fatalf("problem line %q is not in the FILE:LINE:COL: message form", line)
				}
			}
			return
		}
		if len(c.Questions) == 0 || len(c.Careers) == 0 {
			t.Fatal("accepted a catalog with no questions or no careers")
		}
	})
}

// sharedSeed names a trait, a route list, a list and a pay range through
// aliases, one of them in two ways.
const sharedSeed = `title: T
sources: [{id: s, short: S, name: Src}]
questions:
  - {id: m, topic: Managing, text: How much?, kind: scale, scale: {min: 1, max: 5}, trait: management}
careers:
  - id: a
    title: A
    summary: S
    education: &e {routes: [{level: bachelor, name: B, years: 4}], source: s}
    duties: &l [x, y]
    workplaces: *l
    skills: [z]
    pay: {median: 1000, year: 2020, source: s, range: &r {p10: 1, p25: 2, median: 3, p75: 4, p90: 5, year: 2020, source: s}}
    traits: {management: &t {level: 3, basis: manages, source: s}}
  - id: b
    title: B
    summary: S
    education: *e
    duties: *l
    workplaces: [w]
    settings: *l
    skills: *l
    pay: {median: 1000, year: 2020, source: s, range: *r}
    traits: {management: *t}
`
