// Command handlegen writes the typed field handles of package forms
// (handles_gen.go) from the model's source: every field of Proposal, reached
// through its json names, gets a handle whose path is the draft file's path
// and whose accessor is the Go selector. Only the names need a hint: the
// `handle` struct tag.
//
// Naming, from the outside in. A field's handle is its owner's prefix
// followed by its Go name: FocusGroup's prefix is "FG", so FocusGroup.Scope
// is FGScope. A struct field passes on the prefix its own name gives it
// (Contribution.Meeting → "ContribMeeting"), or the one its `handle` tag
// names (`handle:"FG"`, `handle:""` for none). A list of structs has its own
// handle (FGDeliverables) and its items' fields take the prefix its tag
// names (`handle:"Deliverable"` → DeliverableTitle); a list of plain values
// gets its items' handle from its tag (`handle:"Keyword"`). On any other
// field the tag is the handle's whole name, for a name that would clash.
//
// It reads the source rather than the compiled package, so that a model
// change never has to compile against stale handles first.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
)

// handle is one generated handle.
type handle struct {
	name string
	// path of a single field, or of the list for an item field.
	path string
	// item is set for a handle on one field of every item of a list: the
	// field's path inside the item ("" for a list of plain values).
	item     bool
	itemPath string
	typ      string // Go type of the value
	kind     string // a string field's kind, as its fg tag declares it: "prose"
	selector string // "p.Contribution.Title", "p.Supporters[i].Entity"
}

// section is the handles under one member of Proposal.
type section struct {
	member  string // json name: "contribution"
	handles []handle
}

// Generate returns the source of handles_gen.go and of handles_gen_test.go
// (the list of every handle, for the test that checks each against the
// model) for the package forms in dir.
func Generate(dir string) (handles, probes []byte, err error) {
	structs, err := readStructs(dir)
	if err != nil {
		return nil, nil, err
	}
	root, ok := structs["Proposal"]
	if !ok {
		return nil, nil, fmt.Errorf("%s: no type Proposal", dir)
	}
	var sections []section
	for _, f := range root.Fields.List {
		s := section{}
		w := walker{structs: structs, out: &s.handles}
		for _, name := range f.Names {
			m, err := w.member(f, name.Name, "", "", "p", false)
			if err != nil {
				return nil, nil, err
			}
			if m == "" {
				continue
			}
			s.member = m
			// The plain fields of the draft itself share one block.
			if leaf := len(s.handles) == 1 && s.handles[0].path == m && !strings.HasPrefix(s.handles[0].typ, "[]"); leaf {
				s.member = "the draft itself"
				if n := len(sections); n > 0 && sections[n-1].member == s.member {
					sections[n-1].handles = append(sections[n-1].handles, s.handles...)
					continue
				}
			}
			if len(s.handles) > 0 {
				sections = append(sections, s)
			}
		}
	}
	if handles, err = writeHandles(sections); err != nil {
		return nil, nil, err
	}
	probes, err = writeProbes(sections)
	return handles, probes, err
}

// readStructs parses the package's non-test files for its struct types.
func readStructs(dir string) (map[string]*ast.StructType, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	structs := map[string]*ast.StructType{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				if st, ok := ts.Type.(*ast.StructType); ok && ts.TypeParams == nil {
					structs[ts.Name.Name] = st
				}
			}
		}
	}
	return structs, nil
}

type walker struct {
	structs map[string]*ast.StructType
	out     *[]handle
}

// leafStructs are struct types the model holds as one value.
var leafStructs = map[string]bool{"Date": true}

// member generates the handles of one field named goName of the struct
// being walked: prefix is the owner's prefix, path its path ("" at the
// root), sel the selector of its owner. Inside a list item, path is the
// path inside the item and sel is rooted at the item. It returns the
// field's json name, "" for a field the draft file does not hold.
func (w walker) member(f *ast.Field, goName, prefix, path, sel string, inItem bool) (string, error) {
	var tag reflect.StructTag
	if f.Tag != nil {
		raw, err := strconv.Unquote(f.Tag.Value)
		if err != nil {
			return "", err
		}
		tag = reflect.StructTag(raw)
	}
	jsonName, _, _ := strings.Cut(tag.Get("json"), ",")
	if jsonName == "" || jsonName == "-" || !ast.IsExported(goName) {
		return "", nil
	}
	if path != "" {
		jsonName = path + "." + jsonName
	}
	sel += "." + goName
	hint, hinted := tag.Lookup("handle")
	own := prefix + goName
	typ := f.Type

	if arr, ok := typ.(*ast.ArrayType); ok {
		if inItem {
			return "", fmt.Errorf("%s: a list inside a list item has no handles; flatten the model or extend handlegen", jsonName)
		}
		elem := exprString(arr.Elt)
		*w.out = append(*w.out, handle{name: own, path: jsonName, typ: "[]" + elem, selector: sel})
		if !hinted || hint == "" {
			return "", fmt.Errorf("%s: a list needs a handle tag naming its items' handles", jsonName)
		}
		if st, ok := w.structs[elem]; ok && !leafStructs[elem] {
			return jsonName, w.item(st, hint, jsonName, sel+"[i]")
		}
		kind, _, _ := strings.Cut(tag.Get("fg"), ",")
		*w.out = append(*w.out, handle{name: hint, path: jsonName, item: true, typ: elem, kind: kind, selector: sel + "[i]"})
		return jsonName, nil
	}
	if _, ok := typ.(*ast.MapType); ok {
		return "", nil // the translations, keyed by path
	}
	name := exprString(typ)
	if st, ok := w.structs[name]; ok && !leafStructs[name] {
		if hinted {
			own = hint
		}
		for _, sf := range st.Fields.List {
			for _, n := range sf.Names {
				if _, err := w.member(sf, n.Name, own, jsonName, sel, inItem); err != nil {
					return "", err
				}
			}
		}
		return jsonName, nil
	}
	if hinted {
		own = hint
	}
	kind, _, _ := strings.Cut(tag.Get("fg"), ",")
	*w.out = append(*w.out, handle{name: own, path: jsonName, item: inItem, typ: name, kind: kind, selector: sel})
	return jsonName, nil
}

// item generates the handles of the fields of a list's items.
func (w walker) item(st *ast.StructType, prefix, list, sel string) error {
	n := len(*w.out)
	for _, sf := range st.Fields.List {
		for _, name := range sf.Names {
			if _, err := w.member(sf, name.Name, prefix, "", sel, true); err != nil {
				return err
			}
		}
	}
	for i := n; i < len(*w.out); i++ {
		h := &(*w.out)[i]
		h.itemPath, h.path = h.path, list
	}
	return nil
}

func exprString(e ast.Expr) string {
	var b bytes.Buffer
	if err := format.Node(&b, token.NewFileSet(), e); err != nil {
		return fmt.Sprintf("%T", e)
	}
	return b.String()
}

const header = "// Code generated by forms/internal/handlegen from the model (proposal.go); DO NOT EDIT.\n// Change the model and run `go generate ./...`.\n\npackage forms\n"

func writeHandles(sections []section) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(header)
	for _, s := range sections {
		fmt.Fprintf(&b, "\n// Handles on %s.\nvar (\n", s.member)
		for _, h := range s.handles {
			kind := "\"\""
			if h.kind != "" {
				kind = kindConst(h.kind)
			}
			if h.item {
				fmt.Fprintf(&b, "\t%s = itemField(%q, %q, %s, func(p *Proposal, i int) *%s { return &%s })\n", h.name, h.path, h.itemPath, kind, h.typ, h.selector)
				continue
			}
			fmt.Fprintf(&b, "\t%s = field(%q, %s, func(p *Proposal) *%s { return &%s })\n", h.name, h.path, kind, h.typ, h.selector)
		}
		b.WriteString(")\n")
	}
	return format.Source(b.Bytes())
}

// kindConst is the name of a field kind's constant in package forms:
// "prose" → KindProse, "id" → KindID. A kind forms does not declare makes
// the generated code fail to compile, naming it.
func kindConst(kind string) string {
	if kind == "id" {
		return "KindID"
	}
	return "Kind" + strings.ToUpper(kind[:1]) + kind[1:]
}

func writeProbes(sections []section) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("\n// allHandles names every generated handle, for TestHandlesMatchTheModel.\nvar allHandles = map[string]probe{\n")
	for _, s := range sections {
		for _, h := range s.handles {
			kind := "single"
			if h.item {
				kind = "items"
			}
			fmt.Fprintf(&b, "\t%q: %s(%s),\n", h.name, kind, h.name)
		}
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// Write generates both files into dir.
func Write(dir string) error {
	handles, probes, err := Generate(dir)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "handles_gen.go"), handles, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "handles_gen_test.go"), probes, 0o644)
}
