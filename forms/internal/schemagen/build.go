package main

import (
	"fmt"
	"go/types"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// translationKeyPattern is a field path with list indices as the decoder's
// wellFormedPath accepts them: plain numbers of at most five digits.
const translationKeyPattern = `^[A-Za-z]+(\[(0|[1-9][0-9]{0,4})\])?(\.[A-Za-z]+(\[(0|[1-9][0-9]{0,4})\])?)*$`

// datePattern is Date's text form (its MarshalJSON), or "" for the zero Date.
const datePattern = `^$|^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`

func (m *model) schema() (object, error) {
	proposal := m.named("Proposal")
	var root object
	root.set("$schema", "https://json-schema.org/draft/2020-12/schema")
	root.set("$id", "https://fgdraft.example/draft.schema.json")
	root.set("title", fmt.Sprintf("fgdraft draft file, format %d", m.constInt("FormatVersion")))
	root.set("description", fmt.Sprintf("A proposal to establish an ITU-T focus group (Recommendation ITU-T A.7), "+
		"as written by fgdraft. One UTF-8 JSON object per draft, at most %d MiB. "+
		"Member names are the field paths that findings and translations refer to. "+
		"Every member except \"format\" may be missing (a draft is work in progress: missing members are empty); "+
		"members not listed here are errors. See docs/draft-format.md.",
		m.constInt("MaxFileSize")>>20))
	root.set("type", "object")
	root.set("required", []string{"format"})
	root.set("additionalProperties", false)
	var format object
	format.set("const", m.constInt("FormatVersion"))
	format.set("description", "Version of the file format. fgdraft refuses files of a newer format.")
	props, err := m.properties(proposal.Type().Underlying().(*types.Struct), "")
	if err != nil {
		return nil, err
	}
	root.set("properties", append(object{{"format", format}}, props...))
	var defs object
	for _, name := range m.defNames {
		defs.set(name, m.defs[name])
	}
	root.set("$defs", defs)
	return root, nil
}

// properties describes the members of a struct; prefix is its label key.
func (m *model) properties(st *types.Struct, prefix string) (object, error) {
	var props object
	fields, names := jsonFields(st)
	for i, f := range fields {
		path := names[i]
		if prefix != "" {
			path = prefix + "." + path
		}
		s, err := m.field(f, reflect.StructTag(tagOf(st, f)), path)
		if err != nil {
			return nil, err
		}
		props.set(names[i], s)
	}
	return props, nil
}

func tagOf(st *types.Struct, f *types.Var) string {
	for i := range st.NumFields() {
		if st.Field(i) == f {
			return st.Tag(i)
		}
	}
	return ""
}

// field describes one member: its value's schema with the field's description.
func (m *model) field(f *types.Var, tag reflect.StructTag, path string) (object, error) {
	desc, err := m.fieldDescription(f, path)
	if err != nil {
		return nil, err
	}
	switch t := f.Type().(type) {
	case *types.Slice:
		items, err := m.value(t.Elem(), tag, path, "")
		if err != nil {
			return nil, err
		}
		var s object
		s.set("type", []string{"array", "null"})
		s.set("maxItems", m.constInt("MaxListLen"))
		s.set("items", items)
		s.set("description", fmt.Sprintf("%s At most %d items; null is read as an empty list.", desc, m.constInt("MaxListLen")))
		return s, nil
	case *types.Map:
		if strings.Contains(tag.Get("json"), ",omitempty") {
			desc += " Omitted when empty."
		}
		return m.mapSchema(t, desc)
	}
	return m.value(f.Type(), tag, path, desc)
}

// value is the schema of one value of type t; desc, when not empty, is its
// description.
func (m *model) value(t types.Type, tag reflect.StructTag, path, desc string) (object, error) {
	var s object
	if n, ok := t.(*types.Named); ok {
		tn := n.Obj()
		if tn.Name() == "Date" {
			m.define("date", func() (object, error) { return m.dateSchema(), nil })
			s.set("$ref", "#/$defs/date")
			if desc != "" {
				s.set("description", desc)
			}
			return s, nil
		}
		if m.uses[tn] > 1 {
			name := lowerFirst(tn.Name())
			if err := m.define(name, func() (object, error) { return m.namedSchema(tn, tag, path, m.typeDescription(tn)) }); err != nil {
				return nil, err
			}
			s.set("$ref", "#/$defs/"+name)
			if desc != "" {
				s.set("description", desc)
			}
			return s, nil
		}
		if desc == "" {
			desc = m.typeDescription(tn)
		}
		return m.namedSchema(tn, tag, path, desc)
	}
	return m.basic(t, tag, path, desc)
}

// define adds a $defs entry the first time the type is used.
func (m *model) define(name string, build func() (object, error)) error {
	if _, ok := m.defs[name]; ok {
		return nil
	}
	m.defs[name] = nil // a type that contains itself refers to itself
	m.defNames = append(m.defNames, name)
	s, err := build()
	m.defs[name] = s
	return err
}

func (m *model) namedSchema(tn *types.TypeName, tag reflect.StructTag, path, desc string) (object, error) {
	if st, ok := tn.Type().Underlying().(*types.Struct); ok {
		var s object
		s.set("type", "object")
		s.set("description", desc)
		s.set("additionalProperties", false)
		props, err := m.properties(st, path)
		if err != nil {
			return nil, err
		}
		s.set("properties", props)
		return s, nil
	}
	if values := m.enumValues(tn); len(values) > 0 {
		var s object
		s.set("type", "string")
		s.set("enum", append([]string{""}, values...))
		if !strings.Contains(desc, "Empty") {
			desc += " Empty while not chosen yet."
		}
		s.set("description", desc)
		return s, nil
	}
	return m.basic(tn.Type().Underlying(), tag, path, desc)
}

// basic is the schema of a string, whole number or truth value.
func (m *model) basic(t types.Type, tag reflect.StructTag, path, desc string) (object, error) {
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return nil, fmt.Errorf("model field %s: no schema for type %s", path, t)
	}
	var s object
	switch {
	case b.Info()&types.IsString != 0:
		s.set("type", "string")
		kind, _, _ := strings.Cut(tag.Get("fg"), ",")
		switch kind {
		case "id":
			s.set("pattern", fmt.Sprintf("^([A-Za-z0-9._-]{1,%d})?$", m.constInt("maxIDLen")))
		case "prose":
			s.set("maxLength", m.constInt("MaxStringLen"))
			desc += " Paragraphs are separated by a blank line."
		default:
			s.set("maxLength", m.constInt("MaxStringLen"))
		}
	case b.Info()&types.IsInteger != 0:
		limit, ok := m.intMax[path]
		if !ok {
			limit = m.constInt("maxOtherInt")
		}
		s.set("type", "integer")
		s.set("minimum", 0)
		s.set("maximum", limit)
	case b.Kind() == types.Bool:
		s.set("type", "boolean")
	default:
		return nil, fmt.Errorf("model field %s: no schema for type %s", path, t)
	}
	if desc != "" {
		s.set("description", desc)
	}
	return s, nil
}

// mapSchema describes the translations: keyed by language (an enum type)
// and then by the field path of a free-text field.
func (m *model) mapSchema(t *types.Map, desc string) (object, error) {
	var s object
	s.set("type", []string{"object", "null"})
	if desc != "" {
		s.set("description", desc)
	}
	if n, ok := t.Key().(*types.Named); ok {
		var names object
		names.set("enum", m.enumValues(n.Obj()))
		s.set("propertyNames", names)
	} else {
		var names object
		names.set("maxLength", m.constInt("maxPathLen"))
		names.set("pattern", translationKeyPattern)
		s.set("maxProperties", m.constInt("MaxTranslations"))
		s.set("propertyNames", names)
	}
	var values object
	var err error
	if inner, ok := t.Elem().(*types.Map); ok {
		values, err = m.mapSchema(inner, "Translations into one language, by the field path of a free-text field, e.g. \"focusGroup.scope\" or \"gapAnalysis.entries[2].gap\".")
	} else {
		values, err = m.value(t.Elem(), "", "", "")
	}
	if err != nil {
		return nil, err
	}
	s.set("additionalProperties", values)
	return s, nil
}

func (m *model) dateSchema() object {
	var s object
	s.set("type", "string")
	s.set("pattern", datePattern)
	s.set("description", "A calendar date YYYY-MM-DD, or \"\" when not given. "+
		"(fgdraft also rejects days that do not exist, such as 2027-02-30.)")
	return s
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
