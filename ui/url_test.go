package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// An address breaks before a slash, dot or hyphen, never after a hyphen,
// and its pieces join back into it.
func TestWrapURLBreaksWhereAddressesDo(t *testing.T) {
	url := "https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm"
	for w := 1; w <= len(url)+1; w++ {
		pieces := wrapURL(url, w)
		if got := strings.Join(pieces, ""); got != url {
			t.Fatalf("at %d the pieces join to %q", w, got)
		}
		for i, p := range pieces {
			if ansi.StringWidth(p) > w {
				t.Errorf("at %d piece %q is wider", w, p)
			}
			if w >= 10 && i < len(pieces)-1 && strings.HasSuffix(p, "-") {
				t.Errorf("at %d piece %q ends in a hyphen", w, p)
			}
		}
	}
	got := strings.Join(wrapURL(url, 40), "|")
	want := "https://www.bls.gov/ooh/healthcare|/health-information-technologists-and|-medical-registrars.htm"
	if got != want {
		t.Errorf("at 40:\n got %s\nwant %s", got, want)
	}
}
