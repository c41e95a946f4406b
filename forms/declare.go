package forms

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// FieldKind is what a string field of the model holds, as its `fg` struct
// tag declares next to the field: `fg:"prose,translated"`.
type FieldKind string

// Field kinds.
const (
	KindProse   FieldKind = "prose"   // paragraphs of free text
	KindLine    FieldKind = "line"    // one line of free text: a title, a name of a body
	KindName    FieldKind = "name"    // a person's name, printed as written
	KindCode    FieldKind = "code"    // an identifier: acronym, Question, study period, group
	KindCountry FieldKind = "country" // an ISO 3166-1 code, printed as the country's name
	KindPhone   FieldKind = "phone"
	KindEmail   FieldKind = "email"
	KindID      FieldKind = "id" // the draft's identity, never printed
)

// FieldDecl is the declaration of one string field of the model.
type FieldDecl struct {
	// Pattern is the field path with empty brackets for list items:
	// "contribution.contacts[].organization", "contribution.keywords[]".
	Pattern    string
	Kind       FieldKind
	Translated bool // the proposer's free text, translated for each document language
}

// Multiline reports whether the field holds paragraphs (its entry wraps and
// takes line breaks); every other kind is one line.
func (d FieldDecl) Multiline() bool { return d.Kind == KindProse }

// Declarations lists every string field of the proposal model, in the
// order of the model, as the `fg` tags declare them. It fails when a field
// has no tag or a tag it does not know: a field nobody declared would drop
// silently out of translation, XLIFF and the checks of printed text.
func Declarations() ([]FieldDecl, error) {
	var out []FieldDecl
	err := declare(reflect.TypeFor[Proposal](), "", &out)
	return out, err
}

var stringType = reflect.TypeFor[string]()

// memberPath is the field path of a struct field of the model inside
// prefix, from its JSON member name; ok is false for a field the draft file
// does not hold.
func memberPath(sf reflect.StructField, prefix string) (path string, ok bool) {
	name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
	if name == "" || name == "-" {
		return "", false
	}
	if prefix == "" {
		return name, true
	}
	return prefix + "." + name, true
}

func declare(t reflect.Type, prefix string, out *[]FieldDecl) error {
	for i := range t.NumField() {
		sf := t.Field(i)
		path, ok := memberPath(sf, prefix)
		if !ok {
			continue
		}
		ft := sf.Type
		list := ft.Kind() == reflect.Slice
		if list {
			ft = ft.Elem()
			path += "[]"
		}
		switch {
		case ft == stringType:
			d, err := parseDecl(path, sf.Tag.Get("fg"))
			if err != nil {
				return err
			}
			*out = append(*out, d)
		case ft.Kind() == reflect.Struct && ft != reflect.TypeFor[Date]():
			if err := declare(ft, path, out); err != nil {
				return err
			}
		}
	}
	return nil
}

func parseDecl(path, tag string) (FieldDecl, error) {
	kind, flag, _ := strings.Cut(tag, ",")
	d := FieldDecl{Pattern: path, Kind: FieldKind(kind)}
	switch d.Kind {
	case KindProse, KindLine, KindName, KindCode, KindCountry, KindPhone, KindEmail, KindID:
	case "":
		return d, fmt.Errorf("model field %s has no fg tag: declare its kind and whether it is translated", path)
	default:
		return d, fmt.Errorf("model field %s: unknown kind %q in its fg tag", path, kind)
	}
	switch flag {
	case "":
	case "translated":
		d.Translated = true
	default:
		return d, fmt.Errorf("model field %s: unknown flag %q in its fg tag", path, flag)
	}
	return d, nil
}

// PrintedVerbatim lists the fields of p that are printed as typed, in no
// language of their own (names, codes, phone numbers, addresses), with
// their paths: with TextFields, every string of the draft a document shows.
func (p *Proposal) PrintedVerbatim() []TextField {
	var out []TextField
	walkStrings(p, func(path string, d FieldDecl, ptr *string) {
		if !d.Translated && d.Kind != KindID {
			out = append(out, TextField{Path: path, Step: StepOf(path), ptr: ptr})
		}
	})
	return out
}

// stringsPlan is where the declared strings of a struct type of the model
// are, read once from its tags: walking a draft is then a matter of indices,
// which matters because every check of the draft walks it several times.
type stringsPlan []memberPlan

// memberPlan is one struct field holding declared strings, directly, in a
// nested struct or in the items of a list.
type memberPlan struct {
	index int
	name  string // json name
	list  bool
	decl  FieldDecl   // of a string field
	sub   stringsPlan // of a struct field; nil for a string
}

// proposalStrings is the plan of Proposal, computed on first use and never
// changed after.
var proposalStrings = sync.OnceValue(func() stringsPlan { return planStrings(reflect.TypeFor[Proposal]()) })

func planStrings(t reflect.Type) stringsPlan {
	var plan stringsPlan
	for i := range t.NumField() {
		sf := t.Field(i)
		name, ok := memberPath(sf, "")
		if !ok {
			continue
		}
		m := memberPlan{index: i, name: name}
		ft := sf.Type
		if ft.Kind() == reflect.Slice {
			m.list, ft = true, ft.Elem()
		}
		switch {
		case ft == stringType:
			m.decl, _ = parseDecl(name, sf.Tag.Get("fg")) // Declarations reports bad tags
		case ft.Kind() == reflect.Struct && ft != reflect.TypeFor[Date]():
			if m.sub = planStrings(ft); len(m.sub) == 0 {
				continue
			}
		default:
			continue
		}
		plan = append(plan, m)
	}
	return plan
}

// walkStrings calls fn for every declared string of p, in model order, with
// its concrete path and its declaration.
func walkStrings(p *Proposal, fn func(path string, d FieldDecl, ptr *string)) {
	proposalStrings().walk(reflect.ValueOf(p).Elem(), "", fn)
}

func (plan stringsPlan) walk(v reflect.Value, prefix string, fn func(path string, d FieldDecl, ptr *string)) {
	for _, m := range plan {
		path := m.name
		if prefix != "" {
			path = prefix + "." + m.name
		}
		fv := v.Field(m.index)
		if !m.list {
			m.visit(fv, path, fn)
			continue
		}
		for j := range fv.Len() {
			m.visit(fv.Index(j), path+"["+strconv.Itoa(j)+"]", fn)
		}
	}
}

func (m memberPlan) visit(v reflect.Value, path string, fn func(path string, d FieldDecl, ptr *string)) {
	if m.sub != nil {
		m.sub.walk(v, path, fn)
		return
	}
	d := m.decl
	d.Pattern = path // the concrete path; callers use only kind and translation
	fn(path, d, v.Addr().Interface().(*string))
}

// EachString calls fn for every declared string field of p, in model order,
// with its concrete path ("supporters[2].entity"), its declaration and its
// text: the walk over the declared fields that checks of every field use
// instead of listing fields by hand.
func (p *Proposal) EachString(fn func(path string, d FieldDecl, text string)) {
	walkStrings(p, func(path string, d FieldDecl, ptr *string) { fn(path, d, *ptr) })
}

// declaredKinds maps each declared field's label key
// ("focusGroup.deliverables.title") to its kind, read once from the tags.
var declaredKinds = sync.OnceValue(func() map[string]FieldKind {
	decls, _ := Declarations() // a bad tag fails Declarations' own test
	out := make(map[string]FieldKind, len(decls))
	for _, d := range decls {
		out[LabelKey(d.Pattern)] = d.Kind
	}
	return out
})

// KindOf is the declared kind of the string field at path (concrete, as
// "focusGroup.deliverables[1].title", or a pattern); ok is false for a path
// that names no declared string field.
func KindOf(path string) (k FieldKind, ok bool) {
	k, ok = declaredKinds()[LabelKey(path)]
	return k, ok
}
