package yamldoc

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"careerquiz/internal/safetext"
)

// Node is one node of a document: what the decoders read. It holds what
// they need of yaml.v3's node in about half the memory (88 bytes against
// 152: no comments, no anchor name), which is most of the cost of reading a
// large catalog.
type Node struct {
	Kind  Kind
	Style Style // how it was written (yaml.v3's bits)
	// clean: the value (spaces trimmed) holds no control character,
	// direction override or emoji sequence of unstable width, checked once
	// where the node was made. An alias makes the decoder read a value
	// many times; only a value that is not clean is checked again there,
	// and its problem reported.
	clean bool
	Tag   string // the resolved tag: !!str, !!int, !!float, !!bool, !!null, !!map, !!seq...
	Value string // a scalar's text, or an alias's name
	// Line and Column are 1-based; columns count characters.
	Line, Column int
	Content      []*Node // a mapping's keys and values in turn, or a list's items
	Alias        *Node   // the node an alias stands for
}

// Kind is what a node is.
type Kind uint8

// The kinds of node, as yaml.v3 names them.
const (
	ScalarNode Kind = iota + 1
	MappingNode
	SequenceNode
	AliasNode
)

// Style is how a node was written, with yaml.v3's bits.
type Style uint8

// The styles the decoders and tests look at.
const (
	DoubleQuotedStyle = Style(yaml.DoubleQuotedStyle)
	SingleQuotedStyle = Style(yaml.SingleQuotedStyle)
	LiteralStyle      = Style(yaml.LiteralStyle)
	FoldedStyle       = Style(yaml.FoldedStyle)
	FlowStyle         = Style(yaml.FlowStyle)
)

// fromYAML copies the tree yaml.v3 read into Nodes, aliases pointing at the
// copies of their anchors (an alias inside its own anchor too).
func fromYAML(root *yaml.Node) *Node {
	copies := map[*yaml.Node]*Node{}
	var cp func(n *yaml.Node) *Node
	cp = func(n *yaml.Node) *Node {
		if c, ok := copies[n]; ok {
			return c
		}
		c := &Node{Kind: kindOf(n.Kind), Style: Style(n.Style), Tag: n.Tag, Value: n.Value, Line: n.Line, Column: n.Column}
		if c.Kind == ScalarNode {
			c.clean = cleanText(c.Value)
		}
		copies[n] = c
		if n.Alias != nil {
			c.Alias = cp(n.Alias)
		}
		if len(n.Content) > 0 {
			c.Content = make([]*Node, len(n.Content))
			for i, child := range n.Content {
				c.Content[i] = cp(child)
			}
		}
		return c
	}
	return cp(root)
}

// kindOf is the Kind of a yaml.v3 kind (0 for a document node, which
// Parse never returns).
func kindOf(k yaml.Kind) Kind {
	switch k {
	case yaml.ScalarNode:
		return ScalarNode
	case yaml.MappingNode:
		return MappingNode
	case yaml.SequenceNode:
		return SequenceNode
	case yaml.AliasNode:
		return AliasNode
	}
	return 0
}

// cleanText reports whether s, spaces trimmed, passes the decoder's checks
// of text: no unsafe character (safetext.Find), no invisible one
// (safetext.Invisible), no emoji sequence of unstable width
// (safetext.UnstableWidth).
func cleanText(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= utf8.RuneSelf || b < 0x20 && b != '\t' && b != '\n' || b == 0x7f {
			return cleanChecked(s)
		}
	}
	return true // ASCII without a control character: nothing to trim changes that
}

// cleanChecked is cleanText for text that is not plain ASCII.
func cleanChecked(s string) bool {
	s = strings.TrimSpace(s)
	if _, _, bad := safetext.Find(s); bad {
		return false
	}
	if _, _, bad := safetext.Invisible(s); bad {
		return false
	}
	_, _, _, _, bad := safetext.UnstableWidth(s)
	return !bad
}
