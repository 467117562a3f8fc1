// Package yamldoc reads YAML and JSON documents into position-carrying YAML
// nodes and reports problems in the project's FILE:LINE:COL form. Catalogs
// and answers files both go through it, so every input error looks the same.
package yamldoc

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"careerquiz/internal/safetext"
)

// Problem is one thing wrong with an input file. Line and Col are 1-based;
// zero means the problem has no position (a missing file, say).
type Problem struct {
	File string
	Line int
	Col  int
	Msg  string
}

// String is the problem as FILE:LINE:COL: message, with anything in the
// file name or message that could act on a terminal shown escaped.
func (p Problem) String() string {
	if p.Line == 0 {
		return safetext.Visible(fmt.Sprintf("%s: %s", p.File, p.Msg))
	}
	return safetext.Visible(fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg))
}

// Problems is every problem found in one or more files. As an error it reads
// one problem a line, sorted by file and position.
type Problems []Problem

func (ps Problems) Error() string {
	sorted := ps.Sorted()
	lines := make([]string, len(sorted))
	for i, p := range sorted {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Sorted returns the problems ordered by file, line, column and message,
// without duplicates.
func (ps Problems) Sorted() Problems {
	out := slices.Clone(ps)
	slices.SortStableFunc(out, func(a, b Problem) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col),
			cmp.Compare(a.Msg, b.Msg),
		)
	})
	return slices.Compact(out)
}

// Err returns the problems as an error, or nil when there are none.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}
