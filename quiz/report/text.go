package report

import (
	"fmt"
	"strings"

	"careerquiz/quiz"
)

// Summary is the first block of the text report: the recommendation, its
// score and how many answers it rests on, what it needs that is unknown, and
// the notice when there is no clear fit. The TUI prints it after the screen
// is restored.
func Summary(res quiz.Result) string {
	var b strings.Builder
	top := res.Top()
	fmt.Fprintf(&b, "careerquiz · %s · %s\n", res.Catalog.Title, answeredLine(res))
	b.WriteString("\n")
	switch {
	case res.Answered == 0:
		b.WriteString("No recommendation yet.\n")
		b.WriteString(wrap(res.Notice, "  ", "  ", textWidth))
		return b.String()
	case !res.Decisive:
		b.WriteString(wrap("No clear fit yet, on "+res.Coverage()+".", "", "  ", textWidth))
		b.WriteString(wrap(res.Notice, "  ", "  ", textWidth))
		return b.String()
	}
	b.WriteString(wrap("Best fit: "+matchLine(res, top), "", "  ", textWidth))
	b.WriteString(wrap(top.Career.Summary, "  ", "  ", textWidth))
	if u := res.UnknownText(top); u != "" {
		b.WriteString(wrap(capitalize(u)+".", "  ? ", "    ", textWidth))
	}
	return b.String()
}

// TextReport is the plain-text report: the summary, the ranking, the reasons
// for and against the top career, the what-if, the top two compared under
// the four headings, and the sources.
func TextReport(res quiz.Result) string {
	var b strings.Builder
	b.WriteString(Summary(res))
	if res.Answered == 0 {
		b.WriteString("\nThe careers in this catalog\n")
		for _, k := range res.Catalog.Careers {
			b.WriteString(wrap(k.Title+": "+k.Summary, "  - ", "    ", textWidth))
		}
		writeTextAnswers(&b, res)
		return b.String()
	}

	fmt.Fprintf(&b, "\nRanking (%% match, on %s)\n", res.Coverage())
	for i, r := range res.Ranking {
		fmt.Fprintf(&b, "  %d. %-52s %5.1f%%  %s\n", i+1, truncate(r.Career.Title, 52), r.Score, bar(r.Score, 10))
		if u := res.UnknownText(r); u != "" {
			b.WriteString(wrap(u, "     ? ", "       ", textWidth))
		}
	}

	top := res.Top()
	if len(top.Reasons) > 0 {
		b.WriteString("\n" + wrap("Why "+top.Career.Title, "", "  ", textWidth))
		b.WriteString("  Points each answer earned, out of 100 (+ for, ~ partly, - against, ! a cap):\n")
		for _, re := range top.Reasons {
			mark := "~"
			switch {
			case re.Cap:
				mark = "!"
			case re.Against():
				mark = "-"
			case re.For():
				mark = "+"
			}
			b.WriteString(wrap(re.Text, fmt.Sprintf("  %s %-11s ", mark, points(re)), strings.Repeat(" ", 16), textWidth))
		}
		fmt.Fprintf(&b, "  = %.1f\n", top.Score)
	}

	if len(res.WhatIf) > 0 {
		b.WriteString("\nWhat would change it\n")
		for _, w := range res.WhatIf {
			b.WriteString(wrap(quiz.WhatIfSentence(res.Catalog, w), "  - ", "    ", textWidth))
		}
	}

	writeTextComparison(&b, res)
	writeTextAnswers(&b, res)
	writeTextSources(&b, res)
	return b.String()
}

func writeTextComparison(b *strings.Builder, res quiz.Result) {
	ks := res.Compared()
	b.WriteString("\n" + wrap(comparedTitle(res, len(ks)), "", "  ", textWidth))
	titles := make([]string, len(ks))
	for i, k := range ks {
		titles[i] = k.Title
	}
	b.WriteString("\n" + grid(titles, quiz.Glance(res, ks), textWidth))
	sections := make([][]quiz.Section, len(ks))
	for i, k := range ks {
		sections[i] = quiz.Sections(res.Catalog, k)
	}
	for h, heading := range quiz.Headings() {
		fmt.Fprintf(b, "\n  %s\n", heading)
		for i, k := range ks {
			fmt.Fprintf(b, "    %s\n", k.Title)
			for _, line := range sections[i][h].Lines {
				b.WriteString(wrap(line, "      - ", "        ", textWidth))
			}
		}
	}
	if res.Catalog.Note != "" {
		b.WriteString("\n")
		b.WriteString(wrap(res.Catalog.Note, "  Note: ", "        ", textWidth))
	}
}

func writeTextAnswers(b *strings.Builder, res quiz.Result) {
	b.WriteString("\nYour answers\n")
	for _, q := range res.Catalog.Questions {
		b.WriteString(wrap(res.Answers.Shown(q), fmt.Sprintf("  %-28s ", q.Topic), strings.Repeat(" ", 31), textWidth))
	}
}

func writeTextSources(b *strings.Builder, res quiz.Result) {
	sources := quiz.SourcesUsed(res.Catalog, res.Compared()...)
	if len(sources) == 0 {
		return
	}
	b.WriteString("\nSources\n")
	for _, s := range sources {
		b.WriteString(wrap(s.Short+": "+s.Name, "  - ", "    ", textWidth))
		if s.URL != "" {
			b.WriteString("    " + s.URL + "\n")
		}
	}
}

// bar is a score as a row of plain characters, readable without colour.
func bar(score float64, width int) string {
	n := int(score/100*float64(width) + 0.5)
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "]"
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
