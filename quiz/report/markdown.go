package report

import (
	"fmt"
	"slices"
	"strings"

	"careerquiz/quiz"
)

// MarkdownReport is the report a person keeps: the same content as the text
// report, as markdown with a comparison table under the four headings.
func MarkdownReport(res quiz.Result) string {
	var b strings.Builder
	top := res.Top()
	fmt.Fprintf(&b, "# careerquiz report: %s\n\n", md(res.Catalog.Title))
	fmt.Fprintf(&b, "%s.\n\n", capitalize(answeredLine(res)))
	if res.Answered == 0 {
		fmt.Fprintf(&b, "## No recommendation yet\n\n> **Note:** %s\n\n## The careers in this catalog\n\n", md(res.Notice))
		for _, k := range res.Catalog.Careers {
			fmt.Fprintf(&b, "- **%s**: %s\n", md(k.Title), md(k.Summary))
		}
		writeMarkdownAnswers(&b, res)
		return b.String()
	}
	if res.Decisive {
		label := "Best fit"
		if res.WeakFitText() != "" {
			label = "Closest fit"
		}
		fmt.Fprintf(&b, "## %s: %s (%.1f%% match, on %s)\n\n%s\n\n", label, md(top.Career.Title), top.Score, res.Coverage(), md(top.Career.Summary))
		if u := res.UnknownText(top); u != "" {
			fmt.Fprintf(&b, "> **Unknown:** %s.\n\n", md(capitalize(u)))
		}
		if u := res.UnmetText(top); u != "" {
			fmt.Fprintf(&b, "> **Not met:** %s.\n\n", md(capitalize(u)))
		}
		if weak := res.WeakFitText(); weak != "" {
			fmt.Fprintf(&b, "> **Note:** %s\n\n", md(weak))
		}
	} else {
		fmt.Fprintf(&b, "## No clear fit yet (on %s)\n\n> **Note:** %s\n\n", res.Coverage(), md(res.Notice))
	}
	if res.Catalog.Note != "" {
		fmt.Fprintf(&b, "_%s_\n\n", md(res.Catalog.Note))
	}

	// The Unknown and Not met columns are there only when some career has
	// something in them.
	unknown, unmet := make([]string, len(res.Ranking)), make([]string, len(res.Ranking))
	var cols []string
	for i, r := range res.Ranking {
		unknown[i], unmet[i] = res.UnknownText(r), res.UnmetText(r)
	}
	hasUnknown := slices.ContainsFunc(unknown, func(s string) bool { return s != "" })
	hasUnmet := slices.ContainsFunc(unmet, func(s string) bool { return s != "" })
	if hasUnknown {
		cols = append(cols, "Unknown")
	}
	if hasUnmet {
		cols = append(cols, "Not met")
	}
	fmt.Fprintf(&b, "## Ranking\n\nMatch on %s.\n\n| # | Career | Match |", res.Coverage())
	for _, c := range cols {
		fmt.Fprintf(&b, " %s |", c)
	}
	b.WriteString("\n|---:|---|---:|" + strings.Repeat("---|", len(cols)) + "\n")
	for i, r := range res.Ranking {
		fmt.Fprintf(&b, "| %d | %s | %.1f%% |", i+1, md(r.Career.Title), r.Score)
		if hasUnknown {
			fmt.Fprintf(&b, " %s |", md(unknown[i]))
		}
		if hasUnmet {
			fmt.Fprintf(&b, " %s |", md(unmet[i]))
		}
		b.WriteString("\n")
	}

	if len(top.Reasons()) > 0 {
		fmt.Fprintf(&b, "\n## Why %s\n\nPoints each answer earned, out of 100 in all.\n\n", md(top.Career.Title))
		b.WriteString("| | Points | Reason |\n|---|---:|---|\n")
		for _, re := range top.Reasons() {
			mark := "partly"
			switch {
			case re.Cap:
				mark = "cap"
			case re.Against():
				mark = "against"
			case re.For():
				mark = "for"
			}
			fmt.Fprintf(&b, "| %s | %s | %s |\n", mark, points(re), md(re.Text))
		}
		fmt.Fprintf(&b, "| | **%.1f** | total |\n", top.Score)
	}

	if len(res.WhatIf) > 0 {
		b.WriteString("\n## What would change it\n\n")
		for _, w := range res.WhatIf {
			fmt.Fprintf(&b, "- %s\n", md(quiz.WhatIfSentence(res.Catalog, w)))
		}
	}

	writeMarkdownComparison(&b, res)

	writeMarkdownAnswers(&b, res)

	if sources := quiz.SourcesUsed(res.Catalog, res.Compared()...); len(sources) > 0 {
		b.WriteString("\n## Sources\n\n")
		for _, s := range sources {
			if s.URL != "" {
				// In angle brackets, a ")" in the address does not end the link.
				fmt.Fprintf(&b, "- %s: [%s](<%s>)\n", md(s.Short), md(quiz.SourceName(s)), s.URL)
			} else {
				fmt.Fprintf(&b, "- %s: %s\n", md(s.Short), md(quiz.SourceName(s)))
			}
		}
	}
	return b.String()
}

// writeMarkdownComparison writes the compact table, then the four
// headings in full as lists: plain text inside every cell, so the file
// reads well unrendered too.
func writeMarkdownComparison(b *strings.Builder, res quiz.Result) {
	ks := res.Compared()
	fmt.Fprintf(b, "\n## %s\n\n|", md(comparedTitle(res, len(ks))))
	for _, k := range ks {
		fmt.Fprintf(b, " | %s", md(k.Title))
	}
	b.WriteString(" |\n|---|" + strings.Repeat("---|", len(ks)) + "\n")
	for _, row := range quiz.Glance(res, ks) {
		fmt.Fprintf(b, "| **%s** |", md(row.Label))
		for _, c := range row.Cells {
			fmt.Fprintf(b, " %s |", md(c))
		}
		b.WriteString("\n")
	}
	sections := make([][]quiz.Section, len(ks))
	for i, k := range ks {
		sections[i] = quiz.Sections(res.Catalog, k)
	}
	for h, heading := range quiz.Headings() {
		fmt.Fprintf(b, "\n### %s\n", md(heading))
		for i, k := range ks {
			fmt.Fprintf(b, "\n**%s**\n\n", md(k.Title))
			for _, line := range sections[i][h].Lines {
				fmt.Fprintf(b, "- %s\n", md(line))
			}
		}
	}
	if res.Catalog.Note != "" {
		fmt.Fprintf(b, "\n_%s_\n", md(res.Catalog.Note))
	}
}

func writeMarkdownAnswers(b *strings.Builder, res quiz.Result) {
	b.WriteString("\n## Your answers\n\n| Question | Answer |\n|---|---|\n")
	for _, q := range res.Catalog.Questions {
		fmt.Fprintf(b, "| %s | %s |\n", md(q.Topic), md(res.Answers.Shown(q)))
	}
}

// md escapes the characters that would break a table cell or start
// unwanted markup.
func md(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`, "|", `\|`, "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "`", "\\`", "\n", " ")
	return r.Replace(s)
}
