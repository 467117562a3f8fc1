package serve

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"careerquiz/careers"
	"careerquiz/ui"
)

// The restart notice says all its news in a narrow window too: at 50
// columns "answers are not kept" was the part cut off.
func TestRestartNoticeFitsNarrowWindows(t *testing.T) {
	cat, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{50, 80} {
		var m tea.Model = sessionModel{inner: ui.New(ui.Options{Catalog: cat, Remote: true})}
		m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: 20})
		m, _ = m.Update(restartingMsg{wait: 10 * time.Second})
		top, _, _ := strings.Cut(ansi.Strip(m.View().Content), "\n")
		if !strings.Contains(top, "within 10s;") || !strings.Contains(top, "not kept.") || ansi.StringWidth(top) > w {
			t.Errorf("at %d columns: %q", w, top)
		}
	}
}
