// Package ui is careerquiz's front end: the full-screen terminal quiz (the
// only code that uses Bubble Tea, Lip Gloss and Bubbles) and the plain line
// mode for screen readers and pipes.
package ui

// Status is how a run ended; the command maps it to an exit code.
type Status int

const (
	// Finished: the results were reached and left normally (exit 0).
	Finished Status = iota
	// Interrupted: ctrl+c, quit before the results, or input that ended
	// before the last question (exit 130).
	Interrupted
)

// Outcome is what a run leaves behind.
type Outcome struct {
	Status Status
	// Summary is printed to standard output once the screen is restored, so
	// the recommendation stays in the scrollback. Empty when interrupted.
	Summary string
}
