package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"time"
)

// report prints the medians over rounds, and careerquiz's first frame as a
// ratio of the minimal program's, taken round by round.
func report(w io.Writer, programs []program, runs [][]run, size string) {
	fmt.Fprintf(w, "%d rounds at %s (medians)\n\n", len(runs[0]), size)
	fmt.Fprintf(w, "%-24s %12s %10s %10s %12s\n", "program", "first frame", "key p50", "key p90", "peak memory")
	for i, p := range programs {
		var first, p50s, p90s []time.Duration
		var peaks []int64
		for _, r := range runs[i] {
			first = append(first, r.firstFrame)
			p50s = append(p50s, percentile(r.latencies, 50))
			p90s = append(p90s, percentile(r.latencies, 90))
			peaks = append(peaks, r.peak)
		}
		fmt.Fprintf(w, "%-24s %12s %10s %10s %9.1f MiB\n", p.name, ms(median(first)), ms(median(p50s)), ms(median(p90s)),
			float64(median(peaks))/(1<<20))
	}
	fmt.Fprintf(w, "\n%-24s %-18s %s\n", "program", "screen", "bytes per cursor move")
	for i, p := range programs {
		places := map[string][]int{}
		for _, r := range runs[i] {
			for place, bs := range r.moves {
				places[place] = append(places[place], median(bs))
			}
		}
		names := make([]string, 0, len(places))
		for place := range places {
			names = append(names, place)
		}
		sort.Strings(names)
		for _, place := range names {
			fmt.Fprintf(w, "%-24s %-18s %d B\n", p.name, place, median(places[place]))
		}
		if i == 1 {
			var next []int
			for _, r := range runs[i] {
				next = append(next, r.next)
			}
			fmt.Fprintf(w, "%-24s %-18s %d B\n", p.name, "next question", median(next))
		}
	}
	var ratios []float64
	for r := range runs[0] {
		ratios = append(ratios, float64(runs[1][r].firstFrame)/float64(runs[0][r].firstFrame))
	}
	fmt.Fprintf(w, "\ncareerquiz first frame / minimal program's: %.2fx (median of per-round ratios)\n", median(ratios))
	if len(programs) > 2 {
		ratios = ratios[:0]
		for r := range runs[0] {
			ratios = append(ratios, float64(runs[1][r].firstFrame)/float64(runs[2][r].firstFrame))
		}
		fmt.Fprintf(w, "careerquiz first frame / gum's: %.2fx\n", median(ratios))
	}
}

func median[T int | int64 | float64 | time.Duration](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func percentile(xs []time.Duration, p int) time.Duration {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[min(len(s)-1, (len(s)*p+99)/100-1)]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
