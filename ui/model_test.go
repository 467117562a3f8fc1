package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"careerquiz/careers"
	"careerquiz/quiz"
	"careerquiz/quiz/report"
)

func TestWholeQuizToResults(t *testing.T) {
	m := newModel(t, 80, 24)
	if !strings.Contains(screenText(m), "Press enter to start") {
		t.Fatalf("welcome:\n%s", screenText(m))
	}
	if q1 := send(m, keys("enter")...); !strings.Contains(screenText(q1), "Question 1 of 12") || q1.View().WindowTitle != "careerquiz · 1 of 12" {
		t.Fatalf("question 1:\n%s", screenText(q1))
	}
	m = answerAll(m)
	if m.screen != screenReview || !strings.Contains(screenText(m), "Review your answers") {
		t.Fatalf("not at the review:\n%s", screenText(m))
	}
	want := quiz.Answers{
		"management": {Value: 4}, "degree": {Option: "bachelor"}, "salary": {Value: 70000}, "experience": {Option: "some"},
		"rn": {Option: "no"}, "data-vs-people": {Value: 2}, "compliance": {Value: 5}, "patient-contact": {Value: 1}, "certification": {Value: 3},
		"growth": {Value: 4}, "setting": {Option: "hospital"},
	}
	if len(m.answers) != len(want) {
		t.Fatalf("answers %v", m.answers)
	}
	for k, v := range want {
		if m.answers[k] != v {
			t.Errorf("%s = %+v, want %+v", k, m.answers[k], v)
		}
	}
	m = send(m, keys("r")...)
	top := quiz.Score(m.cat, want).Top()
	if m.screen != screenResults || !strings.Contains(screenText(m), "Your best fit") || !strings.Contains(screenText(m), top.Career.Title) {
		t.Fatalf("results:\n%s", screenText(m))
	}
}

func TestChoiceKeys(t *testing.T) {
	m := send(newModel(t, 80, 24), keys("enter")...)
	if m.cursor != 2 {
		t.Fatalf("a fresh 1-5 scale starts at option %d, want the middle (3)", m.cursor+1)
	}
	m = send(m, keys("up", "enter")...) // management 2
	if m.answers["management"].Value != 2 || m.index != 1 {
		t.Fatalf("enter did not choose the cursor's option: %+v at %d", m.answers, m.index)
	}
	m = send(m, keys("9")...) // no 9th option: nothing happens
	if m.index != 1 {
		t.Fatal("an out-of-range number key moved on")
	}
	m = send(m, keys("b")...)
	if m.index != 0 || !strings.Contains(screenText(m), "2  (your answer)") {
		t.Fatalf("back does not show the chosen answer:\n%s", screenText(m))
	}
	m = send(m, keys("s")...) // skipping clears the answer
	if _, ok := m.answers["management"]; ok || m.index != 1 {
		t.Fatalf("skip: %+v at %d", m.answers, m.index)
	}
	m = send(m, keys("esc", "esc")...)
	if m.screen != screenWelcome {
		t.Fatal("back from question 1 does not reach the welcome")
	}
}

func TestInvalidSalaryBlocksOnlyGoingForward(t *testing.T) {
	m := send(newModel(t, 80, 24), keys("enter", "4", "2")...)
	m = send(m, typeText("lots")...)
	m = send(m, keys("enter")...)
	text := screenText(m)
	if m.index != 2 || !strings.Contains(text, `"lots" is not an amount; type it like 55000, 55,000 or $55k.`) {
		t.Fatalf("invalid salary:\n%s", text)
	}
	m = send(m, keys("esc")...)
	if m.index != 1 {
		t.Fatal("esc did not go back from an invalid field")
	}
	m = send(m, keys("enter")...) // keep the degree, forward again
	if m.input.Value() != "lots" {
		t.Fatalf("the typed text was lost: %q", m.input.Value())
	}
	m = send(m, keys("backspace", "backspace", "backspace", "backspace")...)
	m = send(m, typeText("$55k")...)
	m = send(m, keys("enter")...)
	if m.answers["salary"].Value != 55000 || m.index != 3 {
		t.Fatalf("$55k: %+v at %d", m.answers["salary"], m.index)
	}
	// Back to the salary: the answer shows in the field; empty + enter skips.
	m = send(m, keys("esc")...)
	if m.input.Value() != "$55,000" {
		t.Fatalf("field shows %q", m.input.Value())
	}
	for range 7 {
		m = send(m, keys("backspace")...)
	}
	m = send(m, keys("enter")...)
	if _, ok := m.answers["salary"]; ok || m.index != 3 {
		t.Fatal("an empty field did not skip")
	}
}

func TestPasteIntoTheAmountFieldIsKept(t *testing.T) {
	m := send(newModel(t, 80, 24), keys("enter", "4", "2")...)
	m = send(m, tea.PasteMsg{Content: "about $60k"})
	m = send(m, keys("esc", "enter")...) // away and back: an invalid paste stays as a draft
	if m.index != 2 || m.input.Value() != "about $60k" {
		t.Fatalf("pasted text lost: %q at %d", m.input.Value(), m.index)
	}
}

func TestPrintableKeysAreTextInTheAmountField(t *testing.T) {
	m := send(newModel(t, 80, 24), keys("enter", "4", "2")...)
	m = send(m, typeText("5qsb?1")...)
	if m.input.Value() != "5qsb?1" || m.confirm != confirmNone || m.showHelp || m.index != 2 {
		t.Fatalf("printable keys acted as commands: value %q confirm %v help %v index %d", m.input.Value(), m.confirm, m.showHelp, m.index)
	}
	m = send(m, keys("f1")...)
	if !strings.Contains(screenText(m), "All keys on this screen") {
		t.Fatal("f1 shows no help on the amount field")
	}
}

func TestEditFromReviewReturnsToReview(t *testing.T) {
	m := answerAll(newModel(t, 80, 24))
	m = send(m, keys("down", "enter")...) // the degree
	if m.screen != screenQuestion || m.index != 1 || !strings.Contains(screenText(m), "(changing one answer)") {
		t.Fatalf("edit:\n%s", screenText(m))
	}
	m = send(m, keys("1")...)
	if m.screen != screenReview || m.answers["degree"].Option != "certificate" {
		t.Fatalf("after the edit: screen %v degree %v", m.screen, m.answers["degree"])
	}
	m = send(m, keys("enter", "esc")...) // back out of an edit without changing
	if m.screen != screenReview || m.answers["degree"].Option != "certificate" {
		t.Fatal("esc from an edit lost the answer or the review")
	}
}

func TestChangeAnAnswerFromTheResults(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("r")...)
	before := m.result.Top().Career.ID
	m = send(m, keys("a")...)
	if m.screen != screenReview {
		t.Fatal("a does not go back to the review")
	}
	m = send(m, keys("enter", "5")...) // management: 5
	m = send(m, keys("down", "enter", "4")...)
	m = send(m, keys("r")...)
	if m.screen != screenResults || m.answers["management"].Value != 5 || m.answers["degree"].Option != "master" {
		t.Fatalf("screen %v answers %v", m.screen, m.answers)
	}
	if got := m.result.Top().Career.ID; got == before && !strings.Contains(screenText(m), "Your best fit") {
		t.Fatal("results not recomputed")
	}
	if m.result.Answers["management"].Value != 5 {
		t.Fatal("results use the old answers")
	}
}

func TestQuitAsksFirstExceptOnTheResults(t *testing.T) {
	// Nothing to lose on the welcome screen: q quits at once (130).
	next, cmd := newModel(t, 80, 24).Update(keyPress("q"))
	if m := next.(Model); !m.done || m.Outcome().Status != Interrupted || cmd == nil {
		t.Fatal("q on the welcome did not quit at once")
	}
	m := send(newModel(t, 80, 24), keys("enter", "4", "q")...)
	if m.confirm != confirmQuit || !strings.Contains(screenText(m), "Quit careerquiz? Your answers will be lost. [y/N]") {
		t.Fatalf("q did not ask:\n%s", screenText(m))
	}
	for _, no := range []string{"n", "enter", "esc", "N"} {
		if c := send(m, keys(no)...); c.confirm != confirmNone || c.done {
			t.Fatalf("%s did not cancel", no)
		}
	}
	if c := send(m, keys("s")...); c.confirm != confirmQuit || c.answers["degree"].Option != "" {
		t.Fatal("another key acted while the prompt waits")
	}
	for _, yes := range []string{"y", "Y", "q"} {
		next, cmd := m.Update(keyPress(yes))
		c := next.(Model)
		if !c.done || c.Outcome().Status != Interrupted || cmd == nil {
			t.Fatalf("%s did not quit", yes)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Fatalf("%s did not return tea.Quit", yes)
		}
	}

	m = send(answerAll(newModel(t, 80, 24)), keys("r")...)
	next, cmd = m.Update(keyPress("q"))
	m = next.(Model)
	o := m.Outcome()
	if o.Status != Finished || o.Summary != report.Summary(m.result) || cmd == nil {
		t.Fatalf("q on the results: %+v", o)
	}
}

// On the amount field, s, b and ? act while it is empty and are typed once
// it holds text; q is never a command on the field (design.md), even empty.
func TestEmptyAmountFieldTakesCommands(t *testing.T) {
	m := send(newModel(t, 80, 24), keys("enter", "4", "2")...) // to the salary
	if s := send(m, keys("s")...); s.index != 3 || s.answers["salary"] != (quiz.Answer{}) {
		t.Fatalf("s on the empty field did not skip: index %d", s.index)
	}
	if b := send(m, keys("b")...); b.index != 1 {
		t.Fatalf("b on the empty field did not go back: index %d", b.index)
	}
	if h := send(m, keys("?")...); !h.showHelp {
		t.Fatal("? on the empty field shows no help")
	}
	if q := send(m, keys("q")...); q.confirm != confirmNone || q.done || q.input.Value() != "q" {
		t.Fatalf("q on the empty field was not typed (%q, confirm %d)", q.input.Value(), q.confirm)
	}
	typed := send(m, typeText("5s")...)
	if typed.input.Value() != "5s" || typed.index != 2 {
		t.Fatalf("s after text was not typed: %q at %d", typed.input.Value(), typed.index)
	}
}

func TestCtrlCInterruptsEverywhere(t *testing.T) {
	setups := map[string]func(Model) Model{
		"welcome":  func(m Model) Model { return m },
		"question": func(m Model) Model { return send(m, keys("enter")...) },
		"amount":   func(m Model) Model { return send(m, keys("enter", "3", "3")...) },
		"confirm":  func(m Model) Model { return send(m, keys("enter", "q")...) },
		"help":     func(m Model) Model { return send(m, keys("?")...) },
		"review":   func(m Model) Model { return answerAll(m) },
		"results":  func(m Model) Model { return send(answerAll(m), keys("r")...) },
		"details":  func(m Model) Model { return send(answerAll(m), keys("r", "enter")...) },
		"compare":  func(m Model) Model { return send(answerAll(m), keys("r", "c")...) },
	}
	for name, setup := range setups {
		m := setup(newModel(t, 80, 24))
		next, cmd := m.Update(keyPress("ctrl+c"))
		if cmd == nil {
			t.Fatalf("%s: ctrl+c returned no command", name)
		}
		if _, ok := cmd().(tea.InterruptMsg); !ok || next.(Model).Outcome().Status != Interrupted {
			t.Errorf("%s: ctrl+c does not interrupt", name)
		}
	}
}

func TestResizeKeepsEverything(t *testing.T) {
	m := send(newModel(t, 80, 24), keys("enter", "4", "2")...)
	m = send(m, typeText("$60k")...)
	m = send(m, tea.WindowSizeMsg{Width: 50, Height: 20}, tea.WindowSizeMsg{Width: 160, Height: 48}, tea.WindowSizeMsg{Width: 40, Height: 12})
	if m.index != 2 || m.input.Value() != "$60k" || m.answers["management"].Value != 4 || m.answers["degree"].Option != "associate" {
		t.Fatalf("resize lost state: %d %q %v", m.index, m.input.Value(), m.answers)
	}
}

func TestResultsScreenContent(t *testing.T) {
	m := send(answerAll(newModel(t, 120, 300)), keys("r")...)
	text := screenText(m)
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"Your best fit", "% match", "All careers", "Why it fits", "What would change it",
		"Side by side", "Way in", "Median pay", "Pay range", "Growth", "(BLS OOH, May 2023)", "Press c to compare them in full", "from different years"} {
		if !strings.Contains(flat, want) {
			t.Errorf("results lack %q", want)
		}
	}
	full := strings.Join(strings.Fields(screenText(send(m, keys("c")...))), " ")
	for _, want := range []string{"In full", "Education", "requirements", "Job duties &", "Skills needed", "Salary &", "BLS OOH, May"} {
		if !strings.Contains(full, want) {
			t.Errorf("compare lacks %q", want)
		}
	}
	// Every career is on the bar chart with its score.
	for _, r := range m.result.Ranking {
		if !strings.Contains(text, strings.TrimSpace(strings.Split(r.Career.Title, " (")[0])) {
			t.Errorf("%s missing from the chart", r.Career.ID)
		}
	}
}

func TestPickAndCompare(t *testing.T) {
	m := send(answerAll(newModel(t, 120, 60)), keys("r")...)
	m = send(m, keys("down", "down", "space", "down", "space", "down", "space", "down", "space")...)
	if len(m.picked) != 3 || !strings.Contains(screenText(m), "Not picked: you can compare up to 3 careers") {
		t.Fatalf("picked %v", m.picked)
	}
	if n := m.notice; n.tone != toneBad {
		t.Errorf("the refused pick is told in tone %d, not as an error (bold)", n.tone)
	}
	m = send(m, keys("c")...)
	text := screenText(m)
	ks := m.compared()
	if m.screen != screenCompare || len(ks) != 3 {
		t.Fatalf("compare: %d careers", len(ks))
	}
	for _, k := range ks {
		if !strings.Contains(text, strings.Split(k.Title, " ")[0]) {
			t.Errorf("%s not in the comparison", k.ID)
		}
	}
	m = send(m, keys("esc")...)
	if m.screen != screenResults {
		t.Fatal("esc does not return to the results")
	}
}

func TestDetailsShowWhyNot(t *testing.T) {
	m := send(answerAll(newModel(t, 100, 200)), keys("r", "down", "down", "enter")...)
	text := screenText(m)
	k := m.result.Ranking[2].Career
	for _, want := range []string{k.Title, "Why not", "Next steps", "Sources", "https://www.bls.gov/"} {
		if !strings.Contains(text, want) {
			t.Errorf("details lack %q", want)
		}
	}
}

func TestExportWritesBothFilesWithoutOverwriting(t *testing.T) {
	m := send(answerAll(newModel(t, 100, 40)), keys("r")...)
	next, cmd := m.Update(keyPress("e"))
	m = next.(Model)
	if _, err := os.Stat(filepath.Join(m.opts.ExportDir, "careerquiz-report-20261124-093005.md")); err == nil || cmd == nil {
		t.Fatal("export wrote inside Update instead of in a command")
	}
	if again, again2 := m.Update(keyPress("e")); again2 != nil || again.(Model).notice != m.notice {
		t.Fatal("a second e while the first export is under way started another")
	}
	m = send(m, cmd())
	dir := m.opts.ExportDir
	report1 := filepath.Join(dir, "careerquiz-report-20261124-093005.md")
	answers1 := filepath.Join(dir, "careerquiz-answers-20261124-093005.yaml")
	md, err := os.ReadFile(report1)
	if err != nil || string(md) != report.MarkdownReport(m.result) {
		t.Fatalf("report: %v", err)
	}
	data, err := os.ReadFile(answers1)
	if err != nil {
		t.Fatal(err)
	}
	back, err := quiz.ParseAnswers("a.yaml", data, m.cat)
	if err != nil || len(back) != len(m.answers) {
		t.Fatalf("the exported answers do not replay: %v", err)
	}
	if notice := m.notice.text; !strings.Contains(notice, " in "+dir+".") ||
		!strings.Contains(notice, filepath.Base(report1)) || !strings.Contains(notice, filepath.Base(answers1)) {
		t.Fatalf("paths not shown: %q", notice)
	}
	m = sendRun(m, keys("e")...) // the same result: not written twice
	if _, err := os.Stat(filepath.Join(dir, "careerquiz-report-20261124-093005-2.md")); err == nil || !strings.Contains(m.notice.text, filepath.Base(report1)) {
		t.Fatal("the same result was exported twice")
	}
	m = sendRun(m, keys("a", "enter", "1", "r", "e")...) // a changed answer, the same second: its own name
	if _, err := os.Stat(filepath.Join(dir, "careerquiz-report-20261124-093005-2.md")); err != nil {
		t.Fatal("the second export did not get its own name")
	}
	if again, _ := os.ReadFile(report1); string(again) != string(md) {
		t.Fatal("the first report was overwritten")
	}
	if _, err := os.Stat(filepath.Join(dir, "careerquiz-answers-20261124-093005-2.yaml")); err != nil {
		t.Fatal("the second export's answers file does not share its report's name")
	}
}

// The two files of one export always share a name: when only the answers
// file's name is taken, both move on, and nothing is overwritten.
func TestExportNamesThePairAlike(t *testing.T) {
	dir := t.TempDir()
	taken := filepath.Join(dir, "careerquiz-answers-20261124-093005.yaml")
	if err := os.WriteFile(taken, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths, err := writePair(dir, "20261124-093005", []byte("report"), []byte("answers"))
	if err != nil {
		t.Fatal(err)
	}
	want := [2]string{filepath.Join(dir, "careerquiz-report-20261124-093005-2.md"), filepath.Join(dir, "careerquiz-answers-20261124-093005-2.yaml")}
	if paths != want {
		t.Fatalf("wrote %v, want %v", paths, want)
	}
	if mine, _ := os.ReadFile(taken); string(mine) != "mine" {
		t.Fatal("the taken file was overwritten")
	}
	if _, err := os.Stat(filepath.Join(dir, "careerquiz-report-20261124-093005.md")); err == nil {
		t.Fatal("a report was left without its answers file")
	}
}

// At any width, in colour, the export's message shows the names whole:
// wrapping cuts long names by their cells, never through an escape code.
func TestExportMessageWrapsWholeInColour(t *testing.T) {
	for _, w := range []int{30, 36, 40, 50, 80} {
		m := send(answerAll(newModel(t, 100, 40)), keys("r")...)
		m = sendRun(m, keys("e")...)
		m = send(m, tea.WindowSizeMsg{Width: w, Height: 30})
		lines := m.footerLines()
		if !strings.Contains(lines[0], "\x1b[") {
			t.Fatalf("the message is not in colour: %q", lines[0])
		}
		joined := ""
		for _, l := range lines {
			if lw := ansi.StringWidth(l); lw > w-2*sideMargin {
				t.Fatalf("width %d: a line of %d columns: %q", w, lw, ansi.Strip(l))
			}
			joined += ansi.Strip(l)
		}
		if strings.ContainsAny(joined, "\x1b[") {
			t.Fatalf("width %d: escape debris in the message:\n%q", w, joined)
		}
		for _, name := range []string{"careerquiz-report-20261124-093005.md", "careerquiz-answers-20261124-093005.yaml"} {
			if !strings.Contains(joined, name) {
				t.Fatalf("width %d: %s is not whole in the message:\n%s", w, name, strings.Join(lines, "\n"))
			}
		}
	}
}

func TestExportToAMissingDirectorySaysSoAndGoesOn(t *testing.T) {
	m := send(answerAll(newModel(t, 100, 40)), keys("r")...)
	m.opts.ExportDir = filepath.Join(t.TempDir(), "gone")
	m = sendRun(m, keys("e")...)
	if m.done || !strings.Contains(screenText(m), "Could not export") {
		t.Fatalf("export error:\n%s", screenText(m))
	}
}

// Started in a folder that has since been deleted, an export says so, not
// "cannot write in .".
func TestExportFromADeletedFolderSaysSo(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "was-here")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	m := send(answerAll(newModel(t, 100, 40)), keys("r")...)
	m.opts.ExportDir = "."
	m = sendRun(m, keys("e")...)
	if got := screenText(m); !strings.Contains(strings.Join(strings.Fields(got), " "), "the folder careerquiz was started in can no longer be found") {
		t.Fatalf("export from a deleted folder:\n%s", got)
	}
}

func TestStartOverAsksAndClears(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("r", "n")...)
	if m.confirm != confirmRestart {
		t.Fatal("n did not ask")
	}
	m = send(m, keys("y")...)
	if m.screen != screenWelcome || len(m.answers) != 0 || m.width != 80 {
		t.Fatalf("start over: screen %v answers %v", m.screen, m.answers)
	}
}

func TestHelpListsTheScreensKeys(t *testing.T) {
	m := send(newModel(t, 80, 40), keys("enter")...)
	if !strings.Contains(screenText(m), "s skip") {
		t.Fatalf("help line lacks skip:\n%s", screenText(m))
	}
	m = send(m, keys("?")...)
	text := screenText(m)
	for _, want := range []string{"All keys on this screen", "1-5", "pick", "skip", "back", "ctrl+c"} {
		if !strings.Contains(text, want) {
			t.Errorf("full help lacks %q", want)
		}
	}
	m = send(m, keys("?")...)
	if m.showHelp {
		t.Fatal("? does not close the help")
	}
	m = send(answerAll(newModel(t, 80, 24)))
	if !strings.Contains(screenText(m), "r see results") {
		t.Fatal("the review's help does not name the results key")
	}
}

func TestNoColorAndPlainGlyphs(t *testing.T) {
	m := New(Options{Catalog: defaultCatalog(t), NoColor: true, Plain: true})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 40})
	m = send(answerAll(m), keys("r")...)
	if c := colourCodes(m.View().Content); len(c) > 0 {
		t.Fatalf("colour escape codes with NO_COLOR: %v", c)
	}
	if c := colourCodes(send(answerAll(newModel(t, 80, 40)), keys("r")...).View().Content); len(c) == 0 {
		t.Fatal("test setup: the coloured screen shows no colour codes either")
	}
	text := screenText(m)
	for _, fancy := range []string{"█", "░", "›", "╭", "•", "…"} {
		if strings.Contains(text, fancy) {
			t.Errorf("plain mode shows %q", fancy)
		}
	}
	if !strings.Contains(text, "> [ ]") || !strings.Contains(text, "#") {
		t.Fatalf("plain mode lacks its glyphs:\n%s", text)
	}
}

func TestBackgroundColorChangesStyles(t *testing.T) {
	m := newModel(t, 80, 24)
	dark := m.View().Content
	m = send(m, tea.BackgroundColorMsg{Color: lightGrey{}})
	if m.dark || m.View().Content == dark {
		t.Fatal("a light background did not change the styles")
	}
}

type lightGrey struct{}

func (lightGrey) RGBA() (r, g, b, a uint32) { return 0xeeee, 0xeeee, 0xeeee, 0xffff }

// colourCodes lists the SGR parameters in s that set a foreground or
// background colour (resets such as 39 do not count).
func colourCodes(s string) []string {
	var found []string
	for _, m := range regexp.MustCompile(`\x1b\[([0-9;:]*)m`).FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			n, _ := strconv.Atoi(p)
			if n >= 30 && n <= 38 || n >= 40 && n <= 48 || n >= 90 && n <= 97 || n >= 100 && n <= 107 {
				found = append(found, m[1])
				break
			}
		}
	}
	return found
}

// Skipping half the questions, as a student might: the results say how many
// answers the score rests on and what the careers need that was not said.
func TestResultsShowCoverageAndUnknowns(t *testing.T) {
	m := send(newModel(t, 80, 40), keys("enter", "s", "3")...) // management skipped, degree bachelor
	m = send(m, typeText("70000")...)
	m = send(m, keys("enter", "s", "s", "s", "s", "s", "1", "s", "s", "s", "r")...) // patient contact 1, the rest skipped
	text := screenText(m)
	for _, want := range []string{"match, on 3 of 12 answers", "? needs 5+ years of IT experience; you didn't say", "? needs to be or train as a registered nurse; you didn't say"} {
		if !strings.Contains(text, want) {
			t.Errorf("results lack %q:\n%s", want, text)
		}
	}
	m = send(m, keys("down", "enter")...)
	if !strings.Contains(screenText(m), "match, on 3 of 12 answers") {
		t.Errorf("details lack the coverage:\n%s", screenText(m))
	}
}

// With no clear fit, u answers the questions that separate the leaders,
// back steps through them, and the results come back rescored.
func TestAnswerWhatSeparatesTheLeaders(t *testing.T) {
	m := send(newModel(t, 80, 40), keys("enter", "s", "3", "enter")...) // only the degree
	m = send(m, keys("s", "s", "s", "s", "s", "s", "s", "s", "s", "r")...)
	if m.result.Decisive || len(m.result.AskNext) != 2 {
		t.Fatalf("test setup: decisive %v ask %v", m.result.Decisive, m.result.AskNext)
	}
	text := screenText(m)
	top := m.result.Top().Career.Title
	if !strings.Contains(text, "No clear fit yet, on 1 of 12 answers") || !strings.Contains(text, "Press u to answer") ||
		!strings.Contains(text, "Why "+top) || strings.Contains(text, "Your best fit") {
		t.Fatalf("no clear fit screen:\n%s", text)
	}
	first, second := m.questionIndex(m.result.AskNext[0]), m.questionIndex(m.result.AskNext[1])
	m = send(m, keys("u")...)
	if m.screen != screenQuestion || m.index != first || !strings.Contains(screenText(m), "(to separate the leading careers: 1 of 2)") {
		t.Fatalf("u:\n%s", screenText(m))
	}
	m = answerShown(m)
	if m.index != second {
		t.Fatalf("after the first, question %d, want %d", m.index, second)
	}
	m = send(m, keys("esc")...)
	if m.screen != screenQuestion || m.index != first {
		t.Fatalf("esc on the second goes to %v %d, want the first (%d)", m.screen, m.index, first)
	}
	m = answerShown(answerShown(m))
	if m.screen != screenResults || m.result.Answered != 3 {
		t.Fatalf("after both: screen %v, %d answered", m.screen, m.result.Answered)
	}
}

// answerShown answers the question on screen: the middle option or value,
// or $60,000.
func answerShown(m Model) Model {
	if m.question().Kind == careers.Number {
		m.input.SetValue("")
		return send(send(m, typeText("60000")...), keys("enter")...)
	}
	return send(m, keys("down", "down", "enter")...)
}

// A fact the career does not ask for is not a reason it fits.
func TestFactsAreNotReasonsItFits(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("r")...)
	pro, _ := m.splitReasons(m.result.Top())
	for _, re := range pro {
		if q, _ := m.cat.Question(re.Question); q.Fact {
			t.Errorf("fact %s listed as a reason it fits: %s", re.Question, re.Text)
		}
	}
}

// The article's history bullets are on the details screen only, not in a
// comparison.
func TestHistoryOnlyInDetails(t *testing.T) {
	m := send(answerAll(newModel(t, 120, 400)), keys("r")...)
	hi := slices.IndexFunc(m.result.Ranking, func(r quiz.Ranked) bool { return len(r.Career.History) > 0 })
	if hi < 0 {
		t.Fatal("test setup: no career with history")
	}
	m.picked = map[string]bool{m.result.Ranking[hi].Career.ID: true, m.result.Ranking[(hi+1)%len(m.result.Ranking)].Career.ID: true}
	if c := send(m, keys("c")...); strings.Contains(screenText(c), "History, not today's figures") {
		t.Error("history in the comparison")
	}
	for range hi {
		m = send(m, keys("down")...)
	}
	if d := send(m, keys("enter")...); !strings.Contains(strings.Join(strings.Fields(screenText(d)), " "), "History, not today's figures") {
		t.Errorf("no history on the details screen:\n%s", screenText(d))
	}
}

// A cap stands beside the score on the details screen, before the other
// reasons, and a legend explains "points/max".
func TestDetailsShowACapFirst(t *testing.T) {
	m := send(answerAll(newModel(t, 100, 200)), keys("r")...)
	i := slices.IndexFunc(m.result.Ranking, func(r quiz.Ranked) bool {
		return slices.ContainsFunc(r.Reasons(), func(re quiz.Reason) bool { return re.Cap })
	})
	if i < 0 {
		t.Fatal("test setup: no capped career")
	}
	for range i {
		m = send(m, keys("down")...)
	}
	text := screenText(send(m, keys("enter")...))
	capAt, summaryAt := strings.Index(text, "Score capped at"), strings.Index(text, m.result.Ranking[i].Career.Summary[:30])
	if capAt < 0 || summaryAt < 0 || capAt > summaryAt || !strings.Contains(text, "Points earned of each answer's share of 100") {
		t.Fatalf("cap not first, or no legend:\n%s", text)
	}
}

func TestNothingToCompareWithNothingAnswered(t *testing.T) {
	m := send(newModel(t, 80, 24), keys("enter")...)
	m = send(m, keys("s", "s", "enter", "s", "s", "s", "s", "s", "s", "s", "s", "s", "r", "c")...)
	if m.screen != screenResults || !strings.Contains(screenText(m), "nothing to compare") {
		t.Fatalf("c with nothing answered:\n%s", screenText(m))
	}
}

// From the results, a then esc goes back to the results, not into the last
// question.
func TestBackFromTheReviewReturnsToTheResults(t *testing.T) {
	m := send(answerAll(newModel(t, 80, 24)), keys("esc")...)
	if m.screen != screenQuestion {
		t.Fatalf("before any result, esc on the review goes to the last question, not %v", m.screen)
	}
	m = send(answerAll(newModel(t, 80, 24)), keys("r", "a", "esc")...)
	if m.screen != screenResults {
		t.Fatalf("esc on the review after the results goes to %v", m.screen)
	}
}

// The export's message names the directory as the system has it, and a
// name with a terminal code in it shows the code, not its effect.
func TestExportMessageIsSafeText(t *testing.T) {
	m := send(answerAll(newModel(t, 100, 40)), keys("r")...)
	m.opts.ExportDir = filepath.Join(t.TempDir(), "a\x1b[31mb")
	if err := os.Mkdir(m.opts.ExportDir, 0o755); err != nil {
		t.Fatal(err)
	}
	m = sendRun(m, keys("e")...)
	if strings.Contains(m.notice.text, "\x1b") || !strings.Contains(m.notice.text, `a\x1b[31mb`) {
		t.Fatalf("notice %q", m.notice.text)
	}
	m.opts.ExportDir = filepath.Join(t.TempDir(), "gone\x1b[2J")
	m = sendRun(m, keys("a", "enter", "1", "r", "e")...)
	if strings.Contains(m.notice.text, "\x1b") || !strings.Contains(m.notice.text, "Could not export") {
		t.Fatalf("notice %q", m.notice.text)
	}
}

// On a scale of 0 to 10 every value can be picked by its number: "1" waits
// for a second digit (with the cursor on 1), "10" picks ten, "1" and enter
// one, and a digit no longer number can follow picks at once. The numbers
// are right-aligned, 9 above 10.
func TestTwoDigitPicks(t *testing.T) {
	cat := *defaultCatalog(t)
	cat.Questions = slices.Clone(cat.Questions)
	cat.Questions[0].Scale.Min, cat.Questions[0].Scale.Max = 0, 10
	start := func() Model {
		m := New(Options{Catalog: &cat, Now: fixedNow, ExportDir: t.TempDir()})
		return send(send(m, tea.WindowSizeMsg{Width: 80, Height: 40}), keys("enter")...)
	}
	id := cat.Questions[0].ID
	for _, tc := range []struct {
		keys []string
		want float64
	}{{[]string{"1", "0"}, 10}, {[]string{"1", "enter"}, 1}, {[]string{"2"}, 2}, {[]string{"0"}, 0}, {[]string{"1", "7"}, 7}} {
		m := send(start(), keys(tc.keys...)...)
		if a, ok := m.answers[id]; !ok || a.Value != tc.want || m.index != 1 {
			t.Errorf("keys %v: answer %+v (given %v), on question %d; want %g and the next question", tc.keys, a, ok, m.index+1, tc.want)
		}
	}
	m := send(start(), keys("1")...)
	if _, ok := m.answers[id]; ok || m.index != 0 || m.cursor != 1 {
		t.Fatalf("after 1 alone: answered %v, question %d, cursor on %d; want it waiting on 1", ok, m.index+1, m.cursor)
	}
	screen := screenText(m)
	if !strings.Contains(strings.Join(strings.Fields(screen), " "), "1: press enter for 1, or type the next digit (10).") {
		t.Fatalf("nothing says a second digit is awaited:\n%s", screen)
	}
	if after := send(m, keys("down")...); !after.notice.empty() {
		t.Fatalf("the notice stays after another key: %q", after.notice.text)
	}
	if !strings.Contains(screen, "   9  ") || !strings.Contains(screen, "  10  ") {
		t.Fatalf("the numbers are not right-aligned:\n%s", screen)
	}
	// The default 1-5 scale still answers on one key.
	if m := send(newModel(t, 80, 40), keys("enter", "4")...); m.answers[id].Value != 4 || m.index != 1 {
		t.Fatalf("a 1-5 scale did not answer on one key: %+v", m.answers[id])
	}
}

// The welcome names the catalog's own facts about the person, and a
// catalog without any does not speak of them.
func TestWelcomeNamesTheCatalogsFacts(t *testing.T) {
	cat := *defaultCatalog(t)
	if got := skipping(&cat); !strings.Contains(got, "(work experience, registered nurse)") {
		t.Errorf("built-in catalog: %q", got)
	}
	cat.Questions = slices.Clone(cat.Questions)
	for i := range cat.Questions {
		cat.Questions[i].Fact = false
	}
	if got := skipping(&cat); got != "Skipping a question means no preference." {
		t.Errorf("no facts: %q", got)
	}
}

// What could act on the terminal never shows in the amount field, typed or
// pasted: a direction override, a C1 CSI.
func TestAmountFieldDropsWhatActs(t *testing.T) {
	m := send(newModel(t, 80, 24), keys("enter", "4", "3")...)
	m = send(m, tea.PasteMsg{Content: "5\u202e5\u009b000"})
	m = send(m, tea.KeyPressMsg{Code: '\u202e', Text: "\u202e"})
	if got := m.input.Value(); got != "55000" {
		t.Fatalf("field %q, want 55000", got)
	}
}
