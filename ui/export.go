package ui

import (
	"errors"
	"fmt"
	"path/filepath"

	"careerquiz/internal/atomicfile"
	"careerquiz/quiz"
	"careerquiz/quiz/report"
)

// export writes the markdown report (the same bytes as --format markdown)
// and the answers file beside each other, never over an existing file, and
// says where they went, or why they could not be written.
func (m Model) export() string {
	stamp := m.opts.Now().Format("20060102-150405")
	dir, err := filepath.Abs(m.opts.ExportDir)
	if err != nil {
		dir = m.opts.ExportDir
	}
	md := []byte(report.MarkdownReport(m.result))
	answers := quiz.FormatAnswers(m.cat, m.answers)
	var paths []string
	for _, f := range []struct {
		stem, ext string
		data      []byte
	}{{"careerquiz-report-", ".md", md}, {"careerquiz-answers-", ".yaml", answers}} {
		p, err := writeUnique(dir, f.stem+stamp, f.ext, f.data)
		if err != nil {
			return m.styles.Error.Render(fmt.Sprintf("Could not export: %v. Your results are still here.", err))
		}
		paths = append(paths, filepath.Base(p))
	}
	return m.styles.Good.Render(fmt.Sprintf("Saved in %s:\n  %s\n  %s", dir, paths[0], paths[1]))
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
