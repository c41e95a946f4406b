package forms

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
)

// FieldDiff is one field whose value differs between two drafts: its path
// ("focusGroup.deliverables[1].title"), for a translation its language,
// and its value in each, written as text (empty where the field is absent,
// as a list item one draft has and the other has not).
type FieldDiff struct {
	Path string
	Lang Lang // empty: the draft's own text
	Old  string
	New  string
}

// Diff lists the fields whose values differ from old to new, in the order
// of the model (old's order, then what only new has), translations after
// the fields, language by language. Every value the draft file holds takes
// part: text, dates, choices, numbers; two equal drafts have no difference.
func Diff(old, new *Proposal) []FieldDiff {
	a, b := flatten(old), flatten(new)
	inB := make(map[string]string, len(b))
	for _, v := range b {
		inB[v.key()] = v.value
	}
	var out []FieldDiff
	seen := map[string]bool{}
	for _, v := range a {
		k := v.key()
		seen[k] = true
		if nv := inB[k]; nv != v.value {
			out = append(out, FieldDiff{Path: v.path, Lang: v.lang, Old: v.value, New: nv})
		}
	}
	for _, v := range b {
		if !seen[v.key()] && v.value != "" {
			out = append(out, FieldDiff{Path: v.path, Lang: v.lang, New: v.value})
		}
	}
	return out
}

// flatValue is one leaf of a draft: a path, a translation's language, and
// its value as text.
type flatValue struct {
	path  string
	lang  Lang
	value string
}

func (v flatValue) key() string { return string(v.lang) + "/" + v.path }

// flatten lists every leaf value of p in model order, then its
// translations in language order and field order.
func flatten(p *Proposal) []flatValue {
	var out []flatValue
	flattenValue(reflect.ValueOf(p).Elem(), "", &out)
	for _, lang := range Languages() {
		tr := p.Translations[lang]
		for _, path := range slices.Sorted(maps.Keys(tr)) {
			out = append(out, flatValue{path: path, lang: lang, value: tr[path].Text})
		}
	}
	return out
}

var dateType = reflect.TypeFor[Date]()

func flattenValue(v reflect.Value, path string, out *[]flatValue) {
	switch {
	case v.Type() == dateType:
		*out = append(*out, flatValue{path: path, value: v.Interface().(Date).String()})
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			sf := v.Type().Field(i)
			if !sf.IsExported() {
				continue
			}
			name, ok := memberPath(sf, path)
			if !ok || sf.Type.Kind() == reflect.Map { // the translations: after the fields
				continue
			}
			flattenValue(v.Field(i), name, out)
		}
	case v.Kind() == reflect.Slice:
		for i := range v.Len() {
			flattenValue(v.Index(i), path+"["+strconv.Itoa(i)+"]", out)
		}
	case v.Kind() == reflect.Pointer:
		if !v.IsNil() {
			flattenValue(v.Elem(), path, out)
		}
	default:
		*out = append(*out, flatValue{path: path, value: fmt.Sprint(v.Interface())})
	}
}
