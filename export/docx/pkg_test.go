package docx

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strings"
	"testing"
)

// node is an element of a parsed XML part, with local names.
type node struct {
	name  string
	space string
	attr  map[string]string // by local name
	kids  []*node
	text  string // character data directly inside
}

// parseXML parses an XML part into a tree; it fails on XML that is not well-formed.
func parseXML(data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	root := &node{}
	stack := []*node{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: t.Name.Local, space: t.Name.Space, attr: map[string]string{}}
			for _, a := range t.Attr {
				n.attr[a.Name.Local] = a.Value
			}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.text += string(t)
		}
	}
	if len(root.kids) != 1 {
		return nil, errors.New("not one root element")
	}
	return root.kids[0], nil
}

// all returns the descendants of n named name, in document order.
func (n *node) all(name string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, k)
		}
		out = append(out, k.all(name)...)
	}
	return out
}

// child returns the first child of n named name, or nil.
func (n *node) child(name string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// paraText is the text of a paragraph or run as Word reads it: w:t, tabs and breaks.
func (n *node) paraText() string {
	var b strings.Builder
	var walk func(*node)
	walk = func(n *node) {
		switch n.name {
		case "t", "instrText":
			if n.name == "t" {
				b.WriteString(n.text)
			}
		case "tab":
			b.WriteString("\t")
		case "br":
			b.WriteString("\n")
		case "txbxContent", "drawing":
			return
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

// pkg is a DOCX package read back: its parts by name.
type pkg map[string][]byte

func openPackage(t *testing.T, data []byte) pkg {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	p := pkg{}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if _, dup := p[f.Name]; dup {
			t.Errorf("part %s twice", f.Name)
		}
		p[f.Name] = b
	}
	return p
}

func (p pkg) xml(t *testing.T, name string) *node {
	t.Helper()
	n, err := parseXML(p[name])
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return n
}

// checkPackage checks the package rules Word enforces: every XML part
// well-formed, every internal relationship target present, every part
// with a content type.
func checkPackage(t *testing.T, p pkg) {
	t.Helper()
	for name, data := range p {
		switch {
		case strings.HasSuffix(name, ".json"):
			if !json.Valid(data) {
				t.Errorf("%s: not valid JSON", name)
			}
		default:
			if _, err := parseXML(data); err != nil {
				t.Errorf("%s: not well-formed XML: %v", name, err)
			}
		}
	}
	// relationships
	for name := range p {
		if !strings.HasSuffix(name, ".rels") {
			continue
		}
		dir, file := path.Split(name)
		source := path.Join(path.Dir(strings.TrimSuffix(dir, "/")), strings.TrimSuffix(file, ".rels"))
		base := path.Dir(source)
		ids := map[string]bool{}
		for _, r := range p.xml(t, name).all("Relationship") {
			if ids[r.attr["Id"]] {
				t.Errorf("%s: relationship id %s twice", name, r.attr["Id"])
			}
			ids[r.attr["Id"]] = true
			if r.attr["TargetMode"] == "External" {
				continue
			}
			target := r.attr["Target"]
			if strings.HasPrefix(target, "/") {
				target = target[1:]
			} else {
				target = path.Join(base, target)
			}
			if _, ok := p[target]; !ok {
				t.Errorf("%s: relationship %s points to missing part %s", name, r.attr["Id"], target)
			}
		}
		// every r:id of the source part is a relationship of this part
		if src, ok := p[source]; ok {
			n, err := parseXML(src)
			if err == nil {
				var check func(*node)
				check = func(n *node) {
					for k, v := range n.attr {
						if k == "id" && strings.HasPrefix(v, "rId") && !ids[v] {
							t.Errorf("%s: r:id %s is not a relationship", source, v)
						}
					}
					for _, c := range n.kids {
						check(c)
					}
				}
				check(n)
			}
		}
	}
	// content types
	ct := p.xml(t, "[Content_Types].xml")
	defaults, overrides := map[string]bool{}, map[string]bool{}
	for _, d := range ct.all("Default") {
		defaults[strings.ToLower(d.attr["Extension"])] = true
	}
	for _, o := range ct.all("Override") {
		if _, ok := p[strings.TrimPrefix(o.attr["PartName"], "/")]; !ok {
			t.Errorf("[Content_Types].xml: override for missing part %s", o.attr["PartName"])
		}
		overrides[o.attr["PartName"]] = true
	}
	for name := range p {
		if name == "[Content_Types].xml" {
			continue
		}
		ext := strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))
		if !overrides["/"+name] && !defaults[ext] {
			t.Errorf("[Content_Types].xml: no content type for %s", name)
		}
	}
	if _, ok := p["word/document.xml"]; !ok {
		t.Error("no word/document.xml")
	}
}
