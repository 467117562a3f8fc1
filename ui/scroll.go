package ui

import "strings"

// scroller is the body's window on the screen: the body's lines, fitted to
// the width once when the body or width changes, and which of them show. A frame
// slices the lines that show; nothing is wrapped or measured again per
// frame (bubbles' viewport re-wrapped and re-measured every visible line
// on every View, three quarters of the frame's cost).
type scroller struct {
	body           string // the body as given, and the width it is fitted to
	width          int
	lines          []string
	height, offset int
	// skip, when set, marks lines the view does not start at (a table's
	// border under the compare screen's sticky names, which would double
	// their rule): a scroll onto one goes one line further the same way.
	skip func(line string) bool
	up   bool // the last move was up: the page mark counts from the bottom
}

// SetContent sets the body, fitted to width w, keeping the offset where it
// can. The same body at the same width (a scroll, a key that changed
// nothing in it) is not fitted again.
func (s *scroller) SetContent(body string, w int) {
	if body != s.body || w != s.width || s.lines == nil {
		s.body, s.width = body, w
		s.lines = strings.Split(fitLines(body, w), "\n")
	}
	s.SetYOffset(s.offset)
}

// SetHeight sets how many lines show.
func (s *scroller) SetHeight(h int) {
	s.height = max(h, 0)
	s.SetYOffset(s.offset)
}

func (s scroller) Height() int         { return s.height }
func (s scroller) TotalLineCount() int { return len(s.lines) }
func (s scroller) YOffset() int        { return s.offset }
func (s scroller) maxOffset() int      { return max(len(s.lines)-s.height, 0) }
func (s scroller) AtTop() bool         { return s.offset <= 0 }
func (s scroller) AtBottom() bool      { return s.offset >= s.maxOffset() }

// SetYOffset shows the body from line n, within the body's bounds, and
// past a line to skip: on in the direction it moves (down when it stays: a
// new width or height can put one at the top). At the bottom the view
// stays on it, as it cannot go further: the compare screen shows the line
// after it there (underSticky). Going up from the bottom to a line before
// it would never reach the bottom again, and hide the body's last line.
func (s *scroller) SetYOffset(n int) {
	down := n >= s.offset
	n = min(max(n, 0), s.maxOffset())
	if s.skip != nil && n < len(s.lines) && s.skip(s.lines[n]) {
		switch {
		case !down:
			n = max(n-1, 0)
		case n < s.maxOffset():
			n++
		}
	}
	if n != s.offset {
		s.up = n < s.offset
	}
	s.offset = n
}

func (s *scroller) ScrollDown(n int) { s.SetYOffset(s.offset + n) }
func (s *scroller) ScrollUp(n int)   { s.SetYOffset(s.offset - n) }
func (s *scroller) PageDown()        { s.ScrollDown(max(s.height, 1)) }
func (s *scroller) PageUp()          { s.ScrollUp(max(s.height, 1)) }
func (s *scroller) GotoTop()         { s.SetYOffset(0) }
func (s *scroller) GotoBottom()      { s.SetYOffset(s.maxOffset()) }

// visible is the lines that show, always height of them (blank past the
// end of the body), so the footer stays at the bottom of the screen.
func (s scroller) visible() []string {
	end := min(s.offset+s.height, len(s.lines))
	out := make([]string, s.height)
	copy(out, s.lines[min(s.offset, end):end])
	return out
}

// page is the page mark's numbers for the view. pages is the most stops
// paging makes either way, top to bottom or bottom to top. On the way down
// the view is on the page of the last stop (from the top) it is at or
// past; on the way up, on the page of the stop it is at (from the bottom),
// or of the next one up once it has left it. So paging down reads 1, 2, 3
// and paging up one less a step, however many lines the steps pass over (a
// table border under the compare screen's names), also after the arrows
// moved the view a line; where one way makes a stop fewer, its last step
// counts two.
func (s scroller) page() (page, pages int) {
	t := s
	t.offset = 0
	down, pastDown, _ := t.stops(s.offset, 1)
	up, pastUp, onUp := t.stops(s.offset, -1) // t is at the bottom now
	pages = max(down, up)
	switch {
	case s.AtTop():
		return 1, pages
	case s.AtBottom():
		return pages, pages
	case s.up && onUp:
		page = pages - pastUp
	case s.up:
		page = pages - pastUp - 1 // past a stop, on the way to the next page up
	default:
		page = pastDown + 1
	}
	return min(max(page, 1), pages-1), pages // not the last page while there is more below
}

// stops pages s down (dir 1) to the bottom or up (dir -1) to the top, and
// returns how many stops it made (where it began included), the last of
// them at or past offset that way, and whether offset is on it.
func (s *scroller) stops(offset, dir int) (n, last int, on bool) {
	on = s.offset == offset
	for n = 1; dir > 0 && !s.AtBottom() || dir < 0 && !s.AtTop(); n++ {
		if dir > 0 {
			s.PageDown()
		} else {
			s.PageUp()
		}
		if (s.offset-offset)*dir <= 0 {
			last, on = n, s.offset == offset
		}
	}
	return n, last, on
}
