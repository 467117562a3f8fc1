package serve

// The size a session is drawn at. A client names its terminal's size, and
// the program keeps a screen buffer of about 220 bytes a cell, so the size
// is bounded: a client asking for 65535x65535 would make the server try to
// hold hundreds of gigabytes and die, taking every other session with it.
// A terminal larger than the bound gets the quiz in its top left corner; a
// client that gives no size (0x0, as a scripted ssh -tt does) gets 80x24.
const (
	maxCols, maxRows         = 320, 120
	defaultCols, defaultRows = 80, 24
)

// windowSize is the size to draw a client's w x h terminal at.
func windowSize(w, h int) (int, int) {
	if w <= 0 {
		w = defaultCols
	}
	if h <= 0 {
		h = defaultRows
	}
	return min(w, maxCols), min(h, maxRows)
}
