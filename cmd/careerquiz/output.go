package main

import (
	"context"
	"fmt"
	goio "io"
	"os"

	"careerquiz/internal/atomicfile"
	"careerquiz/quiz"
	"careerquiz/quiz/report"
	"careerquiz/ui"
)

// writeResult writes the scored answers in format f to the file output
// (atomically: a reader never sees half of it) or, when output is "", to
// stdout. JSON is streamed, a piece of the ranking at a time (33 MB at
// 10,000 careers, never held whole); ctrl+c (ctx) stops it between pieces,
// and a file is then left as it was.
func writeResult(ctx context.Context, res quiz.Result, f report.Format, output string, stdout goio.Writer) error {
	var fill func(w goio.Writer) error
	switch {
	case f == report.JSON:
		// Only a failed write or ctrl+c can stop it part way: its numbers
		// (points in tenths, answers checked against their range) are all
		// ones JSON can hold.
		fill = func(w goio.Writer) error { return report.WriteJSON(ctxWriter{ctx, w}, res) }
		if output == "" {
			return fill(stdout)
		}
	case f == report.Text && output == "":
		return writeStdout(stdout, []byte(report.TextReportWidth(res, ui.TextWidth(stdout)))) // the terminal's width, or 80
	default:
		out, err := report.Render(res, f)
		if err != nil {
			return err
		}
		if output == "" {
			return writeStdout(stdout, out)
		}
		fill = func(w goio.Writer) error { _, err := w.Write(out); return err }
	}
	if fi, err := os.Stat(output); err == nil && fi.Mode()&os.ModeNamedPipe != 0 {
		// A FIFO blocks until someone reads it: wait so ctrl+c can end it.
		_, err := interruptible(ctx, func() (struct{}, error) { return struct{}{}, atomicfile.WriteFunc(ctx, output, fill) })
		return err
	}
	return atomicfile.WriteFunc(ctx, output, fill) // a file: given up cleanly on ctrl+c
}

func writeStdout(stdout goio.Writer, out []byte) error {
	if _, err := stdout.Write(out); err != nil {
		return fmt.Errorf("writing the result: %w", err)
	}
	return nil
}

// ctxWriter writes to w until ctx is done, then fails with ctx's error.
type ctxWriter struct {
	ctx context.Context
	w   goio.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
