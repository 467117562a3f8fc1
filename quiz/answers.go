// Package quiz scores a person's answers against a careers catalog: points
// per answered question, the reasons behind them, what would change the
// result, and the parsing of answers shared by every front end. It imports no
// terminal UI code.
package quiz

import (
	"fmt"
	"strconv"
	"strings"

	"careerquiz/careers"
)

// Answer is the answer to one question: an option id for a choice, a whole
// number for a scale, an amount for a number question.
type Answer struct {
	Option string
	Value  float64
}

// Answers maps question ids to answers. A question that is not in the map
// was skipped ("no preference") and weighs nothing.
type Answers map[string]Answer

// Clone returns an independent copy.
func (a Answers) Clone() Answers {
	out := make(Answers, len(a))
	for k, v := range a {
		out[k] = v
	}
	return out
}

// Display shows an answer in words: the option's label, "4 of 5", "$70,000".
func Display(q careers.Question, a Answer) string {
	switch q.Kind {
	case careers.Choice:
		if o, ok := q.Option(a.Option); ok {
			return o.Label
		}
		return a.Option
	case careers.Scale:
		return strconv.Itoa(int(a.Value)) + " of " + strconv.Itoa(q.Scale.Max)
	}
	return FormatNumber(q, a.Value)
}

// Choices lists every answer to a choice or scale question, in the order
// shown: each option, or each scale value. A number question has none.
func Choices(q careers.Question) []Answer {
	var out []Answer
	switch q.Kind {
	case careers.Choice:
		for _, o := range q.Options {
			out = append(out, Answer{Option: o.ID})
		}
	case careers.Scale:
		for v := q.Scale.Min; v <= q.Scale.Max; v++ {
			out = append(out, Answer{Value: float64(v)})
		}
	}
	return out
}

// Skipped is how a skipped preference reads; SkippedFact a skipped fact
// about the person, which is unknown rather than "no preference".
const (
	Skipped     = "skipped (no preference)"
	SkippedFact = "not given (unknown: counts as not met)"
)

// SkipMeaning is what skipping q means, in a few words.
func SkipMeaning(q careers.Question) string {
	if q.Fact {
		return "it is a fact about you: skipped, it counts as not met"
	}
	return "no preference"
}

// Shown is the answer to q in words, or how its skip reads.
func (a Answers) Shown(q careers.Question) string {
	if ans, ok := a[q.ID]; ok {
		return Display(q, ans)
	}
	if q.Fact {
		return SkippedFact
	}
	return Skipped
}

// Short shows an answer as an answers file holds it: the option id, the
// number, the amount.
func Short(q careers.Question, a Answer) string {
	switch q.Kind {
	case careers.Choice:
		return a.Option
	case careers.Scale:
		return strconv.Itoa(int(a.Value))
	}
	return FormatNumber(q, a.Value)
}

// FormatNumber shows a number question's value: as an amount in the
// catalog's currency when it is money, as a plain number otherwise.
func FormatNumber(q careers.Question, v float64) string {
	if IsMoney(q) {
		return FormatMoney(q.Range.Symbol(), v)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// IsMoney reports whether a number question asks for dollars (pay, or a
// unit starting with USD), so its answers are shown and typed as amounts.
func IsMoney(q careers.Question) bool {
	return q.Trait.ID == careers.TraitPay || strings.HasPrefix(q.Range.Unit, "USD")
}

// Check tells whether a is an allowed answer to q, in plain words.
func Check(q careers.Question, a Answer) error {
	switch q.Kind {
	case careers.Choice:
		if _, ok := q.Option(a.Option); !ok {
			return fmt.Errorf("%q is not one of the options (%s)", a.Option, strings.Join(q.OptionIDs(), ", "))
		}
	case careers.Scale:
		if a.Value != float64(int(a.Value)) || a.Value < float64(q.Scale.Min) || a.Value > float64(q.Scale.Max) {
			return fmt.Errorf("%v is out of range: answer a whole number from %d to %d", a.Value, q.Scale.Min, q.Scale.Max)
		}
	case careers.Number:
		if a.Value < q.Range.Min || a.Value > q.Range.Max {
			return fmt.Errorf("%s is out of range: answer from %s to %s", FormatNumber(q, a.Value), FormatNumber(q, q.Range.Min), FormatNumber(q, q.Range.Max))
		}
	}
	return nil
}
