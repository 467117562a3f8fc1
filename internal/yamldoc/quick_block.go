package yamldoc

import ()

// Block structure: each function starts at a node's first character and
// returns at the content of the first line after the node (nextLine), or
// gives up. parent is the indentation of the collection that owns the
// node: a line indented more than parent after a finished value would
// continue or break it, so the quick reader gives up there.

// block reads the node that begins the current line.
func (q *quick) block(parent int) *Node {
	switch {
	case q.dash():
		return q.seq(q.ind)
	case q.keyAhead():
		return q.mapping(q.ind)
	}
	return q.inline(parent, false)
}

// dash reports a "- " list entry at pos.
func (q *quick) dash() bool { return q.at(0) == '-' && q.blankAt(1) }

// seq reads a block list whose dashes are at indentation ind.
func (q *quick) seq(ind int) *Node {
	q.enter()
	n := q.node(SequenceNode, "!!seq")
	mark := len(q.stack)
	for q.ind == ind && q.dash() {
		q.pos++
		item := q.value(ind, true)
		q.stack = append(q.stack, item)
	}
	if q.ind > ind {
		q.fail()
	}
	n.Content = q.children(mark)
	q.leave()
	return n
}

// mapping reads a block mapping whose keys are at indentation ind.
func (q *quick) mapping(ind int) *Node {
	q.enter()
	n := q.node(MappingNode, "!!map")
	mark := len(q.stack)
	for {
		k := q.key(false)
		v := q.value(ind, false)
		q.stack = append(q.stack, k, v)
		if q.ind != ind || q.dash() {
			break
		}
		if !q.keyAhead() {
			q.fail()
		}
	}
	if q.ind > ind {
		q.fail()
	}
	n.Content = q.children(mark)
	q.leave()
	return n
}

// key reads a mapping key and its ':', which must be followed by a space or
// a line end; in a flow mapping (flow) the plain key ends at flow
// indicators too.
func (q *quick) key(flow bool) *Node {
	var k *Node
	if b := q.at(0); b == '"' || b == '\'' {
		k = q.quoted()
	} else {
		k = q.plain(flow)
	}
	if len(k.Value) > 1000 {
		q.fail() // yaml.v3 refuses keys over 1,024 characters
	}
	q.spaces()
	if q.at(0) != ':' || !q.blankAt(1) {
		q.fail()
	}
	q.pos++
	return k
}

// value reads the node after a key's ':' or a list entry's '-'.
func (q *quick) value(parent int, seqItem bool) *Node {
	q.spaces()
	if q.at(0) == '&' {
		return q.anchored(parent, seqItem)
	}
	if q.atLineEnd() {
		q.endLine()
		return q.below(parent, seqItem)
	}
	return q.inline(parent, seqItem)
}

// below reads a value that starts on a later line than its key or dash: more
// indented, or a list at the key's own indentation.
func (q *quick) below(parent int, seqItem bool) *Node {
	switch {
	case q.ind > parent:
		return q.block(parent)
	case q.ind == parent && !seqItem && q.dash():
		return q.seq(q.ind)
	}
	q.fail() // an empty value: yaml.v3 says where it is
	return nil
}

// anchored reads "&name" and the node it names, which is placed at the '&'
// as yaml.v3 places it. The name is forgotten while its node is read, so an
// alias to it from inside (which yaml.v3 resolves to the node itself) gives
// up instead of finding an earlier node of the same name.
func (q *quick) anchored(parent int, seqItem bool) *Node {
	line, col := q.line+1, q.column()
	name := q.anchorName()
	delete(q.anchors, name)
	q.spaces()
	var n *Node
	switch b := q.at(0); {
	case q.atLineEnd():
		q.endLine()
		n = q.below(parent, seqItem)
	case b == '&' || b == '*', seqItem && q.keyAhead():
		q.fail() // "- &a key: v" anchors the key, not the mapping
	default:
		n = q.inline(parent, seqItem)
	}
	n.Line, n.Column = line, col
	q.anchors[name] = n
	return n
}

// inline reads a value that starts on its key's or dash's line. After a
// dash, "key: value" starts a mapping indented to the key.
func (q *quick) inline(parent int, seqItem bool) *Node {
	b := q.at(0)
	if seqItem && q.keyAhead() {
		return q.mapping(q.pos - q.lineStart) // the dash and spaces before it are one byte a column
	}
	var n *Node
	switch b {
	case '*':
		n = q.alias()
	case '[', '{':
		n = q.flow(parent)
	case '"', '\'':
		n = q.quoted()
	case '|', '>':
		return q.blockScalar(parent)
	default:
		n = q.plain(false)
	}
	q.endLine()
	if q.ind > parent {
		q.fail()
	}
	return n
}

// keyAhead reports whether the current line, from pos, is "key: ..." (or
// ends in "key:"), the key plain or quoted on one line.
func (q *quick) keyAhead() bool {
	t, i := q.text, q.pos
	if i >= len(t) {
		return false
	}
	switch {
	case t[i] == '"' || t[i] == '\'':
		end := quotedEnd(t, i)
		if end < 0 {
			return false
		}
		i = end
		for i < len(t) && t[i] == ' ' {
			i++
		}
		return i < len(t) && t[i] == ':' && blankByte(t, i+1)
	case !plainStart(t, i):
		return false
	}
	for ; i < len(t); i++ {
		switch t[i] {
		case '\n':
			return false
		case ':':
			if blankByte(t, i+1) {
				return true
			}
		case ' ':
			if i+1 < len(t) && t[i+1] == '#' {
				return false
			}
		}
	}
	return false
}

// blankByte reports whether t[i] is a space or line end, or i is past the end.
func blankByte(t string, i int) bool {
	return i >= len(t) || t[i] == ' ' || t[i] == '\n'
}

// quotedEnd returns the offset just past the quoted scalar starting at
// t[i], or -1 when it does not end on its line.
func quotedEnd(t string, i int) int {
	quote := t[i]
	for j := i + 1; j < len(t); j++ {
		switch c := t[j]; {
		case c == '\n':
			return -1
		case quote == '"' && c == '\\':
			j++
		case c == quote && quote == '\'' && j+1 < len(t) && t[j+1] == '\'':
			j++
		case c == quote:
			return j + 1
		}
	}
	return -1
}

// anchorName reads "&name" or "*name": letters, digits, '-' and '_',
// followed by a space, a line end or a flow indicator.
func (q *quick) anchorName() string {
	q.pos++
	start := q.pos
	for {
		b := q.at(0)
		if b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == '-' {
			q.pos++
			continue
		}
		break
	}
	if q.pos == start || !q.blankAt(0) && q.at(0) != ',' && q.at(0) != ']' && q.at(0) != '}' {
		q.fail()
	}
	return q.text[start:q.pos]
}

// alias reads "*name", which must name an anchor already read.
func (q *quick) alias() *Node {
	n := q.node(AliasNode, "")
	name := q.anchorName()
	target := q.anchors[name]
	if target == nil {
		q.fail()
	}
	n.Value, n.Alias = name, target
	return n
}
