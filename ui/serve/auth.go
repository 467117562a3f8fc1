package serve

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"careerquiz/internal/safetext"
)

// authOptions are how people sign in. By default anyone may (a kiosk): any
// public key, or keyboard-interactive with no questions for a client with
// no key; the key's fingerprint is kept for the logs. With authorizedKeys,
// only the listed keys, and refused is told of each key that is not, so
// that the log names it. Never passwords.
func authOptions(authorizedKeys []gossh.PublicKey, refused func(ssh.Context, ssh.PublicKey)) []ssh.Option {
	if len(authorizedKeys) == 0 {
		return []ssh.Option{
			ssh.PublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
			ssh.KeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		}
	}
	return []ssh.Option{ssh.PublicKeyAuth(func(ctx ssh.Context, key ssh.PublicKey) bool {
		for _, k := range authorizedKeys {
			if ssh.KeysEqual(key, k) {
				return true
			}
		}
		refused(ctx, key)
		return false
	})}
}

// harmless reports whether an authorized_keys option (its name) is one the
// server keeps for every key anyway: it forwards nothing and runs no rc
// file. Any other option (from=, expiry-time=, command=, no-pty,
// restrict…) would be a restriction the quiz does not enforce, so a line
// with one is refused rather than read as a key without it.
func harmless(option string) bool {
	switch strings.ToLower(option) {
	case "no-port-forwarding", "no-agent-forwarding", "no-x11-forwarding", "no-user-rc":
		return true
	}
	return false
}

// readAuthorizedKeys reads an authorized_keys file: one key a line, blank
// lines and # comments skipped. A line that is not a key is an error with
// its line number, and so is a file with no key at all.
func readAuthorizedKeys(path string) ([]gossh.PublicKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorized keys: %w", err)
	}
	var keys []gossh.PublicKey
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, options, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not a public key: %w", path, i+1, err)
		}
		for _, o := range options {
			name, _, _ := strings.Cut(o, "=")
			if !harmless(name) {
				return nil, fmt.Errorf("%s:%d: the key option %s is not supported: careerquiz serve would not enforce it; remove it, or the line", path, i+1, safetext.Visible(name))
			}
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s: no public key in it: nobody could connect", path)
	}
	return keys, nil
}
