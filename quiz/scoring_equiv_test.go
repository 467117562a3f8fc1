package quiz

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"testing"

	"careerquiz/careers"
	"careerquiz/internal/catalogtest"
)

// equivCatalogs are the catalogs the faster scoring is compared on: the
// frozen and built-in ones (one where only routes need a fact), and
// generated ones, one with its careers' ids
// out of catalog order (generated ids are in order, which the ranking
// relies on for nothing but speed).
func equivCatalogs(t *testing.T) map[string]*careers.Catalog {
	t.Helper()
	cats := map[string]*careers.Catalog{"frozen": frozenCatalog(t), "default": defaultCatalog(t),
		// A nurse with no prerequisite: only its routes need the licence.
		"routes-only": frozenWithout(t, "    prerequisites:\n      - {text: needs the licence or training for it, short: needs the licence, trait: licence, needs: 1, cap: 30, source: src}\n", ""),
	}
	text, err := catalogtest.Generate(300)
	if err != nil {
		t.Fatal(err)
	}
	if cats["generated"], err = careers.Parse("generated.yaml", text); err != nil {
		t.Fatal(err)
	}
	perm := rand.New(rand.NewPCG(3, 4)).Perm(300)
	next := 0
	shuffled := regexp.MustCompile(`id: gen-\d+`).ReplaceAllFunc(text, func([]byte) []byte {
		next++
		return fmt.Appendf(nil, "id: gen-%05d", perm[next-1]+1)
	})
	if cats["shuffled"], err = careers.Parse("shuffled.yaml", shuffled); err != nil {
		t.Fatal(err)
	}
	if slices.IsSortedFunc(cats["shuffled"].Careers, func(a, b careers.Career) int { return cmp.Compare(a.ID, b.ID) }) {
		t.Fatal("test setup: the shuffled catalog's ids are in order")
	}
	return cats
}

// The ranking, the unknown facts, the questions to ask next, the columns of
// points and what the engine reads from the careers are exactly what the
// simpler code they replaced gives (scoring_reference_test.go).
func TestScoringMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	asked, unknown, ties := 0, 0, 0
	for name, cat := range equivCatalogs(t) {
		for range 60 {
			a := randomAnswers(cat, rng, 0.05+0.95*rng.Float64())
			e := newEngine(cat, a)
			if !reflect.DeepEqual(e.stanceFacts(), e.refStanceFacts()) || e.allRanged != refAllRanged(cat) {
				t.Fatalf("%s: stance facts %v, want %v; all ranged %v", name, e.stanceFacts(), e.refStanceFacts(), e.allRanged)
			}
			totals := e.totals(e.current, nil)
			order := e.rank(totals)
			if want := e.refRank(totals); !slices.Equal(order, want) {
				t.Fatalf("%s, answers %v: ranking %v, want %v", name, a, order, want)
			}
			if len(order) > 1 && totals[order[0]] == totals[order[1]] {
				ties++
			}
			st := e.stanceOf(e.current)
			entered := e.openWays(&st)
			for ci := range cat.Careers {
				for ri := range cat.Careers[ci].Education.Routes {
					r := &cat.Careers[ci].Education.Routes[ri]
					if got, _ := st.route(r); st.routeState(r) != got {
						t.Fatalf("%s, answers %v: %s route %d: state %v, route says %v", name, a, cat.Careers[ci].ID, ri, st.routeState(r), got)
					}
				}
				want := e.refUnknown(&st, ci)
				for _, open := range [][]bool{nil, entered} {
					if got := e.unknown(&st, ci, open); !slices.Equal(got, want) || got == nil {
						t.Fatalf("%s, answers %v: %s unknown %#v, want %#v (open ways %v)", name, a, cat.Careers[ci].ID, got, want, open != nil)
					}
				}
				unknown += len(want)
			}
			for _, qi := range e.answered {
				for _, ans := range append(Choices(cat.Questions[qi]), e.current[qi].a) {
					if got, want := e.column(&st, qi, ans, e.valuesAt(&st, qi)), e.refColumn(&st, qi, ans); !slices.Equal(got, want) {
						t.Fatalf("%s, answers %v: column of %s=%v differs from scoring each career", name, a, cat.Questions[qi].ID, ans)
					}
				}
			}
			lead := order[:min(len(order), 2+rng.IntN(40))]
			got, want := e.separators(lead), e.refSeparators(lead)
			if !slices.Equal(got, want) {
				t.Fatalf("%s, answers %v, leaders %v: asks %v, want %v", name, a, lead, got, want)
			}
			asked += len(got)
		}
	}
	t.Logf("%d questions asked, %d unknown facts, %d tied tops", asked, unknown, ties)
	if asked < 50 || unknown < 50 || ties < 20 {
		t.Fatalf("only %d questions asked, %d unknown facts, %d tied tops: the comparison says little", asked, unknown, ties)
	}
}

// byDescending orders by key, highest first and equal keys in index order,
// whether it counts (a narrow spread) or compares (a wide one).
func TestByDescending(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, spread := range []int{1, 3, 1000, maxCountingSpan - 1, maxCountingSpan, 1 << 40} {
		for _, n := range []int{0, 1, 2, 17, 500} {
			keys := make([]int, n)
			for i := range keys {
				keys[i] = rng.IntN(spread) - spread/2
			}
			if n > 2 && spread == 1<<40 {
				keys[0], keys[1] = math.MinInt, math.MaxInt // the span overflows
			}
			want := make([]int, n)
			for i := range want {
				want[i] = i
			}
			slices.SortStableFunc(want, func(a, b int) int { return cmp.Compare(keys[b], keys[a]) })
			if got := byDescending(keys, make([]int, 3)); !slices.Equal(got, want) {
				t.Fatalf("spread %d, keys %v: order %v, want %v", spread, keys, got, want)
			}
		}
	}
}

// A column groups careers by value, each value's points worked out once;
// values are the same only bit for bit, and past maxDistinct values it
// does not group at all.
func TestCareerColumnGroupsByValue(t *testing.T) {
	negZero := math.Copysign(0, -1)
	c := newCareerColumn([]float64{3, 1, 3, 0, negZero, 2, 1}, []bool{true, true, true, true, true, false, true})
	if want := []int16{0, 1, 0, 2, 3, -1, 1}; !slices.Equal(c.at, want) {
		t.Fatalf("groups %v, want %v", c.at, want)
	}
	if len(c.distinct) != 4 || c.distinct[0] != 3 || c.distinct[1] != 1 {
		t.Fatalf("distinct values %v", c.distinct)
	}
	many := make([]float64, maxDistinct+1)
	open := make([]bool, len(many))
	for i := range many {
		many[i], open[i] = float64(i), true
	}
	if c := newCareerColumn(many[:maxDistinct], open[:maxDistinct]); c.at == nil || len(c.distinct) != maxDistinct {
		t.Fatalf("%d values are not grouped", maxDistinct)
	}
	if c := newCareerColumn(many, open); c.at != nil || c.distinct != nil || len(c.vals) != len(many) {
		t.Fatalf("%d values are grouped", len(many))
	}
}

// clamp01 gives what math.Max(0, math.Min(1, f)) gives, bit for bit,
// including for NaN, signed zeros and infinities.
func TestClamp01MatchesMath(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Copysign(0, -1), 0, 1, math.Copysign(1e-300, -1), 0.5, 1 + 1e-16, 2, -3, math.Inf(1), math.Inf(-1)} {
		got, want := clamp01(f), math.Max(0, math.Min(1, f))
		if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("clamp01(%v) = %v, want %v", f, got, want)
		}
	}
}

// Every career's reasons read word for word as the reference writes them
// (reasons_reference_test.go), for answers of every kind, the pay compared
// on medians or percentiles, and facts given or skipped.
func TestReasonsMatchReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(51, 52))
	cats := equivCatalogs(t)
	cats["no-range"] = frozenWithout(t, analystRange, "")
	reasons := 0
	for name, cat := range cats {
		for range 30 {
			a := randomAnswers(cat, rng, 0.2+0.8*rng.Float64())
			r := Score(cat, a)
			e := newEngine(cat, a)
			st := e.stanceOf(e.current)
			for _, k := range r.Ranking {
				got, want := k.Reasons(), e.refReasons(&st, k.why.ci, k.why.totalT)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s, answers %v, %s:\nreasons %+v\nreference %+v", name, a, k.Career.ID, got, want)
				}
				reasons += len(got)
			}
		}
	}
	if reasons < 10000 {
		t.Fatalf("only %d reasons compared", reasons)
	}
}

// formatG writes what fmt's %g writes.
func TestFormatGMatchesFmt(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 2.25, 30, 75, 1e6, 1e21, 123456789, 1e-5, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN()} {
		if got, want := formatG(f), fmt.Sprintf("%g", f); got != want {
			t.Errorf("formatG(%v) = %q, want %q", f, got, want)
		}
	}
}
