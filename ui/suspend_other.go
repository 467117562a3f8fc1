//go:build !unix

package ui

import tea "charm.land/bubbletea/v2"

// suspendRelay does nothing where there is no SIGTSTP.
type suspendRelay struct{}

func newSuspendRelay() *suspendRelay                            { return &suspendRelay{} }
func (r *suspendRelay) start(*tea.Program)                      {}
func (r *suspendRelay) filter(_ tea.Model, msg tea.Msg) tea.Msg { return msg }
func (r *suspendRelay) stop()                                   {}
