package report

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// The appenders here write JSON values byte for byte as encoding/json's
// Marshal does (the JSON report was json.MarshalIndent of a struct; scripts
// may compare its bytes). json_test.go holds them to Marshal, fuzzed.

// hexDigits are the digits of a \u00XX escape, lower case as encoding/json
// writes them.
const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string the way json.Marshal writes
// it: ", \ and control characters escaped, <, > and & as \u003c, \u003e and
// \u0026 (HTML-safe), invalid UTF-8 as \ufffd, and U+2028 and U+2029
// escaped.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if htmlSafe(b) {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// The ASCII bytes that go into a JSON string as they are (printable, and
// none of " \ < > &), as bits: safeLow for 0 to 63, safeHigh for 64 to 127.
const (
	safeLow  = 0xafffffbb00000000
	safeHigh = 0xffffffffefffffff
)

// htmlSafe reports whether the ASCII byte b goes into a JSON string as it
// is: printable, and none of " \ < > &. A bit test, as it is asked of
// every byte of the 33 MB report of a 10,000-career catalog.
func htmlSafe(b byte) bool {
	bits := uint64(safeLow)
	if b >= 64 {
		bits = safeHigh
	}
	return bits>>(b&63)&1 != 0
}

// appendJSONFloat appends f the way json.Marshal writes a float64: the
// shortest decimal that reads back as f, in exponent form below 1e-6 and
// from 1e21 (with e-7, not e-07). JSON has no NaN or infinity: those are an
// error, as they are for json.Marshal.
func appendJSONFloat(dst []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return dst, fmt.Errorf("the number %v cannot be written in JSON", f)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, nil
}
