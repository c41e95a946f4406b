package draftfile

import (
	"reflect"
	"slices"
	"strconv"
	"unicode/utf8"

	"fgdraft/forms"
)

// A reflective encoder for the draft format: it writes the indented form in
// one pass (encoding/json marshals and then re-indents, three times slower on
// a large draft). Its output is byte-for-byte what encoding/json writes with
// SetEscapeHTML(false) and a two-space indent; a test holds it to that.

type encoder struct {
	buf []byte
}

func (e *encoder) newline(depth int) {
	e.buf = append(e.buf, '\n')
	for i := 0; i < depth; i++ {
		e.buf = append(e.buf, ' ', ' ')
	}
}

func (e *encoder) value(v reflect.Value, depth int) {
	t := v.Type()
	if t == dateType {
		e.string(v.Interface().(forms.Date).String())
		return
	}
	switch t.Kind() {
	case reflect.String:
		e.string(v.String())
	case reflect.Bool:
		e.buf = strconv.AppendBool(e.buf, v.Bool())
	case reflect.Int, reflect.Int64, reflect.Int32:
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
	case reflect.Slice:
		if v.Len() == 0 {
			e.buf = append(e.buf, '[', ']')
			return
		}
		e.buf = append(e.buf, '[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.newline(depth + 1)
			e.value(v.Index(i), depth+1)
		}
		e.newline(depth)
		e.buf = append(e.buf, ']')
	case reflect.Map:
		if v.Len() == 0 {
			e.buf = append(e.buf, '{', '}')
			return
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int {
			switch x, y := a.String(), b.String(); {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		})
		e.buf = append(e.buf, '{')
		for i, k := range keys {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.newline(depth + 1)
			e.string(k.String())
			e.buf = append(e.buf, ':', ' ')
			e.value(v.MapIndex(k), depth+1)
		}
		e.newline(depth)
		e.buf = append(e.buf, '}')
	case reflect.Struct:
		info := tables().structs[t]
		e.buf = append(e.buf, '{')
		n := 0
		for _, f := range info.fields {
			if f.omitEmpty && isEmptyValue(v.Field(f.index)) {
				continue
			}
			if n > 0 {
				e.buf = append(e.buf, ',')
			}
			n++
			e.newline(depth + 1)
			e.string(f.name)
			e.buf = append(e.buf, ':', ' ')
			e.value(v.Field(f.index), depth+1)
		}
		if n == 0 {
			e.buf = append(e.buf, '}')
			return
		}
		e.newline(depth)
		e.buf = append(e.buf, '}')
	default:
		panic("draftfile: no encoder for " + t.String())
	}
}

const hexDigits = "0123456789abcdef"

// string writes s as a JSON string the way encoding/json does without HTML
// escaping: invalid UTF-8 becomes U+FFFD, U+2028 and U+2029 are escaped.
func (e *encoder) string(s string) {
	e.buf = append(e.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			e.buf = append(e.buf, s[start:i]...)
			switch c {
			case '"', '\\':
				e.buf = append(e.buf, '\\', c)
			case '\n':
				e.buf = append(e.buf, '\\', 'n')
			case '\r':
				e.buf = append(e.buf, '\\', 'r')
			case '\t':
				e.buf = append(e.buf, '\\', 't')
			case '\b':
				e.buf = append(e.buf, '\\', 'b')
			case '\f':
				e.buf = append(e.buf, '\\', 'f')
			default:
				e.buf = append(e.buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			e.buf = append(e.buf, s[start:i]...)
			e.buf = append(e.buf, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			e.buf = append(e.buf, s[start:i]...)
			e.buf = append(e.buf, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	e.buf = append(e.buf, s[start:]...)
	e.buf = append(e.buf, '"')
}

// estimateSize is about the size of the encoded value, to size the buffer
// once: growing a large buffer step by step costs more than encoding.
func estimateSize(v reflect.Value) int {
	switch v.Kind() {
	case reflect.String:
		return len(v.String()) + 2
	case reflect.Slice:
		n := 4
		for i := 0; i < v.Len(); i++ {
			n += estimateSize(v.Index(i)) + 8
		}
		return n
	case reflect.Map:
		n := 4
		for it := v.MapRange(); it.Next(); {
			n += len(it.Key().String()) + estimateSize(it.Value()) + 16
		}
		return n
	case reflect.Struct:
		if v.Type() == dateType {
			return 12
		}
		n := 4
		for _, f := range tables().structs[v.Type()].fields {
			n += len(f.name) + estimateSize(v.Field(f.index)) + 16
		}
		return n
	}
	return 8
}

// isEmptyValue is encoding/json's notion of empty for omitempty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String, reflect.Slice, reflect.Map:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int64, reflect.Int32:
		return v.Int() == 0
	}
	return false
}
