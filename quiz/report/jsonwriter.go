package report

import (
	"fmt"
	"io"
	"strconv"
)

// flushAt is how much of the JSON document jsonWriter holds before it
// passes it on: large enough for few writes, small next to the 33 MB
// document of a 10,000-career catalog.
const flushAt = 64 << 10

// jsonWriter writes an indented JSON document (two spaces a level, as
// json.MarshalIndent(v, "", "  ")) to w through a buffer, keeping the
// first error: once there is one, nothing more is passed on.
type jsonWriter struct {
	w   io.Writer
	buf []byte
	err error
}

func newJSONWriter(w io.Writer) *jsonWriter {
	return &jsonWriter{w: w, buf: make([]byte, 0, flushAt+flushAt/4)}
}

// flush passes on what the buffer holds, unless there was an error.
func (j *jsonWriter) flush() {
	if j.err == nil && len(j.buf) > 0 {
		_, j.err = j.w.Write(j.buf) // a short write returns an error (io.Writer)
	}
	j.buf = j.buf[:0]
}

// flushIfFull passes on the buffer once it holds flushAt bytes.
func (j *jsonWriter) flushIfFull() {
	if len(j.buf) >= flushAt {
		j.flush()
	}
}

// raw appends s as it is.
func (j *jsonWriter) raw(s string) { j.buf = append(j.buf, s...) }

// newline starts a line indented depth levels.
func (j *jsonWriter) newline(depth int) {
	j.buf = append(j.buf, '\n')
	for range depth {
		j.buf = append(j.buf, ' ', ' ')
	}
}

// key starts the member name of an object at depth, after a comma unless
// it is the object's first member.
func (j *jsonWriter) key(depth int, first bool, name string) {
	if !first {
		j.buf = append(j.buf, ',')
	}
	j.newline(depth)
	j.buf = appendJSONString(j.buf, name)
	j.buf = append(j.buf, ':', ' ')
}

// item starts the element of an array at depth.
func (j *jsonWriter) item(depth int, first bool) {
	if !first {
		j.buf = append(j.buf, ',')
	}
	j.newline(depth)
}

func (j *jsonWriter) str(s string) { j.buf = appendJSONString(j.buf, s) }

func (j *jsonWriter) int(n int) { j.buf = strconv.AppendInt(j.buf, int64(n), 10) }

func (j *jsonWriter) bool(b bool) { j.buf = strconv.AppendBool(j.buf, b) }

// float appends f; a number JSON cannot hold is the writer's error.
func (j *jsonWriter) float(f float64) {
	var err error
	if j.buf, err = appendJSONFloat(j.buf, f); err != nil {
		j.fail(err)
	}
}

// fail keeps err unless there was an error before: nothing more is passed
// on.
func (j *jsonWriter) fail(err error) {
	if j.err == nil {
		j.err = err
	}
}

// value appends an answer as answerValue gives it: an option id, a whole
// number or an amount.
func (j *jsonWriter) value(v any) {
	switch v := v.(type) {
	case string:
		j.str(v)
	case int:
		j.int(v)
	case float64:
		j.float(v)
	case nil:
		j.raw("null")
	default:
		j.fail(fmt.Errorf("an answer of type %T cannot be written", v))
	}
}

// strings appends a list of strings as an array at depth: [] when empty.
func (j *jsonWriter) strings(depth int, list []string) {
	if len(list) == 0 {
		j.raw("[]")
		return
	}
	j.raw("[")
	for i, s := range list {
		j.item(depth+1, i == 0)
		j.str(s)
	}
	j.newline(depth)
	j.raw("]")
}
