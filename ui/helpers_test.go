package ui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

var update = flag.Bool("update", false, "rewrite the golden screens in testdata")

// fixedNow is the clock of every test model, so export names are known.
func fixedNow() time.Time { return time.Date(2026, 11, 24, 9, 30, 5, 0, time.UTC) }

func newModel(t testing.TB, w, h int) Model {
	t.Helper()
	m := New(Options{Catalog: defaultCatalog(t), Now: fixedNow, ExportDir: t.TempDir()})
	return send(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// sendRun feeds messages to the model and runs the commands they return,
// feeding their messages back, as the program would (a batch is not
// opened: only single commands).
func sendRun(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m = next.(Model)
		for cmd != nil {
			out := cmd()
			if _, ok := out.(exportedMsg); !ok {
				break // a blink, a focus or a quit: not part of these tests
			}
			next, cmd = m.Update(out)
			m = next.(Model)
		}
	}
	return m
}

// send feeds messages to the model, as the program would.
func send(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	return m
}

// keys turns names into key presses: "enter", "esc", "up", "ctrl+c",
// "space", "pgdown", "f1", or a single printable character.
func keys(names ...string) []tea.Msg {
	var out []tea.Msg
	for _, n := range names {
		out = append(out, keyPress(n))
	}
	return out
}

func keyPress(n string) tea.KeyPressMsg {
	switch n {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "f1":
		return tea.KeyPressMsg{Code: tea.KeyF1}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	}
	r := []rune(n)[0]
	return tea.KeyPressMsg{Code: r, Text: n}
}

// typeText types each character of s.
func typeText(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

func screenText(m Model) string { return ansi.Strip(m.View().Content) }

// answerAll goes from the welcome screen through every question of the
// default catalog to the review.
func answerAll(m Model) Model {
	m = send(m, keys("enter", "4", "3")...)                // management 4, degree bachelor
	m = send(m, typeText("70000")...)                      // salary
	m = send(m, keys("enter", "2", "3", "2", "s", "5")...) // experience some, rn no, data 2, technology skipped, compliance 5
	return send(m, keys("1", "3", "4", "1")...)            // patient 1, certification 3, growth 4, setting hospital
}

// golden compares got with testdata/NAME.golden; -update rewrites it.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("screen %s differs from its golden (go test ./ui -update rewrites it)\n--- got:\n%s\n--- want:\n%s", name, got, want)
	}
}

func hasLine(s, want string) bool {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, want) {
			return true
		}
	}
	return false
}
