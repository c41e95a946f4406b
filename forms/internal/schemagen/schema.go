package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// model is package forms as its source declares it, with the limits of its
// sub-package draftfile.
type model struct {
	pkg      *types.Package
	limits   *types.Package          // package draftfile: FormatVersion, MaxListLen, …
	docs     map[types.Object]string // doc comment of each field and type
	intMax   map[string]int64        // intFieldMax of draftfile/draftfile.go
	uses     map[*types.TypeName]int // fields of the model typed with each named type
	defNames []string                // $defs in the order they were first used
	defs     map[string]object
}

// Generate reads package forms from dir, and the draft-file limits from its
// sub-package in dir/draftfile, and returns the schema file.
func Generate(dir string) ([]byte, error) {
	m, err := load(dir)
	if err != nil {
		return nil, err
	}
	root, err := m.schema()
	if err != nil {
		return nil, err
	}
	return indent(root)
}

func load(dir string) (*model, error) {
	fset := token.NewFileSet()
	files, err := parseDir(fset, dir)
	if err != nil {
		return nil, err
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	// Imports are not resolved: the model and its constants use none, and the
	// errors of code that does are of no concern here.
	conf := types.Config{Error: func(error) {}, Importer: noImporter{}}
	pkg, _ := conf.Check("fgdraft/forms", fset, files, info)
	if pkg == nil || pkg.Scope().Lookup("Proposal") == nil {
		return nil, fmt.Errorf("%s: no type Proposal: not the forms package", dir)
	}
	limitsDir := filepath.Join(dir, "draftfile")
	limitFiles, err := parseDir(fset, limitsDir)
	if err != nil {
		return nil, err
	}
	limitsInfo := &types.Info{Defs: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	limitsConf := types.Config{Error: func(error) {}, Importer: modelImporter{pkg}}
	limits, _ := limitsConf.Check("fgdraft/forms/draftfile", fset, limitFiles, limitsInfo)
	if limits == nil || limits.Scope().Lookup("FormatVersion") == nil {
		return nil, fmt.Errorf("%s: no constant FormatVersion: not the draftfile package", limitsDir)
	}
	m := &model{pkg: pkg, limits: limits, docs: map[types.Object]string{}, intMax: map[string]int64{},
		uses: map[*types.TypeName]int{}, defs: map[string]object{}}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.GenDecl:
				m.collectDocs(n, info)
			case *ast.StructType:
				for _, fld := range n.Fields.List {
					for _, id := range fld.Names {
						m.docs[info.Defs[id]] = commentText(fld.Doc, fld.Comment)
					}
				}
			}
			return true
		})
	}
	for _, f := range limitFiles {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok {
				m.collectIntMax(gd, limitsInfo)
			}
		}
	}
	m.countUses(m.named("Proposal"), map[*types.TypeName]bool{})
	return m, nil
}

// parseDir parses the Go files of a package, its tests left out.
func parseDir(fset *token.FileSet, dir string) ([]*ast.File, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// modelImporter gives package draftfile the model it was checked against;
// its other imports are not resolved.
type modelImporter struct{ model *types.Package }

func (i modelImporter) Import(path string) (*types.Package, error) {
	if path == i.model.Path() {
		return i.model, nil
	}
	return noImporter{}.Import(path)
}

type noImporter struct{}

func (noImporter) Import(path string) (*types.Package, error) {
	return nil, fmt.Errorf("%s not imported", path)
}

// collectDocs records the doc comments of type declarations.
func (m *model) collectDocs(d *ast.GenDecl, info *types.Info) {
	for _, spec := range d.Specs {
		if s, ok := spec.(*ast.TypeSpec); ok {
			doc := s.Doc
			if doc == nil && len(d.Specs) == 1 {
				doc = d.Doc
			}
			m.docs[info.Defs[s.Name]] = commentText(doc, s.Comment)
		}
	}
}

// collectIntMax reads the intFieldMax table of package draftfile.
func (m *model) collectIntMax(d *ast.GenDecl, info *types.Info) {
	for _, spec := range d.Specs {
		s, ok := spec.(*ast.ValueSpec)
		if !ok || len(s.Names) != 1 || s.Names[0].Name != "intFieldMax" || len(s.Values) != 1 {
			continue
		}
		lit, ok := s.Values[0].(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, kerr := strconv.Unquote(exprText(kv.Key))
			val := info.Types[kv.Value].Value
			if kerr == nil && val != nil {
				m.intMax[key], _ = constant.Int64Val(val)
			}
		}
	}
}

func exprText(e ast.Expr) string {
	if lit, ok := e.(*ast.BasicLit); ok {
		return lit.Value
	}
	return ""
}

// commentText joins a doc comment (or, without one, the line comment) into
// one paragraph.
func commentText(doc, line *ast.CommentGroup) string {
	g := doc
	if g == nil {
		g = line
	}
	if g == nil {
		return ""
	}
	return strings.Join(strings.Fields(g.Text()), " ")
}

func (m *model) named(name string) *types.TypeName {
	tn, _ := m.pkg.Scope().Lookup(name).(*types.TypeName)
	return tn
}

// constInt is a limit of the draft file, a constant of package draftfile.
func (m *model) constInt(name string) int64 {
	c, ok := m.limits.Scope().Lookup(name).(*types.Const)
	if !ok {
		panic("schemagen: package draftfile has no constant " + name)
	}
	v, _ := constant.Int64Val(c.Val())
	return v
}

// enumValues lists the string constants of a named type in the order the
// source declares them; nil when it has none.
func (m *model) enumValues(tn *types.TypeName) []string {
	var consts []*types.Const
	scope := m.pkg.Scope()
	for _, name := range scope.Names() {
		if c, ok := scope.Lookup(name).(*types.Const); ok && types.Identical(c.Type(), tn.Type()) {
			consts = append(consts, c)
		}
	}
	slices.SortFunc(consts, func(a, b *types.Const) int { return int(a.Pos() - b.Pos()) })
	var out []string
	for _, c := range consts {
		out = append(out, constant.StringVal(c.Val()))
	}
	return out
}

// jsonFields lists the fields of a struct that a draft file holds, with
// their member names.
func jsonFields(st *types.Struct) (fields []*types.Var, names []string) {
	for i := range st.NumFields() {
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		fields = append(fields, st.Field(i))
		names = append(names, name)
	}
	return fields, names
}

// countUses counts, for each named type, the model fields typed with it (or
// with a list of it): a type used more than once is defined once in $defs.
func (m *model) countUses(tn *types.TypeName, seen map[*types.TypeName]bool) {
	if seen[tn] {
		return
	}
	seen[tn] = true
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return
	}
	fields, _ := jsonFields(st)
	for _, f := range fields {
		t := f.Type()
		if s, ok := t.(*types.Slice); ok {
			t = s.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			m.uses[n.Obj()]++
			m.countUses(n.Obj(), seen)
		}
	}
}

// sentence makes a doc comment a description: without the leading name it
// documents ("Title is the title" → "The title"), capitalised, with a full stop.
func sentence(doc, name string) string {
	if rest, ok := strings.CutPrefix(doc, name+" "); ok {
		verb, after, _ := strings.Cut(rest, " ")
		switch {
		case verb == "is" || verb == "are":
			doc = after
		case isVerb(verb):
			doc = rest
		}
	}
	if doc == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(doc)
	doc = string(unicode.ToUpper(r)) + doc[n:]
	if !strings.HasSuffix(doc, ".") {
		doc += "."
	}
	return doc
}

// isVerb tells "ID identifies …" (the comment names its field, then says what
// it does) from "Title of the contribution" (the name is the first word of
// the description): a verb of the third person, lower case, ending in s.
func isVerb(word string) bool {
	return len(word) > 2 && strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss") &&
		strings.ToLower(word) == word
}

func (m *model) typeDescription(tn *types.TypeName) string {
	return sentence(m.docs[tn], tn.Name())
}

// fieldDescription is the field's doc comment or, without one, the doc
// comment of its type. A field with neither is an error: the schema
// documents every member.
func (m *model) fieldDescription(f *types.Var, path string) (string, error) {
	if d := sentence(m.docs[f], f.Name()); d != "" {
		return d, nil
	}
	t := f.Type()
	if s, ok := t.(*types.Slice); ok {
		t = s.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		if d := m.typeDescription(n.Obj()); d != "" {
			return d, nil
		}
	}
	return "", fmt.Errorf("model field %s (%s) has no doc comment to describe it", path, f.Name())
}
