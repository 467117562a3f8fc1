package main

import (
	"fmt"
	"slices"
	"strings"

	"careerquiz/quiz/report"
)

// onceFlag is a string flag that may be given once, and not empty: a second
// --answers would otherwise silently win over the first.
type onceFlag struct {
	value *string
	set   bool
	check func(string) error
}

func (f *onceFlag) String() string { return *f.value }
func (f *onceFlag) Type() string   { return "string" }

func (f *onceFlag) Set(s string) error {
	if f.set {
		return fmt.Errorf("given twice (%q and %q): give it once", *f.value, s)
	}
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("is empty")
	}
	if f.check != nil {
		if err := f.check(s); err != nil {
			return err
		}
	}
	f.set = true
	*f.value = s
	return nil
}

func checkFormat(s string) error {
	if !slices.Contains(report.Formats(), report.Format(s)) {
		return fmt.Errorf("the formats are text, markdown and json")
	}
	return nil
}
