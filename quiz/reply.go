package quiz

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"careerquiz/careers"
)

// ParseReply reads an answer as a person types it, in the TUI or the line
// mode: for a choice, the option's number (1 for the first) or its id; for
// a scale, the value; for a number question, an amount (55000, 55,000, $55k).
// Errors say in plain words what would be accepted.
// NumberHint says what a number question takes: "a yearly amount from
// $1,000 to $1,000,000, such as 55000, 55,000 or $55k", or for other units
// "a number from 0 to 60 (hours a week)".
func NumberHint(q careers.Question) string {
	lo, hi := FormatNumber(q, q.Range.Min), FormatNumber(q, q.Range.Max)
	if IsMoney(q) {
		return fmt.Sprintf("type a yearly amount from %s to %s, such as 55000, 55,000 or %s55k", lo, hi, q.Range.Symbol())
	}
	if q.Range.Unit != "" {
		return fmt.Sprintf("type a number from %s to %s (%s)", lo, hi, q.Range.Unit)
	}
	return fmt.Sprintf("type a number from %s to %s", lo, hi)
}

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
			hint := fmt.Sprintf("type a whole number from %d (%s) to %d (%s)", q.Scale.Min, q.Scale.Low, q.Scale.Max, q.Scale.High)
			if err == nil {
				return Answer{}, fmt.Errorf("%d is not on the scale; %s", n, hint)
			}
			return Answer{}, errors.New(hint)
		}
		return Answer{Value: float64(n)}, nil
	}
	v, err := ParseMoney(q.Range.Symbol(), s)
	if err != nil {
		if !IsMoney(q) {
			return Answer{}, fmt.Errorf("%s is not a number; %s", shorten(s), NumberHint(q))
		}
		return Answer{}, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), ErrAmount.Error()+": "))
	}
	a := Answer{Value: v}
	if err := Check(q, a); err != nil {
		return Answer{}, err
	}
	return a, nil
}
