package serve

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"careerquiz/careers"
)

// loadServerEnv makes the test binary the server half of BenchmarkLoad
// (see TestMain): the server runs in a process of its own, so its
// goroutines and heap are measured apart from the clients'.
const loadServerEnv = "CAREERQUIZ_LOAD_SERVER"

func TestMain(m *testing.M) {
	if os.Getenv(loadServerEnv) != "" {
		if err := loadServer(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// loadServer serves on a loopback port, writes "addr ADDR", then answers
// each "stats" line with "stats GOROUTINES HEAPBYTES" (after a GC) until
// its input ends.
func loadServer(in io.Reader, out io.Writer) error {
	cat, err := careers.Default()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "careerquiz-load-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	srv, err := New(Config{
		Catalog: cat, HostKey: filepath.Join(dir, "host_key"),
		MaxSessions: 1000, IdleTimeout: time.Minute, MaxTimeout: 10 * time.Minute, ShutdownWait: time.Second,
		Log: io.Discard,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	if path := os.Getenv("CAREERQUIZ_LOAD_CPU"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	fmt.Fprintf(out, "addr %s\n", ln.Addr())
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		if path, ok := strings.CutPrefix(sc.Text(), "heap "); ok {
			runtime.GC()
			f, err := os.Create(path)
			if err == nil {
				_ = pprof.WriteHeapProfile(f)
				f.Close()
			}
			fmt.Fprintln(out, "ok")
		}
		if sc.Text() == "stats" {
			var ru syscall.Rusage // before the GCs, which are not the server's work
			_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
			cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
			runtime.GC()
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Fprintf(out, "stats %d %d %d\n", runtime.NumGoroutine(), ms.HeapAlloc, cpu.Microseconds())
		}
	}
	cancel()
	return <-done
}

// loadProcess is the server half, seen from the benchmark.
type loadProcess struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Scanner
	addr string
}

// loadStats are the server process's goroutines, heap bytes and CPU time
// used so far (microseconds).
type loadStats struct{ goroutines, heap, cpu int }

func startLoadProcess(b *testing.B) *loadProcess {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), loadServerEnv+"=1")
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	outPipe, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	p := &loadProcess{cmd: cmd, in: in, out: bufio.NewScanner(outPipe)}
	if !p.out.Scan() || !strings.HasPrefix(p.out.Text(), "addr ") {
		b.Fatalf("the server process did not start: %q", p.out.Text())
	}
	p.addr = strings.TrimPrefix(p.out.Text(), "addr ")
	return p
}

func (p *loadProcess) stats(b *testing.B) loadStats {
	b.Helper()
	if _, err := io.WriteString(p.in, "stats\n"); err != nil {
		b.Fatal(err)
	}
	var s loadStats
	if !p.out.Scan() {
		b.Fatal("the server process ended")
	}
	if _, err := fmt.Sscanf(p.out.Text(), "stats %d %d %d", &s.goroutines, &s.heap, &s.cpu); err != nil {
		b.Fatalf("%q: %v", p.out.Text(), err)
	}
	return s
}

func (p *loadProcess) stop(b *testing.B) {
	p.in.Close()
	if err := p.cmd.Wait(); err != nil {
		b.Errorf("the server process: %v", err)
	}
}

// firstFrame opens a session and waits for its first frame; it returns
// the client (still connected) and the time from dialling to the frame.
func firstFrame(addr string) (*client, time.Duration, error) {
	start := time.Now()
	out := &lockedBuffer{watch: "Press enter to start", seen: make(chan struct{})}
	c, err := openWatched(addr, 80, 24, out)
	if err != nil {
		return nil, 0, err
	}
	select {
	case <-out.seen:
		return c, time.Since(start), nil
	case <-time.After(waitLimit):
		c.close()
		return nil, 0, fmt.Errorf("no first frame")
	}
}

// BenchmarkLoad is the load run of the README: sessions arrive at 100 a
// second until 200 are live (all must be served), then the server's
// goroutines and heap per live session; then 1,800 more sessions come and
// go (2,000 in all) and the server's goroutines and heap are compared with
// where they started (after ten warm-up sessions). Run it once:
//
//	go test ./ui/serve -run '^$' -bench Load -benchtime 1x
func BenchmarkLoad(b *testing.B) {
	const live, total, rate = 200, 2000, 100
	for range b.N {
		p := startLoadProcess(b)
		// Warm up (lazily built tables, pools) with a few sessions, so the
		// baseline is a server that has served before.
		for range 10 {
			c, _, err := firstFrame(p.addr)
			if err != nil {
				b.Fatal(err)
			}
			_, _ = c.in.Write([]byte("\x03"))
			_ = c.sess.Wait()
			c.close()
		}
		base := p.stats(b)
		for deadline := time.Now().Add(10 * time.Second); base.goroutines > 3 && time.Now().Before(deadline); base = p.stats(b) {
			time.Sleep(20 * time.Millisecond) // the warm-up sessions wind down
		}

		// Ramp: one session every 10 ms, each kept open.
		lat := make([]time.Duration, live)
		clients := make([]*client, live)
		var wg sync.WaitGroup
		var mu sync.Mutex
		var failed []string
		tick := time.NewTicker(time.Second / rate)
		for i := range live {
			<-tick.C
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, d, err := firstFrame(p.addr)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					failed = append(failed, err.Error())
					return
				}
				clients[i], lat[i] = c, d
			}()
		}
		tick.Stop()
		wg.Wait()
		if len(failed) > 0 {
			b.Fatalf("%d of %d sessions not served: %v", len(failed), live, failed[0])
		}
		atLive := p.stats(b)
		// The 200 sessions idle for a second: what does the server spend?
		time.Sleep(time.Second)
		idle := p.stats(b)
		for _, c := range clients {
			c.close()
		}

		// Churn: the other 1,800, 50 at a time: first frame, ctrl+c, gone.
		sem := make(chan struct{}, 50)
		for range total - live {
			sem <- struct{}{}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				c, _, err := firstFrame(p.addr)
				if err != nil {
					mu.Lock()
					failed = append(failed, err.Error())
					mu.Unlock()
					return
				}
				_, _ = c.in.Write([]byte("\x03"))
				_ = c.sess.Wait()
				c.close()
			}()
		}
		wg.Wait()
		if len(failed) > 0 {
			b.Fatalf("%d of %d churn sessions not served: %v", len(failed), total-live, failed[0])
		}
		var after loadStats
		deadline := time.Now().Add(30 * time.Second)
		for after = p.stats(b); after.goroutines > base.goroutines && time.Now().Before(deadline); after = p.stats(b) {
			time.Sleep(50 * time.Millisecond)
		}
		if path := os.Getenv("CAREERQUIZ_LOAD_HEAP"); path != "" {
			_, _ = io.WriteString(p.in, "heap "+path+"\n")
			p.out.Scan()
		}
		p.stop(b)

		slices.Sort(lat)
		pct := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))]) / float64(time.Millisecond) }
		b.ReportMetric(pct(0.5), "first-frame-p50-ms")
		b.ReportMetric(pct(0.99), "first-frame-p99-ms")
		b.ReportMetric(float64(lat[len(lat)-1])/float64(time.Millisecond), "first-frame-max-ms")
		b.ReportMetric(float64(atLive.goroutines-base.goroutines)/live, "goroutines/session")
		b.ReportMetric(float64(atLive.heap-base.heap)/live/1024, "heap-KiB/session")
		b.ReportMetric(float64(idle.cpu-atLive.cpu)/1e4, "idle-cpu-%-of-a-core")
		b.ReportMetric(float64(after.goroutines-base.goroutines), "goroutines-left")
		b.ReportMetric(float64(after.heap-base.heap)/1024, "heap-KiB-left")
		b.Logf("server: %d goroutines and %d KiB heap at the start, %d and %d KiB with %d live, %d and %d KiB after %d sessions",
			base.goroutines, base.heap/1024, atLive.goroutines, atLive.heap/1024, live, after.goroutines, after.heap/1024, total)
	}
}

// BenchmarkFirstFrame is one session at a time, from dialling to the first
// frame on the client, server and client in this process.
func BenchmarkFirstFrame(b *testing.B) {
	ts := startServer(b, func(c *Config) { c.Log = io.Discard })
	for b.Loop() {
		c, _, err := firstFrame(ts.addr)
		if err != nil {
			b.Fatal(err)
		}
		c.close()
	}
}
