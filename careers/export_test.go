package careers

import "careerquiz/internal/yamldoc"

// DecodeTwice decodes text as Parse does, sharing what aliases stand for,
// and again decoding every alias afresh, and returns both catalogs and the
// problems each decoding found before validation (for shared_test.go,
// which needs catalogtest, which imports this package).
func DecodeTwice(text []byte) (shared, fresh *Catalog, sharedProblems, freshProblems yamldoc.Problems, err error) {
	root, err := yamldoc.Parse("c.yaml", text)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	s := &decoder{Decoder: *yamldoc.NewDecoder("c.yaml", root)}
	f := &decoder{Decoder: *yamldoc.NewDecoder("c.yaml", root), fresh: true}
	shared, fresh = s.catalog(root), f.catalog(root)
	return shared, fresh, s.Problems.Sorted(), f.Problems.Sorted(), nil
}
