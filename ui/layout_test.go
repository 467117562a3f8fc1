package ui

import (
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"careerquiz/careers"
	"careerquiz/quiz"
)

// screens are the states a person can reach, each from a fresh model.
var screens = []struct {
	name  string
	setup func(Model) Model
}{
	{"welcome", func(m Model) Model { return m }},
	{"question", func(m Model) Model { return send(m, keys("enter")...) }},
	{"choice", func(m Model) Model { return send(m, keys("enter", "4", "down")...) }},
	{"salary-error", func(m Model) Model {
		m = send(m, keys("enter", "4", "2")...)
		return send(send(m, typeText("about fifty thousand a year")...), keys("enter")...)
	}},
	{"review", answerAll},
	{"results", func(m Model) Model { return send(answerAll(m), keys("r")...) }},
	{"details", func(m Model) Model { return send(answerAll(m), keys("r", "down", "enter")...) }},
	{"compare", func(m Model) Model {
		return send(answerAll(m), keys("r", "space", "down", "space", "down", "space", "c")...)
	}},
	{"help", func(m Model) Model { return send(m, keys("enter", "?")...) }},
	{"confirm", func(m Model) Model { return send(m, keys("enter", "q")...) }},
	{"all-skipped", func(m Model) Model {
		return send(send(m, keys("enter", "s", "s")...), keys("enter", "s", "s", "s", "s", "s", "s", "s", "s", "r")...)
	}},
}

// checkFits fails when a line of the screen is wider than the terminal or
// the screen has more lines than the terminal.
func checkFits(t *testing.T, label string, m Model, w, h int) {
	t.Helper()
	lines := strings.Split(m.View().Content, "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines on a %d-line terminal", label, len(lines), h)
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got > w {
			t.Errorf("%s: line %d is %d wide on a %d-column terminal: %q", label, i+1, got, w, ansi.Strip(l))
		}
	}
	// The layout itself must fit, not lean on render's last-resort cut: the
	// body within its margins, and the header and footer too.
	// The body is within its (possibly capped) width; the header and footer
	// span the screen within its margins.
	cw, full := m.contentWidth(), max(w-2*sideMargin, 1)
	body, _ := m.body(cw)
	check := func(lines []string, limit int) bool {
		for _, l := range lines {
			if got := ansi.StringWidth(l); got > limit {
				t.Errorf("%s: a line is %d wide where %d fit, and would be cut: %q", label, got, limit, ansi.Strip(l))
				return false
			}
		}
		return true
	}
	if check(strings.Split(body, "\n"), cw) {
		check(append(m.footerLines(), m.header()), full)
	}
	checkNoBrokenWords(t, label, ansi.Strip(body))
	if cw > readableWidth && m.screen != screenCompare {
		t.Errorf("%s: prose %d wide, over the readable %d", label, cw, readableWidth)
	}
}

func TestNoLineWiderThanTheTerminal(t *testing.T) {
	wide := wideCatalog(t)
	for _, size := range [][2]int{{30, 10}, {40, 15}, {50, 20}, {80, 24}, {120, 40}, {200, 60}} {
		w, h := size[0], size[1]
		for i, sc := range screens {
			m := sc.setup(newModel(t, w, h))
			label := fmt.Sprintf("%s at %dx%d", sc.name, w, h)
			if i%2 == 1 { // every other screen with wide text, to keep the sweep quick
				m = sc.setup(send(New(Options{Catalog: wide, Now: fixedNow, ExportDir: t.TempDir()}), tea.WindowSizeMsg{Width: w, Height: h}))
				label += " (wide text)"
			}
			checkFits(t, label, m, w, h)
			// Page through to the end: every page fits too.
			for page := 0; page < 40 && !m.vp.AtBottom(); page++ {
				m = send(m, keys("pgdown")...)
				checkFits(t, fmt.Sprintf("%s page %d", label, page+2), m, w, h)
			}
		}
	}
}

// At 80x24 everything is reachable: paging down reaches the last line of
// the results (the caveat about medians).
func TestEverythingReachableAt80x24(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("r")...)
	seen := screenText(m)
	for page := 0; page < 60 && !m.vp.AtBottom(); page++ {
		m = send(m, keys("pgdown")...)
		seen += screenText(m)
	}
	if !m.vp.AtBottom() || !strings.Contains(seen, "a median is not a starting salary") {
		t.Fatal("the end of the results cannot be reached by paging")
	}
}

func TestNarrowComparisonIsCards(t *testing.T) {
	m := send(answerAll(newModel(t, 50, 300)), keys("r", "c")...)
	text := screenText(m)
	if strings.Contains(text, "╭") || !hasLine(text, "Education requirements") || !hasLine(text, "At a glance") {
		t.Fatalf("narrow comparison is not cards:\n%s", text)
	}
	wide := send(answerAll(newModel(t, 120, 300)), keys("r", "c")...)
	if !strings.Contains(screenText(wide), "╭") || wide.sticky == "" {
		t.Fatal("wide comparison is not a table under sticky names")
	}
}

func TestGoldenScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {50, 20}} {
		for _, sc := range screens {
			switch sc.name {
			case "welcome", "question", "salary-error", "review", "results", "compare":
			default:
				continue
			}
			m := sc.setup(newModel(t, size[0], size[1]))
			golden(t, fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1]), screenText(m))
		}
	}
}

// FuzzModel sends random keys and resizes: no panic, and every screen fits.
func FuzzModel(f *testing.F) {
	f.Add(uint64(1), []byte("\x00\x01\x02"))
	f.Add(uint64(7), []byte("0123456789abcdefghij"))
	cat := defaultCatalog(f)
	names := []string{"enter", "esc", "up", "down", "space", "pgdown", "pgup", "f1", "backspace",
		"1", "2", "3", "4", "5", "9", "s", "b", "r", "a", "c", "e", "n", "y", "q", "?", "$", "k", "x",
		"g", "G", "home", "end", "u", "ctrl+u", "N", "Y"}
	f.Fuzz(func(t *testing.T, seed uint64, data []byte) {
		rng := rand.New(rand.NewPCG(seed, 0))
		w, h := 80, 24
		m := New(Options{Catalog: cat, Now: fixedNow, ExportDir: t.TempDir()})
		m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
		for _, b := range data {
			if b%17 == 0 {
				w, h = 30+rng.IntN(170), 10+rng.IntN(58) // the smallest screen the quiz supports is 30x10
				m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
				continue
			}
			m = sendRun(m, keyPress(names[int(b)%len(names)]))
			if m.done {
				return
			}
			checkFooterKept(t, m, h)
		}
		checkFits(t, "fuzzed", m, w, h)
	})
}

// One scrolling model: g/G and home/end go to the ends, the position mark
// says where the view is, and on the results ↑/↓ scroll once the list is
// out of view instead of snapping back to it.
func TestScrolling(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("r")...)
	if got := m.header(); !strings.Contains(got, " 1/") || !strings.Contains(got, "↓") || strings.Contains(got, "↑") {
		t.Fatalf("position at the top: %q", got)
	}
	m = send(m, keys("G")...)
	if !m.vp.AtBottom() || !strings.Contains(m.header(), "↑") || strings.Contains(m.header(), "↓") {
		t.Fatalf("G: at bottom %v, header %q", m.vp.AtBottom(), m.header())
	}
	cursor, off := m.career, m.vp.YOffset()
	m = send(m, keys("up")...)
	if m.career != cursor || m.vp.YOffset() != off-1 {
		t.Fatalf("up away from the list moved the cursor (%d→%d) or did not scroll (%d→%d)", cursor, m.career, off, m.vp.YOffset())
	}
	m = send(m, keys("g", "down")...)
	if m.vp.YOffset() != 0 || m.career != 1 {
		t.Fatalf("g then down: offset %d, cursor %d", m.vp.YOffset(), m.career)
	}
	d := send(m, keys("enter", "end")...)
	if !d.vp.AtBottom() {
		t.Fatal("end on the details does not reach the bottom")
	}
	if d = send(d, keys("home")...); !d.vp.AtTop() {
		t.Fatal("home on the details does not reach the top")
	}
	narrow := send(answerAll(newModel(t, 30, 12)), keys("r")...)
	if !regexp.MustCompile(`\d+/\d+`).MatchString(ansi.Strip(narrow.header())) {
		t.Fatalf("the position mark is gone at 30 columns: %q", narrow.header())
	}
}

// TERM=linux: plain ASCII on every screen, help lines included.
func TestPlainGlyphsAreASCII(t *testing.T) {
	m := send(New(Options{Catalog: defaultCatalog(t), Plain: true, NoColor: true, Now: fixedNow, ExportDir: t.TempDir()}),
		tea.WindowSizeMsg{Width: 80, Height: 24})
	check := func(name string, m Model) {
		t.Helper()
		for _, r := range screenText(m) {
			if r > 127 {
				t.Errorf("%s: non-ASCII %q on a plain terminal:\n%s", name, r, screenText(m))
				return
			}
		}
	}
	check("welcome", m)
	m = send(m, keys("enter")...)
	check("question", m)
	m = answerAll(send(m, keys("esc")...))
	check("review", m)
	m = send(m, keys("r")...)
	check("results", m)
	check("details", send(m, keys("enter")...))
	check("compare", send(m, keys("c")...))
}

// A wrapped option stays in view whole when the cursor moves onto it on a
// small screen: the cursor follows rendered heights, not one line an option.
func TestCursorFollowsWrappedOptions(t *testing.T) {
	m := send(newModel(t, 30, 14), keys("enter")...)
	for m.index < len(m.cat.Questions)-1 { // to the workplace question
		m = send(m, keys("s")...)
	}
	m = send(m, keys("down")...) // "An office: physician office, insurer, consulting firm"
	text := screenText(m)
	if !strings.Contains(text, "An office") || !strings.Contains(text, "consulting") || !strings.Contains(text, m.styles.Glyphs.Cursor) {
		t.Fatalf("the cursor's wrapped option is not all in view:\n%s", text)
	}
	m = send(m, keys("down")...)
	if text := screenText(m); !strings.Contains(text, "Remotely") || !strings.Contains(text, m.styles.Glyphs.Cursor) {
		t.Fatalf("the last option is not in view:\n%s", text)
	}
}

// brokenAtHyphen is a line (or table cell) that ends inside a word at a
// hyphen: "NCLEX-" with "RN" on the next line.
var brokenAtHyphen = regexp.MustCompile(`[A-Za-z0-9]-$`)

// checkNoBrokenWords fails when a word is broken across lines at a hyphen,
// in prose or in a table cell (cells are read column by column).
func checkNoBrokenWords(t *testing.T, label, body string) {
	t.Helper()
	cells := func(line string) []string {
		return strings.FieldsFunc(line, func(r rune) bool { return r == '│' || r == '|' })
	}
	lines := strings.Split(body, "\n")
	for i := 0; i+1 < len(lines); i++ {
		a, b := cells(lines[i]), cells(lines[i+1])
		for c := range min(len(a), len(b)) {
			head, tail := strings.TrimSpace(a[c]), strings.TrimSpace(b[c])
			if brokenAtHyphen.MatchString(head) && tail != "" && unicode.IsLetter([]rune(tail)[0]) || unicode.IsDigit([]rune(tail + " ")[0]) && brokenAtHyphen.MatchString(head) {
				t.Errorf("%s: a word broken at a hyphen: %q / %q", label, head, tail)
				return
			}
		}
	}
}

// checkFooterKept fails when the view is taller than the screen or its
// last line is not the footer's: the help never falls off.
func checkFooterKept(t *testing.T, m Model, h int) {
	t.Helper()
	lines := strings.Split(m.View().Content, "\n")
	footer := m.footer()
	if len(lines) > h || len(footer) == 0 || lines[len(lines)-1] != strings.Repeat(" ", sideMargin)+footer[len(footer)-1] {
		t.Fatalf("at %dx%d the footer is lost: %d lines, last %q", m.width, h, len(lines), ansi.Strip(lines[len(lines)-1]))
	}
}

// wideCatalog is the default catalog with wide (CJK) characters, two
// columns each, and a letter with a combining accent in every career's
// title and summary and every question's topic and prompt.
func wideCatalog(t *testing.T) *careers.Catalog {
	t.Helper()
	c := *defaultCatalog(t)
	c.Careers = slices.Clone(c.Careers)
	for i := range c.Careers {
		c.Careers[i].Title = "医疗信息职业 " + c.Careers[i].Title + " Cafe\u0301"
		c.Careers[i].Summary = "职业顾问说明 " + c.Careers[i].Summary
	}
	c.Questions = slices.Clone(c.Questions)
	for i := range c.Questions {
		c.Questions[i].Topic = "职业 " + c.Questions[i].Topic
		c.Questions[i].Prompt = "请回答 " + c.Questions[i].Prompt
	}
	return &c
}

// bigCatalog is the default catalog with its careers repeated to n, each
// copy with its own id and title.
func bigCatalog(t testing.TB, n int) *careers.Catalog {
	t.Helper()
	c := *defaultCatalog(t)
	base := c.Careers
	c.Careers = make([]careers.Career, n)
	for i := range n {
		k := base[i%len(base)]
		k.ID = fmt.Sprintf("%s-%d", k.ID, i)
		k.Title = fmt.Sprintf("%s %d", k.Title, i)
		c.Careers[i] = k
	}
	return &c
}

// A long ranking shows a window of careers around the cursor, says how many
// are above and below, and keeps the cursor's row on screen as it moves.
func TestLongRankingShowsAWindow(t *testing.T) {
	cat := bigCatalog(t, 500)
	m := send(New(Options{Catalog: cat, Now: fixedNow, ExportDir: t.TempDir()}), tea.WindowSizeMsg{Width: 80, Height: 24})
	m = send(answerAll(m), keys("r")...)
	body, _ := m.body(m.contentWidth())
	if rows := strings.Count(ansi.Strip(body), "[ ]"); rows > listSpan+5 {
		t.Fatalf("%d rows in the body of a 500-career ranking; want a window of about %d", rows, listSpan)
	}
	if !strings.Contains(ansi.Strip(body), "400 careers more below (1 to 100 of 500 shown)") {
		t.Fatalf("no count of the careers below the window:\n%s", ansi.Strip(body))
	}
	for range 300 {
		m = send(m, keys("down")...)
	}
	// The first downs scroll the headline away; then each moves the cursor.
	title := m.result.Ranking[m.career].Career.Title
	screen := ansi.Strip(m.View().Content)
	if m.career < 250 || !strings.Contains(screen, "› [ ] "+title) {
		t.Fatalf("after 300 downs the cursor (at %d) and its row (%q) are not on screen:\n%s", m.career, title, screen)
	}
	body, _ = m.body(m.contentWidth())
	above := fmt.Sprintf("%d careers more above (%d to %d of 500 shown)", m.career-50, m.career-49, m.career+50)
	if !strings.Contains(ansi.Strip(body), above) {
		t.Fatalf("no count of the careers above the window:\n%s", ansi.Strip(body)[:600])
	}
	checkFits(t, "500 careers, cursor at 300", m, 80, 24)
}

// Below the smallest screen the layout is for (30x10) nothing is readable,
// but no line is wider than the terminal, so it never wraps into a mess.
func TestTinyTerminalNeverWraps(t *testing.T) {
	for _, size := range [][2]int{{1, 1}, {5, 3}, {12, 6}, {29, 9}} {
		for _, sc := range screens {
			m := sc.setup(newModel(t, size[0], size[1]))
			for i, l := range strings.Split(m.View().Content, "\n") {
				if got := ansi.StringWidth(l); got > size[0] {
					t.Errorf("%s at %dx%d: line %d is %d wide", sc.name, size[0], size[1], i+1, got)
				}
			}
		}
	}
}

// A styled word longer than the line is cut by its cells: every character
// is kept, no line is wider than asked, and no escape code is split.
func TestWrapTextCutsStyledWordsWhole(t *testing.T) {
	const plain = "careerquiz-answers-20261201-031118.yaml"
	word := lipgloss.NewStyle().Foreground(lipgloss.Color("#3FB950")).Render(plain)
	for w := 3; w <= len(plain)+1; w++ {
		lines := strings.Split(wrapText(word, w), "\n")
		joined := ""
		for _, l := range lines {
			if lw := ansi.StringWidth(l); lw > w {
				t.Fatalf("width %d: a line of %d: %q", w, lw, l)
			}
			joined += ansi.Strip(l)
		}
		if joined != plain {
			t.Fatalf("width %d: %q became %q", w, plain, joined)
		}
	}
}

// A plain word too wide for the line (an exported file's name) is cut
// after a hyphen near the end of the room, an address before its "/",
// "." or "-", not between two digits;
// a break that would leave less than half the line is not taken, and
// wide characters are never split.
func TestWrapTextCutsLongNamesAtTheirPunctuation(t *testing.T) {
	cases := []struct {
		s    string
		w    int
		want []string
	}{
		{"Saved careerquiz-report-20261201-104639.md and", 32, []string{"Saved", "careerquiz-report-20261201-", "104639.md and"}},
		{"Electroencefalografista-otorrinolaringólogo", 30, []string{"Electroencefalografista-", "otorrinolaringólogo"}},
		{"https://www.bls.gov/ooh/management/medical-and-health-services-managers.htm", 40, []string{"https://www.bls.gov/ooh/management", "/medical-and-health-services-managers", ".htm"}},
		{"a-bbbbbbbbbbbbbbb", 10, []string{"a-bbbbbbbb", "bbbbbbb"}},
		{"医院医院", 3, []string{"医", "院", "医", "院"}},
		{"医院", 1, []string{"医", "院"}},
	}
	for _, tc := range cases {
		got := strings.Split(wrapText(tc.s, tc.w), "\n")
		if !slices.Equal(got, tc.want) {
			t.Errorf("wrapText(%q, %d) = %q, want %q", tc.s, tc.w, got, tc.want)
		}
	}
	// A styled word of wide characters at a width of 1 hung here: each
	// character goes whole onto a line of its own. Accents stay on their
	// letter.
	bold := lipgloss.NewStyle().Bold(true)
	if got := ansi.Strip(wrapText(bold.Render("医院")+" "+bold.Render("e\u0301e\u0301"), 1)); got != "医\n院\ne\u0301\ne\u0301" {
		t.Errorf("styled wide characters at a width of 1: %q", got)
	}
	if got := wrapText("e\u0301e\u0301e\u0301", 2); got != "e\u0301e\u0301\ne\u0301" {
		t.Errorf("accents at a width of 2: %q", got)
	}
	// Every width: nothing lost, no line wider than the room.
	const name = "careerquiz-answers-20261201-031118.yaml"
	for w := 2; w <= len(name); w++ {
		lines := strings.Split(wrapText(name, w), "\n")
		if strings.Join(lines, "") != name {
			t.Fatalf("width %d: %q became %q", w, name, lines)
		}
		for _, l := range lines {
			if len(l) > w {
				t.Fatalf("width %d: a line of %d: %q", w, len(l), l)
			}
		}
	}
}

// On a screen too short for a question and its options, a question opens
// on its text; the view follows the cursor once it moves.
func TestShortScreenOpensOnTheQuestion(t *testing.T) {
	m := send(newModel(t, 40, 14), keys("enter")...)
	q := m.question()
	words := strings.Fields(q.Prompt)
	if text := screenText(m); !strings.Contains(text, words[0]+" "+words[1]) {
		t.Fatalf("question 1 opens without its text:\n%s", text)
	}
	m = send(m, keys("down", "down")...)
	if text := screenText(m); !strings.Contains(text, m.styles.Glyphs.Cursor) {
		t.Fatalf("the cursor moved out of view:\n%s", text)
	}
}

// On a short screen the amount question opens on its field; pgup shows
// the question above it (ctrl+u still clears the field), and typing brings
// the field back.
func TestShortScreenAmountQuestionPages(t *testing.T) {
	m := send(newModel(t, 40, 14), keys("enter", "4", "3")...)
	if !m.onAmount() {
		t.Fatal("test setup: not on the amount question")
	}
	prompt := strings.Join(strings.Fields(m.question().Prompt)[:3], " ")
	if strings.Contains(screenText(m), prompt) {
		t.Skip("the whole question fits at 40x14: nothing to page")
	}
	m = send(m, keys("pgup")...)
	if text := screenText(m); !strings.Contains(text, prompt) {
		t.Fatalf("pgup did not show the question:\n%s", text)
	}
	m = send(m, typeText("5")...)
	if text := screenText(m); !strings.Contains(text, "Amount: 5") || m.input.Value() != "5" {
		t.Fatalf("typing did not bring the field back:\n%s", text)
	}
}

// At narrow widths the ranking's bars give up their room before names are
// cut so short that careers look alike: at 28 columns three of them read
// "Health …" beside bars. From 40 columns the bars are back.
func TestNarrowRankingTellsCareersApart(t *testing.T) {
	for _, w := range []int{28, 30, 33, 34, 40, 60} {
		m := send(answerAll(newModel(t, w, 24)), keys("r")...)
		chart, _ := m.rankingChart(m.contentWidth())
		seen := map[string]bool{}
		for _, l := range strings.Split(ansi.Strip(chart), "\n") {
			if !strings.Contains(l, "[ ]") {
				continue
			}
			name, _, _ := strings.Cut(strings.TrimSpace(l[strings.Index(l, "[ ]")+len("[ ]"):]), "  ")
			if seen[name] {
				t.Errorf("at %d columns two careers read %q:\n%s", w, name, ansi.Strip(chart))
			}
			seen[name] = true
		}
		if bars := strings.Contains(chart, "█"); bars != (w >= 40) {
			t.Errorf("at %d columns bars shown: %v", w, bars)
		}
	}
}

// "…and N more" under the reasons for the best fit counts every reason
// for it left out, the facts met among them, which the details list.
func TestMoreReasonsAreCounted(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("r")...)
	top := m.result.Top()
	forAll := 0
	for _, re := range top.Reasons() {
		if re.For() {
			forAll++
		}
	}
	body := ansi.Strip(m.topReasons(top, 78))
	fits, _, _ := strings.Cut(body, "Where it falls short")
	shown := strings.Count(fits, "/")
	want := fmt.Sprintf("and %d more:", forAll-shown)
	if forAll-shown <= 0 || !strings.Contains(fits, want) {
		t.Errorf("%d reasons for, %d shown; want %q in:\n%s", forAll, shown, want, fits)
	}
}

// Moving down the ranking keeps the cursor's row and its notes in view,
// however many lines the notes above it wrap to: at 50x18 the last row
// used to stay below the screen, and enter opened a career not shown.
func TestRankingCursorStaysInView(t *testing.T) {
	for _, size := range [][2]int{{50, 18}, {34, 14}, {80, 16}} {
		m := send(answerAll(newModel(t, size[0], size[1])), keys("r")...)
		for i := 0; i < 30; i++ {
			m = send(m, keys("down")...)
			if m.career == 0 {
				continue // the first downs scroll the headline away
			}
			screen := screenText(m)
			title := m.result.Ranking[m.career].Career.Title
			name := listName(title, 8, "…")
			if !strings.Contains(screen, "› [ ] "+name[:len(name)-len("…")]) && !strings.Contains(screen, "› [ ] "+name) {
				t.Fatalf("%dx%d, cursor on %q: its row is not on screen:\n%s", size[0], size[1], title, screen)
			}
		}
		if last := len(m.result.Ranking) - 1; m.career != last {
			t.Fatalf("%dx%d: the cursor stopped at %d of %d", size[0], size[1], m.career, last)
		}
		if u := m.result.UnmetText(m.result.Ranking[m.career]); u != "" && !strings.Contains(strings.Join(strings.Fields(screenText(m)), " "), "you answered") {
			t.Errorf("%dx%d: the last row's note is not on screen:\n%s", size[0], size[1], screenText(m))
		}
	}
}

// Paging the review brings the highlight along, so enter never acts on a
// row that is not on screen: home and end to the first and last rows, a
// page to the nearest row it shows.
func TestReviewHighlightFollowsPaging(t *testing.T) {
	for _, size := range [][2]int{{80, 16}, {30, 10}} {
		m := answerAll(newModel(t, size[0], size[1]))
		if m.screen != screenReview {
			t.Fatalf("not on the review: %v", m.screen)
		}
		// A tall row: at 30 columns this answer wraps to four lines, more
		// than a page of the 30x10 review shows besides it.
		m.answers["setting"] = quiz.Answer{Option: "office"}
		m.refresh()
		for _, k := range []string{"end", "pgup", "pgup", "home", "pgdown", "pgdown", "pgdown", "pgdown", "pgdown", "end", "pgup", "pgup", "home"} {
			m = send(m, keys(k)...)
			if !strings.Contains(screenText(m), "› ") {
				t.Fatalf("%dx%d after %s: no highlighted row on screen:\n%s", size[0], size[1], k, screenText(m))
			}
			switch {
			case k == "pgdown" && m.vp.AtBottom(), k == "end":
				if m.row != len(m.cat.Questions) {
					t.Errorf("%dx%d: %s to the bottom left the highlight on row %d", size[0], size[1], k, m.row)
				}
			case k == "pgup" && m.vp.AtTop(), k == "home":
				if m.row != 0 {
					t.Errorf("%dx%d: %s to the top left the highlight on row %d", size[0], size[1], k, m.row)
				}
			}
		}
	}
}

// A long notice (an export to a deep directory) leaves the help whole and
// half the screen to the body, keeping its start and its end.
func TestLongNoticeKeepsTheHelp(t *testing.T) {
	m := send(answerAll(newModel(t, 50, 20)), keys("r")...)
	helpOnly := m.footerLines()
	m.notice = notice{"Saved report.md and answers.yaml in /" + strings.Repeat("a", 700) + "/exp.", toneGood}
	m.refresh()
	lines := m.footerLines()
	noticeLines := len(lines) - len(helpOnly)
	if got := strings.Join(lines[noticeLines:], "\n"); got != strings.Join(helpOnly, "\n") {
		t.Fatalf("the help is not whole under the notice:\n%s", ansi.Strip(strings.Join(lines, "\n")))
	}
	if most := (20 - m.headerHeight() - len(helpOnly)) / 2; noticeLines > most || noticeLines < 2 {
		t.Errorf("the notice takes %d lines; want 2 to %d", noticeLines, most)
	}
	first, last := ansi.Strip(lines[0]), ansi.Strip(lines[noticeLines-1])
	if !strings.HasPrefix(first, "Saved report.md") || !strings.HasPrefix(last, "…") || !strings.HasSuffix(last, "/exp.") {
		t.Errorf("the notice does not keep its start and end: %q … %q", first, last)
	}
	checkFits(t, "long notice", m, 50, 20)
}

// Made large enough to show a whole screen and then small again, the
// window comes back where the person was reading, not to the top.
func TestMaximiseAndRestoreKeepsThePlace(t *testing.T) {
	for _, k := range []string{"enter", "c"} { // details, comparison
		m := send(answerAll(newModel(t, 80, 24)), keys("r", k, "pgdown", "pgdown", "pgdown")...)
		at := m.vp.YOffset()
		if at == 0 {
			t.Fatalf("%s: paging did not move", k)
		}
		m = send(m, tea.WindowSizeMsg{Width: 250, Height: 200})
		if m.vp.YOffset() != 0 {
			t.Fatalf("%s: at 250x200 the screen does not fit whole (offset %d)", k, m.vp.YOffset())
		}
		m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
		if got := m.vp.YOffset(); got != at {
			t.Errorf("%s: back at 80x24 the view is at line %d, was %d", k, got, at)
		}
	}
}

// On a screen so short that the help line would take more than a quarter
// of it, the footer keeps the screen's first key and the one that lists
// them all, and the lines it gives back show the amount's whole error at
// 30x10 (its last words were below the screen). A screen of usual height
// keeps every key.
func TestShortScreenFooterIsBrief(t *testing.T) {
	amountError := func(w, h int) (Model, string) {
		m := send(newModel(t, w, h), keys("enter", "4", "3")...)
		m = send(m, typeText("abc")...)
		m = send(m, keys("enter")...)
		return m, screenText(m)
	}
	m, text := amountError(30, 10)
	if !m.onAmount() {
		t.Fatalf("test setup: not on the amount question:\n%s", text)
	}
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"Amount: abc", `"abc" is not an amount; type it like 55000, 55,000 or $55k.`, "enter next", "f1 all keys"} {
		if !strings.Contains(flat, want) {
			t.Errorf("30x10: %q is not on screen:\n%s", want, text)
		}
	}
	if strings.Contains(text, "ctrl+u clear") {
		t.Errorf("30x10: the footer lists every key:\n%s", text)
	}
	_, text = amountError(80, 24)
	for _, want := range []string{"esc back", "ctrl+u clear", "f1 all keys"} {
		if !strings.Contains(text, want) {
			t.Errorf("80x24: the footer lost %q:\n%s", want, text)
		}
	}
}

// A bar tells scores apart by eighths of a cell: at 5 cells 90.6 is not
// drawn full, as 100 is. Plain glyphs count whole cells rounded down, so
// only 100 fills their bar too.
func TestScoreBarEighths(t *testing.T) {
	fancy, plain := newGlyphs(false), newGlyphs(true)
	for _, c := range []struct {
		g            Glyphs
		score        float64
		filled, rest string
	}{
		{fancy, 100, "█████", ""}, {fancy, 90.6, "████▌", ""}, {fancy, 50, "██▌", "░░"}, {fancy, 0, "", "░░░░░"}, {fancy, 2, "▏", "░░░░"},
		{plain, 100, "#####", ""}, {plain, 90.6, "####", "."}, {plain, 50, "##", "..."},
	} {
		filled, rest := scoreBar(c.g, c.score, 5)
		if filled != c.filled || rest != c.rest {
			t.Errorf("%.1f: %q %q, want %q %q", c.score, filled, rest, c.filled, c.rest)
		}
	}
}

// One very long career name does not leave every bar 5 cells wide on a
// wide screen: past 48 columns the name gives way to a bar of 10.
func TestLongNameLeavesTheBarsRoom(t *testing.T) {
	data, err := os.ReadFile("../careers/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	long := "Health IT manager and chief information officer of a regional network of hospitals and clinics"
	text := strings.Replace(string(data), "title: Health IT manager (director of information systems)", "title: "+long, 1)
	cat, err := careers.Parse("long.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	m := New(Options{Catalog: cat, Now: fixedNow, ExportDir: t.TempDir()})
	m = send(answerAll(send(m, tea.WindowSizeMsg{Width: 160, Height: 48})), keys("r")...)
	for _, line := range strings.Split(screenText(m), "\n") {
		if strings.Contains(line, "Cancer registrar") {
			if n := strings.Count(line, "█") + strings.Count(line, "░") + strings.Count(line, "▌"); n < 9 {
				t.Errorf("a bar of about %d cells beside a long name:\n%s", n, line)
			}
			return
		}
	}
	t.Fatalf("no Cancer registrar row:\n%s", screenText(m))
}

// A name cut to its room ends in the ellipsis right after its last letter,
// not after a space ("Técnico en información de …").
func TestListNameCutsAfterALetter(t *testing.T) {
	for _, c := range []struct {
		title string
		w     int
		want  string
	}{
		{"Técnico en información de salud", 27, "Técnico en información de…"},
		{"Técnico en información de salud", 26, "Técnico en información de…"},
		{"Técnico en información de salud", 31, "Técnico en información de salud"},
		{"Health information management (HIM)", 12, "HIM"},
	} {
		if got := listName(c.title, c.w, "…"); got != c.want {
			t.Errorf("listName(%q, %d) = %q, want %q", c.title, c.w, got, c.want)
		}
	}
	// Nor after an opening bracket, nor the header's dot alone.
	for _, c := range []struct {
		s    string
		w    int
		want string
	}{{"医疗信息职业指南（上海健康医学院）", 20, "医疗信息职业指南…"}, {" · Health IT careers", 4, ""}, {" · Health IT careers", 6, " · He…"}} {
		if got := cutEnd(c.s, c.w, "…"); got != c.want {
			t.Errorf("cutEnd(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
	}
}

// The amount field puts the terminal's cursor after the typed text on the
// field's line (the cursor drawn in the frame vanished on a light
// background and without colour); other screens, the help and a field
// scrolled out of view have none.
func TestAmountFieldHasTheTerminalCursor(t *testing.T) {
	m := send(newModel(t, 80, 24), keys("enter", "4", "3")...)
	m = send(m, typeText("55k")...)
	c := m.View().Cursor
	if c == nil {
		t.Fatal("no cursor on the amount field")
	}
	lines := strings.Split(m.View().Content, "\n")
	if c.Y >= len(lines) {
		t.Fatalf("cursor row %d of %d lines", c.Y, len(lines))
	}
	line := ansi.Strip(lines[c.Y])
	at := strings.Index(line, "Amount: 55k")
	if at < 0 || c.X != at+len("Amount: 55k") {
		t.Fatalf("cursor at column %d of %q", c.X, line)
	}
	m = send(m, keys("left")...)
	if c2 := m.View().Cursor; c2 == nil || c2.X != c.X-1 || c2.Y != c.Y {
		t.Errorf("after left the cursor is at %+v, was %+v", c2, c)
	}
	if send(m, keys("f1")...).View().Cursor != nil {
		t.Error("the help shows the field's cursor")
	}
	if send(newModel(t, 80, 24), keys("enter")...).View().Cursor != nil {
		t.Error("a scale question shows a text cursor")
	}
	// A narrow field takes no more than it shows, so its text never
	// scrolls under the cursor: at 30 columns, 17 characters.
	narrow := send(newModel(t, 30, 12), keys("enter", "4", "3")...)
	narrow = send(narrow, typeText("12345678901234567890")...)
	narrow = send(narrow, keys("left", "left", "left")...)
	if v := narrow.input.Value(); v != "12345678901234567" {
		t.Errorf("a 30-column field took %q", v)
	}
	if c := narrow.View().Cursor; c == nil || c.X != sideMargin+len(amountLabel)+14 {
		t.Errorf("after three lefts the cursor is at %+v, want column %d", c, sideMargin+len(amountLabel)+14)
	}
	short := send(newModel(t, 40, 14), keys("enter", "4", "3", "pgup")...)
	if text := screenText(short); !strings.Contains(text, "Amount:") && short.View().Cursor != nil {
		t.Errorf("the field is scrolled away but the cursor shows at %+v:\n%s", short.View().Cursor, text)
	}
}
