package ui

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"

	tea "charm.land/bubbletea/v2"

	"careerquiz/internal/atomicfile"
	"careerquiz/internal/safetext"
	"careerquiz/quiz"
	"careerquiz/quiz/report"
)

// exportedMsg is what an export did: the note to show, and the answers it
// wrote the result of (nil when it failed), so the same result is not
// written twice.
type exportedMsg struct {
	note    notice
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
		m.notice = notice{"Nothing has changed since the export. " + m.exported.note.text, toneGood}
		return m, nil
	}
	m.exporting = true
	md, snapshot := report.MarkdownReport(m.result), m.answers.Clone()
	m.notice = notice{"Saving…", toneMuted}
	stamp := m.opts.Now().Format("20060102-150405")
	dir := m.opts.ExportDir
	answers := quiz.FormatAnswers(m.cat, m.answers)
	return m, func() tea.Msg {
		abs, absErr := filepath.Abs(dir)
		if absErr == nil {
			dir = abs
		}
		paths, err := writePair(dir, stamp, []byte(md), answers)
		if err != nil && absErr != nil && !filepath.IsAbs(dir) {
			// "." says nothing when the folder careerquiz started in has
			// been deleted or moved away: say that.
			return exportedMsg{note: notice{"Could not export: the folder careerquiz was started in can no longer be found (it may have been deleted or moved). Your results are still here.", toneBad}}
		}
		if err != nil {
			// The directory's name is the system's: whatever it holds
			// must not reach the terminal as a code.
			return exportedMsg{note: notice{safetext.Visible(fmt.Sprintf("Could not export: %v. Your results are still here.", err)), toneBad}}
		}
		return exportedMsg{note: notice{safetext.Visible(fmt.Sprintf("Saved %s and %s in %s.", filepath.Base(paths[0]), filepath.Base(paths[1]), dir)), toneGood}, answers: snapshot}
	}
}

// writePair writes the report and the answers file into dir under one
// name: careerquiz-report-STAMP.md and careerquiz-answers-STAMP.yaml, or
// STAMP-2 and so on for both when either name is taken, so that the two
// files of one export always match. Nothing is overwritten: a file that
// appears between the check and the write moves both on to the next name.
func writePair(dir, stamp string, report, answers []byte) ([2]string, error) {
	for i := 1; i < 100; i++ {
		name := stamp
		if i > 1 {
			name = fmt.Sprintf("%s-%d", stamp, i)
		}
		paths := [2]string{
			filepath.Join(dir, "careerquiz-report-"+name+".md"),
			filepath.Join(dir, "careerquiz-answers-"+name+".yaml"),
		}
		if exists(paths[0]) || exists(paths[1]) {
			continue
		}
		err := atomicfile.WriteNew(paths[0], report)
		if errors.Is(err, atomicfile.ErrExists) {
			continue
		}
		if err != nil {
			return paths, err
		}
		err = atomicfile.WriteNew(paths[1], answers)
		if err == nil {
			return paths, nil
		}
		// No report without its answers file: it goes, whatever stopped
		// the second write.
		if rmErr := os.Remove(paths[0]); rmErr != nil {
			return paths, fmt.Errorf("writing %s: %w; and %s, written before it, could not be removed: %w", paths[1], err, paths[0], rmErr)
		}
		if !errors.Is(err, atomicfile.ErrExists) {
			return paths, err
		}
	}
	return [2]string{}, fmt.Errorf("too many exports named careerquiz-report-%s in %s", stamp, dir)
}

// exists reports whether something is at path (a broken link counts).
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
