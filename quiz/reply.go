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
	s := strings.TrimSpace(HalfWidth(text))
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
		if hint := thousandsPoint(q, s); hint != "" {
			return Answer{}, errors.New(hint)
		}
		if !IsMoney(q) {
			return Answer{}, fmt.Errorf("%s is not a number; %s", shorten(s), NumberHint(q))
		}
		return Answer{}, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), ErrAmount.Error()+": "))
	}
	a := Answer{Value: v}
	if err := Check(q, a); err != nil {
		if hint := thousandsPoint(q, s); hint != "" {
			return Answer{}, errors.New(hint)
		}
		return Answer{}, err
	}
	return a, nil
}

// thousandsPoint explains an amount written with points between its
// thousands, as much of Europe and Latin America writes them: "360.000"
// is 360 here, out of range, where 360,000 was meant. It is "" unless the
// text has that form and the amount without its points is in range.
func thousandsPoint(q careers.Question, s string) string {
	digits := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(HalfWidth(s), q.Range.Symbol()), q.Range.Symbol()))
	groups := strings.Split(digits, ".")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return ""
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return ""
		}
	}
	whole, err := strconv.ParseFloat(strings.Join(groups, ""), 64)
	if err != nil || whole < q.Range.Min || whole > q.Range.Max {
		return ""
	}
	return fmt.Sprintf("%s: here a point marks decimals, not thousands; for %s, type %s or %s",
		shorten(s), FormatNumber(q, whole), strconv.FormatFloat(whole, 'f', -1, 64), strings.TrimPrefix(FormatNumber(q, whole), q.Range.Symbol()))
}
