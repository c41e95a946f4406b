package draftfile

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A small JSON parser into generic values (map[string]any, []any, string,
// json.Number, bool, nil). It exists because encoding/json scans a document
// twice and allocates more; this one reads a 1 MB draft several times faster,
// knows the byte offset of every syntax error, refuses duplicate member names
// (which encoding/json silently resolves to the last) and limits nesting.
// The input must already be valid UTF-8. It follows RFC 8259; FuzzDecode
// checks it against encoding/json.

const maxDepth = 64 // a draft nests about six levels deep

type parser struct {
	data  []byte
	pos   int
	depth int
}

type syntaxError struct {
	msg string
	off int

	problem Problem // a particular problem; empty: Syntax or Truncated
	params  Params
}

// as names the particular problem of a syntax error.
func (e *syntaxError) as(problem Problem, params Params) *syntaxError {
	e.problem, e.params = problem, params
	return e
}

func (e *syntaxError) Error() string { return e.msg }

func parseJSON(data []byte) (any, *syntaxError) {
	p := &parser{data: data}
	p.skipSpace()
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos < len(p.data) {
		return nil, p.errorf("unexpected %s after the end of the draft object", p.found())
	}
	return v, nil
}

func (p *parser) errorf(format string, args ...any) *syntaxError {
	return &syntaxError{msg: fmt.Sprintf(format, args...), off: p.pos}
}

// found describes the byte at the current position.
func (p *parser) found() string {
	if p.pos >= len(p.data) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.data[p.pos:])
	if r < 0x20 {
		return fmt.Sprintf("control character %U", r)
	}
	return fmt.Sprintf("%q", r)
}

func (p *parser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value() (any, *syntaxError) {
	if p.pos >= len(p.data) {
		return nil, p.errorf("unexpected end of file: the file is truncated")
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	case c == 't':
		return true, p.literal("true")
	case c == 'f':
		return false, p.literal("false")
	case c == 'n':
		return nil, p.literal("null")
	}
	return nil, p.errorf("expected a value, found %s", p.found())
}

func (p *parser) literal(word string) *syntaxError {
	if !strings.HasPrefix(string(p.data[p.pos:min(len(p.data), p.pos+len(word))]), word) {
		return p.errorf("expected a value, found %s", p.found())
	}
	p.pos += len(word)
	return nil
}

func (p *parser) enter() *syntaxError {
	p.depth++
	if p.depth > maxDepth {
		return p.errorf("nested too deeply (more than %d levels): not a draft", maxDepth).as(TooDeep, Params{Limit: maxDepth})
	}
	return nil
}

func (p *parser) object() (any, *syntaxError) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	p.pos++ // {
	obj := map[string]any{}
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		p.depth--
		return obj, nil
	}
	for {
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			if p.pos >= len(p.data) {
				return nil, p.errorf("unexpected end of file: the file is truncated")
			}
			return nil, p.errorf("expected a member name in double quotes, found %s", p.found())
		}
		keyAt := p.pos
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		key := k.(string)
		if _, dup := obj[key]; dup {
			e := &syntaxError{msg: fmt.Sprintf("duplicate member %q in the same object", Clip(key)), off: keyAt}
			return nil, e.as(DuplicateMember, Params{Value: Clip(key)})
		}
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.errorf("expected ':' after member name, found %s", p.found())
		}
		p.pos++
		p.skipSpace()
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		obj[key] = v
		if done, err := p.next('}', "an object member"); err != nil || done {
			return obj, err
		}
	}
}

func (p *parser) array() (any, *syntaxError) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	p.pos++ // [
	list := []any{}
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		p.depth--
		return list, nil
	}
	for {
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		list = append(list, v)
		if done, err := p.next(']', "a list item"); err != nil || done {
			return list, err
		}
	}
}

// next moves past what follows a member of an object or an item of a list
// (what): a comma, with more to come, or the closing bracket, which ends the
// object or list and its level of nesting.
func (p *parser) next(closing byte, what string) (done bool, err *syntaxError) {
	p.skipSpace()
	if p.pos >= len(p.data) {
		return false, p.errorf("unexpected end of file: the file is truncated")
	}
	switch p.data[p.pos] {
	case ',':
		p.pos++
		p.skipSpace()
		return false, nil
	case closing:
		p.pos++
		p.depth--
		return true, nil
	}
	return false, p.errorf("expected ',' or '%c' after %s, found %s", closing, what, p.found())
}

func (p *parser) number() (any, *syntaxError) {
	start := p.pos
	d := p.data
	i := p.pos
	if d[i] == '-' {
		i++
	}
	digits := func() bool {
		s := i
		for i < len(d) && '0' <= d[i] && d[i] <= '9' {
			i++
		}
		return i > s
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case !digits():
		p.pos = i
		return nil, p.errorf("expected a digit, found %s", p.found())
	}
	if i < len(d) && d[i] == '.' {
		i++
		if !digits() {
			p.pos = i
			return nil, p.errorf("expected a digit after the decimal point, found %s", p.found())
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if !digits() {
			p.pos = i
			return nil, p.errorf("expected a digit in the exponent, found %s", p.found())
		}
	}
	p.pos = i
	return json.Number(d[start:i]), nil
}

func (p *parser) str() (any, *syntaxError) {
	p.pos++ // opening quote
	start := p.pos
	d := p.data
	// Fast path: no escapes.
	for i := start; i < len(d); i++ {
		switch c := d[i]; {
		case c == '"':
			p.pos = i + 1
			return string(d[start:i]), nil
		case c == '\\':
			return p.escapedString(start, i)
		case c < 0x20:
			p.pos = i
			return nil, p.errorf("%s inside a string (write it as an escape such as \\n)", p.found()).as(ControlChar, Params{})
		}
	}
	p.pos = len(d)
	return nil, p.errorf("unexpected end of file inside a string: the file is truncated")
}

func (p *parser) escapedString(start, i int) (any, *syntaxError) {
	d := p.data
	var b strings.Builder
	b.Grow(i - start + 16)
	b.Write(d[start:i])
	for i < len(d) {
		c := d[i]
		switch {
		case c == '"':
			p.pos = i + 1
			return b.String(), nil
		case c < 0x20:
			p.pos = i
			return nil, p.errorf("%s inside a string (write it as an escape such as \\n)", p.found()).as(ControlChar, Params{})
		case c != '\\':
			j := i + 1
			for j < len(d) && d[j] != '"' && d[j] != '\\' && d[j] >= 0x20 {
				j++
			}
			b.Write(d[i:j])
			i = j
			continue
		}
		// An escape.
		if i+1 >= len(d) {
			break
		}
		switch e := d[i+1]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
			i += 2
		case 'b':
			b.WriteByte('\b')
			i += 2
		case 'f':
			b.WriteByte('\f')
			i += 2
		case 'n':
			b.WriteByte('\n')
			i += 2
		case 'r':
			b.WriteByte('\r')
			i += 2
		case 't':
			b.WriteByte('\t')
			i += 2
		case 'u':
			r, ok := hex4(d, i+2)
			if !ok {
				p.pos = i
				return nil, p.errorf(`invalid \u escape: expected four hexadecimal digits`).as(BadEscape, Params{})
			}
			i += 6
			if utf16.IsSurrogate(r) {
				r2, ok := rune(-1), false
				if i+1 < len(d) && d[i] == '\\' && d[i+1] == 'u' {
					r2, ok = hex4(d, i+2)
				}
				if dec := utf16.DecodeRune(r, r2); ok && dec != utf8.RuneError {
					r = dec
					i += 6
				}
				// else a lone surrogate: kept as WTF-8 so that the field's
				// check refuses it, naming the field, rather than turned into
				// U+FFFD behind the author's back
				if utf16.IsSurrogate(r) {
					b.WriteString(string([]byte{0xED, byte(0xA0 | (r>>6)&0x1F), byte(0x80 | r&0x3F)}))
					continue
				}
			}
			b.WriteRune(r)
		default:
			p.pos = i
			return nil, p.errorf("invalid escape \\%c in a string", e).as(BadEscape, Params{})
		}
	}
	p.pos = len(d)
	return nil, p.errorf("unexpected end of file inside a string: the file is truncated")
}

func hex4(d []byte, i int) (rune, bool) {
	if i+4 > len(d) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d[i:i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(n), true
}
