package yamldoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"
)

// MaxSize is the largest input file read: anything bigger is refused before
// parsing, so a wrong path (a log, an image) fails fast and cheaply.
const MaxSize = 4 << 20

// ReadFile reads a catalog or answers file, refusing directories, files over
// MaxSize and text that is not UTF-8. Problems name the file as given.
func ReadFile(name string) ([]byte, error) {
	info, err := os.Stat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, Problems{{File: name, Msg: "no such file"}}
	case err != nil:
		return nil, Problems{{File: name, Msg: fmt.Sprintf("cannot read it: %v", plainErr(err))}}
	case info.IsDir():
		return nil, Problems{{File: name, Msg: "is a directory, not a file"}}
	case info.Size() > MaxSize:
		return nil, Problems{{File: name, Msg: fmt.Sprintf("is %d bytes, over the %s limit: is it the right file?", info.Size(), size(MaxSize))}}
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, Problems{{File: name, Msg: fmt.Sprintf("cannot open it: %v", plainErr(err))}}
	}
	defer f.Close()
	return ReadFrom(name, f) // capped again: the file may have grown since Stat
}

// CheckText rejects data that is not UTF-8 text, naming the position of the
// first bad byte, and strips a leading byte-order mark.
func CheckText(name string, data []byte) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		if i := bytes.IndexByte(data, 0); i >= 0 {
			line, col := position(data, i)
			return nil, Problems{{File: name, Line: line, Col: col, Msg: "contains a NUL byte: this looks like a binary file, not YAML or JSON text"}}
		}
		return data, nil
	}
	i := 0
	for i < len(data) {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	line, col := position(data, i)
	return nil, Problems{{File: name, Line: line, Col: col, Msg: "is not UTF-8 text: save it as UTF-8 and try again"}}
}

// position turns a byte offset into a 1-based line and column (in runes).
func position(data []byte, off int) (line, col int) {
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

func size(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// plainErr drops the "open NAME:" prefix of a *fs.PathError: the problem
// already names the file.
func plainErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadFrom reads a file's worth of text from r (standard input, say), with
// the same size cap as ReadFile. name is used in problems.
func ReadFrom(name string, r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, Problems{{File: name, Msg: fmt.Sprintf("cannot read it: %v", plainErr(err))}}
	}
	if len(data) > MaxSize {
		return nil, Problems{{File: name, Msg: fmt.Sprintf("is over the %s limit: is it the right file?", size(MaxSize))}}
	}
	return data, nil
}
