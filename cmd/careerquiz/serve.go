package main

import (
	"errors"
	"net"
	"time"

	"github.com/spf13/cobra"

	"careerquiz/ui/serve"
)

// serveFlags are the flags of careerquiz serve.
type serveFlags struct {
	listen, hostKey, authorizedKeys       string
	maxSessions, maxPerAddress            int
	idleTimeout, maxTimeout, shutdownWait time.Duration
}

func newServeCmd(opts *options, io stdio) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the quiz over SSH: a whole class at once, nothing to install",
		Long: `serve runs an SSH server: everyone who connects with ssh gets the whole quiz
in their own terminal, at its size and colours. Nothing is written on the
server: export shows the report to copy. Answers are never logged; the log
(standard error) has each session's address, key fingerprint, duration and
exit status. SIGTERM or ctrl+c stops it: live sessions are told and get
--shutdown-wait to finish.`,
		Example: `  careerquiz serve                        # on 127.0.0.1:23234
  ssh -p 23234 localhost                  # from another terminal
  careerquiz serve --listen :23234 --host-key /var/lib/careerquiz/host_ed25519 \
      --catalog mine.yaml --authorized-keys class.keys`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFlagUse(cmd, opts, false); err != nil {
				return err
			}
			for name, v := range map[string]int{"max-sessions": f.maxSessions, "max-per-address": f.maxPerAddress} {
				if v < 0 {
					return usagef("--%s is %d: give 0 (no limit) or more", name, v)
				}
			}
			for name, v := range map[string]time.Duration{"idle-timeout": f.idleTimeout, "max-timeout": f.maxTimeout, "shutdown-wait": f.shutdownWait} {
				if v < 0 {
					return usagef("--%s is %s: give 0 (none) or more", name, v)
				}
			}
			if err := checkListen(f.listen); err != nil {
				return err
			}
			cat, err := loadCatalog(cmd.Context(), opts.catalog)
			if err != nil {
				return err
			}
			return serve.Run(cmd.Context(), serve.Config{
				Catalog: cat, HostKey: f.hostKey, AuthorizedKeys: f.authorizedKeys,
				MaxSessions: f.maxSessions, MaxPerAddress: f.maxPerAddress,
				IdleTimeout: f.idleTimeout, MaxTimeout: f.maxTimeout, ShutdownWait: f.shutdownWait,
				Log: io.err,
			}, f.listen, io.err)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", serve.DefaultListen, "listen on `ADDR` (host:port; :23234 for every interface)")
	fl.StringVar(&f.hostKey, "host-key", "", "the host key `PATH` (ed25519, made if missing; default in your data directory, ~/.local/share/careerquiz)")
	fl.StringVar(&f.authorizedKeys, "authorized-keys", "", "let in only the public keys listed in `FILE` (authorized_keys format); default: anyone")
	fl.IntVar(&f.maxSessions, "max-sessions", serve.DefaultMaxSessions, "at most this many connections at once (0: no limit)")
	fl.IntVar(&f.maxPerAddress, "max-per-address", serve.DefaultMaxPerAddress, "at most this many connections from one IP address (0: no limit)")
	fl.DurationVar(&f.idleTimeout, "idle-timeout", serve.DefaultIdleTimeout, "end a session after this long without a key press (0: never)")
	fl.DurationVar(&f.maxTimeout, "max-timeout", serve.DefaultMaxTimeout, "end any session after this long (0: never)")
	fl.DurationVar(&f.shutdownWait, "shutdown-wait", serve.DefaultShutdownWait, "on SIGTERM or ctrl+c, give live sessions this long to finish")
	return cmd
}

// checkListen refuses a --listen that is not host:port with a port from 0
// to 65535 (or a service name, as "ssh"), as a usage error; whether the
// address can be had is found out by listening on it.
func checkListen(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	switch {
	case err != nil:
	case port == "":
		// net would take it for any free port, which no one can be told
		// to connect to.
		err = errors.New("no port")
	default:
		_, err = net.LookupPort("tcp", port)
	}
	if err != nil {
		return usagef("--listen %q: give host:port, such as 127.0.0.1:23234 or :23234 (%v)", addr, err)
	}
	return nil
}
