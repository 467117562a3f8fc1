package ui

import (
	"fmt"
	"strings"

	"careerquiz/careers"
	"careerquiz/quiz"
)

// detailsBody is everything about one career: its score and every reason
// for and against ("why not X?"), prerequisites, next steps, the four
// headings and the sources.
func (m Model) detailsBody(w int) string {
	s := m.styles
	r := m.result.Ranking[m.detail]
	k, reasons := r.Career, r.Reasons() // worked out on each call: once here
	var b strings.Builder
	b.WriteString(s.Title.Render(wrapText(k.Title, w)) + "\n")
	b.WriteString(s.Muted.Render(wrapText(fmt.Sprintf("%s of %s, %.1f%% match, on %s", grouped(m.detail+1), grouped(len(m.result.Ranking)), r.Score, m.result.Coverage()), w)) + "\n")
	if u := m.result.UnknownText(r); u != "" {
		b.WriteString(s.Notice.Render(hanging(s.Glyphs.Unknown+" ", capitalize(u)+".", w)) + "\n")
	}
	if u := m.result.UnmetText(r); u != "" {
		b.WriteString(s.Notice.Render(hanging(s.Glyphs.Cap+" ", capitalize(u)+".", w)) + "\n")
	}
	for _, re := range reasons {
		if re.Cap { // a cap first, beside the score it limits
			b.WriteString(m.reasonLine(re, w) + "\n")
		}
	}
	b.WriteString(wrapText(k.Summary, w) + "\n")

	if len(reasons) > 0 {
		title := "Why it fits, and why not"
		if m.detail > 0 {
			title = fmt.Sprintf("Why not %s? Its reasons, for and against", k.Title)
		}
		b.WriteString("\n" + s.Heading.Render(wrapText(title, w)) + "\n")
		b.WriteString(s.Muted.Render(wrapText(m.legend(), w)) + "\n")
		for _, re := range reasons {
			if !re.Cap {
				b.WriteString(m.reasonLine(re, w) + "\n")
			}
		}
	}
	if len(k.Prerequisites) > 0 {
		b.WriteString("\n" + s.Heading.Render(wrapText("Prerequisites", w)) + "\n")
		for _, p := range k.Prerequisites {
			b.WriteString(hanging("  "+s.Glyphs.Bullet+" ", capitalize(p.Text)+" ("+quiz.Cite(m.cat, p.Source.ID)+")", w) + "\n")
		}
	}
	if len(k.NextSteps) > 0 {
		b.WriteString("\n" + s.Heading.Render(wrapText("Next steps", w)) + "\n")
		for i, step := range k.NextSteps {
			b.WriteString(hanging(fmt.Sprintf("  %d. ", i+1), step, w) + "\n")
		}
	}
	for _, sec := range quiz.Sections(m.cat, k) {
		if sec.Heading == quiz.HeadingPay {
			sec.Lines = append(sec.Lines, quiz.HistoryLines(m.cat, k)...)
		}
		b.WriteString("\n" + s.Accent.Render(wrapText(sec.Heading, w)) + "\n")
		for _, line := range sec.Lines {
			b.WriteString(hanging("  "+s.Glyphs.Bullet+" ", line, w) + "\n")
		}
	}
	b.WriteString(m.sourcesBlock(w, k))
	if m.cat.Note != "" {
		b.WriteString("\n" + s.Muted.Render(hanging("Note: ", m.cat.Note, w)))
	}
	return b.String()
}

// sourcesBlock lists the sources careers ks cite, each with its full name
// (edition and year) and address, under a "Sources" heading.
func (m Model) sourcesBlock(w int, ks ...careers.Career) string {
	sources := quiz.SourcesUsed(m.cat, ks...)
	if len(sources) == 0 {
		return ""
	}
	s := m.styles
	var b strings.Builder
	b.WriteString("\n" + s.Heading.Render(wrapText("Sources", w)) + "\n")
	for _, src := range sources {
		b.WriteString(hanging("  "+s.Glyphs.Bullet+" ", src.Short+": "+quiz.SourceName(src), w) + "\n")
		if src.URL != "" {
			// A URL has no spaces to wrap at: break it at the width so
			// all of it shows, rather than cutting it. Each piece links
			// to the whole page (OSC 8), so a terminal that follows links
			// opens it from any of them, not the piece.
			link := s.Muted.Hyperlink(src.URL)
			for _, piece := range wrapURL(src.URL, max(w-4, 10)) {
				b.WriteString("    " + link.Render(piece) + "\n")
			}
		}
	}
	return b.String()
}
