package quiz

import (
	"os/exec"
	"strings"
	"testing"
)

// quiz and careers must not depend on any Charm (terminal UI) package, even
// indirectly: they are the engine every front end shares.
func TestNoCharmImports(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "careerquiz/careers/...", "careerquiz/quiz/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list found only %v: the check would pass vacuously", deps)
	}
	for _, dep := range deps {
		if strings.HasPrefix(dep, "charm.land/") || strings.HasPrefix(dep, "github.com/charmbracelet/") || strings.HasPrefix(dep, "careerquiz/ui") {
			t.Errorf("careers or quiz depends on %s", dep)
		}
	}
}
