package quiz

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// The search's bounds worked a group of careers at a time are those worked
// career by career from the tables: each career's best margin on each
// rival, and its two largest gains.
func TestAnswerGroupsMatchCareers(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	grouped := 0
	for name, cat := range equivCatalogs(t) {
		for range 20 {
			a := randomAnswers(cat, rng, 0.3+0.7*rng.Float64())
			e := newEngine(cat, a)
			if len(e.answered) == 0 {
				continue
			}
			s := e.newSearch(e.rank(e.totals(e.current, nil))[0])
			tb := s.tablesFor(e.current, true)
			all := make([]int, len(cat.Careers))
			for ci := range all {
				all[ci] = ci
			}
			for _, qi := range s.changeable {
				g := tb.groups[qi]
				if g == nil {
					continue
				}
				grouped++
				cur, alts := tb.cur[qi], tb.altPts[qi]
				for r := range cat.Careers {
					lose := make([]int, len(alts))
					for x, alt := range alts {
						lose[x] = alt[r] - cur[r]
					}
					m := make([]int, len(all))
					g.margins(lose, all, m)
					for ci := range all {
						want := math.MinInt
						for x, alt := range alts {
							want = max(want, alt[ci]-cur[ci]-lose[x])
						}
						if m[ci] != want {
							t.Fatalf("%s, answers %v, %s: margin of %d on %d is %d, want %d", name, a, cat.Questions[qi].ID, ci, r, m[ci], want)
						}
					}
				}
				top1, top2 := g.topGains()
				for ci := range all {
					gains := []int{math.MinInt, math.MinInt}
					for _, alt := range alts {
						gains = append(gains, alt[ci]-cur[ci])
					}
					slices.Sort(gains)
					got1, got2 := 0, 0 // a career with no group gains 0 from every answer
					if k := g.at[ci]; k >= 0 {
						got1, got2 = top1[k], top2[k]
					} else if len(alts) < 2 {
						got2 = math.MinInt
					}
					if len(alts) == 0 {
						got1 = math.MinInt
					}
					if want1, want2 := gains[len(gains)-1], gains[len(gains)-2]; got1 != want1 || got2 != want2 {
						t.Fatalf("%s, answers %v, %s: career %d gains %d, %d, want %d, %d", name, a, cat.Questions[qi].ID, ci, got1, got2, want1, want2)
					}
				}
			}
		}
	}
	if grouped < 100 {
		t.Fatalf("only %d grouped questions checked", grouped)
	}
}

// top2 keeps the two largest numbers seen, as sorting them would.
func TestTop2(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	for range 200 {
		xs := make([]int, 1+rng.IntN(6))
		g1, g2 := math.MinInt, math.MinInt
		for i := range xs {
			xs[i] = rng.IntN(7) - 3
			g1, g2 = top2(g1, g2, xs[i])
		}
		sorted := append([]int{math.MinInt, math.MinInt}, xs...)
		slices.Sort(sorted)
		if g1 != sorted[len(sorted)-1] || g2 != sorted[len(sorted)-2] {
			t.Fatalf("%v: top two %d, %d", xs, g1, g2)
		}
	}
}

// The margins narrow reads, worked out at once for a grouped question, are
// margin's for each contender and rival (selfMargin for a contender that is
// also a rival).
func TestNewMarginsMatchMargin(t *testing.T) {
	rng := rand.New(rand.NewPCG(61, 62))
	checked := 0
	for name, cat := range equivCatalogs(t) {
		for range 20 {
			a := randomAnswers(cat, rng, 0.3+0.7*rng.Float64())
			e := newEngine(cat, a)
			if len(e.answered) == 0 {
				continue
			}
			s := e.newSearch(e.rank(e.totals(e.current, nil))[0])
			root := s.start()
			nr := len(root.rivals)
			for _, qi := range s.changeable {
				if root.groups[qi] == nil {
					continue
				}
				ms := s.newMargins(root, qi)
				for i, w := range root.contenders {
					for ri, r := range root.rivals {
						want := max(unknownMargin+1, s.margin(root, qi, w, r))
						if w == r {
							want = selfMargin
						}
						if ms[i*nr+ri] != want {
							t.Fatalf("%s, answers %v, %s: margin of %d on %d is %d, want %d", name, a, cat.Questions[qi].ID, w, r, ms[i*nr+ri], want)
						}
						checked++
					}
				}
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d margins checked", checked)
	}
}
