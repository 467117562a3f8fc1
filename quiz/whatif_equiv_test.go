package quiz

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"careerquiz/careers"
	"careerquiz/internal/catalogtest"
)

// The what-if search gives exactly what the search it replaced gives (the
// reference in whatif_reference_test.go), on the frozen and built-in
// catalogs and on generated ones, where many careers crowd the top.
func TestWhatIfMatchesReference(t *testing.T) {
	cats := map[string]*careers.Catalog{"frozen": frozenCatalog(t), "default": defaultCatalog(t)}
	for _, n := range []int{40, 150} {
		text, err := catalogtest.Generate(n)
		if err != nil {
			t.Fatal(err)
		}
		if cats[fmt.Sprint("generated-", n)], err = careers.Parse("generated.yaml", text); err != nil {
			t.Fatal(err)
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	compared, found := 0, 0
	for name, cat := range cats {
		for range 40 {
			a := randomAnswers(cat, rng, 0.2+0.8*rng.Float64())
			e := newEngine(cat, a)
			order := e.rank(e.totals(e.current, nil))
			got, want := e.whatIf(order), e.refWhatIf(order)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, answers %v:\nwhat-ifs %+v\nthe reference search: %+v", name, a, got, want)
			}
			compared++
			found += len(want)
		}
	}
	if found < compared {
		t.Fatalf("only %d what-ifs in %d results: the comparison says little", found, compared)
	}
}
