// Command ptybench measures careerquiz as a person meets it, in a
// pseudo-terminal: time to first frame, bytes written per cursor move,
// time from a key to the first byte of the answer, and peak memory over a
// whole quiz; beside a minimal Bubble Tea v2 program (internal/cmd/minimaltea)
// and, when given, gum. Rounds are interleaved so the programs share the
// machine's load; figures are medians over rounds.
//
//	go run ./internal/cmd/ptybench [-rounds 7] [-size 80x24] [-gum /path/to/gum]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

func main() {
	rounds := flag.Int("rounds", 7, "rounds of each program")
	size := flag.String("size", "80x24", "terminal size, COLSxROWS")
	gum := flag.String("gum", "", "path to a gum binary to measure beside careerquiz (optional)")
	bin := flag.String("careerquiz", "", "path to a careerquiz binary (default: build ./cmd/careerquiz)")
	flag.Parse()
	if err := run1(*rounds, *size, *gum, *bin); err != nil {
		fmt.Fprintln(os.Stderr, "ptybench:", err)
		os.Exit(1)
	}
}

func run1(rounds int, size, gum, bin string) error {
	var cols, rows int
	if _, err := fmt.Sscanf(size, "%dx%d", &cols, &rows); err != nil || cols < 30 || rows < 10 {
		return fmt.Errorf("-size %q: want COLSxROWS, at least 30x10", size)
	}
	dir, err := os.MkdirTemp("", "ptybench")
	if err != nil {
		return fmt.Errorf("making a build directory: %w", err)
	}
	defer os.RemoveAll(dir)
	minimal := filepath.Join(dir, "minimaltea")
	if err := build(minimal, "./internal/cmd/minimaltea"); err != nil {
		return err
	}
	if bin == "" {
		bin = filepath.Join(dir, "careerquiz")
		if err := build(bin, "./cmd/careerquiz"); err != nil {
			return err
		}
	}
	programs := []program{listProgram("minimal Bubble Tea v2", minimal, "First option"), careerquizProgram(bin)}
	if gum != "" {
		programs = append(programs, listProgram("gum choose", gum, "First option", "choose",
			"First option", "Second option", "Third option", "Fourth option", "Fifth option",
			"Sixth option", "Seventh option", "Eighth option", "Ninth option", "Tenth option"))
	}
	runs := make([][]run, len(programs))
	for round := range rounds {
		for i, p := range programs {
			r, err := p.measure(cols, rows)
			if err != nil {
				return fmt.Errorf("round %d: %w", round+1, err)
			}
			runs[i] = append(runs[i], r)
		}
	}
	report(os.Stdout, programs, runs, size)
	return nil
}

func build(out, pkg string) error {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building %s (run ptybench from the repository's root): %v\n%s", pkg, err, msg)
	}
	return nil
}
