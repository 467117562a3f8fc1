package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"careerquiz/careers"
	"careerquiz/internal/safetext"
)

// hostile is text that would act on a terminal: a window title (OSC 0), a
// clipboard write (OSC 52), the alternate screen, a C1 CSI, NUL, a bidi
// override and an isolate.
var hostile = []string{"\x1b]0;pwned\x07", "\x1b]52;c;cGF5bG9hZA==\x07", "\x1b[?1049h", "\u009b31m", "\x00", "\u202e", "\u2066", "x\ry"}

// assertNothingActs fails when out holds a byte that could act on a
// terminal: ESC, a C1 control, a bidi control, NUL, a carriage return.
func assertNothingActs(t *testing.T, where, out string) {
	t.Helper()
	if r, at, bad := safetext.Find(out); bad {
		t.Errorf("%s: raw %s at character %d:\n%q", where, safetext.Name(r), at, out)
	}
}

// Hostile text in a catalog, an answers file, a file name or typed input
// never reaches any output raw: the catalog is refused with a position, and
// every message shows such characters escaped.
func TestHostileTextNeverReachesTheTerminal(t *testing.T) {
	dir := t.TempDir()
	def, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	base := string(def.Text)
	for i, h := range hostile {
		quoted := `"` + strings.NewReplacer("\x1b", `\e`, "\x07", `\a`, "\x00", `\0`, "\r", `\r`, "\u009b", `\x9b`, "\u202e", `\u202E`, "\u2066", `\u2066`).Replace(h) + `"`
		for _, field := range []struct{ old, new string }{
			{"title: Health IT careers", "title: " + quoted[:len(quoted)-1] + ` careers"`},
			{"    topic: Pay\n", "    topic: " + quoted + "\n"},
			{"      - Hospitals and clinics\n", "      - " + quoted + "\n"},
			{"    short: BLS OOH\n", "    short: " + quoted + "\n"},
		} {
			if !strings.Contains(base, field.old) {
				t.Fatalf("test setup: %q not in the default catalog", field.old)
			}
			cat := writeFile(t, dir, "hostile.yaml", strings.Replace(base, field.old, field.new, 1))
			for _, args := range [][]string{{"validate", cat}, {"--catalog", cat, "catalog"}, {"--catalog", cat, "--answers", "-"}} {
				r := runWithInput(t, "degree: bachelor\n", args...)
				if r.code != 1 || !strings.Contains(r.stderr, "control character") {
					t.Errorf("hostile %d in %q: %v exit %d, stderr %q", i, field.old, args, r.code, r.stderr)
				}
				assertNothingActs(t, "stdout", r.stdout)
				assertNothingActs(t, "stderr", r.stderr)
			}
		}
		// The same text in an answers file and in a file name.
		ans := writeFile(t, dir, "answers.yaml", "degree: "+quoted+"\n")
		r := runCLI(t, "--answers", ans)
		if r.code != 1 {
			t.Errorf("hostile answer %d: exit %d", i, r.code)
		}
		assertNothingActs(t, "answers stderr", r.stderr)
		name := filepath.Join(dir, "odd"+h+".yaml")
		if strings.ContainsRune(h, 0) {
			continue // a file name cannot hold NUL
		}
		if err := os.WriteFile(name, []byte("title: x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"validate", name}, {"--answers", name}, {"validate", name + "-missing"}} {
			r := runCLI(t, args...)
			if r.code == 0 {
				t.Errorf("%v: exit 0", args)
			}
			assertNothingActs(t, "file name stdout", r.stdout)
			assertNothingActs(t, "file name stderr", r.stderr)
		}
	}
	// Typed into the line mode.
	r := runWithInput(t, strings.Join(hostile, "\n")+"\n", "--accessible")
	assertNothingActs(t, "line mode stderr", r.stderr)
	assertNothingActs(t, "line mode stdout", r.stdout)
}

// A FIFO with no writer blocks its reader in open(); ctrl+c (ctx) still
// ends the wait at once with 130, for the answers file and the catalog.
func TestInterruptWhileWaitingOnAFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "answers.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	for _, args := range [][]string{{"--answers", fifo}, {"--catalog", fifo, "catalog"}, {"validate", fifo}} {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan int, 1)
		var out, errb bytes.Buffer
		go func() { done <- run(ctx, args, stdio{in: strings.NewReader(""), out: &out, err: &errb}) }()
		time.Sleep(50 * time.Millisecond)
		cancel()
		select {
		case code := <-done:
			if code != exitInterrupted || out.Len() != 0 {
				t.Errorf("%v: exit %d, stdout %q", args, code, out.String())
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("%v: still waiting on the FIFO after ctrl+c", args)
		}
	}
}

// --output never overwrites the catalog in use.
func TestOutputRefusesTheCatalog(t *testing.T) {
	dir := t.TempDir()
	r := runCLI(t, "catalog")
	cat := writeFile(t, dir, "mine.yaml", r.stdout)
	ans := writeFile(t, dir, "a.yaml", "degree: bachelor\n")
	r = runCLI(t, "--catalog", cat, "--answers", ans, "--output", cat)
	if r.code != 1 || !strings.Contains(r.stderr, "is the catalog") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(cat); !strings.HasPrefix(string(data), "# careerquiz catalog") {
		t.Fatal("the catalog was overwritten")
	}
}

// --output on a FIFO nobody reads: ctrl+c ends the wait with 130.
func TestInterruptWhileWritingToAFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "out.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	ans := writeFile(t, dir, "a.yaml", "degree: bachelor\n")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var out, errb bytes.Buffer
	go func() {
		done <- run(ctx, []string{"--answers", ans, "--output", fifo}, stdio{in: strings.NewReader(""), out: &out, err: &errb})
	}()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case code := <-done:
		if code != exitInterrupted {
			t.Errorf("exit %d", code)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("still waiting on the FIFO after ctrl+c")
	}
}
