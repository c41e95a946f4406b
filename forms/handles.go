package forms

import "strconv"

// Typed handles on the fields of the model. A field path written as a string
// ("focusGroup.scope") compiles however it is misspelt; a handle
// (FGScope, GapEntryGap.At(i)) does not, and it knows both its path, which
// findings, translations, XLIFF units and draft files keep using unchanged,
// and where its value lives in a Proposal. TestHandlesMatchTheModel checks
// every handle against the model by reflection: its path names a real field
// and its accessor reaches exactly that field, and every field of the model
// has a handle.

// FieldPath is anything that names one field of a proposal by its path.
type FieldPath interface {
	Path() string
}

// Paths lists the paths of fields, in the order given: the Fields of a finding.
func Paths(fields ...FieldPath) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f.Path()
	}
	return out
}

// Field is a handle on one field of a proposal, outside any list or on one
// item of a list (ItemField.At): its path and its value of type T.
type Field[T any] struct {
	path string
	kind FieldKind // a string field's, from its fg tag; empty for other types
	ref  func(p *Proposal) *T
}

// Kind is what a string field holds, as its `fg` tag declares it (prose,
// line, phone, …), generated into the handle so that code choosing by kind
// (the GUI's widget, the checks) reads the declaration instead of deciding
// again; empty for a field that is not a string.
func (f Field[T]) Kind() FieldKind { return f.kind }

// Path is the field's path, as in the draft file: "focusGroup.scope",
// "gapAnalysis.entries[2].gap".
func (f Field[T]) Path() string { return f.path }

// Ref is where the field's value lives in p, for an entry bound to it. For an
// item of a list it panics when p has no such item, like an index out of range.
func (f Field[T]) Ref(p *Proposal) *T { return f.ref(p) }

// Bind is the field in whichever proposal draft returns when it is called,
// the shape of an entry's getter: an entry bound once keeps following the
// open draft when another one replaces it.
func (f Field[T]) Bind(draft func() *Proposal) func() *T {
	return func() *T { return f.ref(draft()) }
}

// Get is the field's value in p.
func (f Field[T]) Get(p *Proposal) T { return *f.ref(p) }

// Set replaces the field's value in p.
func (f Field[T]) Set(p *Proposal, v T) { *f.ref(p) = v }

// ItemField is a handle on one field of every item of a list, or on the items
// themselves of a list of plain values (Keyword): At(i) is item i's field.
type ItemField[T any] struct {
	list string // path of the list: "gapAnalysis.entries"
	name string // field of the item: "gap"; empty for a list of plain values
	kind FieldKind
	ref  func(p *Proposal, i int) *T
}

// Kind is what the field of every item holds (see Field.Kind).
func (f ItemField[T]) Kind() FieldKind { return f.kind }

// At is the field of item i: GapEntryGap.At(2) is "gapAnalysis.entries[2].gap".
func (f ItemField[T]) At(i int) Field[T] {
	path := f.list + "[" + strconv.Itoa(i) + "]"
	if f.name != "" {
		path += "." + f.name
	}
	return Field[T]{path: path, kind: f.kind, ref: func(p *Proposal) *T { return f.ref(p, i) }}
}

// Pattern is the path with empty brackets for the item, as FieldDecl.Pattern
// writes it: "gapAnalysis.entries[].gap".
func (f ItemField[T]) Pattern() string {
	if f.name == "" {
		return f.list + "[]"
	}
	return f.list + "[]." + f.name
}

// LabelKey is the key of the field's label in the message files, the same for
// every item: "gapAnalysis.entries.gap" (see LabelKey).
func (f ItemField[T]) LabelKey() string { return LabelKey(f.Pattern()) }

func field[T any](path string, kind FieldKind, ref func(p *Proposal) *T) Field[T] {
	return Field[T]{path: path, kind: kind, ref: ref}
}

func itemField[T any](list, name string, kind FieldKind, ref func(p *Proposal, i int) *T) ItemField[T] {
	return ItemField[T]{list: list, name: name, kind: kind, ref: ref}
}
