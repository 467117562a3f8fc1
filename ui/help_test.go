package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"careerquiz/quiz"
)

// The help opens at its top, scrolls with the paging keys when it is
// taller than the screen, and closing it puts the screen back where it was.
func TestHelpScrollsAndKeepsThePlace(t *testing.T) {
	m := send(answerAll(newModel(t, 50, 20)), keys("r", "pgdown", "pgdown")...)
	before := m.vp.YOffset()
	if before == 0 {
		t.Fatal("paging did not move the results")
	}
	m = send(m, keys("?")...)
	if !m.showHelp || m.vp.YOffset() != 0 {
		t.Fatalf("the help opened at line %d, not its top", m.vp.YOffset())
	}
	m = send(m, keys("G")...)
	if screen := ansi.Strip(m.View().Content); !m.vp.AtBottom() || !strings.Contains(screen, "ctrl+z") {
		t.Fatalf("G did not reach the end of the help:\n%s", screen)
	}
	m = send(m, keys("g", "pgdown", "down", "esc")...)
	if m.showHelp || m.vp.YOffset() != before {
		t.Fatalf("after the help the results are at line %d, were at %d", m.vp.YOffset(), before)
	}
}

// Back from a career's details, the results are where they were, with the
// cursor's row on screen.
func TestBackFromDetailsKeepsTheCursorInView(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 12)), keys("r")...)
	for range 12 {
		m = send(m, keys("down")...)
	}
	title := m.result.Ranking[m.career].Career.Title
	if !strings.Contains(ansi.Strip(m.View().Content), "› [ ] "+title) {
		t.Fatalf("the cursor's row (%q) is not on screen before details", title)
	}
	at := m.vp.YOffset()
	m = send(m, keys("enter", "down", "esc")...)
	if m.screen != screenResults || m.vp.YOffset() != at || !strings.Contains(ansi.Strip(m.View().Content), "› [ ] "+title) {
		t.Fatalf("back from details: screen %d, line %d (was %d), cursor row on screen: %v",
			m.screen, m.vp.YOffset(), at, strings.Contains(ansi.Strip(m.View().Content), "› [ ] "+title))
	}
}

// The refusal of a fourth pick goes once a pick is undone.
func TestTooManyPickedNoticeGoes(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 40)), keys("r", "space", "down", "space", "down", "space", "down", "space")...)
	if !strings.Contains(m.notice.text, "up to 3") {
		t.Fatalf("no refusal of a fourth pick: %q", m.notice.text)
	}
	m = send(m, keys("up", "space")...)
	if !m.notice.empty() || len(m.picked) != 2 {
		t.Fatalf("after unpicking one (%d picked) the notice is %q", len(m.picked), m.notice.text)
	}
}

// Paging up shows the same page numbers as paging down did.
func TestPageNumbersAgreeBothWays(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("r")...)
	var down []string
	for !m.vp.AtBottom() {
		m = send(m, keys("pgdown")...)
		down = append(down, strings.Fields(ansi.Strip(m.position()))[1])
	}
	for i := len(down) - 2; i >= 0; i-- {
		m = send(m, keys("pgup")...)
		if got := strings.Fields(ansi.Strip(m.position()))[1]; got != down[i] {
			t.Fatalf("paging up shows %s where paging down showed %s (down: %v)", got, down[i], down)
		}
	}
}

// Paging counts one page a step, even where a step passes over a table
// border under the comparison's sticky names: down from the top it reads
// 1, 2, 3 and up from the bottom one less each time (a jump only onto the
// last page or the first, where the steps over borders run out of lines
// early), and paging reaches the bottom, all of the body shown.
func TestPageNumbersCountOneAStep(t *testing.T) {
	// mark is the page mark's numbers: "↑ 2/5 ↓" is 2 and 5.
	mark := func(m Model) (page, pages int) {
		for _, f := range strings.Fields(ansi.Strip(m.position())) {
			if a, b, ok := strings.Cut(f, "/"); ok {
				page, _ = strconv.Atoi(a)
				pages, _ = strconv.Atoi(b)
			}
		}
		return page, pages
	}
	sizes := [][2]int{{40, 14}, {160, 48}}
	for w := 50; w <= 100; w += 25 {
		for h := 14; h <= 36; h += 2 {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for _, size := range sizes {
		for _, start := range [][]string{{"r"}, {"r", "c"}, {"r", "enter"}} {
			m := send(answerAll(newModel(t, size[0], size[1])), keys(start...)...)
			page, pages := mark(m)
			if pages == 0 {
				continue // all of it shows
			}
			seen := []int{page}
			for i := 0; !m.vp.AtBottom(); i++ {
				if i == pages {
					t.Fatalf("%dx%d %v: %d pages down, not at the bottom: pages %v", size[0], size[1], start, i, seen)
				}
				m = send(m, keys("pgdown")...)
				page, _ := mark(m)
				seen = append(seen, page)
			}
			down := len(seen)
			for i := 0; !m.vp.AtTop(); i++ {
				if i == pages {
					t.Fatalf("%dx%d %v: %d pages up, not at the top: pages %v", size[0], size[1], start, i, seen)
				}
				m = send(m, keys("pgup")...)
				page, _ := mark(m)
				seen = append(seen, page)
			}
			if seen[0] != 1 || seen[down-1] != pages || seen[len(seen)-1] != 1 {
				t.Errorf("%dx%d %v: pages %v of %d: not 1 at the top and %d at the bottom", size[0], size[1], start, seen, pages, pages)
			}
			for i := 1; i < len(seen); i++ {
				step, want := seen[i]-seen[i-1], 1
				if i >= down {
					want = -1
				}
				end := seen[i] == pages || seen[i] == 1
				if step != want && !(end && step*want > 0) {
					t.Errorf("%dx%d %v: pages %v of %d: a step of %d", size[0], size[1], start, seen, pages, step)
					break
				}
			}
		}
	}
}

// Over SSH there is no job control: the help does not offer ctrl+z.
func TestRemoteHelpHasNoSuspend(t *testing.T) {
	m := send(New(Options{Catalog: defaultCatalog(t), Remote: true}), keys("enter", "?")...)
	if screen := ansi.Strip(m.View().Content); strings.Contains(screen, "suspend") {
		t.Fatalf("the help under serve offers suspend:\n%s", screen)
	}
	local := send(newModel(t, 80, 40), keys("enter", "?")...)
	if !strings.Contains(ansi.Strip(local.View().Content), "suspend") {
		t.Fatal("the local help does not offer suspend: the check above proves nothing")
	}
}

// A look at the answers and back, with nothing changed, keeps the results
// as they were: the cursor, the place, the picks.
func TestResultsKeptWhenNothingChanged(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 12)), keys("r", "space")...)
	for range 10 {
		m = send(m, keys("down")...)
	}
	career, at, gen := m.career, m.vp.YOffset(), m.resultGen
	m = send(m, keys("a", "r")...)
	if m.screen != screenResults || m.career != career || m.vp.YOffset() != at || m.resultGen != gen || len(m.picked) != 1 {
		t.Fatalf("after a, r: cursor %d (was %d), line %d (was %d), result %d (was %d), %d picked",
			m.career, career, m.vp.YOffset(), at, m.resultGen, gen, len(m.picked))
	}
	m = send(m, keys("a", "enter", "1", "r")...) // an answer changed: scored again, from the top
	if m.resultGen == gen || m.career != 0 {
		t.Fatalf("after changing an answer: result %d (was %d), cursor %d", m.resultGen, gen, m.career)
	}
}

// While the help covers a screen, the help line lists the help's own keys,
// not the screen's (they wait until it closes); every key the help line
// offers closes it.
func TestHelpLineIsTheHelps(t *testing.T) {
	for _, closer := range []string{"?", "esc", "q", "enter", "n", "f1"} {
		m := send(answerAll(newModel(t, 80, 24)), keys("r", "?")...)
		footer := ansi.Strip(strings.Join(m.footer(), "\n"))
		if !strings.Contains(footer, "close help") || strings.Contains(footer, "export") {
			t.Fatalf("help line with the help open:\n%s", footer)
		}
		if m = send(m, keys(closer)...); m.showHelp || m.done || m.screen != screenResults {
			t.Fatalf("%s did not close the help (help %v, screen %d)", closer, m.showHelp, m.screen)
		}
	}
}

// On the results, esc goes back to the answers, and the help says so.
func TestResultsHelpNamesEscBack(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("r", "?")...)
	if !strings.Contains(screenText(m), "a/esc") {
		t.Fatalf("the results' help does not name esc:\n%s", screenText(m))
	}
	if m = send(m, keys("esc", "esc")...); m.screen != screenReview {
		t.Fatalf("esc on the results went to screen %d, not the answers", m.screen)
	}
}

// The results give what would change them in full, up to maxWhatIfs, or
// say how many more the report holds.
func TestResultsGiveEveryWhatIf(t *testing.T) {
	m := send(answerAll(newModel(t, 200, 60)), keys("r")...)
	body := strings.Join(strings.Fields(ansi.Strip(strings.Join(m.vp.lines, "\n"))), " ")
	if len(m.result.WhatIf) < 2 {
		t.Fatalf("only %d what-ifs to show", len(m.result.WhatIf))
	}
	for i, wi := range m.result.WhatIf {
		sentence := strings.Join(strings.Fields(quiz.WhatIfSentence(m.cat, wi)), " ")
		if shown := strings.Contains(body, sentence); shown != (i < maxWhatIfs-1 || len(m.result.WhatIf) <= maxWhatIfs) {
			t.Fatalf("what-if %d of %d shown: %v\n%s", i+1, len(m.result.WhatIf), shown, sentence)
		}
	}
	if more := strings.Contains(body, "more in the report"); more != (len(m.result.WhatIf) > maxWhatIfs) {
		t.Fatalf("%d what-ifs, and the screen says there are more: %v", len(m.result.WhatIf), more)
	}
}

// A source's address is broken at the width so that all of it shows, and
// every piece links to the whole page (OSC 8), not to the piece.
func TestSourceLinksAreWhole(t *testing.T) {
	m := send(answerAll(newModel(t, 50, 40)), keys("r", "enter")...)
	body := strings.Join(m.vp.lines, "\n")
	src := quiz.SourcesUsed(m.cat, m.result.Ranking[m.detail].Career)
	checked := 0
	for _, s := range src {
		if len(s.URL) <= 46 {
			continue
		}
		if n := strings.Count(body, "\x1b]8;;"+s.URL); n < 2 {
			t.Fatalf("%s is broken into pieces, %d of them linked to it whole", s.URL, n)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no address longer than the line to check")
	}
}

// On a narrow screen the results' list shortens titles to forms that stay
// apart: no two careers show the same name.
func TestNarrowListNamesStayApart(t *testing.T) {
	for _, w := range []int{30, 36, 44, 50} {
		m := send(answerAll(newModel(t, w, 60)), keys("r")...)
		names := map[string]bool{}
		for _, line := range strings.Split(ansi.Strip(strings.Join(m.vp.lines, "\n")), "\n") {
			_, row, ok := strings.Cut(line, "[ ] ")
			if !ok {
				continue
			}
			name := strings.TrimSpace(strings.TrimRight(row, " .0123456789█▉▊▋▌▍▎▏░#"))
			if names[name] {
				t.Fatalf("width %d: two careers show as %q", w, name)
			}
			names[name] = true
		}
		if len(names) != len(m.cat.Careers) {
			t.Fatalf("width %d: %d names on the list, %d careers", w, len(names), len(m.cat.Careers))
		}
	}
}

// After the arrows move the view a line, paging on still counts one page a
// step: up from a line above the bottom, down from a line below the top.
func TestPageNumbersAfterAnArrow(t *testing.T) {
	page := func(m Model) int {
		for _, f := range strings.Fields(ansi.Strip(m.position())) {
			if a, _, ok := strings.Cut(f, "/"); ok {
				n, _ := strconv.Atoi(a)
				return n
			}
		}
		return 0
	}
	for _, start := range [][]string{{"r"}, {"r", "c"}} {
		m := send(answerAll(newModel(t, 80, 24)), keys(start...)...)
		m = send(m, keys("end", "up")...)
		seen := []int{page(m)}
		for !m.vp.AtTop() {
			m = send(m, keys("pgup")...)
			seen = append(seen, page(m))
		}
		for i := 1; i < len(seen); i++ {
			// The last step may count none: a line off the page grid, the
			// view reaches the top a step after page 1.
			if d := seen[i-1] - seen[i]; d != 1 && !(d > 1 && seen[i] == 1) && !(d == 0 && i == len(seen)-1) {
				t.Errorf("%v, up from a line above the bottom: pages %v", start, seen)
				break
			}
		}
		m = send(m, keys("down")...)
		seen = []int{page(m)}
		for !m.vp.AtBottom() {
			m = send(m, keys("pgdown")...)
			seen = append(seen, page(m))
		}
		for i := 1; i < len(seen); i++ {
			if d := seen[i] - seen[i-1]; d != 1 && !(d != 1 && i == len(seen)-1) {
				t.Errorf("%v, down from a line below the top: pages %v", start, seen)
				break
			}
		}
	}
}
