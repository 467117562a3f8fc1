package serve

import (
	"bytes"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
)

// A bounded load: sessions at once, each reaching its first frame; half
// leave with ctrl+c, half just drop the connection in the middle of a
// question. Afterwards every goroutine they used is gone.
func TestLoadLeavesNothingBehind(t *testing.T) {
	const sessions = 24
	ts := startServer(t, nil)
	warm, err := openSession(ts.addr, 80, 24) // the server is up and has served one
	if err != nil {
		t.Fatal(err)
	}
	_, _ = warm.in.Write([]byte("\x03"))
	_ = warm.sess.Wait()
	warm.close()
	if !poll(func() bool { return strings.Count(ts.log.String(), " disconnect session=") == 1 }) {
		t.Fatal("the first session did not end")
	}
	base := settledGoroutines()
	var wg sync.WaitGroup
	errs := make(chan string, sessions)
	for i := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := openSession(ts.addr, 80, 24)
			if err != nil {
				errs <- err.Error()
				return
			}
			defer c.close()
			if !poll(func() bool { return strings.Contains(c.received(), "Press enter to start") }) {
				errs <- "no first frame"
				return
			}
			if i%2 == 0 {
				_, _ = c.in.Write([]byte("\x03"))
				if err := c.sess.Wait(); err == nil || !strings.Contains(err.Error(), "130") {
					errs <- "ctrl+c: " + errString(err)
				}
				return
			}
			_, _ = c.in.Write([]byte("\r4"))
			// Drop the connection in the middle of the quiz (c.close).
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if !poll(func() bool { return strings.Count(ts.log.String(), " disconnect session=") == sessions+1 }) {
		t.Fatalf("%d of %d sessions logged their end:\n%s", strings.Count(ts.log.String(), " disconnect session="), sessions, ts.log.String())
	}
	if !poll(func() bool { return runtime.NumGoroutine() <= base }) {
		var b bytes.Buffer
		_ = pprof.Lookup("goroutine").WriteTo(&b, 1)
		t.Fatalf("%d goroutines after every session closed, %d before:\n%s", runtime.NumGoroutine(), base, b.String())
	}
	// A session is untracked last, after its end is logged (handle), so
	// the count is waited for too.
	live := func() int {
		ts.srv.mu.Lock()
		defer ts.srv.mu.Unlock()
		return len(ts.srv.sessions)
	}
	if !poll(func() bool { return live() == 0 }) {
		t.Errorf("the server still tracks %d sessions", live())
	}
}

// settledGoroutines is the goroutine count once the ones a previous test
// left winding down have ended.
func settledGoroutines() int {
	n := runtime.NumGoroutine()
	for range 50 {
		runtime.Gosched()
		if m := runtime.NumGoroutine(); m < n {
			n = m
		}
	}
	return n
}

func errString(err error) string {
	if err == nil {
		return "no error (status 0)"
	}
	return err.Error()
}
