package ui

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"careerquiz/careers"
	"careerquiz/internal/safetext"
	"careerquiz/quiz"
	"careerquiz/quiz/report"
)

// lineMode asks the quiz one numbered prompt at a time: prompts on errOut,
// the text report on out, so `careerquiz < answers.txt > result.txt` keeps
// only the result. It reads in, which may be a pipe or a screen reader's
// terminal.
type lineMode struct {
	cat     *careers.Catalog
	lines   <-chan readResult
	out     io.Writer
	prompts io.Writer
	answers quiz.Answers
	skipped map[string]bool // questions skipped with s: enter keeps them skipped
	width   func() int      // prompts wrap to it: the terminal's width now
	// review offers the answers for a last look before scoring: at a
	// terminal, not from a pipe.
	review bool
	remote bool // served over SSH (LineOptions.Remote)
}

type readResult struct {
	line string
	err  error
}

// RunLine runs the line mode to the end of the quiz and writes the report.
// Cancelling ctx (ctrl+c) ends it at once, even while it waits for a line.
func RunLine(ctx context.Context, cat *careers.Catalog, in io.Reader, out, prompts io.Writer) (Outcome, error) {
	return RunLineWith(ctx, cat, in, out, prompts, LineOptions{
		Interactive: isTerminal(in) && isTerminal(prompts),
		Width:       func() int { return TextWidth(prompts) },
	})
}

// LineOptions are what the line mode cannot find out from its streams when
// they are not a local terminal (a session over SSH).
type LineOptions struct {
	// Interactive is a person at a terminal: the welcome waits for enter
	// and the answers are offered for a last look before scoring. Not from
	// a pipe.
	Interactive bool
	// Width is the width to wrap prompts to. It is asked before each
	// prompt, so a terminal made narrower mid-quiz gets prompts that fit
	// it. Nil, or a width of 0 or less: 80.
	Width  func() int
	Remote bool // served over SSH: the answers are in the session, not on the person's machine
}

// RunLineWith is RunLine with its terminal described by opts.
func RunLineWith(ctx context.Context, cat *careers.Catalog, in io.Reader, out, prompts io.Writer, opts LineOptions) (Outcome, error) {
	width := func() int {
		if opts.Width != nil {
			if w := opts.Width(); w > 0 {
				return w
			}
		}
		return report.TextWidth
	}
	done := make(chan struct{})
	defer close(done)
	l := &lineMode{cat: cat, lines: readLines(in, done), out: out, prompts: prompts, answers: quiz.Answers{}, skipped: map[string]bool{},
		width: width, review: opts.Interactive, remote: opts.Remote}
	o, err := l.run(ctx)
	if errors.Is(err, context.Canceled) {
		l.say("\nInterrupted: nothing was scored.\n")
		return Outcome{Status: Interrupted}, nil
	}
	return o, err
}

// maxLine is the longest line the line mode reads: no answer is near it,
// and input without line ends (/dev/zero) must not grow without bound.
const maxLine = 64 << 10

// errLineTooLong ends the line mode on a line over maxLine.
var errLineTooLong = fmt.Errorf("a line of input is longer than %d KiB, which no answer is", maxLine>>10)

// readLines reads lines on its own goroutine, so a wait for input can be
// cut short; it stops at the end of input, at a line over maxLine, or
// when done is closed. A byte order mark at the start of the input (a file
// saved by Notepad) is not part of the first answer, as an answers file's
// is not.
func readLines(in io.Reader, done <-chan struct{}) <-chan readResult {
	ch := make(chan readResult)
	go func() {
		defer close(ch)
		br := bufio.NewReaderSize(in, maxLine)
		for first := true; ; first = false {
			raw, err := br.ReadSlice('\n')
			line := string(raw)
			if first {
				line = strings.TrimPrefix(line, "\uFEFF")
			}
			if errors.Is(err, bufio.ErrBufferFull) {
				err = errLineTooLong
			}
			if err != nil && !(errors.Is(err, io.EOF) && line != "") {
				select {
				case ch <- readResult{err: err}:
				case <-done:
				}
				return
			}
			select {
			case ch <- readResult{line: strings.TrimSpace(line)}:
			case <-done:
				return
			}
		}
	}()
	return ch
}

// listMarker is how a list item starts: an option's number ("12.") or a
// command key ("b", "?").
var listMarker = regexp.MustCompile(`^(\d+\.|[a-z?])$`)

// say writes to the prompts stream, each line wrapped to the width between
// words, a list item's lines hanging under its text.
func (l *lineMode) say(format string, args ...any) {
	text := fmt.Sprintf(format, args...)
	lines := strings.Split(text, "\n")
	width := l.width()
	for i, line := range lines {
		body := strings.TrimLeft(line, " ")
		indent := len(line) - len(body)
		if marker, rest, ok := strings.Cut(body, " "); ok && rest != "" && listMarker.MatchString(marker) {
			indent += len(marker) + 1 // "1. text", "b  text": hang under the text
			for strings.HasPrefix(rest, " ") {
				rest, indent = rest[1:], indent+1
			}
		}
		if ansi.StringWidth(line) <= width || indent >= width/2 {
			continue
		}
		wrapped := strings.Split(wrapText(line[indent:], width-indent), "\n")
		for j := range wrapped {
			wrapped[j] = strings.Repeat(" ", indent) + wrapped[j]
		}
		wrapped[0] = line[:indent] + strings.TrimLeft(wrapped[0], " ")
		lines[i] = strings.Join(wrapped, "\n")
	}
	fmt.Fprint(l.prompts, safetext.Visible(strings.Join(lines, "\n"))) // typed text is echoed in messages
}

func (l *lineMode) run(ctx context.Context) (Outcome, error) {
	n := len(l.cat.Questions)
	privacy := "your answers stay on this machine"
	if l.remote {
		privacy = "your answers stay in this session: the server saves and logs none of them"
	}
	l.say("careerquiz: %s. %d questions, about %d minutes. This is an exploration, not a test; %s.\n", l.cat.Title, n, minutes(n), privacy)
	l.say("Type the number of your answer and press enter. Also: b back, s skip, ? help, q quit.\n")
	again := false   // after bad input, ask again briefly rather than repeat the question
	editing := false // changing one answer from the review: back to it after
	i := 0
	// next moves on after an answer or a skip: to the next question, or to
	// the review after the last one or after a change made from it.
	next := func() error {
		if l.review && (i+1 == n || editing) {
			j, err := l.reviewAnswers(ctx)
			i, editing = j, j < n
			return err
		}
		i++
		return nil
	}
	for i < n {
		q := l.cat.Questions[i]
		if again {
			l.hint(q)
		} else {
			l.prompt(i, q)
		}
		again = false
		line, err := l.readLine(ctx)
		if errors.Is(err, context.Canceled) {
			return Outcome{Status: Interrupted}, err
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				l.say("\nInput ended before the last question, so nothing was scored.\n")
				return Outcome{Status: Interrupted}, nil
			}
			if errors.Is(err, errLineTooLong) {
				return Outcome{Status: Interrupted}, err
			}
			return Outcome{Status: Interrupted}, fmt.Errorf("reading your answer: %w", err)
		}
		switch strings.ToLower(line) {
		case "b", "back":
			if i == 0 {
				l.say("This is the first question.\n")
			} else {
				i--
			}
			continue
		case "s", "skip":
			delete(l.answers, q.ID)
			l.skipped[q.ID] = true
			l.say("%s: %s.\n", q.Topic, l.answers.Shown(q))
			if err := next(); err != nil {
				return Outcome{Status: Interrupted}, err
			}
			continue
		case "?", "help":
			l.help()
			continue
		case "q", "quit":
			l.say("Quit: nothing was scored.\n")
			return Outcome{Status: Interrupted}, nil
		case "":
			if _, ok := l.answers[q.ID]; ok || l.skipped[q.ID] { // keep the answer (or the skip) given before
				if err := next(); err != nil {
					return Outcome{Status: Interrupted}, err
				}
				continue
			}
			l.say("Type an answer, or s to skip this question.\n")
			again = true
			continue
		}
		a, err := quiz.ParseReply(q, line)
		if err != nil {
			l.say("Not an answer: %s.\n", err)
			again = true
			continue
		}
		l.answers[q.ID] = a
		delete(l.skipped, q.ID)
		l.say("%s: %s.\n", q.Topic, quiz.Display(q, a)) // the answer, echoed: a screen reader confirms it
		if err := next(); err != nil {
			return Outcome{Status: Interrupted}, err
		}
	}
	res := quiz.Score(l.cat, l.answers)
	if _, err := io.WriteString(l.out, report.TextReportWidth(res, TextWidth(l.out))); err != nil {
		return Outcome{Status: Interrupted}, fmt.Errorf("writing the result: %w", err)
	}
	return Outcome{Status: Finished}, nil
}

// reviewAnswers lists every answer and waits: enter scores them, a
// question's number goes back to it (the quiz then runs on from there).
// It returns the question to go on from: len(questions) to score.
func (l *lineMode) reviewAnswers(ctx context.Context) (int, error) {
	n := len(l.cat.Questions)
	for {
		l.say("\nYour answers:\n")
		for j, q := range l.cat.Questions {
			l.say("  %*d. %s: %s\n", len(fmt.Sprint(n)), j+1, q.Topic, l.answers.Shown(q))
		}
		l.say("Press enter to see your result, or type a question's number to change its answer.\n> ")
		line, err := l.readLine(ctx)
		switch {
		case errors.Is(err, io.EOF):
			return n, nil // the input ended at the review: score what was given
		case err != nil:
			return n, err
		case line == "":
			return n, nil
		}
		var j int
		if _, err := fmt.Sscanf(line, "%d", &j); err == nil && j >= 1 && j <= n {
			return j - 1, nil
		}
		l.say("Not a question number: type 1 to %d, or press enter.\n", n)
	}
}

// readLine waits for the next line, without its line ending, or for ctx.
func (l *lineMode) readLine(ctx context.Context) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case r, ok := <-l.lines:
		if !ok {
			return "", io.EOF
		}
		return r.line, r.err
	}
}

func (l *lineMode) prompt(i int, q careers.Question) {
	l.say("\nQuestion %d of %d: %s\n", i+1, len(l.cat.Questions), q.Prompt)
	l.say("Why we ask: %s\n", q.Why)
	if q.Fact {
		l.say("This is a fact about you: skipped, it is unknown and counts as not met.\n")
	}
	if q.Kind == careers.Choice {
		for j, o := range q.Options {
			l.say("  %d. %s\n", j+1, o.Label)
		}
	}
	l.hint(q)
}

// hint is the line that says what to type, then the input marker.
func (l *lineMode) hint(q careers.Question) {
	var hint string // one line, so it wraps as one
	switch q.Kind {
	case careers.Choice:
		hint = fmt.Sprintf("Answer 1 to %d.", len(q.Options))
	case careers.Scale:
		hint = fmt.Sprintf("Answer %d (%s) to %d (%s).", q.Scale.Min, q.Scale.Low, q.Scale.Max, q.Scale.High)
	case careers.Number:
		hint = capitalize(quiz.NumberHint(q)) + "."
	}
	if a, ok := l.answers[q.ID]; ok {
		hint += fmt.Sprintf(" Now: %s (press enter to keep it).", quiz.Display(q, a))
	} else if l.skipped[q.ID] {
		hint += " Now: skipped (press enter to keep it skipped)."
	}
	l.say("%s\n> ", hint)
}

func (l *lineMode) help() {
	l.say("Type the number of your answer (or an option's name, or an amount) and press enter.\n")
	l.say("  b  go back to the previous question\n")
	if slices.ContainsFunc(l.cat.Questions, func(q careers.Question) bool { return q.Fact }) {
		l.say("  s  skip this question (no preference; a skipped fact about you is unknown and counts as not met)\n")
	} else {
		l.say("  s  skip this question (no preference)\n")
	}
	l.say("  ?  show this help\n")
	l.say("  q  quit without a result\n")
	if l.review {
		l.say("After the last question you see your answers once more; enter then prints the result.\n")
	} else {
		l.say("After the last question the result is printed.\n")
	}
}

// minutes is a rough time to answer n questions: about 15 seconds each.
func minutes(n int) int { return max(1, (n*15+59)/60) }
