package careers

import (
	"bytes"
	"fmt"

	"go.yaml.in/yaml/v3"
)

// YAML returns the catalog as YAML: the text as written when it is YAML
// (comments kept), or the same content converted when it was written as JSON.
func (c *Catalog) YAML() ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(c.Text, &doc); err != nil {
		return nil, fmt.Errorf("re-reading the catalog: %w", err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Style&yaml.FlowStyle == 0 {
		return c.Text, nil
	}
	blockStyle(doc.Content[0])
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc.Content[0]); err != nil {
		return nil, fmt.Errorf("writing the catalog as YAML: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("writing the catalog as YAML: %w", err)
	}
	return b.Bytes(), nil
}

// blockStyle turns JSON's flow style into YAML's block style, and JSON's
// double-quoted strings into plain ones where YAML allows it.
func blockStyle(n *yaml.Node) {
	n.Style &^= yaml.FlowStyle | yaml.DoubleQuotedStyle
	for _, c := range n.Content {
		blockStyle(c)
	}
}
