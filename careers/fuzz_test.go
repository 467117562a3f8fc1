package careers

import (
	"strings"
	"testing"
)

// FuzzParse feeds the catalog loader arbitrary bytes: it must never panic,
// and every rejection must say where and what in a FILE:... line.
func FuzzParse(f *testing.F) {
	f.Add([]byte(defaultYAML))
	f.Fuzz(func(t *testing.T, data []byte) {
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
