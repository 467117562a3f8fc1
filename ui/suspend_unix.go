//go:build unix

package ui

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// suspendRelay makes a SIGTSTP sent from outside (kill -TSTP, a job-control
// shell) suspend the quiz the way ctrl+z does: the terminal is given back
// (alternate screen left, cursor shown, cooked mode) before the process
// stops, and taken again when it continues. Without it the process stops
// with the screen still in the quiz's hands.
//
// Bubble Tea suspends by sending SIGTSTP to its process group once it has
// given the terminal back. Once caught, Go never lets SIGTSTP stop the
// process again (signal.Reset leaves the runtime's handler in place), so
// while a suspend is under way the relay stops the process itself, with
// SIGSTOP, which cannot be caught; SIGCONT (fg) resumes it as before.
type suspendRelay struct {
	sigs       chan os.Signal
	done       chan struct{}
	suspending atomic.Bool
}

func newSuspendRelay() *suspendRelay {
	return &suspendRelay{sigs: make(chan os.Signal, 1), done: make(chan struct{})}
}

// start relays caught signals to p until stop.
func (r *suspendRelay) start(p *tea.Program) {
	signal.Notify(r.sigs, syscall.SIGTSTP)
	go func() {
		for {
			select {
			case <-r.done:
				return
			case <-r.sigs:
				if r.suspending.Load() {
					// The terminal is given back: stop here until fg.
					_ = syscall.Kill(os.Getpid(), syscall.SIGSTOP)
					continue
				}
				p.Send(tea.SuspendMsg{})
			}
		}
	}()
}

// filter is the program's message filter: it notes when a suspend starts
// (ctrl+z or a relayed signal) and when the quiz has resumed.
func (r *suspendRelay) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.SuspendMsg:
		r.suspending.Store(true)
	case tea.ResumeMsg:
		r.suspending.Store(false)
	}
	return msg
}

// stop ends the relay.
func (r *suspendRelay) stop() {
	signal.Stop(r.sigs)
	close(r.done)
}
