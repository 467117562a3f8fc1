package catalogtest

import (
	"bytes"
	"testing"

	"careerquiz/careers"
	"careerquiz/internal/yamldoc"
)

// A generated catalog loads through the normal loader, with the careers
// asked for, and varies enough for the ranking and what-ifs to do work.
func TestGenerateLoads(t *testing.T) {
	text, err := Generate(1000)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := careers.Parse("generated.yaml", text)
	if err != nil {
		t.Fatal(err)
	}
	def, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(cat.Careers) != 1000 || len(cat.Questions) != len(def.Questions) {
		t.Fatalf("%d careers and %d questions, want 1000 and %d", len(cat.Careers), len(cat.Questions), len(def.Questions))
	}
	profiles, pays, routes := map[string]bool{}, map[float64]bool{}, map[string]bool{}
	ranged, capped := 0, 0
	for _, k := range cat.Careers {
		key := ""
		for _, tr := range k.TraitOrder {
			key += tr + string(rune('0'+int(k.Traits[tr].Level)))
		}
		profiles[key] = true
		pays[k.Pay.Median] = true
		routes[k.Education.Routes[0].Name] = true
		if k.Pay.Range != nil {
			ranged++
		}
		if len(k.Prerequisites) > 0 {
			capped++
		}
	}
	if len(profiles) < 900 || len(pays) < 900 || len(routes) < 6 {
		t.Errorf("too little variety: %d trait profiles, %d pay figures, %d first routes", len(profiles), len(pays), len(routes))
	}
	if ranged < 500 || ranged == 1000 || capped < 100 || capped > 700 {
		t.Errorf("%d careers with a pay range and %d with a prerequisite: want most, but not all, and some", ranged, capped)
	}
}

// 10,000 careers fit the catalog size cap and the bound on aliases, and the
// same n gives the same catalog (benchmarks compare like with like).
func TestGenerateFitsAndRepeats(t *testing.T) {
	a, err := Generate(10000)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) > yamldoc.MaxSize {
		t.Fatalf("10,000 careers take %d bytes, over the %d cap", len(a), yamldoc.MaxSize)
	}
	if _, err := careers.Parse("generated.yaml", a); err != nil {
		t.Fatalf("10,000 careers do not load: %v", err)
	}
	b, err := Generate(10000)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two catalogs of 10,000 careers differ")
	}
	if _, err := Generate(0); err == nil {
		t.Fatal("Generate(0) gave a catalog with no careers")
	}
}
