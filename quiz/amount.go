package quiz

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ErrAmount is wrapped by every ParseAmount error.
var ErrAmount = errors.New("not an amount")

// ParseAmount reads an amount the way people type one: 55000, 55,000,
// $55,000, $55k, 55.5k, $1.2m. Every front end (answers files, the TUI, the
// line mode) uses it, so an amount means the same everywhere.
func ParseAmount(s string) (float64, error) {
	orig := s
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "$")
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("%w: type an amount such as 55000, 55,000 or $55k", ErrAmount)
	}
	mult := 1.0
	switch s[len(s)-1] {
	case 'k', 'K':
		mult, s = 1e3, s[:len(s)-1]
	case 'm', 'M':
		mult, s = 1e6, s[:len(s)-1]
	}
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") {
		return 0, fmt.Errorf("%w: %q is below zero; type a yearly amount such as 55000", ErrAmount, orig)
	}
	digits, ok := stripGrouping(s)
	if !ok {
		return 0, fmt.Errorf("%w: %q is not an amount; type it like 55000, 55,000 or $55k", ErrAmount, strings.TrimSpace(orig))
	}
	f, err := strconv.ParseFloat(digits, 64)
	if err != nil || math.IsInf(f, 0) {
		return 0, fmt.Errorf("%w: %q is not an amount; type it like 55000, 55,000 or $55k", ErrAmount, strings.TrimSpace(orig))
	}
	return math.Round(f*mult*100) / 100, nil
}

// stripGrouping checks the digits, an optional decimal part and thousands
// commas in the right places (55,000 yes; 5,50,00 no), and drops the commas.
func stripGrouping(s string) (string, bool) {
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac && (frac == "" || !allDigits(frac)) {
		return "", false
	}
	if intPart == "" {
		if !hasFrac {
			return "", false
		}
		intPart = "0"
	}
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return "", false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return "", false
			}
		}
		intPart = strings.Join(groups, "")
	}
	if !allDigits(intPart) {
		return "", false
	}
	if hasFrac {
		return intPart + "." + frac, true
	}
	return intPart, true
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// FormatAmount writes an amount as dollars with thousands commas: $58,250.
func FormatAmount(f float64) string {
	neg := f < 0
	n := int64(math.Round(math.Abs(f)))
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	b.WriteByte('$')
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
