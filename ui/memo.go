package ui

import (
	"fmt"
	"slices"
	"strings"
)

// memo keeps the parts of screens that cost most to build (the comparison
// tables, the reasons, the ranking's rows), so a key that changes none of
// what they are built from (a cursor move, a scroll) does not build them
// again. Copies of a model share it as they pass through Update; a part is
// found only by its whole key, which names the result it was built from
// (a number the memo hands out, unique across the copies), so a copy never
// sees another's part.
type memo struct {
	parts map[string]string
	gen   int // the last result number handed out
}

// memoLimit bounds the parts kept: past it the memo starts again.
const memoLimit = 256

func newMemo() *memo { return &memo{parts: map[string]string{}} }

// next is a new result's number.
func (c *memo) next() int {
	c.gen++
	return c.gen
}

// part returns the part named key, building it when it is not kept.
func (c *memo) part(key string, build func() string) string {
	if s, ok := c.parts[key]; ok {
		return s
	}
	if len(c.parts) >= memoLimit {
		clear(c.parts)
	}
	s := build()
	c.parts[key] = s
	return s
}

// cached is the part of this model's screen named name at width w, built
// from the current result, the picked careers and the colours, and extra.
func (m Model) cached(name string, w int, extra string, build func() string) string {
	key := fmt.Sprintf("%s|%d|%d|%t|%s|%s", name, w, m.resultGen, m.dark, m.pickedKey(), extra)
	return m.memo.part(key, build)
}

// pickedKey names the careers picked for comparison, in a stable order.
func (m Model) pickedKey() string {
	ids := make([]string, 0, len(m.picked))
	for id, on := range m.picked {
		if on {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return strings.Join(ids, ",")
}
