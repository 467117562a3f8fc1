package yamldoc

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"careerquiz/internal/safetext"
)

// Decoder walks a node tree, collecting problems instead of stopping at the
// first, so a user sees everything wrong with a file at once.
type Decoder struct {
	File     string
	Problems Problems
	// over is set when the document's aliases expand past what its size
	// allows; nothing is decoded then.
	over   bool
	overAt Problem
	// fieldBlock is where Map takes its fields from: a catalog has hundreds
	// of thousands of small mappings, and one allocation each would be most
	// of decoding's cost.
	fieldBlock []Field
}

// NewDecoder returns a decoder for the tree under root. Aliases let a small
// file stand for a huge one (the same list read once per reference): before
// anything is decoded, the tree is measured as it would read with every
// alias written out, and one that reads as more than aliasFactor times its
// own nodes (plus aliasSlack) is refused at the alias where it passes that.
func NewDecoder(file string, root *Node) *Decoder {
	d := &Decoder{File: file}
	limit := aliasFactor*countNodes(root) + aliasSlack
	if at := expandsPast(root, limit); at != nil {
		d.over = true
		d.Errorf(at, "aliases (*name) repeat so much of this file that reading it would take more than %d values, %d times its size: write the repeated parts out, or share fewer", limit, aliasFactor)
		d.overAt = d.Problems[0]
	}
	return d
}

// Fork returns a decoder for the same file with no problems of its own, for
// decoding part of the tree on another goroutine; its problems are then
// the caller's to add.
func (d *Decoder) Fork() Decoder {
	return Decoder{File: d.File, over: d.over, overAt: d.overAt}
}

// Over reports whether the document's aliases expand past what its size
// allows, and so nothing was decoded. The problem says so, at the alias
// where it happened.
func (d *Decoder) Over() (Problem, bool) { return d.overAt, d.over }

// visit reports whether decoding may go on: not once the document is
// over its bound.
func (d *Decoder) visit() bool { return !d.over }

// Errorf records a problem at n's position.
func (d *Decoder) Errorf(n *Node, format string, args ...any) {
	p := Problem{File: d.File, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		p.Line, p.Col = n.Line, n.Column
	}
	d.Problems = append(d.Problems, p)
}

// Resolve follows an alias (*name) to the node it stands for.
func Resolve(n *Node) *Node {
	for n != nil && n.Kind == AliasNode {
		n = n.Alias
	}
	return n
}

// IsNull reports whether n is missing or an explicit null (~, null, empty).
func IsNull(n *Node) bool {
	n = Resolve(n)
	return n == nil || (n.Kind == ScalarNode && n.Tag == "!!null")
}

// Field is a key of a mapping and its value.
type Field struct {
	Key   *Node
	Value *Node
}

// Fields are a mapping's accepted fields, in the order written.
type Fields []Field

// Get returns the field named name.
func (fs Fields) Get(name string) (Field, bool) {
	for _, f := range fs {
		if f.Key.Value == name {
			return f, true
		}
	}
	return Field{}, false
}

// Has reports whether the field named name is there and not null.
func (fs Fields) Has(name string) bool {
	f, ok := fs.Get(name)
	return ok && !IsNull(f.Value)
}

// smallMapping is the most keys a mapping may have for repeats to be looked
// for key by key; a larger one (an answers file, or a hostile file with
// 100,000 keys) gets an index.
const smallMapping = 32

// Map checks that n is a mapping whose keys are among allowed (all when
// allowed is nil), reporting unknown and repeated keys, and returns the
// fields in order of appearance.
func (d *Decoder) Map(n *Node, what string, allowed []string) (Fields, bool) {
	if !d.visit() {
		return nil, false
	}
	n = Resolve(n)
	if n == nil || n.Kind != MappingNode {
		d.Errorf(n, "%s should be a mapping of keys to values, not %s", what, describe(n))
		return nil, false
	}
	fields := d.fieldRoom(len(n.Content) / 2)
	var index map[string]int // by key, once the mapping is large
	if len(n.Content)/2 > smallMapping {
		index = make(map[string]int, len(n.Content)/2)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := Resolve(n.Content[i]), n.Content[i+1]
		if k.Kind != ScalarNode {
			d.Errorf(k, "%s: a key is a list or mapping; keys must be plain words", what)
			continue
		}
		if k.Tag == "!!merge" {
			d.Errorf(k, "%s: merge keys (<<) are not supported: write the fields out", what)
			continue
		}
		var prev Field
		var dup bool
		if index == nil {
			prev, dup = fields.Get(k.Value)
		} else if at, ok := index[k.Value]; ok {
			prev, dup = fields[at], true
		}
		if dup {
			d.Errorf(k, "%s: %q appears twice (first at line %d)", what, k.Value, prev.Key.Line)
			continue
		}
		if allowed != nil && !slices.Contains(allowed, k.Value) {
			hint := ""
			if n.Style&FlowStyle != 0 && IsNull(v) && len(fields) > 0 && Resolve(fields[len(fields)-1].Value).Kind == ScalarNode {
				// {label: An office, labs}: the comma ended the text.
				hint = fmt.Sprintf("; if %q is the end of the %s before it, a comma inside { } ends a text: put that text in quotes", k.Value, fields[len(fields)-1].Key.Value)
			}
			d.Errorf(k, "%s: unknown field %q (allowed: %s)%s", what, k.Value, strings.Join(allowed, ", "), hint)
			continue
		}
		if index != nil {
			index[k.Value] = len(fields)
		}
		fields = append(fields, Field{Key: k, Value: v})
	}
	return fields, true
}

// fieldRoom returns an empty Fields with room for n, taken from fieldBlock.
func (d *Decoder) fieldRoom(n int) Fields {
	if cap(d.fieldBlock)-len(d.fieldBlock) < n {
		d.fieldBlock = make([]Field, 0, max(n, 1024))
	}
	start := len(d.fieldBlock)
	d.fieldBlock = d.fieldBlock[:start+n]
	return d.fieldBlock[start : start : start+n]
}

// Require reports each of names missing from fields.
func (d *Decoder) Require(n *Node, what string, fields Fields, names ...string) {
	for _, name := range names {
		if !fields.Has(name) {
			d.Errorf(n, "%s: %q is missing", what, name)
		}
	}
}

// Seq checks that n is a sequence and returns its items; what and more
// name it in problems, as String.
func (d *Decoder) Seq(n *Node, what string, more ...string) []*Node {
	if !d.visit() {
		return nil
	}
	n = Resolve(n)
	if n == nil || n.Kind != SequenceNode {
		d.Errorf(n, "%s should be a list, not %s", label{what, more, 0}.String(), describe(n))
		return nil
	}
	return n.Content
}

// String returns a scalar's text. Numbers and booleans are accepted as text
// (a title of 2024 is still a title); a list or mapping is a problem.
// The name is what followed by more ("career \"coder\"", ": title"): the
// parts are joined only for a problem, as a catalog of 10,000 careers reads
// hundreds of thousands of values and has few problems.
func (d *Decoder) String(n *Node, what string, more ...string) string {
	return d.text(n, label{what, more, 0})
}

// label names a value in problems: what, then more, then [index] when index
// is positive. It is put together (String) only when there is a problem.
type label struct {
	what  string
	more  []string
	index int
}

func (l label) String() string {
	s := l.what + strings.Join(l.more, "")
	if l.index > 0 {
		s += "[" + strconv.Itoa(l.index) + "]"
	}
	return s
}

// text is String for n, named by l.
func (d *Decoder) text(n *Node, l label) string {
	if !d.visit() {
		return ""
	}
	name := l.String
	n = Resolve(n)
	if colonText(n) {
		d.Errorf(n, `%s should be text, but the ": " in it made it a key and a value: put the whole text in quotes`, name())
		return ""
	}
	if n == nil || n.Kind != ScalarNode || n.Tag == "!!null" {
		d.Errorf(n, "%s should be text, not %s", name(), describe(n))
		return ""
	}
	s := strings.TrimSpace(n.Value)
	if s == "" {
		d.Errorf(n, "%s is empty", name())
	}
	if n.clean {
		return spaced(s) // checked where it was read
	}
	// A quoted "\r\n" is a Windows line break, read as "\n" is; a lone CR
	// could move the cursor back over the line, and stays refused.
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if r, at, bad := safetext.Find(s); bad {
		// Text reaches terminals and reports: a control character or a
		// direction override in it could act on them. Refused where it enters.
		if safetext.Direction(r) {
			d.Errorf(n, "%s: character %d is %s, a direction control character that reorders the text after it, so that a terminal shows it otherwise than it is written; remove it (the direction marks U+200E, U+200F and U+061C may place punctuation instead)", name(), at, safetext.Name(r))
		} else {
			d.Errorf(n, "%s: character %d is %s, a control character that could change the terminal it is shown in; remove it", name(), at, safetext.Name(r))
		}
		return ""
	}
	if r, at, bad := safetext.Invisible(s); bad {
		d.Errorf(n, "%s: character %d is U+%04X, which shows as nothing: remove it (a text that looks the same would not be the same)", name(), at, r)
		return ""
	}
	if c, at, cells, sum, bad := safetext.UnstableWidth(s); bad {
		// Some terminals draw it cells wide, others sum: no table or card
		// can line up around it everywhere.
		d.Errorf(n, "%s: character %d starts %s (%s), which some terminals draw %d columns wide and others %d, so tables and cards around it would not line up; write it without the emoji", name(), at, c, codePoints(c), cells, sum)
		return ""
	}
	return spaced(s)
}

// spaced is s with each tab and line break (a quoted "\t", "\n" or "\r\n") read
// as a space. Text is laid out by the screens and reports, which wrap it:
// a line break or a tab of its own ("Health\ninformatics") would break a
// row out of its table or its indentation.
func spaced(s string) string {
	if !strings.ContainsAny(s, "\t\n") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }), " ")
}

// codePoints names the characters of s: "U+1F469 U+200D U+2695 U+FE0F".
func codePoints(s string) string {
	var parts []string
	for _, r := range s {
		parts = append(parts, fmt.Sprintf("U+%04X", r))
	}
	return strings.Join(parts, " ")
}

// Strings returns a list of texts; what and more name it in problems, as
// String, and what[3] an item.
func (d *Decoder) Strings(n *Node, what string, more ...string) []string {
	items := d.Seq(n, what, more...)
	out := make([]string, 0, len(items))
	for i, item := range items {
		if s := d.text(item, label{what, more, i + 1}); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Number returns a scalar that is an integer or a float, named in problems
// by what and more, as String.
func (d *Decoder) Number(n *Node, what string, more ...string) (float64, bool) {
	if !d.visit() {
		return 0, false
	}
	n = Resolve(n)
	f, ok := NumberValue(n)
	if !ok {
		d.Errorf(n, "%s should be a number, not %s", label{what, more, 0}.String(), describe(n))
	}
	return f, ok
}

// Int returns a scalar that is a whole number, named in problems by what and
// more, as String.
func (d *Decoder) Int(n *Node, what string, more ...string) (int, bool) {
	if !d.visit() {
		return 0, false
	}
	n = Resolve(n)
	f, ok := NumberValue(n)
	if !ok || f != math.Trunc(f) || math.Abs(f) > 1e9 {
		d.Errorf(n, "%s should be a whole number, not %s", label{what, more, 0}.String(), describe(n))
		return 0, false
	}
	return int(f), true
}

// NumberValue reads an !!int or !!float scalar. Infinity and NaN are not
// numbers anyone means in a catalog or an answer.
func NumberValue(n *Node) (float64, bool) {
	if n == nil || n.Kind != ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		return 0, false
	}
	s := strings.ReplaceAll(n.Value, "_", "")
	var f float64
	if n.Tag == "!!int" {
		// Plain decimal only: 055000 is fifty-five thousand to a person, not
		// an octal number, and 0x or 0o forms are not what anyone means here.
		digits := strings.TrimLeft(s, "+-")
		if strings.ContainsAny(digits, "xXoObB") {
			return 0, false
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false
		}
		f = v
	} else {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false
		}
		f = v
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}

// colonText reports whether n is text that a ": " in it turned into a
// mapping of one key and one value ("- Apply (prerequisites: anatomy)").
func colonText(n *Node) bool {
	return n != nil && n.Kind == MappingNode && len(n.Content) == 2 && n.Style&FlowStyle == 0 &&
		n.Content[0].Kind == ScalarNode && n.Content[1].Kind == ScalarNode
}

// describe says in plain words what a node is, for "should be X, not Y".
func describe(n *Node) string {
	n = Resolve(n)
	switch {
	case n == nil:
		return "nothing"
	case n.Kind == MappingNode:
		return "a mapping"
	case n.Kind == SequenceNode:
		return "a list"
	case n.Tag == "!!null":
		return "empty"
	case n.Tag == "!!int" || n.Tag == "!!float":
		return "the number " + n.Value
	case n.Tag == "!!bool":
		return "the value " + n.Value
	default:
		return Quote(n.Value)
	}
}

// Quote shows a user's value in a message, shortened if long.
func Quote(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		s = string(r[:37]) + "..."
	}
	return strconv.Quote(s)
}
