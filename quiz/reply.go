package quiz

import (
	"fmt"
	"strconv"
	"strings"

	"careerquiz/careers"
)

// ParseReply reads an answer as a person types it, in the TUI or the line
// mode: for a choice, the option's number (1 for the first) or its id; for
// a scale, the value; for a number question, an amount (55000, 55,000, $55k).
// Errors say in plain words what would be accepted.
func ParseReply(q careers.Question, text string) (Answer, error) {
	s := strings.TrimSpace(text)
	switch q.Kind {
	case careers.Choice:
		if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(q.Options) {
			return Answer{Option: q.Options[n-1].ID}, nil
		}
		id := strings.ToLower(s)
		if _, ok := q.Option(id); ok {
			return Answer{Option: id}, nil
		}
		return Answer{}, fmt.Errorf("type a number from 1 to %d, or one of: %s", len(q.Options), strings.Join(q.OptionIDs(), ", "))
	case careers.Scale:
		n, err := strconv.Atoi(s)
		if err != nil || n < q.Scale.Min || n > q.Scale.Max {
			return Answer{}, fmt.Errorf("type a whole number from %d (%s) to %d (%s)", q.Scale.Min, q.Scale.Low, q.Scale.Max, q.Scale.High)
		}
		return Answer{Value: float64(n)}, nil
	}
	v, err := ParseAmount(s)
	if err != nil {
		return Answer{}, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), ErrAmount.Error()+": "))
	}
	a := Answer{Value: v}
	if err := Check(q, a); err != nil {
		return Answer{}, err
	}
	return a, nil
}
