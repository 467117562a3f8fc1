package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"careerquiz/quiz/report"
)

func newRemoteModel(t *testing.T, w, h int) Model {
	t.Helper()
	m := New(Options{Catalog: defaultCatalog(t), Now: fixedNow, ExportDir: t.TempDir(), Remote: true})
	return send(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// Under serve, e shows the markdown report and writes nothing; c copies it
// with OSC 52; esc goes back to the results.
func TestRemoteExportShowsTheReport(t *testing.T) {
	m := send(answerAll(newRemoteModel(t, 80, 24)), keys("r")...)
	if !strings.Contains(screenText(m), "e show report") {
		t.Errorf("the results' help does not say e shows the report:\n%s", screenText(m))
	}
	m = sendRun(m, keys("e")...)
	if m.screen != screenReport {
		t.Fatalf("e went to screen %d, not the report", m.screen)
	}
	if files, err := os.ReadDir(m.opts.ExportDir); err != nil || len(files) != 0 {
		t.Fatalf("export under serve wrote %v (err %v)", files, err)
	}
	text := screenText(m)
	for _, want := range []string{"Your report (Markdown)", "Nothing is saved on the server", "c copy to clipboard"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report screen lacks %q:\n%s", want, text)
		}
	}
	md := report.MarkdownReport(m.result)
	first := strings.SplitN(md, "\n", 2)[0]
	if !strings.Contains(text, first) {
		t.Errorf("the report screen does not start with the report's first line %q:\n%s", first, text)
	}
	next, cmd := m.Update(keyPress("c"))
	m = next.(Model)
	if cmd == nil {
		t.Fatal("c returned no command to set the clipboard")
	}
	if got := fmt.Sprint(cmd()); got != md {
		t.Errorf("c copies %d bytes, not the %d of the markdown report", len(got), len(md))
	}
	if !strings.Contains(screenText(m), "OSC 52") {
		t.Errorf("no note after copying:\n%s", screenText(m))
	}
	m = send(m, keys("esc")...)
	if m.screen != screenResults {
		t.Errorf("esc from the report went to screen %d, not the results", m.screen)
	}
}

// The report fits every size, page after page.
func TestRemoteReportFits(t *testing.T) {
	for _, size := range [][2]int{{30, 10}, {80, 24}, {200, 60}} {
		w, h := size[0], size[1]
		m := sendRun(send(answerAll(newRemoteModel(t, w, h)), keys("r")...), keys("e")...)
		label := fmt.Sprintf("report at %dx%d", w, h)
		for page := 0; page < 200 && !m.vp.AtBottom(); page++ {
			checkFits(t, fmt.Sprintf("%s page %d", label, page+1), m, w, h)
			m = send(m, keys("pgdown")...)
		}
		if !m.vp.AtBottom() {
			t.Errorf("%s: the end cannot be reached by paging", label)
		}
	}
}

// The amount field's cursor is the terminal's own, which the terminal
// blinks: no blink message builds frames, so an idle screen writes nothing,
// locally or served (where the SSH idle timeout depends on it).
func TestAmountCursorSendsNoBlinks(t *testing.T) {
	for name, m := range map[string]Model{"served": newRemoteModel(t, 80, 24), "local": newModel(t, 80, 24)} {
		m = send(m, keys("enter", "4")...) // the next question is the salary field
		_, cmd := m.Update(keyPress("3"))
		if cmd != nil {
			if msg := cmd(); msg != nil {
				t.Errorf("%s: focusing the amount field returned a command (%T): a blinking cursor drawn in the frame", name, msg)
			}
		}
	}
}
