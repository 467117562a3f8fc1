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
func Summary(res quiz.Result) string { return SummaryWidth(res, TextWidth) }

// SummaryWidth is Summary wrapped to width columns, at word boundaries.
func SummaryWidth(res quiz.Result, width int) string {
	width = max(width, minWidth)
	var b strings.Builder
	top := res.Top()
	b.WriteString(wrap(fmt.Sprintf("careerquiz - %s - %s", res.Catalog.Title, answeredLine(res)), "", "  ", width))
	b.WriteString("\n")
	switch {
	case res.Answered == 0:
		b.WriteString("No recommendation yet.\n")
		b.WriteString(wrap(res.Notice, "  ", "  ", width))
		return b.String()
	case !res.Decisive:
		b.WriteString(wrap("No clear fit yet, on "+res.Coverage()+".", "", "  ", width))
		b.WriteString(wrap(res.Notice, "  ", "  ", width))
		return b.String()
	}
	label := "Best fit: "
	if res.WeakFitText() != "" {
		label = "Closest fit: "
	}
	b.WriteString(wrap(label+matchLine(res, top), "", "  ", width))
	b.WriteString(wrap(top.Career.Summary, "  ", "  ", width))
	if u := res.UnknownText(top); u != "" {
		b.WriteString(wrap(u+".", "  Unknown: ", "    ", width))
	}
	if u := res.UnmetText(top); u != "" {
		b.WriteString(wrap(u+".", "  Not met: ", "    ", width))
	}
	if weak := res.WeakFitText(); weak != "" {
		b.WriteString(wrap(weak, "  ", "  ", width))
	}
	return b.String()
}

// TextReport is the plain-text report: the summary, the ranking, the reasons
// for and against the top career, the what-if, the top two compared under
// the four headings, and the sources.
func TextReport(res quiz.Result) string { return TextReportWidth(res, TextWidth) }

// TextReportWidth is the text report wrapped to width columns, at word
// boundaries: the width of the terminal it is printed in.
//
// It is also what the line mode prints, for a screen reader or a script
// that reads a line at a time, so it has no columns to read across (each
// career's facts as a block of their own, each answer after its topic) and
// words where signs would be ("For", "Against", "Not met"), which screen
// readers often pass over.
func TextReportWidth(res quiz.Result, width int) string {
	width = max(width, minWidth)
	var b strings.Builder
	b.WriteString(SummaryWidth(res, width))
	if res.Answered == 0 {
		b.WriteString("\nThe careers in this catalog\n")
		for _, k := range res.Catalog.Careers {
			b.WriteString(wrap(k.Title+": "+k.Summary, "  - ", "    ", width))
		}
		writeTextAnswers(&b, res, width)
		return b.String()
	}

	b.WriteString("\n" + wrap(fmt.Sprintf("Ranking (%% match, on %s)", res.Coverage()), "", "  ", width))
	for i, r := range res.Ranking {
		b.WriteString(wrap(fmt.Sprintf("%d. %s: %.1f%%", i+1, r.Career.Title, r.Score), "  ", "     ", width))
		if u := res.UnknownText(r); u != "" {
			b.WriteString(wrap(u, "     Unknown: ", "       ", width))
		}
		if u := res.UnmetText(r); u != "" {
			b.WriteString(wrap(u, "     Not met: ", "       ", width))
		}
	}

	top := res.Top()
	if len(top.Reasons()) > 0 {
		b.WriteString("\n" + wrap("Why "+top.Career.Title, "", "  ", width))
		b.WriteString(wrap("Points each answer earned, out of 100:", "  ", "  ", width))
		for _, re := range top.Reasons() {
			word := "Partly"
			switch {
			case re.Cap:
				word = "Cap"
			case re.Against():
				word = "Against"
			case re.For():
				word = "For"
			}
			pts := fmt.Sprintf("%.1f of %.1f points", re.Points, re.Max)
			if re.Cap {
				pts = fmt.Sprintf("%.1f points", re.Points)
			}
			b.WriteString(wrap(word+", "+pts+": "+re.Text, "  ", "    ", width))
		}
		fmt.Fprintf(&b, "  Total: %.1f\n", top.Score)
	}

	if len(res.WhatIf) > 0 {
		b.WriteString("\nWhat would change it\n")
		for _, w := range res.WhatIf {
			b.WriteString(wrap(quiz.WhatIfSentence(res.Catalog, w), "  - ", "    ", width))
		}
	}

	writeTextComparison(&b, res, width)
	writeTextAnswers(&b, res, width)
	writeTextSources(&b, res, width)
	return b.String()
}

func writeTextComparison(b *strings.Builder, res quiz.Result, width int) {
	ks := res.Compared()
	// One career after another here, not side by side as in markdown.
	b.WriteString("\n" + wrap(strings.Replace(comparedTitle(res, len(ks)), ", side by side", ", compared", 1), "", "  ", width))
	titles := make([]string, len(ks))
	for i, k := range ks {
		titles[i] = k.Title
	}
	b.WriteString("\n" + glanceBlocks(titles, quiz.Glance(res, ks), width))
	sections := make([][]quiz.Section, len(ks))
	for i, k := range ks {
		sections[i] = quiz.Sections(res.Catalog, k)
	}
	for h, heading := range quiz.Headings() {
		b.WriteString("\n" + wrap(heading, "  ", "  ", width))
		for i, k := range ks {
			b.WriteString(wrap(k.Title, "    ", "    ", width))
			for _, line := range sections[i][h].Lines {
				b.WriteString(wrap(line, "      - ", "        ", width))
			}
		}
	}
	if res.Catalog.Note != "" {
		b.WriteString("\n")
		b.WriteString(wrap(res.Catalog.Note, "  Note: ", "        ", width))
	}
}

func writeTextAnswers(b *strings.Builder, res quiz.Result, width int) {
	b.WriteString("\nYour answers\n")
	for _, q := range res.Catalog.Questions {
		b.WriteString(wrap(q.Topic+": "+res.Answers.Shown(q), "  ", "    ", width))
	}
}

func writeTextSources(b *strings.Builder, res quiz.Result, width int) {
	sources := quiz.SourcesUsed(res.Catalog, res.Compared()...)
	if len(sources) == 0 {
		return
	}
	b.WriteString("\nSources\n")
	for _, s := range sources {
		b.WriteString(wrap(s.Short+": "+quiz.SourceName(s), "  - ", "    ", width))
		if s.URL != "" {
			b.WriteString("    " + s.URL + "\n")
		}
	}
}
