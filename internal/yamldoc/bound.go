package yamldoc

// Aliases may make a document read as this many times its own nodes, plus
// aliasSlack: generous for sharing a few lists, far short of a bomb.
const (
	aliasFactor = 4
	aliasSlack  = 10_000
)

// countNodes counts the nodes of a tree as written, not following aliases.
func countNodes(n *Node) int {
	if n == nil {
		return 0
	}
	total := 1
	for _, c := range n.Content {
		total += countNodes(c)
	}
	return total
}

// expandsPast walks the tree in the order written, counting each node once
// and each alias as everything it stands for, and returns the alias at which
// the count passes limit; nil when it never does. Each anchored node's size
// is worked out once, and an alias inside its own anchor counts as past the
// limit.
func expandsPast(root *Node, limit int) *Node {
	sizes := map[*Node]int{} // -1 while being measured
	var size func(n *Node) int
	size = func(n *Node) int {
		if n.Kind == AliasNode {
			t := n.Alias
			if t == nil {
				return 1
			}
			s, seen := sizes[t]
			if !seen {
				sizes[t] = -1
				s = size(t)
				sizes[t] = s
			}
			if s < 0 {
				return limit + 1
			}
			return s
		}
		total := 1
		for _, c := range n.Content {
			if total += size(c); total > limit {
				return limit + 1 // enough: the exact size does not matter
			}
		}
		return total
	}
	total := 0
	var walk func(n *Node) *Node
	walk = func(n *Node) *Node {
		if n.Kind == AliasNode {
			if total += size(n); total > limit {
				return n
			}
			return nil
		}
		if total++; total > limit {
			return n
		}
		for _, c := range n.Content {
			if at := walk(c); at != nil {
				return at
			}
		}
		return nil
	}
	if root == nil {
		return nil
	}
	return walk(root)
}
