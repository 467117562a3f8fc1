package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"careerquiz/careers"
	"careerquiz/quiz"
	"careerquiz/quiz/report"
)

func defaultCatalog(t testing.TB) *careers.Catalog {
	t.Helper()
	c, err := careers.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func runLine(t *testing.T, input string) (Outcome, string, string) {
	t.Helper()
	var out, prompts bytes.Buffer
	o, err := RunLine(context.Background(), defaultCatalog(t), strings.NewReader(input), &out, &prompts)
	if err != nil {
		t.Fatal(err)
	}
	return o, out.String(), prompts.String()
}

func TestLineModeWholeQuiz(t *testing.T) {
	// management, degree, salary, experience, rn, data-vs-people,
	// technology, compliance, patient-contact, certification, growth, setting
	in := "4\nbachelor\n70000\n2\nno\ns\n5\n3\n1\n4\n5\nhospital"
	o, out, prompts := runLine(t, in)
	if o.Status != Finished {
		t.Fatalf("status %v", o.Status)
	}
	cat := defaultCatalog(t)
	want := report.TextReportWidth(quiz.Score(cat, quiz.Answers{
		"management": {Value: 4}, "degree": {Option: "bachelor"}, "salary": {Value: 70000}, "experience": {Option: "some"},
		"rn": {Option: "no"}, "technology": {Value: 5}, "compliance": {Value: 3}, "patient-contact": {Value: 1}, "certification": {Value: 4},
		"growth": {Value: 5}, "setting": {Option: "hospital"},
	}), report.TextWidth)
	if out != want {
		t.Fatalf("stdout is not exactly the text report:\n%s", out)
	}
	// Read a line at a time: no columns to read across, words for signs.
	for _, bad := range []string{"  + ", "  ~ ", "  - 0", "-----", "  ? ", "  ! "} {
		if strings.Contains(out, bad) {
			t.Errorf("the line report holds %q, a sign or a column rule a screen reader reads badly", bad)
		}
	}
	for _, good := range []string{"For, 14.6 of 14.6 points: Education", "Not met: needs 5+ years", "    Match: ", "  Managing people and budgets: 4 of 5"} {
		if !strings.Contains(out, good) {
			t.Errorf("the line report does not hold %q", good)
		}
	}
	for i := 1; i <= 12; i++ {
		if !strings.Contains(prompts, "Question "+strconv.Itoa(i)+" of 12: ") {
			t.Errorf("no prompt for question %d", i)
		}
	}
	if strings.Contains(prompts, "Best fit") {
		t.Error("the result went to the prompts stream")
	}
}

func TestLineModeBadInputRePrompts(t *testing.T) {
	in := "9\nhigh\n4\n" + "phd\n2\n" + "lots\n$55k\n" + strings.Repeat("s\n", 9)
	o, out, prompts := runLine(t, in)
	if o.Status != Finished || !strings.Contains(out, "Best fit") {
		t.Fatalf("%v %q", o.Status, out)
	}
	flat := strings.Join(strings.Fields(prompts), " ") // wrapped to 80 columns
	for _, want := range []string{
		"Not an answer: type a whole number from 1 (Not at all) to 5 (Very much).",
		"Not an answer: type a number from 1 to 4, or one of: certificate, associate, bachelor, master.",
		`Not an answer: "lots" is not an amount`,
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("prompts lack %q", want)
		}
	}
	first, _, _ := strings.Cut(prompts, "Question 2 of 12")
	if strings.Count(first, "Question 1 of 12") != 1 || strings.Count(first, "Answer 1 (Not at all) to 5 (Very much).") != 3 {
		t.Errorf("a bad answer should get a short re-prompt, not the whole question again:\n%s", prompts)
	}
}

func TestLineModeBackKeepsAnswers(t *testing.T) {
	// Answer 1 and 2, go back twice, keep 1 with enter, change 2, skip the rest.
	in := "4\n3\nb\nb\n\n1\n" + strings.Repeat("s\n", 10)
	_, out, prompts := runLine(t, in)
	if !strings.Contains(prompts, "Now: 4 of 5 (press enter to keep it)") {
		t.Error("going back does not show the answer given")
	}
	if !strings.Contains(out, "Managing people and budgets: 4 of 5") || !strings.Contains(out, "A certificate") {
		t.Errorf("answers lost or not changed:\n%s", out)
	}
}

func TestLineModeEndOfInputAndQuit(t *testing.T) {
	o, out, prompts := runLine(t, "4\nbachelor\n")
	if o.Status != Interrupted || out != "" || !strings.Contains(prompts, "Input ended before the last question") {
		t.Fatalf("early EOF: %v %q", o.Status, out)
	}
	o, out, _ = runLine(t, "4\nq\n")
	if o.Status != Interrupted || out != "" {
		t.Fatalf("quit: %v %q", o.Status, out)
	}
	_, _, prompts = runLine(t, "?\nq\n")
	if !strings.Contains(prompts, "s  skip this question") {
		t.Error("? shows no help")
	}
}

// ctrl+c (a cancelled context) ends the line mode at once, while it waits.
func TestLineModeInterruptWhileWaiting(t *testing.T) {
	pr, pw := io.Pipe() // input that never comes
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var out, prompts bytes.Buffer
	result := make(chan Outcome)
	go func() {
		o, err := RunLine(ctx, defaultCatalog(t), pr, &out, &prompts)
		if err != nil {
			t.Error(err)
		}
		result <- o
	}()
	cancel()
	if o := <-result; o.Status != Interrupted || out.Len() != 0 {
		t.Fatalf("status %v, stdout %q", o.Status, out.String())
	}
}

// Each answer is echoed, so a screen-reader user hears what was recorded,
// and prompts wrap to the width between words.
func TestLineModeEchoesAndWraps(t *testing.T) {
	_, _, prompts := runLine(t, "4\nbachelor\n70000\n2\nno\ns\n5\n3\n1\n4\n5\nhospital")
	for _, want := range []string{"Managing people and budgets: 4 of 5.", "Education: A bachelor's degree (about 4 years).",
		"Pay: $70,000.", "Data or people: skipped (no preference).", "Workplace: A hospital or clinic."} {
		if !strings.Contains(prompts, want) {
			t.Errorf("no echo %q", want)
		}
	}
	for i, line := range strings.Split(prompts, "\n") {
		if len([]rune(line)) > 80 {
			t.Errorf("prompt line %d is %d wide: %q", i+1, len([]rune(line)), line)
		}
	}
}

// At a terminal a review comes before the result: a number changes that
// answer and comes back to the review, enter scores.
func TestLineModeReviewAtATerminal(t *testing.T) {
	var out, prompts bytes.Buffer
	in := "4\nbachelor\n70000\n2\nno\ns\n5\n3\n1\n4\n5\nhospital\n" + "2\nassociate\n" + "\n"
	o, err := RunLineWith(context.Background(), defaultCatalog(t), strings.NewReader(in), &out, &prompts, LineOptions{Interactive: true})
	if err != nil || o.Status != Finished {
		t.Fatalf("%v %v", o.Status, err)
	}
	if strings.Count(prompts.String(), "Your answers:") != 2 || !strings.Contains(prompts.String(), "2. Education: A bachelor's degree") {
		t.Fatalf("no review, or not back to it after a change:\n%s", prompts.String())
	}
	if !strings.Contains(out.String(), "Education: An associate's degree") {
		t.Fatalf("the change from the review was not scored:\n%s", out.String())
	}
}

// Input without line ends (as from /dev/zero) stops at 64 KiB with a plain
// error, instead of growing until memory runs out.
func TestLineModeCapsALine(t *testing.T) {
	var out, prompts bytes.Buffer
	o, err := RunLine(context.Background(), defaultCatalog(t), io.LimitReader(zeros{}, 1<<20), &out, &prompts)
	if !errors.Is(err, errLineTooLong) || o.Status == Finished || out.Len() != 0 {
		t.Fatalf("status %v err %v, %d bytes out", o.Status, err, out.Len())
	}
}

// zeros reads as endless NUL bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// Prompts wrap by the columns text takes, not its characters: a question
// in wide (CJK) characters, two columns each, still fits the width.
func TestLineModeWrapsWideText(t *testing.T) {
	cat := *defaultCatalog(t)
	cat.Questions = slices.Clone(cat.Questions)
	for i := range cat.Questions {
		cat.Questions[i].Prompt = strings.Repeat("职业顾问 ", 12) // 60 characters, 108 columns
	}
	var out, prompts bytes.Buffer
	if _, err := RunLine(context.Background(), &cat, strings.NewReader("4\nbachelor\n"), &out, &prompts); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(prompts.String(), "职业顾问") {
		t.Fatal("the wide prompt was not shown")
	}
	for i, line := range strings.Split(prompts.String(), "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("prompt line %d is %d columns: %q", i+1, w, line)
		}
	}
}

// A byte order mark at the start of the input is not part of the first
// answer (a file saved by Notepad): the first line answers the first
// question, and every line after it the question it was meant for.
func TestLineModeSkipsAByteOrderMark(t *testing.T) {
	_, _, prompts := runLine(t, "\uFEFF4\nbachelor\n")
	if strings.Contains(prompts, "Not an answer") || !strings.Contains(prompts, "Managing people and budgets: 4 of 5") ||
		!strings.Contains(prompts, "Education: A bachelor's degree") {
		t.Fatalf("with a byte order mark:\n%s", prompts)
	}
}

// The width is asked at each prompt: a terminal made narrower mid-quiz gets
// the prompts after it wrapped to its new width.
func TestLineModeFollowsTheWidth(t *testing.T) {
	var width atomic.Int64
	width.Store(80)
	in := &steps{parts: []string{"4\n", "bachelor\n", "70000\n2\n"}, before: map[int]func(){1: func() { width.Store(40) }}}
	var out, prompts bytes.Buffer
	if _, err := RunLineWith(context.Background(), defaultCatalog(t), in, &out, &prompts, LineOptions{Width: func() int { return int(width.Load()) }}); err != nil {
		t.Fatal(err)
	}
	before, after, ok := strings.Cut(prompts.String(), "Question 3 of")
	if !ok {
		t.Fatalf("no third question:\n%s", prompts.String())
	}
	if widest(before) <= 40 {
		t.Fatalf("the prompts before the change were not at 80 columns:\n%s", before)
	}
	if w := widest(after); w > 40 {
		t.Fatalf("a prompt after the change is %d columns:\n%s", w, after)
	}
}

// widest is the width of the widest line of s.
func widest(s string) int {
	w := 0
	for line := range strings.SplitSeq(s, "\n") {
		w = max(w, ansi.StringWidth(line))
	}
	return w
}

// steps reads its parts one a Read, calling before[i] ahead of part i.
type steps struct {
	parts  []string
	before map[int]func()
	n      int
}

func (s *steps) Read(p []byte) (int, error) {
	if s.n == len(s.parts) {
		return 0, io.EOF
	}
	if f := s.before[s.n]; f != nil {
		f()
	}
	n := copy(p, s.parts[s.n])
	s.n++
	return n, nil
}

// A skipped question, gone back to from the review, stays skipped with
// enter, as an answered one keeps its answer.
func TestLineModeEnterKeepsASkip(t *testing.T) {
	var out, prompts bytes.Buffer
	in := "4\nbachelor\n70000\n2\nno\ns\n5\n3\n1\n4\n5\nhospital\n" + "6\n\n" + "\n"
	o, err := RunLineWith(context.Background(), defaultCatalog(t), strings.NewReader(in), &out, &prompts, LineOptions{Interactive: true})
	if err != nil || o.Status != Finished {
		t.Fatalf("%v %v\n%s", o.Status, err, prompts.String())
	}
	said := strings.Join(strings.Fields(prompts.String()), " ") // as read, not as wrapped
	if !strings.Contains(said, "Now: skipped (press enter to keep it skipped).") || strings.Contains(said, "Type an answer, or s to skip") {
		t.Fatalf("enter did not keep the skip:\n%s", prompts.String())
	}
	if !strings.Contains(out.String(), "Data or people: skipped") {
		t.Fatalf("the skip was not kept:\n%s", out.String())
	}
}
