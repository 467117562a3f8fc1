package main

import (
	"bytes"
	"context"
	"runtime/debug"
	"strings"
	"testing"
)

// The garbage collector is tuned for --answers and validate, which read,
// write and exit, and for nothing that stays (the quiz, its line mode) or
// fails before it reads anything.
func TestBatchCommandsAloneTuneTheCollector(t *testing.T) {
	dir := t.TempDir()
	catalog := writeFile(t, dir, "c.yaml", runCLI(t, "catalog").stdout)
	answers := writeFile(t, dir, "a.yaml", leader)
	for _, c := range []struct {
		args  []string
		stdin string
		batch bool
	}{
		{[]string{"--answers", answers}, "", true},
		{[]string{"--answers", answers, "--format", "json", "--catalog", catalog}, "", true},
		{[]string{"--answers", "-"}, leader, true},
		{[]string{"validate", catalog}, "", true},
		{[]string{"validate", catalog, "nowhere.yaml"}, "", true},
		{[]string{"catalog"}, "", false},
		{[]string{}, "4\nbachelor\n70000\n2\nno\ns\n5\n3\n1\n4\n5\nhospital\n", false}, // the line mode
		{[]string{"--answers", answers, "--accessible"}, "", false},                    // a usage error
		{[]string{"validate"}, "", false},
	} {
		calls := 0
		var out, errb bytes.Buffer
		run(context.Background(), c.args, stdio{in: strings.NewReader(c.stdin), out: &out, err: &errb, batch: func() { calls++ }})
		if want := map[bool]int{true: 1, false: 0}[c.batch]; calls != want {
			t.Errorf("careerquiz %q: the batch tuning was called %d times, want %d (stderr %q)", c.args, calls, want, errb.String())
		}
	}
}

// gcPercent is the collector's target, read by setting it and back.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// batchGC turns collection off below a memory limit, unless GOGC or
// GOMEMLIMIT is set in the environment.
func TestBatchGCSetsALimitUnlessTheEnvironmentDoes(t *testing.T) {
	percent, limit := gcPercent(), debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	})
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "50")
			batchGC()
			if gcPercent() != percent || debug.SetMemoryLimit(-1) != limit {
				t.Fatalf("with %s set, batchGC changed the collector", env)
			}
		})
	}
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	batchGC()
	if gcPercent() != -1 || debug.SetMemoryLimit(-1) != batchMemoryLimit {
		t.Fatalf("batchGC: GC percent %d, limit %d; want off below %d", gcPercent(), debug.SetMemoryLimit(-1), batchMemoryLimit)
	}
}
