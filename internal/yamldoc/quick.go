package yamldoc

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// The quick reader builds the same node tree as yaml.v3 for the YAML people
// write in catalogs and answers files (block mappings and lists, one-line
// flow lists and mappings, JSON, plain and quoted scalars, | and > blocks,
// comments, anchors and aliases) in a fraction of the time and memory:
// nodes and child lists come from large blocks, and values are slices of
// the text. yaml.v3 builds a tree of 150-byte nodes through a token and
// event stream, which made a 4 MiB catalog cost a second and 180 MB before
// a single field was read.
//
// Anything it is not sure of (tags, directives, multi-line plain or quoted
// scalars, keep chomping, tabs, a CR that does not end a line, empty
// values, syntax errors) makes it give up, and Parse reads the text with
// yaml.v3 as before, so error messages and rare forms are yaml.v3's. CR LF
// line ends are read as LF. FuzzQuick holds the rule:
// whenever the quick reader succeeds, its tree is yaml.v3's (kinds, tags,
// styles, values, lines, columns, the node each alias stands for, and
// whether a value is clean; comments and anchor names aside).

// quick is the state of one quick read.
type quick struct {
	text      string // the document; values are slices of it
	pos       int    // the next byte to read
	line      int    // 0-based line of pos
	lineStart int    // offset of that line's first byte
	// ind is the indentation of the line whose content pos is at, after
	// nextLine; -1 at the end of the text.
	ind   int
	body  bool // past the optional "---" that may open the document
	depth int
	// colFrom and colRunes: the offset column last counted to, and the
	// characters from its line's start to it.
	colFrom, colRunes int
	anchors           map[string]*Node
	nodes             []Node  // the current block nodes are taken from
	ptrs              []*Node // the current block child lists are taken from
	stack             []*Node // children of the collections being read
}

// giveUp is the panic value that unwinds a quick read that met something it
// does not handle; parseQuick recovers it and reports false.
type giveUp struct{}

// maxQuickDepth bounds nesting: deeper documents are yaml.v3's to read (and
// refuse).
const maxQuickDepth = 200

// parseQuick reads data as one YAML document. ok is false when the text uses
// anything the quick reader leaves to yaml.v3, including every syntax error.
func parseQuick(data []byte) (root *Node, ok bool) {
	if data, ok = lineFeeds(data); !ok || !quickable(data) {
		return nil, false
	}
	q := &quick{text: string(data), anchors: map[string]*Node{}}
	defer func() {
		if r := recover(); r != nil {
			if _, is := r.(giveUp); !is {
				panic(r)
			}
			root, ok = nil, false
		}
	}()
	q.nextLine()
	if q.ind == 0 && q.documentEnd() {
		q.fail()
	}
	if q.ind == 0 && q.documentStart() {
		q.pos += 3
		q.body = true
		q.endLine()
	}
	q.body = true
	if q.ind < 0 {
		return nil, false // empty: yaml.v3 says what that is
	}
	root = q.block(-1)
	if q.ind >= 0 {
		q.fail()
	}
	return root, true
}

// lineFeeds returns data with its CR LF line ends made LF, as YAML reads
// them: a file saved on Windows reads as the same file with LF. No line or
// column changes, as a CR is the last byte of its line. A CR on its own is
// left to yaml.v3 (false).
func lineFeeds(data []byte) ([]byte, bool) {
	if bytes.IndexByte(data, '\r') < 0 {
		return data, true
	}
	lf := bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return lf, bytes.IndexByte(lf, '\r') < 0
}

// quickable rules out text that is not UTF-8, and what the quick reader
// never handles: control characters (yaml.v3 refuses them, and a tab's
// meaning depends on where it is; a CR left by lineFeeds is one), and the
// Unicode line breaks and byte-order mark that YAML gives a meaning.
func quickable(data []byte) bool {
	for i := 0; i < len(data); i++ {
		switch b := data[i]; {
		case b < 0x20 && b != '\n' || b == 0x7f:
			return false
		case b == 0xc2 && i+1 < len(data) && data[i+1] >= 0x80 && data[i+1] <= 0x9f:
			return false // a C1 control, U+0085 (a line break to YAML) among them
		case b == 0xe2 && i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xa8 || data[i+2] == 0xa9):
			return false // U+2028, U+2029: line breaks to YAML
		case b == 0xef && i+2 < len(data) && data[i+1] == 0xbb && data[i+2] == 0xbf:
			return false // a byte-order mark
		}
	}
	return utf8.Valid(data)
}

func (q *quick) fail() { panic(giveUp{}) }

// at returns the byte at pos+off, or 0 past the end.
func (q *quick) at(off int) byte {
	if i := q.pos + off; i < len(q.text) {
		return q.text[i]
	}
	return 0
}

// blankAt reports whether the byte at pos+off ends a token: a space, a line
// end or the end of the text.
func (q *quick) blankAt(off int) bool {
	b := q.at(off)
	return b == ' ' || b == '\n' || b == 0
}

// node takes a node from the current block, placed at pos.
func (q *quick) node(kind Kind, tag string) *Node {
	if len(q.nodes) == cap(q.nodes) {
		q.nodes = make([]Node, 0, min(max(2*cap(q.nodes), 64), 4096))
	}
	q.nodes = q.nodes[:len(q.nodes)+1] // the block is zeroed: set only what is known
	n := &q.nodes[len(q.nodes)-1]
	n.Kind, n.Tag, n.Line, n.Column = kind, tag, q.line+1, q.column()
	return n
}

// column is pos's 1-based column in characters, as yaml.v3 counts them. It
// counts on from the last column asked for on the line: a long flow list
// on one line would otherwise be counted from its start for every item.
func (q *quick) column() int {
	if q.colFrom < q.lineStart || q.colFrom > q.pos {
		q.colFrom, q.colRunes = q.lineStart, 0
	}
	q.colRunes += utf8.RuneCountInString(q.text[q.colFrom:q.pos])
	q.colFrom = q.pos
	return q.colRunes + 1
}

// children gives the nodes pushed on the stack since mark as a child list
// of their own, taken from the current block of pointers.
func (q *quick) children(mark int) []*Node {
	n := len(q.stack) - mark
	if n == 0 {
		return nil
	}
	if cap(q.ptrs)-len(q.ptrs) < n {
		q.ptrs = make([]*Node, 0, max(n, 4096))
	}
	start := len(q.ptrs)
	q.ptrs = append(q.ptrs, q.stack[mark:]...)
	q.stack = q.stack[:mark]
	return q.ptrs[start:len(q.ptrs):len(q.ptrs)]
}

// enter and leave count nesting.
func (q *quick) enter() {
	if q.depth++; q.depth > maxQuickDepth {
		q.fail()
	}
}

func (q *quick) leave() { q.depth-- }

// spaces skips spaces on the current line.
func (q *quick) spaces() {
	for q.at(0) == ' ' {
		q.pos++
	}
}

// atLineEnd reports whether only a comment or nothing is left on the line
// (after spaces have been skipped).
func (q *quick) atLineEnd() bool {
	b := q.at(0)
	return b == '\n' || b == 0 || b == '#' && q.pos > 0 && q.text[q.pos-1] == ' '
}

// endLine checks that nothing but spaces and a comment follows on the line,
// and moves to the next line's content (nextLine).
func (q *quick) endLine() {
	q.spaces()
	if !q.atLineEnd() {
		q.fail()
	}
	q.pos = lineEnd(q.text, q.pos)
	q.nextLine()
}

// nextLine moves from the end of a line (or the start of the text) past
// blank and comment lines to the content of the next line, setting ind; at
// the end of the text ind is -1. Document markers are left to yaml.v3.
func (q *quick) nextLine() {
	for {
		if q.pos < len(q.text) && q.text[q.pos] == '\n' {
			q.pos++
			q.line++
			q.lineStart = q.pos
		}
		if q.pos >= len(q.text) {
			q.ind = -1
			return
		}
		if q.pos != q.lineStart {
			q.fail() // not at a line start: a caller's mistake, but safe
		}
		q.spaces()
		switch b := q.at(0); {
		case b == 0:
			q.ind = -1
			return
		case b == '\n':
			continue
		case b == '#':
			q.pos = lineEnd(q.text, q.pos)
			continue
		}
		q.ind = q.pos - q.lineStart
		if q.ind == 0 && (q.documentStart() || q.documentEnd()) && q.body {
			q.fail()
		}
		return
	}
}

// documentStart and documentEnd report a "---" or "..." marker at pos.
func (q *quick) documentStart() bool {
	return q.at(0) == '-' && q.at(1) == '-' && q.at(2) == '-' && q.blankAt(3)
}

func (q *quick) documentEnd() bool {
	return q.at(0) == '.' && q.at(1) == '.' && q.at(2) == '.' && q.blankAt(3)
}

// lineEnd is the offset of the '\n' ending the line holding from, or the
// text's length.
func lineEnd(text string, from int) int {
	if i := strings.IndexByte(text[from:], '\n'); i >= 0 {
		return from + i
	}
	return len(text)
}
