package serve

import (
	"fmt"

	"charm.land/ssh"
	"github.com/charmbracelet/x/ansi"
)

// tell writes a line to the client outside the quiz (why it was refused or
// ended), wrapped between words to its terminal's width, so a narrow
// terminal does not break a word in two.
func tell(sess ssh.Session, format string, args ...any) {
	width := 80
	if pty, _, ok := sess.Pty(); ok && pty.Window.Width > 0 {
		width = pty.Window.Width
	}
	fmt.Fprintln(sess.Stderr(), ansi.Wordwrap(fmt.Sprintf(format, args...), width, ""))
}
