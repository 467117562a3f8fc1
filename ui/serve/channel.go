package serve

import (
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// sessionChannel is the library's session handler, with agent forwarding
// refused: the library answers yes to it (and then forwards nothing).
// Other requests a quiz has no use for (x11-req, unknown ones) the library
// refuses already, and subsystems such as sftp have no handler.
func sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
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
