package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"careerquiz/careers"
	"careerquiz/quiz"
	"careerquiz/quiz/report"
)

type screen int

const (
	screenWelcome screen = iota
	screenQuestion
	screenReview
	screenResults
	screenDetails
	screenCompare
	screenReport // the markdown report, shown instead of written (Options.Remote)
)

type confirmKind int

const (
	confirmNone confirmKind = iota
	confirmQuit
	confirmRestart
)

// Options are what the model needs from its surroundings.
type Options struct {
	Catalog *careers.Catalog
	// NoColor turns colour off (NO_COLOR); Plain uses ASCII glyphs (TERM=linux).
	NoColor, Plain bool
	// ExportDir is where export writes (the current directory by default),
	// Now the clock for export file names.
	ExportDir string
	Now       func() time.Time
	// Remote is a session served over SSH (careerquiz serve): export shows
	// the report on screen instead of writing on the server.
	Remote bool
	// Light is the background's shade as the environment gives it
	// (COLORFGBG, see LightBackground), used until the terminal answers
	// the question Init asks; dark when neither says.
	Light bool
}

// Model is the whole quiz: one screen at a time, with every answer kept.
type Model struct {
	opts    Options
	cat     *careers.Catalog
	keys    keyMap
	styles  Styles
	dark    bool
	profile colorprofile.Profile // the terminal's colours, as Bubble Tea reports them
	help    help.Model
	width   int
	height  int

	screen screen
	index  int // the question shown
	cursor int // the option under the cursor on a question
	// typed is a number being typed to pick an option, where more digits
	// could follow ("1" of 0-10); any other key ends it.
	typed    string
	row      int // the review's highlighted row (one past the questions: "see results")
	career   int // the results' highlighted career (index in the ranking)
	answers  quiz.Answers
	drafts   map[string]string // what was typed in number fields, kept across back and forth
	input    textinput.Model
	inputErr string
	editing  bool // changing one answer from the review: go back there after it
	// asking lists the questions (indices) still to answer, from the results,
	// to separate the leading careers; after the last, the results again.
	asking []int

	result    quiz.Result
	resultGen int             // the result's number in memo, which parts built from it are kept under
	memo      *memo           // parts of screens kept while what they are built from stays the same
	picked    map[string]bool // careers picked for comparison
	detail    int             // the career shown in details (index in the ranking)
	notice    notice          // a message under the screen: export paths, an export error
	// exporting is true while an export is being written; exported is the
	// last one that was, so the same result is not written twice.
	exporting bool
	exported  exportedMsg
	confirm   confirmKind

	vp       scroller
	frame    string // the screen as View shows it (built by refresh)
	sticky   string // what stays above the viewport while it scrolls (a question's heading, a comparison's names)
	showHelp bool
	// helpReturn is the screen's place while the help covers it;
	// restoreAt a place refresh goes back to once the body is rebuilt
	// (-1: none); resultsAt the results' place while their details,
	// comparison or report are open.
	helpReturn, restoreAt, resultsAt int
	follow                           bool // keep the cursor's line in view (false after paging)
	focus                            int  // the body line of the cursor, or -1 (set by refresh)
	// place is where the person left the view (set by refresh, except
	// after a resize), so that a window made large enough to show all of
	// a screen and then small again comes back there, not to the top.
	place    place
	resizing bool // the refresh is for a new window size
	// caret is where the terminal's cursor stands, in the amount field;
	// nil where there is no field on screen (set by refresh).
	caret *tea.Cursor

	outcome Outcome
	done    bool
}

// New returns the model at the welcome screen.
func New(opts Options) Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.ExportDir == "" {
		opts.ExportDir = "."
	}
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = maxAmountChars
	// The terminal's own cursor, placed by View (caret): it shows on any
	// background and without colour, blinks without a frame being sent,
	// and an input method opens its window where the person types.
	in.SetVirtualCursor(false)
	m := Model{
		opts: opts, cat: opts.Catalog, keys: newKeyMap(opts.Plain), dark: !opts.Light, help: help.New(),
		width: 80, height: 24, answers: quiz.Answers{}, drafts: map[string]string{},
		input: in, picked: map[string]bool{}, memo: newMemo(), restoreAt: -1,
		outcome: Outcome{Status: Interrupted},
	}
	m.applyStyles()
	m.refresh()
	return m
}

// Outcome is how the run ended, read from the final model.
func (m Model) Outcome() Outcome { return m.outcome }

func (m *Model) applyStyles() {
	m.styles = NewStyles(m.dark, !m.opts.NoColor, m.opts.Plain, m.profile)
	m.help.Styles = m.styles.Help
	m.help.ShortSeparator = " " + m.styles.Glyphs.Bullet + " "
	m.help.Ellipsis = m.styles.Glyphs.Ellipsis
	// The field's example is muted, as the screen's other hints are
	// (Bubbles' grey 240 reads dim on a dark background), and faint
	// without colour, so it does not read as typed. Its cursor is the
	// terminal's own (caret).
	s := textinput.DefaultStyles(m.dark)
	s.Focused.Placeholder, s.Blurred.Placeholder = m.styles.Muted, m.styles.Muted
	s.Focused.Prompt, s.Blurred.Prompt = lipgloss.NewStyle(), lipgloss.NewStyle()
	s.Focused.Text, s.Blurred.Text = lipgloss.NewStyle(), lipgloss.NewStyle()
	m.input.SetStyles(s)
}

func (m Model) Init() tea.Cmd {
	return tea.RequestBackgroundColor
}

func (m Model) question() careers.Question {
	return m.cat.Questions[min(m.index, len(m.cat.Questions)-1)]
}

func (m Model) onAmount() bool {
	return m.screen == screenQuestion && m.question().Kind == careers.Number && m.confirm == confirmNone
}

func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 1), max(msg.Height, 1)
		m.resizing = true
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.applyStyles()
	case tea.ColorProfileMsg:
		m.profile = msg.Profile
		m.applyStyles()
	case tea.KeyPressMsg:
		m, cmd = m.handleKey(msg)
	case exportedMsg:
		m.exporting = false
		if msg.answers != nil {
			m.exported = msg
		}
		if m.screen == screenResults {
			m.notice = msg.note
		}
	case tea.PasteMsg:
		if m.onAmount() {
			m.input, cmd = m.input.Update(msg)
			m.keepSafe()
			m.drafts[m.question().ID] = m.input.Value()
			m.inputErr = ""
		}
	default:
		if m.onAmount() {
			// The cursor's blink: the frame is built again so that it shows.
			m.input, cmd = m.input.Update(msg)
			m.refresh()
			return m, cmd
		}
		return m, nil
	}
	if m.done {
		return m, cmd
	}
	m.refresh()
	return m, cmd
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	if key.Matches(msg, k.Interrupt) {
		m.outcome = Outcome{Status: Interrupted}
		m.done = true
		return m, tea.Interrupt
	}
	if key.Matches(msg, k.Suspend) {
		return m, tea.Suspend
	}
	if m.confirm != confirmNone {
		return m.handleConfirm(msg)
	}
	if m.showHelp {
		return m.updateHelp(msg)
	}
	if m.onAmount() {
		switch {
		case key.Matches(msg, k.HelpFromAmount):
			m.openHelp()
			return m, nil
		case key.Matches(msg, k.PageAmount):
			// The field has no use for them: they page, so that a short
			// screen can show the question above the field.
			m.page(msg)
			m.follow = false
			return m, nil
		}
		return m.updateAmount(msg)
	}
	switch {
	case key.Matches(msg, k.Help):
		m.openHelp()
		return m, nil
	case m.page(msg):
		m.follow = false // paged away: the cursor no longer pulls the view back
		if m.screen == screenReview {
			// The highlight comes along (enter acts on it): home and end
			// take it to the first and last rows, as a page does that
			// reaches the top or the bottom; any other page onto the row
			// nearest it that the page shows.
			switch {
			case key.Matches(msg, k.Top), key.Matches(msg, k.PageUp) && m.vp.AtTop():
				m.row, m.follow = 0, true // on a short screen, below the heading
			case key.Matches(msg, k.Bottom), key.Matches(msg, k.PageDown) && m.vp.AtBottom():
				m.row, m.follow = len(m.cat.Questions), true
			default:
				// No row starts on the page (a tall answer on a short
				// screen): the view comes back to show the highlight.
				var shown bool
				m.row, shown = m.reviewRowInView()
				m.follow = !shown
			}
		}
		return m, nil
	case key.Matches(msg, k.Quit):
		if m.screen == screenResults || m.screen == screenDetails || m.screen == screenCompare || m.screen == screenReport {
			return m.finish()
		}
		return m.quit()
	}
	switch m.screen {
	case screenWelcome:
		return m.updateWelcome(msg)
	case screenQuestion:
		return m.updateChoice(msg)
	case screenReview:
		return m.updateReview(msg)
	case screenResults:
		return m.updateResults(msg)
	case screenReport:
		return m.updateReport(msg)
	default:
		return m.updateReading(msg)
	}
}

func (m Model) handleConfirm(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Yes):
		kind := m.confirm
		m.confirm = confirmNone
		if kind == confirmQuit {
			m.outcome = Outcome{Status: Interrupted}
			m.done = true
			return m, tea.Quit
		}
		return m.restart(), nil
	case key.Matches(msg, m.keys.No):
		m.confirm = confirmNone
	}
	return m, nil
}

// quit leaves before the results (130): at once when nothing would be
// lost, else after asking.
func (m Model) quit() (Model, tea.Cmd) {
	if m.nothingToLose() {
		m.outcome = Outcome{Status: Interrupted}
		m.done = true
		return m, tea.Quit
	}
	m.confirm = confirmQuit
	return m, nil
}

// nothingToLose reports whether quitting or starting over would lose
// nothing: no answer given and nothing typed.
func (m Model) nothingToLose() bool {
	return len(m.answers) == 0 && len(m.drafts) == 0
}

// finish leaves from the results: exit 0, with the summary printed after.
func (m Model) finish() (Model, tea.Cmd) {
	// The summary is printed in the same terminal once the screen is
	// restored: wrap it to that width, not to a fixed 80.
	m.outcome = Outcome{Status: Finished, Summary: report.SummaryWidth(m.result, m.width)}
	m.done = true
	return m, tea.Quit
}

func (m Model) restart() Model {
	fresh := New(m.opts)
	fresh.width, fresh.height, fresh.dark, fresh.profile = m.width, m.height, m.dark, m.profile
	fresh.applyStyles()
	return fresh
}

// goTo shows a screen from its top.
func (m *Model) goTo(s screen) {
	m.screen = s
	m.vp.SetYOffset(0)
	m.follow = true
	m.showHelp = false
	m.notice = notice{} // a message belongs to the screen it was given on
}
