package yamldoc

import ()

// flow reads a [list] or {mapping}, which may run over several lines (JSON
// does); in a block, those lines must be indented past parent.
func (q *quick) flow(parent int) *Node {
	q.enter()
	kind, tag, closing := SequenceNode, "!!seq", byte(']')
	if q.at(0) == '{' {
		kind, tag, closing = MappingNode, "!!map", '}'
	}
	n := q.node(kind, tag)
	n.Style = FlowStyle
	q.pos++
	mark := len(q.stack)
	q.flowSpace(parent)
	for q.at(0) != closing {
		if kind == MappingNode {
			q.stack = append(q.stack, q.key(true))
			q.flowSpace(parent)
			if b := q.at(0); b == ',' || b == '}' {
				q.fail() // an empty value
			}
		}
		q.stack = append(q.stack, q.flowItem(parent))
		q.flowSpace(parent)
		switch q.at(0) {
		case ',':
			q.pos++
			q.flowSpace(parent)
			if q.at(0) == closing {
				q.fail() // a trailing comma
			}
		case closing:
		default:
			q.fail()
		}
	}
	q.pos++
	n.Content = q.children(mark)
	q.leave()
	return n
}

// flowItem reads one value inside a flow collection.
func (q *quick) flowItem(parent int) *Node {
	switch q.at(0) {
	case '[', '{':
		return q.flow(parent)
	case '"', '\'':
		return q.quoted()
	case '*':
		return q.alias()
	case '&':
		line, col := q.line+1, q.column()
		name := q.anchorName()
		delete(q.anchors, name)
		if q.at(0) != ' ' {
			q.fail()
		}
		q.spaces()
		if b := q.at(0); b == '&' || b == '*' || b == '\n' || b == '#' {
			q.fail()
		}
		n := q.flowItem(parent)
		n.Line, n.Column = line, col
		q.anchors[name] = n
		return n
	}
	n := q.plain(true)
	q.spaces()
	if q.at(0) == '\n' {
		// Only a comma or the end may follow on a later line: more text
		// would continue this scalar.
		q.flowSpace(parent)
		if b := q.at(0); b != ',' && b != ']' && b != '}' {
			q.fail()
		}
	}
	return n
}

// flowSpace skips spaces, line ends and comments inside a flow collection.
func (q *quick) flowSpace(parent int) {
	for {
		switch q.at(0) {
		case ' ':
			q.pos++
		case '#':
			if q.pos > q.lineStart && q.text[q.pos-1] != ' ' {
				q.fail()
			}
			q.pos = lineEnd(q.text, q.pos)
		case '\n':
			q.pos++
			q.line++
			q.lineStart = q.pos
			q.spaces()
			if b := q.at(0); b != '\n' && b != '#' && b != 0 {
				if q.pos-q.lineStart <= parent || q.pos == q.lineStart && (q.documentStart() || q.documentEnd()) {
					q.fail()
				}
			}
		default:
			return
		}
	}
}
