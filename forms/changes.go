package forms

import (
	"reflect"
	"slices"
	"strconv"
)

// Change is one difference between two versions of a draft, as an undo
// history names what a step changed and the window finds the field to show.
type Change struct {
	// Path is the field path of the value that differs ("focusGroup.scope",
	// "supporters[2].country"), or of the list that gained or lost items
	// ("supporters"). For a translation it is the path of the field
	// translated.
	Path string
	// Lang is the language of a translation that differs; empty for the
	// draft's own values.
	Lang Lang
	// Items is how many items the list at Path gained (negative: lost);
	// zero for any other change. The items of a list whose length changed
	// are not compared one by one: their positions moved.
	Items int
}

// Changes lists how b differs from a, in the order of the model, the
// translations last (by language, then by field path): what an edit did,
// for the undo history. Unlike Diff, which compares values for a reader,
// it names a list that gained or lost items (a blank row added is a
// change), and compares the items of such a list no further.
func Changes(a, b *Proposal) []Change {
	var out []Change
	changedValue(reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem(), "", &out)
	return out
}

var translationsType = reflect.TypeFor[map[Lang]map[string]Translation]()

func changedValue(a, b reflect.Value, path string, out *[]Change) {
	switch {
	case a.Type() == translationsType:
		changedTranslations(a.Interface().(map[Lang]map[string]Translation), b.Interface().(map[Lang]map[string]Translation), out)
	case a.Kind() == reflect.Struct && a.Type() != dateType:
		t := a.Type()
		for i := range t.NumField() {
			p, ok := memberPath(t.Field(i), path)
			if !ok {
				continue
			}
			changedValue(a.Field(i), b.Field(i), p, out)
		}
	case a.Kind() == reflect.Slice:
		if a.Len() != b.Len() {
			*out = append(*out, Change{Path: path, Items: b.Len() - a.Len()})
			return
		}
		for i := range a.Len() {
			changedValue(a.Index(i), b.Index(i), path+"["+strconv.Itoa(i)+"]", out)
		}
	default:
		if !a.Equal(b) {
			*out = append(*out, Change{Path: path})
		}
	}
}

func changedTranslations(a, b map[Lang]map[string]Translation, out *[]Change) {
	for _, l := range Languages() {
		ta, tb := a[l], b[l]
		paths := make([]string, 0, len(ta)+len(tb))
		for p := range ta {
			paths = append(paths, p)
		}
		for p := range tb {
			if _, ok := ta[p]; !ok {
				paths = append(paths, p)
			}
		}
		slices.Sort(paths)
		for _, p := range paths {
			if ta[p] != tb[p] {
				*out = append(*out, Change{Path: p, Lang: l})
			}
		}
	}
}
