package careers

import (
	_ "embed"
	"fmt"

	"careerquiz/internal/yamldoc"
)

//go:embed default.yaml
var defaultYAML string

// DefaultName is how the embedded catalog is named in messages.
const DefaultName = "default catalog"

// Default returns the embedded "Health IT careers" catalog. It is checked by
// the tests, so an error here means the binary was built from a broken tree.
func Default() (*Catalog, error) {
	c, err := Parse(DefaultName, []byte(defaultYAML))
	if err != nil {
		return nil, fmt.Errorf("the built-in catalog is broken: %w", err)
	}
	return c, nil
}

// Load reads and checks a catalog file (YAML or JSON). The error, if any, is
// yamldoc.Problems listing everything wrong, each with its position.
func Load(name string) (*Catalog, error) {
	data, err := yamldoc.ReadFile(name)
	if err != nil {
		return nil, err
	}
	c, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	c.File = name
	return c, nil
}

// Parse decodes and validates catalog text. name is used in problems.
func Parse(name string, data []byte) (*Catalog, error) {
	root, err := yamldoc.Parse(name, data)
	if err != nil {
		return nil, err
	}
	if root == nil {
		return nil, yamldoc.Problems{{File: name, Msg: "is empty: a catalog needs a title, questions and careers (see careerquiz catalog)"}}
	}
	d := &decoder{Decoder: *yamldoc.NewDecoder(name, root)}
	c := d.catalog(root)
	if p, over := d.Over(); over {
		// Only the reason: what was left undecoded would add noise.
		return nil, yamldoc.Problems{p}
	}
	validate(name, c, &d.Problems)
	if len(d.Problems) > 0 {
		return nil, d.Problems.Sorted()
	}
	c.Text = data
	c.indexLevels()
	return c, nil
}
