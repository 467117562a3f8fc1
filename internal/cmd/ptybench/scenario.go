package main

import (
	"fmt"
	"time"
)

// Keys as a terminal sends them.
const (
	keyDown  = "\x1b[B"
	keyUp    = "\x1b[A"
	keyEnter = "\r"
)

// quiet is how long a program must write nothing for its answer to a key
// to count as complete: several of Bubble Tea's 60 fps frames.
const quiet = 80 * time.Millisecond

// run is what one round measured of one program.
type run struct {
	firstFrame time.Duration
	moves      map[string][]int // bytes written per cursor move, by screen
	next       int              // bytes written going to the next question
	latencies  []time.Duration  // key to first byte of the answer
	peak       int64            // peak resident memory, bytes
}

// program is a program to measure and how to drive it.
type program struct {
	name  string
	path  string
	args  []string
	drive func(s *session, r *run) error
}

// measure runs p once in a cols x rows pseudo-terminal.
func (p program) measure(cols, rows int) (run, error) {
	s, err := startSession(cols, rows, []string{"TERM=xterm-256color", "NO_COLOR=", "ACCESSIBLE="}, p.path, p.args...)
	if err != nil {
		return run{}, err
	}
	r := run{moves: map[string][]int{}}
	if err := p.drive(s, &r); err != nil {
		s.kill()
		return run{}, fmt.Errorf("%s: %w", p.name, err)
	}
	return r, nil
}

// moveDown presses down and up in turn, n times in all, recording the
// bytes under place (down and up, so the cursor never sticks at an end).
func moveDown(s *session, r *run, place string, n int) error {
	for i := range n {
		key := keyDown
		if i%2 == 1 {
			key = keyUp
		}
		lat, b, err := s.press(key, quiet)
		if err != nil {
			return fmt.Errorf("moving down on %s: %w", place, err)
		}
		r.moves[place] = append(r.moves[place], b)
		r.latencies = append(r.latencies, lat)
	}
	return nil
}

// listProgram drives a one-list program (the minimal Bubble Tea program,
// gum choose): first frame, cursor moves, then enter.
func listProgram(name, path, ready string, args ...string) program {
	return program{name: name, path: path, args: args, drive: func(s *session, r *run) error {
		var err error
		if r.firstFrame, err = s.waitFor(ready, 10*time.Second); err != nil {
			return err
		}
		s.settle(quiet)
		if err := moveDown(s, r, "list", 8); err != nil {
			return err
		}
		r.peak, err = s.finish(keyEnter)
		return err
	}}
}

// careerquizProgram drives the whole quiz: the first frame, cursor moves on
// a scale question and a choice question, the step to the next question,
// every question answered, cursor moves on the results, then q.
func careerquizProgram(path string) program {
	return program{name: "careerquiz", path: path, drive: func(s *session, r *run) error {
		var err error
		if r.firstFrame, err = s.waitFor("Press enter to start", 10*time.Second); err != nil {
			return err
		}
		steps := []struct {
			keys, want string
		}{
			{keyEnter, "supervise people"},
		}
		for _, st := range steps {
			if _, _, err := s.press(st.keys, quiet); err != nil {
				return err
			}
		}
		if err := moveDown(s, r, "scale question", 4); err != nil {
			return err
		}
		_, b, err := s.press("4", quiet) // answers: on to the choice question
		if err != nil {
			return err
		}
		r.next = b
		if err := moveDown(s, r, "choice question", 4); err != nil {
			return err
		}
		for _, k := range []string{"3", "7", "0", "0", "0", "0", keyEnter, "2", "3", "2", "s", "5", "1", "3", "4", "1"} {
			if _, _, err := s.press(k, quiet); err != nil {
				return err
			}
		}
		if _, err := s.waitFor("Review your answers", 5*time.Second); err != nil {
			return err
		}
		if _, _, err := s.press("r", quiet); err != nil {
			return err
		}
		if _, err := s.waitFor("Your best fit", 5*time.Second); err != nil {
			return err
		}
		if err := moveDown(s, r, "results list", 6); err != nil {
			return err
		}
		r.peak, err = s.finish("q")
		return err
	}}
}
