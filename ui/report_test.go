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

// A served session never blinks: an idle screen must write nothing, or the
// SSH idle timeout would never fire.
func TestRemoteCursorDoesNotBlink(t *testing.T) {
	m := send(newRemoteModel(t, 80, 24), keys("enter", "4")...) // the next question is the salary field
	_, cmd := m.Update(keyPress("3"))
	if cmd != nil {
		if msg := cmd(); msg != nil {
			t.Errorf("focusing the amount field under serve returned a command (%T): a blinking cursor", msg)
		}
	}
	local := send(newModel(t, 80, 24), keys("enter", "4")...)
	if _, cmd := local.Update(keyPress("3")); cmd == nil {
		t.Error("locally the amount field returns no blink command: this test no longer shows the difference")
	}
}

// The amount field's cursor blinks where it is drawn locally: the blink
// message builds the frame again, with the cursor shown or hidden.
func TestLocalCursorBlinkShows(t *testing.T) {
	m := send(newModel(t, 80, 24), keys("enter", "4")...) // the salary field
	m2, cmd := m.Update(keyPress("3"))
	m = m2.(Model)
	before := m.View().Content
	for range 3 { // the focus, then blinks: one of them changes the cursor
		if cmd == nil {
			t.Fatal("the amount field stopped asking for blinks")
		}
		m2, cmd = m.Update(cmd())
		m = m2.(Model)
		if m.View().Content != before {
			return
		}
	}
	t.Fatal("three blink messages left the frame as it was: the blink never shows")
}
