package ui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"

	"careerquiz/careers"
	"careerquiz/quiz"
)

// keyMap is every key the quiz knows. Each screen lists the ones it uses in
// its help line (see helpFor); ? shows them all.
type keyMap struct {
	Up, Down       key.Binding
	Move           key.Binding // up and down together, for the help line
	Scroll         key.Binding // up and down on a screen that only scrolls
	Choose         key.Binding
	Pick           key.Binding // a number key picks that option
	Skip           key.Binding
	Back           key.Binding
	Start          key.Binding
	Edit           key.Binding
	Results        key.Binding
	Details        key.Binding
	Mark           key.Binding
	Compare        key.Binding
	Review         key.Binding
	AnswerNext     key.Binding // on an undecided result: answer the questions that would separate the leaders
	Export         key.Binding
	Copy           key.Binding // on the report shown under serve: copy it with OSC 52
	Restart        key.Binding
	PageUp         key.Binding
	PageDown       key.Binding
	Top, Bottom    key.Binding
	Help           key.Binding
	Quit           key.Binding
	Interrupt      key.Binding
	Yes, No        key.Binding
	SubmitAmount   key.Binding
	BackFromAmount key.Binding
	HelpFromAmount key.Binding
	ClearAmount    key.Binding // the text field's own ctrl+u, listed in its help
	SkipEmpty      key.Binding // s, b and ? on the empty amount field, for its help line
	Suspend        key.Binding
	CloseHelp      key.Binding // the keys that close the help, for its help line
	PageAmount     key.Binding // pgup and pgdn on the amount field (not ctrl+u: the field clears with it)
}

// newKeyMap builds the keymap; plain names the arrow keys in words, for
// terminals that cannot draw arrows (TERM=linux).
func newKeyMap(plain bool) keyMap {
	up, down, upDown := "↑", "↓", "↑/↓"
	if plain {
		up, down, upDown = "up", "down", "up/down"
	}
	return keyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp(up+"/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp(down+"/j", "down")),
		Move:   key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp(upDown, "move")),
		Scroll: key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp(upDown, "scroll")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Pick: key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
			"０", "１", "２", "３", "４", "５", "６", "７", "８", "９"), key.WithHelp("1-9", "pick")), // full width, as Chinese and Japanese input types them
		Skip:           key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip")),
		Back:           key.NewBinding(key.WithKeys("esc", "b", "left", "shift+tab"), key.WithHelp("esc/b", "back")),
		Start:          key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", "start")),
		Edit:           key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "change answer")),
		Results:        key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "see results")),
		Details:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "details")),
		Mark:           key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "pick")),
		Compare:        key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Review:         key.NewBinding(key.WithKeys("a", "b", "esc"), key.WithHelp("a", "answers")),
		AnswerNext:     key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "answer what separates them")),
		Export:         key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "export")),
		Copy:           key.NewBinding(key.WithKeys("c", "y"), key.WithHelp("c", "copy to clipboard")),
		Restart:        key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "start over")),
		PageUp:         key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		PageDown:       key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "page down")),
		Top:            key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "top")),
		Bottom:         key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "bottom")),
		Help:           key.NewBinding(key.WithKeys("?", "f1"), key.WithHelp("?", "all keys")),
		Quit:           key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Interrupt:      key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Yes:            key.NewBinding(key.WithKeys("y", "Y", "q"), key.WithHelp("y", "yes")),
		No:             key.NewBinding(key.WithKeys("n", "N", "esc", "enter"), key.WithHelp("n/enter", "no")),
		SubmitAmount:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next (empty: skip)")),
		BackFromAmount: key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", "back")),
		HelpFromAmount: key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", "all keys")),
		ClearAmount:    key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "clear")),
		SkipEmpty:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s/b/?", "skip/back/keys (while empty)")),
		Suspend:        key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
		CloseHelp:      key.NewBinding(key.WithKeys("?", "f1", "esc", "q", "enter", "n"), key.WithHelp("?/esc", "close help")),
		PageAmount:     key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp("pgup/pgdn", "page")),
	}
}

// keyName is how a binding's keys read in prose: "esc/b".
func keyName(b key.Binding) string { return b.Help().Key }

// helpKeys are the keys of one screen: the help line's, and all of them for ?.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
	all   key.Binding // the key that shows all of them
}

// helpFor lists the keys of the current screen, most useful first; the
// full help adds the keys every screen has.
func (m Model) helpFor() helpKeys {
	k := m.keys
	all := k.Help
	var short []key.Binding
	switch {
	case m.confirm != confirmNone:
		short = []key.Binding{k.Yes, k.No}
	case m.screen == screenWelcome:
		short = []key.Binding{k.Start, k.Quit, k.Help}
	case m.onAmount() || m.showHelp && m.screen == screenQuestion && m.question().Kind == careers.Number:
		all = k.HelpFromAmount
		short = []key.Binding{k.SubmitAmount, k.BackFromAmount, k.ClearAmount, all, k.Interrupt}
		if m.input.Value() == "" { // an empty field takes these as on any question
			short = append(short, k.SkipEmpty)
		}
	case m.screen == screenQuestion:
		pick := k.Pick
		n := len(quiz.Choices(m.question()))
		pick.SetHelp(fmt.Sprintf("1-%d", n), "pick")
		if q := m.question(); q.Kind == careers.Scale {
			pick.SetHelp(fmt.Sprintf("%d-%d", q.Scale.Min, q.Scale.Max), "pick")
		}
		short = []key.Binding{k.Choose, pick, k.Skip, k.Back, k.Quit, k.Help, k.Move}
	case m.screen == screenReview:
		short = []key.Binding{k.Results, k.Edit, k.Back, k.Quit, k.Help, k.Move}
	case m.screen == screenResults:
		export := k.Export
		if m.opts.Remote {
			export.SetHelp(keyName(k.Export), "show report")
		}
		review := k.Review
		review.SetHelp("a/esc", "answers")
		short = []key.Binding{k.Details, k.Mark, k.Compare, review, export, k.Quit, k.Restart, k.Help, k.Move}
		if len(m.result.AskNext) > 0 {
			short = append([]key.Binding{k.AnswerNext}, short...)
		}
	case m.screen == screenReport:
		short = []key.Binding{k.Back, k.Copy, k.Scroll, k.PageDown, k.Quit, k.Help}
	case m.screen == screenDetails, m.screen == screenCompare:
		short = []key.Binding{k.Back, k.Scroll, k.PageDown, k.Quit, k.Help}
	}
	var more []key.Binding
	general := []key.Binding{k.PageUp, k.PageDown, k.Top, k.Bottom, all, k.Interrupt, k.Suspend}
	if m.screen == screenQuestion && m.question().Kind == careers.Number {
		general = []key.Binding{k.PageAmount, all, k.Interrupt, k.Suspend} // letters are text there: no g/G
	}
	for _, b := range general {
		if m.opts.Remote && b.Help() == k.Suspend.Help() {
			continue // no job control over SSH: ctrl+z does nothing there
		}
		if !slices.ContainsFunc(short, func(s key.Binding) bool { return s.Help() == b.Help() }) {
			more = append(more, b)
		}
	}
	return helpKeys{short: short, full: [][]key.Binding{short, more}, all: all}
}

// helpLine is the keys the help line shows: the screen's, or while the
// help covers the screen, the help's own. Brief, for a screen too short
// for them all, it is the screen's first key and the one that lists the
// rest.
func (m Model) helpLine(brief bool) []key.Binding {
	k := m.keys
	if m.showHelp && m.confirm == confirmNone {
		if brief {
			return []key.Binding{k.CloseHelp, k.Scroll}
		}
		return []key.Binding{k.CloseHelp, k.Scroll, k.PageDown, k.Interrupt}
	}
	h := m.helpFor()
	if !brief || m.confirm != confirmNone || h.short[0].Help() == h.all.Help() {
		return h.short
	}
	return []key.Binding{h.short[0], h.all}
}
