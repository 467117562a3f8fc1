package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	goio "io"
	"os"
	"runtime/debug"
	"slices"

	"careerquiz/careers"
	"careerquiz/internal/safetext"
	"careerquiz/internal/yamldoc"
	"careerquiz/quiz"
	"careerquiz/quiz/report"
	"careerquiz/ui"
	"github.com/spf13/cobra"
)

// Exit codes (design.md).
const (
	exitOK          = 0
	exitInput       = 1
	exitUsage       = 2
	exitInterrupted = 130
)

type stdio struct {
	in       goio.Reader
	out, err goio.Writer
	// batch, when set, is called as a command that reads, writes and exits
	// (--answers, validate) starts: main tunes the garbage collector there
	// (batchGC); tests, which share one process, leave it nil.
	batch func()
}

// startBatch calls io.batch, if it is set.
func (io stdio) startBatch() {
	if io.batch != nil {
		io.batch()
	}
}

// usageError is a mistake in how the command was called: exit 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// options are the flags shared by the commands.
type options struct {
	catalog    string
	answers    string
	format     string
	output     string
	accessible bool
}

const examples = `  # Score a saved answers file and print the report
  careerquiz --answers my-answers.yaml

  # The same as JSON, written to a file
  careerquiz --answers my-answers.yaml --format json --output result.json

  # Start your own catalog from the built-in one, check it, and use it
  careerquiz catalog > mine.yaml
  careerquiz validate mine.yaml
  careerquiz --catalog mine.yaml --answers my-answers.yaml

  # The quiz over SSH for a whole class (ssh -p 23234 HOST to take it)
  careerquiz serve --listen :23234

An answers file maps question ids to answers (YAML or JSON):
  management: 4
  degree: bachelor
  salary: 70000      # or "55,000" or "$55k"

Exit codes: 0 done, 1 bad input or error, 2 usage error, 130 interrupted.`

// run is the whole command line, returning the exit code.
func run(ctx context.Context, args []string, io stdio) int {
	var opts options
	root := newRoot(&opts, io)
	root.SetArgs(args)
	// What cobra writes itself (the help, the version) is checked too: a
	// help written to a full disk is not "done".
	out := &checkedWriter{w: io.out}
	root.SetOut(out)
	err := root.ExecuteContext(ctx)
	if err == nil && out.err != nil {
		err = fmt.Errorf("writing to standard output: %w", out.err)
	}
	return report1(err, io.err)
}

// checkedWriter keeps the first error of its writes.
type checkedWriter struct {
	w   goio.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// report1 prints an error the way its kind asks and picks the exit code.
func report1(err error, stderr goio.Writer) int {
	var usage usageError
	var problems yamldoc.Problems
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInterrupted):
		return exitInterrupted
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "careerquiz: interrupted")
		return exitInterrupted
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "careerquiz: %s\nRun 'careerquiz --help' for usage.\n", safetext.Visible(usage.msg))
		return exitUsage
	case errors.As(err, &problems):
		fmt.Fprintln(stderr, problems.Error())
		return exitInput
	default:
		fmt.Fprintf(stderr, "careerquiz: %s\n", safetext.Visible(err.Error())) // a file name may hold anything
		return exitInput
	}
}

func version() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := info.Main.Version; v != "" && v != "(devel)" {
			return v
		}
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				return "dev (" + s.Value[:12] + ")"
			}
		}
	}
	return "dev"
}

func newRoot(opts *options, io stdio) *cobra.Command {
	root := &cobra.Command{
		Use:   "careerquiz",
		Short: "A career advisor for the terminal",
		Long: `careerquiz asks a short quiz (how much you want to manage people, how long a
degree you will do, what you want to earn, and more) and recommends a career:
a match score, the reasons behind it with dated, sourced facts, what answer
would change it, and a side-by-side comparison. The built-in catalog covers
health IT careers; a college can bring its own. Answers stay on this machine.`,
		Example:       examples,
		Version:       version(),
		SilenceErrors: true,
		SilenceUsage:  true,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown command %q (the commands are: catalog, validate, serve)", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFlagUse(cmd, opts, true); err != nil {
				return err
			}
			if opts.answers == "" && opts.catalog == "" {
				// The built-in catalog is parsed while the terminal is set up.
				return runQuiz(cmd.Context(), ui.Config{Load: careers.Default}, opts, io)
			}
			if opts.answers != "" && opts.accessible {
				return usagef("--accessible does not apply with --answers")
			}
			if opts.answers != "" {
				io.startBatch()
			}
			cat, err := loadCatalog(cmd.Context(), opts.catalog)
			if err != nil {
				return err
			}
			if opts.answers != "" {
				return scoreAnswers(cmd.Context(), cat, opts, io)
			}
			return runQuiz(cmd.Context(), ui.Config{Catalog: cat}, opts, io)
		},
	}
	root.SetVersionTemplate("careerquiz {{.Version}}\n")
	root.SetOut(io.out)
	root.SetErr(io.err)
	root.SetIn(io.in)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{msg: err.Error()} })
	root.CompletionOptions.DisableDefaultCmd = true

	pf := root.PersistentFlags()
	pf.Var(&onceFlag{value: &opts.catalog}, "catalog", "use the catalog in `FILE` (YAML or JSON) instead of the built-in one")
	pf.Var(&onceFlag{value: &opts.answers}, "answers", "score the answers in `FILE` (- for standard input) without prompting")
	pf.Var(&onceFlag{value: &opts.format, check: checkFormat}, "format", "output `format` with --answers: text, markdown or json (default text)")
	pf.Var(&onceFlag{value: &opts.output}, "output", "with --answers, write the result to `FILE` instead of standard output")
	root.Flags().BoolVar(&opts.accessible, "accessible", false, "plain line-by-line prompts, for screen readers (also ACCESSIBLE=1 or TERM=dumb)")

	root.AddCommand(newCatalogCmd(opts, io), newValidateCmd(opts, io), newServeCmd(opts, io))
	return root
}

// checkFlagUse rejects --format and --output (and --answers) where they do
// not apply. Unknown --format values are refused when the flag is parsed.
func checkFlagUse(cmd *cobra.Command, opts *options, answersAllowed bool) error {
	changed := func(name string) bool { return cmd.Flags().Changed(name) }
	if !answersAllowed && changed("answers") {
		return usagef("--answers does not apply to %q", cmd.Name())
	}
	if opts.answers == "" {
		for _, name := range []string{"format", "output"} {
			if changed(name) {
				return usagef("--%s only applies with --answers", name)
			}
		}
	}
	return nil
}

func loadCatalog(ctx context.Context, name string) (*careers.Catalog, error) {
	if name == "" {
		return careers.Default()
	}
	return interruptible(ctx, func() (*careers.Catalog, error) { return careers.Load(name) })
}

// interruptible runs a read that may block (a FIFO with no writer yet, a
// terminal waiting for input) so that ctrl+c (ctx) ends the wait at once.
// The blocked read is left behind; the process is about to exit.
func interruptible[T any](ctx context.Context, read func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	got := make(chan result, 1)
	go func() {
		v, err := read()
		got <- result{v, err}
	}()
	select {
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	case r := <-got:
		return r.v, r.err
	}
}

func scoreAnswers(ctx context.Context, cat *careers.Catalog, opts *options, io stdio) error {
	answers, err := loadAnswers(ctx, cat, opts.answers, io.in)
	if err != nil {
		return err
	}
	if opts.output != "" && (sameFile(opts.answers, opts.output) || opts.answers == "-" && isInput(io.in, opts.output)) {
		return fmt.Errorf("--output %s is the answers file: writing there would overwrite your answers", opts.output)
	}
	if opts.output != "" && opts.catalog != "" && sameFile(opts.catalog, opts.output) {
		return fmt.Errorf("--output %s is the catalog: writing there would overwrite it", opts.output)
	}
	format := report.Format(opts.format)
	if format == "" {
		format = report.Text
	}
	// ctrl+c while scoring stops at once, and nothing is written.
	res, err := interruptible(ctx, func() (quiz.Result, error) { return quiz.Score(cat, answers), nil })
	if err != nil {
		return err
	}
	return writeResult(ctx, res, format, opts.output, io.out)
}

// errInterrupted ends a quiz left before the results: exit 130.
var errInterrupted = errors.New("interrupted")

// runQuiz runs the interactive quiz (or its line mode) and prints the
// summary once the screen is restored.
func runQuiz(ctx context.Context, cfg ui.Config, opts *options, io stdio) error {
	cfg.In, cfg.Out, cfg.Err, cfg.Env, cfg.Accessible = io.in, io.out, io.err, os.Environ(), opts.accessible
	outcome, err := ui.Run(ctx, cfg)
	if err != nil {
		return err
	}
	if outcome.Status != ui.Finished {
		return errInterrupted
	}
	if outcome.Summary != "" {
		if _, err := fmt.Fprint(io.out, outcome.Summary); err != nil {
			return fmt.Errorf("writing the summary: %w", err)
		}
	}
	return nil
}

// loadAnswers reads the answers file, or standard input for "-"; ctrl+c
// (ctx) stops a wait for standard input.
func loadAnswers(ctx context.Context, cat *careers.Catalog, name string, stdin goio.Reader) (quiz.Answers, error) {
	label, terminal := name, false
	read := func() ([]byte, error) { return yamldoc.ReadFile(name) }
	if name == "-" {
		label, terminal = "standard input", ui.IsTerminal(stdin)
		read = func() ([]byte, error) { return yamldoc.ReadFrom(label, stdin) }
	} else if fi, err := os.Stat(name); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		// /dev/tty and the like, not /dev/null (empty, as an empty file is).
		// Only a device is opened to ask: opening a named pipe would wait.
		if f, err := os.Open(name); err == nil {
			terminal = ui.IsTerminal(f)
			f.Close()
		}
	}
	data, err := interruptible(ctx, read)
	if err != nil {
		return nil, err
	}
	if terminal && len(bytes.TrimSpace(data)) == 0 {
		// At a terminal, input that ends at once (ctrl+d) is not "every
		// question skipped": nothing was typed.
		return nil, fmt.Errorf("%s: the input ended before any answer was typed", label)
	}
	return quiz.ParseAnswers(label, data, cat)
}

// sameFile reports whether two paths name one file (a hard or symbolic
// link, or the same path written twice).
func sameFile(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}

// isInput reports whether the file name is where in reads from (--answers -
// with --output /dev/stdin, or the file standard input was redirected
// from).
func isInput(in goio.Reader, name string) bool {
	f, ok := in.(*os.File)
	if !ok {
		return false
	}
	fi, errA := f.Stat()
	ni, errB := os.Stat(name)
	return errA == nil && errB == nil && os.SameFile(fi, ni)
}

func newCatalogCmd(opts *options, io stdio) *cobra.Command {
	return &cobra.Command{
		Use:   "catalog",
		Short: "Print the catalog in use as YAML: the template for one of your own",
		Example: `  careerquiz catalog > mine.yaml
  careerquiz --catalog mine.json catalog > mine.yaml`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFlagUse(cmd, opts, false); err != nil {
				return err
			}
			cat, err := loadCatalog(cmd.Context(), opts.catalog)
			if err != nil {
				return err
			}
			text, err := cat.YAML()
			if err != nil {
				return err
			}
			if _, err := io.out.Write(text); err != nil {
				return fmt.Errorf("writing the catalog: %w", err)
			}
			return nil
		},
	}
}

func newValidateCmd(opts *options, io stdio) *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check catalog files: every problem, with its line and column",
		Example: `  careerquiz validate mine.yaml
  careerquiz validate *.yaml
  careerquiz catalog | careerquiz validate -`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("validate needs at least one catalog FILE")
			}
			if i := slices.Index(args, "-"); i >= 0 && slices.Contains(args[i+1:], "-") {
				return usagef("validate can read standard input (-) only once")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFlagUse(cmd, opts, false); err != nil {
				return err
			}
			if opts.catalog != "" {
				return usagef("validate takes catalog files as arguments, not --catalog")
			}
			io.startBatch()
			var all yamldoc.Problems
			for _, name := range args {
				load := func() (*careers.Catalog, error) { return careers.Load(name) }
				if name == "-" {
					name = "standard input"
					load = func() (*careers.Catalog, error) {
						data, err := yamldoc.ReadFrom(name, io.in)
						if err != nil {
							return nil, err
						}
						return careers.Parse(name, data)
					}
				}
				cat, err := interruptible(cmd.Context(), load)
				var ps yamldoc.Problems
				switch {
				case errors.As(err, &ps):
					all = append(all, ps...)
				case err != nil:
					return err
				default:
					if _, err := fmt.Fprintf(io.out, "%s: ok (%s, %s)\n", safetext.Visible(name), plural(len(cat.Questions), "question"), plural(len(cat.Careers), "career")); err != nil {
						return fmt.Errorf("writing the result: %w", err)
					}
				}
			}
			return all.Err()
		},
	}
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s takes no arguments (got %q)", cmd.Name(), args[0])
	}
	return nil
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
