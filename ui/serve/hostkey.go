package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	gossh "golang.org/x/crypto/ssh"

	"careerquiz/internal/atomicfile"
)

// DefaultHostKeyPath is where the host key lives when --host-key is not
// given: the per-user data directory ($XDG_DATA_HOME, else
// ~/.local/share; the user configuration directory on macOS and Windows),
// never the working directory.
func DefaultHostKeyPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		var err error
		if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
			dir, err = os.UserConfigDir()
		} else {
			var home string
			home, err = os.UserHomeDir()
			dir = filepath.Join(home, ".local", "share")
		}
		if err != nil {
			return "", fmt.Errorf("finding a place for the host key (give one with --host-key): %w", err)
		}
	}
	return filepath.Join(dir, "careerquiz", "ssh_host_ed25519_key"), nil
}

// hostKey reads the ed25519 host key at path, or creates it (mode 0600,
// its directory 0700) when there is none. A key that other users can read
// is refused: whoever reads it can pose as this server.
func hostKey(path string) (gossh.Signer, error) {
	data, err := readPrivate(path)
	if errors.Is(err, fs.ErrNotExist) {
		data, err = createHostKey(path)
	}
	if err != nil {
		return nil, err
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("host key %s: not a private key this server can use: %w", path, err)
	}
	return signer, nil
}

// readPrivate reads a key file that only its owner may read.
func readPrivate(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	switch {
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("host key %s is not a regular file", path)
	case fi.Mode().Perm()&0o077 != 0:
		return nil, fmt.Errorf("host key %s is open to other users (mode %04o): anyone who can read it can pose as this server; run chmod 600 %s, or remove it and a new key is made",
			path, fi.Mode().Perm(), path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("host key: %w", err)
	}
	return data, nil
}

// createHostKey makes a new ed25519 key at path, written atomically with
// mode 0600 and never over an existing file.
func createHostKey(path string) ([]byte, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("making a host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "careerquiz host key")
	if err != nil {
		return nil, fmt.Errorf("making a host key: %w", err)
	}
	data := pem.EncodeToMemory(block)
	// The messages name the key's own path (not a temporary file's) and
	// what to do, whatever went wrong.
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("making a host key at %s (give another place with --host-key): %w", path, atomicfile.WithoutPath(err))
	}
	if err := writeNewPrivate(path, data); err != nil {
		return nil, fmt.Errorf("writing a new host key to %s (give another place with --host-key): %w", path, atomicfile.WithoutPath(err))
	}
	return data, nil
}

// writeNewPrivate writes a file readable by its owner only (0600), whole or
// not at all (a temporary file linked into place), never over another.
func writeNewPrivate(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".careerquiz-key-*") // mode 0600
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if rmErr := os.Remove(tmp); rmErr != nil && err == nil {
			err = rmErr
		}
	}()
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Link(tmp, path) // fails if a key appeared meanwhile
}

// fingerprint is a key's SHA256 fingerprint, as ssh-keygen -l shows it.
func fingerprint(k gossh.PublicKey) string { return gossh.FingerprintSHA256(k) }
