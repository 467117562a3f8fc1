package serve

import (
	"bytes"
	"fmt"
	"os"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// authOptions are how people sign in. By default anyone may (a kiosk): any
// public key, or keyboard-interactive with no questions for a client with
// no key; the key's fingerprint is kept for the logs. With authorizedKeys,
// only the listed keys. Never passwords.
func authOptions(authorizedKeys []gossh.PublicKey) []ssh.Option {
	if len(authorizedKeys) == 0 {
		return []ssh.Option{
			ssh.PublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
			ssh.KeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		}
	}
	return []ssh.Option{ssh.PublicKeyAuth(func(_ ssh.Context, key ssh.PublicKey) bool {
		for _, k := range authorizedKeys {
			if ssh.KeysEqual(key, k) {
				return true
			}
		}
		return false
	})}
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
		k, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not a public key: %w", path, i+1, err)
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s: no public key in it: nobody could connect", path)
	}
	return keys, nil
}
