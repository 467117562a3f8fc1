// Command gen writes a generated catalog of n careers (internal/catalogtest)
// to standard output, to try the app or a benchmark at scale:
//
//	go run ./internal/catalogtest/cmd/gen -n 10000 > /tmp/big.yaml
//	go run ./cmd/careerquiz --catalog /tmp/big.yaml
package main

import (
	"flag"
	"fmt"
	"os"

	"careerquiz/internal/catalogtest"
)

func main() {
	n := flag.Int("n", 1000, "how many careers to generate")
	flag.Parse()
	text, err := catalogtest.Generate(*n)
	if err == nil {
		_, err = os.Stdout.Write(text)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
