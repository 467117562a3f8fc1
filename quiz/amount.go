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

// ParseAmount reads an amount in dollars the way people type one: 55000,
// 55,000, $55,000, $55k, 55.5k, $1.2m (ParseMoney with "$").
func ParseAmount(s string) (float64, error) { return ParseMoney("$", s) }

// ParseMoney reads an amount the way people type one, with the catalog's
// currency symbol before it or after it, or none: for "€", 55000, 55,000,
// €55,000, €55k, 55k€, 1.2m. Every front end (answers files, the TUI, the
// line mode) uses it, so an amount means the same everywhere.
func ParseMoney(sym, s string) (float64, error) {
	orig := s
	s = strings.TrimSpace(HalfWidth(s))
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, sym), sym))
	example := "55000, 55,000 or " + sym + "55k"
	if s == "" {
		return 0, fmt.Errorf("%w: type an amount such as %s", ErrAmount, example)
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
		return 0, fmt.Errorf("%w: %s is below zero; type a yearly amount such as 55000", ErrAmount, shorten(orig))
	}
	digits, ok := stripGrouping(s)
	if !ok {
		return 0, fmt.Errorf("%w: %s is not an amount; type it like %s", ErrAmount, shorten(orig), example)
	}
	f, err := strconv.ParseFloat(digits, 64)
	if err != nil || math.IsInf(f, 0) {
		return 0, fmt.Errorf("%w: %s is not an amount; type it like %s", ErrAmount, shorten(orig), example)
	}
	if f*mult > maxAmount {
		return 0, fmt.Errorf("%w: %s is too large to be a yearly amount", ErrAmount, shorten(orig))
	}
	return math.Round(f*mult*100) / 100, nil
}

// HalfWidth writes the full-width digits, comma, point and dollar sign
// that Chinese and Japanese input methods type (２０００００) as their
// ASCII forms, so that they are read as numbers.
func HalfWidth(s string) string {
	if !strings.ContainsFunc(s, fullWidth) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if fullWidth(r) {
			return r - 0xff00 + 0x20
		}
		return r
	}, s)
}

// fullWidth reports whether r is a full-width digit, comma, point or
// dollar sign (U+FF10 to U+FF19, U+FF0C, U+FF0E, U+FF04).
func fullWidth(r rune) bool {
	return r >= 0xff10 && r <= 0xff19 || r == 0xff0c || r == 0xff0e || r == 0xff04
}

// maxAmount is far above any salary, and small enough that every amount
// prints exactly.
const maxAmount = 1e12

// shorten quotes a user's text for a message, cut if it is long.
func shorten(s string) string {
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > 30 {
		s = string(r[:27]) + "..."
	}
	return strconv.Quote(s)
}

// stripGrouping checks the digits, an optional decimal part and thousands
// commas (or underscores) in the right places (55,000 and 55_000 yes;
// 5,50,00 and 55,000_000 no), and drops them.
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
	sep := ","
	if strings.Contains(intPart, "_") {
		sep = "_" // 55_000, as YAML and Go write it
	}
	if strings.Contains(intPart, sep) {
		groups := strings.Split(intPart, sep)
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

// FormatAmount writes an amount in dollars (FormatMoney with "$").
func FormatAmount(f float64) string { return FormatMoney("$", f) }

// FormatMoney writes an amount after its currency symbol, with thousands
// commas, and cents only when there are any: $58,250, €70,000.50. Amounts
// beyond any salary are written in short scientific form.
func FormatMoney(sym string, f float64) string {
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	if f >= maxAmount*1000 || math.IsInf(f, 0) || math.IsNaN(f) {
		return sign + sym + strconv.FormatFloat(f, 'g', 3, 64)
	}
	cents := math.Round(f * 100)
	whole := strconv.FormatFloat(math.Floor(cents/100), 'f', 0, 64)
	var b strings.Builder
	b.WriteString(sign + sym)
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if c := int64(cents) % 100; c != 0 {
		fmt.Fprintf(&b, ".%02d", c)
	}
	return b.String()
}
