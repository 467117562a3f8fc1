// Command careerquiz is a terminal career advisor: answer a short quiz and
// get a recommendation, the reasons behind it and a side-by-side comparison.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// ctrl+c, a hang-up, SIGTERM and (unless GOTRACEBACK asks for a dump)
	// SIGQUIT all cancel ctx: the quiz restores the terminal, nothing is
	// half-written, and the exit code says which signal ended it (130, 129,
	// 143, 131). A second signal ends the process at once (serve's shutdown
	// wait, say, cut short by a second ctrl+c). It is caught for that, not
	// left to the default: a background job of a script starts with SIGINT
	// ignored, and no longer catching it would go back to ignoring it.
	caught := []os.Signal{os.Interrupt, syscall.SIGHUP, syscall.SIGTERM}
	if os.Getenv("GOTRACEBACK") == "" {
		caught = append(caught, syscall.SIGQUIT)
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, caught...)
	ctx, cancel := context.WithCancel(context.Background())
	got := make(chan os.Signal, 1)
	go func() {
		s := <-sigs
		got <- s
		cancel()
		s = <-sigs
		n, _ := s.(syscall.Signal)
		os.Exit(128 + int(n))
	}()
	code := run(ctx, os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr, batch: batchGC})
	select {
	case s := <-got:
		if n, ok := s.(syscall.Signal); ok && code != exitOK {
			code = 128 + int(n)
		}
	default:
	}
	os.Exit(code)
}
