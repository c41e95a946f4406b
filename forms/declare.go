package forms

import (
	"fmt"
	"reflect"
	"strings"
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
	walkStrings(reflect.ValueOf(p).Elem(), "", func(path string, d FieldDecl, ptr *string) {
		if !d.Translated && d.Kind != KindID {
			out = append(out, TextField{Path: path, Step: StepOf(path), ptr: ptr})
		}
	})
	return out
}

// walkStrings calls fn for every declared string of v with its concrete path.
func walkStrings(v reflect.Value, prefix string, fn func(path string, d FieldDecl, ptr *string)) {
	t := v.Type()
	for i := range t.NumField() {
		sf := t.Field(i)
		path, ok := memberPath(sf, prefix)
		if !ok {
			continue
		}
		fv := v.Field(i)
		visit := func(path string, ev reflect.Value) {
			switch {
			case ev.Type() == stringType:
				d, _ := parseDecl(path, sf.Tag.Get("fg"))
				fn(path, d, ev.Addr().Interface().(*string))
			case ev.Kind() == reflect.Struct && ev.Type() != reflect.TypeFor[Date]():
				walkStrings(ev, path, fn)
			}
		}
		if fv.Kind() == reflect.Slice {
			for j := range fv.Len() {
				visit(fmt.Sprintf("%s[%d]", path, j), fv.Index(j))
			}
			continue
		}
		visit(path, fv)
	}
}
