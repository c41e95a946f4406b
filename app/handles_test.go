package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fgdraft/forms"
)

// modelPaths lists the path pattern of every field of the model that has a
// handle in forms, as the draft file names it, lists with empty brackets:
// "focusGroup.deliverables", "focusGroup.deliverables[].title",
// "contribution.keywords[]".
func modelPaths(t reflect.Type, prefix string, out map[string]bool) {
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		// The translations are a map keyed by the fields' paths, not a field
		// with a handle (see translationsPath).
		if !sf.IsExported() || name == "" || name == "-" || sf.Type.Kind() == reflect.Map {
			continue
		}
		path := prefix + name
		out[path] = true
		switch ft := sf.Type; {
		case ft.Kind() == reflect.Struct && ft != reflect.TypeFor[forms.Date]():
			modelPaths(ft, path+".", out)
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			modelPaths(ft.Elem(), path+"[].", out)
		case ft.Kind() == reflect.Slice:
			out[path+"[]"] = true
		}
	}
}

// itemIndex is the index of a list item in a path, as written or built.
var itemIndex = regexp.MustCompile(`\[[0-9]*\]`)

// modelPathIn reports which field of the model s names, whole or as the
// start or end of a path put together by concatenation ("supporters[",
// ".tel"); "" when it names none.
func modelPathIn(s string, paths map[string]bool) string {
	norm := itemIndex.ReplaceAllString(s, "[]")
	for p := range paths {
		switch {
		case norm == p,
			strings.HasPrefix(norm, p+"."), strings.HasPrefix(norm, p+"["),
			// the field of an item, appended to the item's path
			len(norm) > 1 && norm[0] == '.' && strings.HasSuffix(p, "[]"+norm):
			return p
		}
	}
	return ""
}

// TestAppNamesFieldsByHandles: the code of the GUI (not its tests) names no
// field of the model by a string literal; fields are named by the typed
// handles of forms (forms.FGScope, forms.GapEntryGap.At(i)), so that a
// misspelt field does not compile, and every path the GUI reports comes from
// a handle.
func TestAppNamesFieldsByHandles(t *testing.T) {
	paths := map[string]bool{}
	modelPaths(reflect.TypeFor[forms.Proposal](), "", paths)
	for _, known := range []string{forms.FGScope.Path(), forms.GapEntryGap.Pattern(), forms.Keyword.Pattern()} {
		if !paths[known] {
			t.Fatalf("the model's paths miss %q: the walk of the model is wrong", known)
		}
	}

	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatalf("%s: %v", fset.Position(lit.Pos()), err)
			}
			if p := modelPathIn(s, paths); p != "" {
				t.Errorf("%s: %q names the field %s by a string; use its handle in forms", fset.Position(lit.Pos()), s, p)
			}
			return true
		})
	}
	if checked == 0 {
		t.Fatal("no source file of the package was checked")
	}
}

// TestModelPathIn shows what counts as naming a field of the model: a whole
// path, with or without an item's index, or the start or end of one.
func TestModelPathIn(t *testing.T) {
	t.Parallel()
	paths := map[string]bool{}
	modelPaths(reflect.TypeFor[forms.Proposal](), "", paths)
	for s, names := range map[string]bool{
		"focusGroup.scope":           true,
		"gapAnalysis.entries[2].gap": true,
		"contribution.keywords[3]":   true,
		"supporters[":                true,
		"contribution.meeting.":      true,
		".tel":                       true,
		"language":                   true,
		"editor.section.group":       false,
		"focusGroup":                 true,
		"focusGroups":                false,
		".json":                      false,
		".name.":                     false,
		"FG-":                        false,
	} {
		if got := modelPathIn(s, paths); (got != "") != names {
			t.Errorf("modelPathIn(%q) = %q; names a field: %v, want %v", s, got, got != "", names)
		}
	}
}

// The steps build every string field with field(h, look), which takes the
// widget from the field's declared kind; none chooses one by hand (issue
// 23, item 2): a call of a kind's own constructor in a step fails here.
func TestStepsTakeTheWidgetFromTheKind(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("step_*.go")
	if err != nil {
		t.Fatal(err)
	}
	byHand := map[string]bool{"text": true, "prose": true, "longText": true, "country": true, "plainLine": true}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && byHand[sel.Sel.Name] {
				if id, ok := sel.X.(*ast.Ident); ok && id.Name == "g" {
					t.Errorf("%s: g.%s chooses the widget by hand; use g.field(h, look{…})", fset.Position(sel.Pos()), sel.Sel.Name)
				}
			}
			return true
		})
	}
}
