package ui

import (
	"errors"
	"fmt"
	"maps"
	"path/filepath"

	tea "charm.land/bubbletea/v2"

	"careerquiz/internal/atomicfile"
	"careerquiz/quiz"
	"careerquiz/quiz/report"
)

// exportedMsg is what an export did: the note to show, and the answers it
// wrote the result of (nil when it failed), so the same result is not
// written twice.
type exportedMsg struct {
	note    string
	answers quiz.Answers
}

// isExported reports whether the current answers' result is exported.
func (m Model) isExported() bool {
	return m.exported.answers != nil && maps.Equal(m.exported.answers, m.answers)
}

// export starts writing the markdown report (the same bytes as --format
// markdown) and the answers file, off the update loop; exportedMsg says
// where they went, or why they could not be written. The same result is
// not written twice: the note of the last export is shown again.
func (m Model) export() (Model, tea.Cmd) {
	if m.opts.Remote {
		return m.showReport(), nil // served over SSH: nothing is written on the server
	}
	switch {
	case m.exporting:
		return m, nil
	case m.isExported():
		m.notice = m.styles.Muted.Render("Already exported, unchanged since: ") + m.exported.note
		return m, nil
	}
	m.exporting = true
	md, snapshot := report.MarkdownReport(m.result), m.answers.Clone()
	m.notice = m.styles.Muted.Render("Saving…")
	stamp := m.opts.Now().Format("20060102-150405")
	dir, styles := m.opts.ExportDir, m.styles
	answers := quiz.FormatAnswers(m.cat, m.answers)
	return m, func() tea.Msg {
		if abs, err := filepath.Abs(dir); err == nil {
			dir = abs
		}
		var paths []string
		for _, f := range []struct {
			stem, ext string
			data      []byte
		}{{"careerquiz-report-", ".md", []byte(md)}, {"careerquiz-answers-", ".yaml", answers}} {
			p, err := writeUnique(dir, f.stem+stamp, f.ext, f.data)
			if err != nil {
				return exportedMsg{note: styles.Error.Render(fmt.Sprintf("Could not export: %v. Your results are still here.", err))}
			}
			paths = append(paths, filepath.Base(p))
		}
		return exportedMsg{note: styles.Good.Render(fmt.Sprintf("Saved in %s:\n  %s\n  %s", dir, paths[0], paths[1])), answers: snapshot}
	}
}

// writeUnique writes dir/name+ext, or name-2+ext and so on when that file
// exists, and returns the path written.
func writeUnique(dir, name, ext string, data []byte) (string, error) {
	for i := 1; i < 100; i++ {
		p := filepath.Join(dir, name+ext)
		if i > 1 {
			p = filepath.Join(dir, fmt.Sprintf("%s-%d%s", name, i, ext))
		}
		err := atomicfile.WriteNew(p, data)
		if !errors.Is(err, atomicfile.ErrExists) {
			return p, err
		}
	}
	return "", fmt.Errorf("too many exports named %s in %s", name, dir)
}
