package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"careerquiz/careers"
	"careerquiz/quiz/report"
)

// Config is what Run needs: the catalog, the streams and the environment.
type Config struct {
	// Catalog is the catalog to run; when it is nil, Load reads it, in
	// the background while the terminal is set up (the full-screen quiz)
	// or first (the line mode).
	Catalog *careers.Catalog
	Load    func() (*careers.Catalog, error)
	In      io.Reader
	Out     io.Writer
	Err     io.Writer
	Env     []string
	// Accessible asks for the line mode (--accessible).
	Accessible bool
}

// Run runs the quiz: the full-screen TUI when both standard input and
// output are terminals, otherwise (or when asked for) the line mode.
func Run(ctx context.Context, cfg Config) (Outcome, error) {
	load := cfg.Load
	if cat := cfg.Catalog; cat != nil {
		load = func() (*careers.Catalog, error) { return cat, nil }
	}
	if load == nil {
		return Outcome{Status: Interrupted}, errors.New("running the quiz: no catalog")
	}
	if UseLineMode(cfg) {
		cat, err := load()
		if err != nil {
			return Outcome{Status: Interrupted}, fmt.Errorf("reading the catalog: %w", err)
		}
		return RunLine(ctx, cat, cfg.In, cfg.Out, cfg.Err)
	}
	plain := getenv(cfg.Env, "TERM") == "linux"
	m := startup{load: load, opts: Options{NoColor: getenv(cfg.Env, "NO_COLOR") != "", Plain: plain, Light: LightBackground(getenv(cfg.Env, "COLORFGBG"))}}
	popts := []tea.ProgramOption{
		tea.WithContext(ctx),
		tea.WithInput(cfg.In),
		tea.WithOutput(cfg.Out),
		tea.WithEnvironment(cfg.Env),
	}
	if plain {
		popts = append(popts, tea.WithColorProfile(colorprofile.ANSI)) // the Linux console has 16 colours
	}
	relay := newSuspendRelay()
	popts = append(popts, tea.WithFilter(relay.filter))
	p := tea.NewProgram(m, popts...)
	relay.start(p)
	final, err := p.Run()
	relay.stop()
	if s, ok := final.(startup); ok && s.err != nil {
		return Outcome{Status: Interrupted}, s.err
	}
	fm, ok := final.(Model)
	switch {
	case errors.Is(err, tea.ErrProgramPanic):
		return Outcome{Status: Interrupted}, fmt.Errorf("the quiz crashed (please report it): %w", err)
	case errors.Is(err, tea.ErrInterrupted), errors.Is(err, context.Canceled):
		return Outcome{Status: Interrupted}, nil
	case err != nil:
		return Outcome{Status: Interrupted}, fmt.Errorf("running the quiz: %w", err)
	case !ok:
		return Outcome{Status: Interrupted}, fmt.Errorf("running the quiz: unexpected final model %T", final)
	}
	return fm.Outcome(), nil
}

// UseLineMode reports whether the plain line mode is wanted: asked for with
// --accessible or ACCESSIBLE, TERM=dumb, or a standard stream that is not a
// terminal (a pipe, a file).
func UseLineMode(cfg Config) bool {
	return cfg.Accessible || getenv(cfg.Env, "ACCESSIBLE") != "" || getenv(cfg.Env, "TERM") == "dumb" ||
		!isTerminal(cfg.In) || !isTerminal(cfg.Out)
}

// TextWidth is the width to lay a text report out for on w: the
// terminal's width when w is one, report.TextWidth otherwise (a pipe, a
// file).
func TextWidth(w any) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
			return cols
		}
	}
	return report.TextWidth
}

// IsTerminal reports whether s is a terminal (a file that is a tty).
func IsTerminal(s any) bool { return isTerminal(s) }

func isTerminal(s any) bool {
	f, ok := s.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

func getenv(env []string, name string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], name+"="); ok {
			return v
		}
	}
	return ""
}
