package serve

import (
	"sync/atomic"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// maxChannels is how many session channels one connection may have open:
// one quiz, and one more to be told that it is one quiz per connection.
const maxChannels = 2

// connChannels counts a connection's open session channels.
type connChannels struct{}

// sessionChannel is the library's session handler, with agent forwarding
// refused: the library answers yes to it (and then forwards nothing).
// Other requests a quiz has no use for (x11-req, unknown ones) the library
// refuses already, and subsystems such as sftp have no handler. A
// connection opening more channels than maxChannels is refused them, so
// that it cannot pile up goroutines.
func sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	if n, ok := ctx.Value(connChannels{}).(*atomic.Int32); ok {
		defer n.Add(-1)
		if n.Add(1) > maxChannels {
			_ = nc.Reject(gossh.ResourceShortage, "one quiz per connection")
			return
		}
	}
	ssh.DefaultSessionHandler(srv, conn, refusingChannel{nc}, ctx)
}

type refusingChannel struct{ gossh.NewChannel }

func (c refusingChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out)
		for r := range reqs {
			if r.Type == "auth-agent-req@openssh.com" {
				_ = r.Reply(false, nil) // a reply to a request that wants none is a no-op
				continue
			}
			out <- r
		}
	}()
	return ch, out, nil
}
