package draftfile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"fgdraft/forms"
)

// Path-aware decoding. The file is first decoded into generic JSON values
// (objects, lists, strings, json.Number, bools, null), then walked against
// the Proposal's type by reflection, comparing member names with the JSON
// tags. Every error names the field path; Decode then finds its line and
// column with a second, token-level pass over the file (only on error).

var (
	dateType = reflect.TypeFor[forms.Date]()
	langType = reflect.TypeFor[forms.Lang]()
)

// structInfo lists the JSON members of a struct type in declaration order.
type structInfo struct {
	fields []fieldInfo
	byName map[string]int // JSON name → index into fields
}

type fieldInfo struct {
	name      string
	index     int  // struct field index
	omitEmpty bool // tagged omitempty: not written when empty
}

// codecTables are derived once from the model's types and never change.
type codecTables struct {
	structs map[reflect.Type]*structInfo
	enums   map[reflect.Type][]string
	// textLabels are the label keys (paths without indices) of the free-text
	// fields: the keys a translation may have.
	textLabels map[string]bool
}

var tables = sync.OnceValue(func() *codecTables {
	t := &codecTables{
		structs: map[reflect.Type]*structInfo{},
		enums: map[reflect.Type][]string{
			langType:                                 stringsOf(forms.Languages()),
			reflect.TypeFor[forms.GroupKind]():       {string(forms.StudyGroup), string(forms.TSAG)},
			reflect.TypeFor[forms.Route]():           {string(forms.AtMeeting), string(forms.BetweenMeetings)},
			reflect.TypeFor[forms.DeliverableType](): stringsOf(forms.DeliverableTypes()),
			reflect.TypeFor[forms.BodyKind]():        stringsOf(forms.BodyKinds()),
			reflect.TypeFor[forms.Coverage]():        stringsOf(forms.Coverages()),
			reflect.TypeFor[forms.Category]():        stringsOf(forms.Categories()),
		},
		textLabels: map[string]bool{},
	}
	var walk func(reflect.Type)
	walk = func(rt reflect.Type) {
		switch rt.Kind() {
		case reflect.Slice, reflect.Map:
			walk(rt.Elem())
			return
		case reflect.Struct:
		default:
			return
		}
		if rt == dateType || t.structs[rt] != nil {
			return
		}
		info := &structInfo{byName: map[string]int{}}
		t.structs[rt] = info
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			if !f.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			info.byName[name] = len(info.fields)
			info.fields = append(info.fields, fieldInfo{name: name, index: i, omitEmpty: strings.Contains(","+opts+",", ",omitempty,")})
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[forms.Proposal]())

	// One item in every list, so that every kind of text field shows up.
	var p forms.Proposal
	fillOne(reflect.ValueOf(&p).Elem())
	for _, f := range p.TextFields() {
		t.textLabels[forms.LabelKey(f.Path)] = true
	}
	return t
})

func stringsOf[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

func fillOne(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fillOne(v.Field(i))
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fillOne(v.Index(0))
	}
}

// fieldErr is a problem of the field at path, with its particulars and its
// English wording.
func fieldErr(path string, problem Problem, params Params, format string, args ...any) *Error {
	return &Error{Field: path, Problem: problem, Params: params, Reason: fmt.Sprintf(format, args...)}
}

// typeErr says that the field at path holds got where it takes a value of
// kind want (worded in English as expected).
func typeErr(path string, want Value, expected string, got any) *Error {
	return fieldErr(path, WrongType, Params{Expected: want, Got: jsonShown(got)}, "expected %s, got %s", expected, describe(got))
}

// dateErr says that the field at path holds got where it takes a date.
func dateErr(path string, got any) *Error {
	return fieldErr(path, BadDate, Params{Got: jsonShown(got)}, "expected a date YYYY-MM-DD, got %s", describe(got))
}

// internalErr is a bug: the decoder has no rule for a type of the model.
func internalErr(path string, rt reflect.Type) *Error {
	return fieldErr(path, Internal, Params{Detail: rt.String()}, "internal error: no decoder for type %s", rt)
}

// decodeValue sets v from the generic JSON value raw found at path.
func decodeValue(path string, v reflect.Value, raw any) error {
	t := tables()
	rt := v.Type()
	if rt == dateType {
		s, ok := raw.(string)
		if !ok {
			return dateErr(path, raw)
		}
		d, err := forms.ParseDate(s)
		if err != nil {
			return dateErr(path, raw)
		}
		v.Set(reflect.ValueOf(d))
		return nil
	}
	switch rt.Kind() {
	case reflect.String:
		s, ok := raw.(string)
		if !ok {
			return typeErr(path, ValueString, "a string", raw)
		}
		if allowed, isEnum := t.enums[rt]; isEnum {
			if s != "" && !slices.Contains(allowed, s) {
				return fieldErr(path, BadValue, Params{Value: Clip(s), Allowed: allowed}, "unknown value %q; allowed: %s", Clip(s), quoteList(allowed))
			}
		} else if rt.Name() != "string" {
			return internalErr(path, rt)
		} else if err := CheckString(path, s); err != nil {
			return err
		}
		v.SetString(s)
	case reflect.Bool:
		b, ok := raw.(bool)
		if !ok {
			return typeErr(path, ValueBool, "true or false", raw)
		}
		v.SetBool(b)
	case reflect.Int:
		var num string
		switch x := raw.(type) {
		case float64:
			if x == math.Trunc(x) && x >= 0 && x <= maxOtherInt {
				num = strconv.FormatInt(int64(x), 10)
			} else {
				num = strconv.FormatFloat(x, 'g', -1, 64)
			}
		case json.Number:
			num = x.String()
		default:
			return typeErr(path, ValueInteger, "a whole number", raw)
		}
		max, ok := intFieldMax[forms.LabelKey(path)]
		if !ok {
			max = maxOtherInt
		}
		i, err := strconv.ParseInt(num, 10, 64)
		if err != nil || i < 0 || i > max {
			return fieldErr(path, NumberRange, Params{Got: Clip(num), Limit: max}, "expected a whole number from 0 to %d, got %s", max, Clip(num))
		}
		v.SetInt(i)
	case reflect.Slice:
		if raw == nil {
			return nil
		}
		list, ok := raw.([]any)
		if !ok {
			return typeErr(path, ValueList, "a list", raw)
		}
		if len(list) > MaxListLen {
			return fieldErr(path, TooManyItems, Params{Count: int64(len(list)), Limit: MaxListLen}, "too many items: %d, at most %d are allowed", len(list), MaxListLen)
		}
		if len(list) == 0 {
			return nil
		}
		s := reflect.MakeSlice(rt, len(list), len(list))
		for i, item := range list {
			if err := decodeValue(indexPath(path, i), s.Index(i), item); err != nil {
				return err
			}
		}
		v.Set(s)
	case reflect.Struct:
		obj, ok := raw.(map[string]any)
		if !ok {
			return typeErr(path, ValueObject, "an object", raw)
		}
		info := t.structs[rt]
		if info == nil {
			return internalErr(path, rt)
		}
		if len(obj) > len(info.fields) || !allKnown(obj, info) {
			return unknownField(path, obj, info)
		}
		for _, f := range info.fields {
			if item, ok := obj[f.name]; ok {
				if err := decodeValue(joinPath(path, f.name), v.Field(f.index), item); err != nil {
					return err
				}
			}
		}
	case reflect.Map:
		if raw == nil {
			return nil
		}
		obj, ok := raw.(map[string]any)
		if !ok {
			return typeErr(path, ValueObject, "an object", raw)
		}
		if rt.Key().Kind() != reflect.String {
			return internalErr(path, rt)
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if len(keys) > MaxTranslations {
			return fieldErr(path, TooManyItems, Params{Count: int64(len(keys)), Limit: MaxTranslations}, "too many entries: %d, at most %d are allowed", len(keys), MaxTranslations)
		}
		var m reflect.Value
		for _, k := range keys {
			kp := keyPath(path, k)
			if err := checkMapKey(kp, rt.Key(), k); err != nil {
				return err
			}
			ev := reflect.New(rt.Elem()).Elem()
			if err := decodeValue(kp, ev, obj[k]); err != nil {
				return err
			}
			if ev.Kind() == reflect.Map && ev.Len() == 0 {
				continue // an empty language: nothing to keep
			}
			if !m.IsValid() {
				m = reflect.MakeMapWithSize(rt, len(keys))
			}
			m.SetMapIndex(reflect.ValueOf(k).Convert(rt.Key()), ev)
		}
		if m.IsValid() {
			v.Set(m)
		}
	default:
		return internalErr(path, rt)
	}
	return nil
}

func allKnown(obj map[string]any, info *structInfo) bool {
	for k := range obj {
		if _, ok := info.byName[k]; !ok {
			return false
		}
	}
	return true
}

func unknownField(path string, obj map[string]any, info *structInfo) error {
	var unknown []string
	for k := range obj {
		if _, ok := info.byName[k]; !ok {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	k := unknown[0]
	fp := joinPath(path, k)
	params := Params{Value: Clip(k), More: len(unknown) - 1}
	reason := fmt.Sprintf("unknown field %q", fp)
	if s := closest(k, info); s != "" {
		params.Suggestion = joinPath(path, s)
		reason += fmt.Sprintf(" (did you mean %q?)", params.Suggestion)
	}
	if len(unknown) > 1 {
		reason += fmt.Sprintf(" and %d more unknown fields here", len(unknown)-1)
	}
	e := fieldErr(fp, UnknownField, params, "%s", reason)
	e.fieldInReason = true
	return e
}

// closest is the known member name nearest to k, if it is near enough to be a typo.
func closest(k string, info *structInfo) string {
	best, bestD := "", 3
	k = strings.ToLower(k)
	n := utf8.RuneCountInString(k)
	for _, f := range info.fields {
		// The distance is at least the difference in length (member names
		// are ASCII): skip the names that cannot be near, most of them.
		if diff := n - len(f.name); diff >= bestD || -diff >= bestD {
			continue
		}
		if d := editDistance(k, strings.ToLower(f.name)); d < bestD {
			best, bestD = f.name, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 1 << 20
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// CheckString tells whether a draft file may hold s at the field path: not
// longer than MaxStringLen, and a well-formed ID at "id". Text that comes
// from elsewhere (an XLIFF import) is checked with it so that the draft
// still saves and loads.
func CheckString(path, s string) error {
	if r, at, bad := ForbiddenRune(s); bad {
		name := fmt.Sprintf("U+%04X", r)
		return fieldErr(path, BadCharacter, Params{Value: name, Count: int64(at)}, "the character %s at character %d is not allowed in a draft (a control character or a non-character); remove it", name, at)
	}
	if len(s) > MaxStringLen {
		if n := utf8.RuneCountInString(s); n > MaxStringLen {
			return fieldErr(path, StringTooLong, Params{Count: int64(n), Limit: MaxStringLen}, "text too long: %d characters, at most %d are allowed", n, MaxStringLen)
		}
	}
	if path == "id" && s != "" && !ValidID(s) {
		e := typeErr(path, ValueID, fmt.Sprintf("a draft ID (1 to %d letters, digits, '.', '_' or '-')", maxIDLen), s)
		e.Params.Limit = maxIDLen
		return e
	}
	return nil
}

// ForbiddenRune finds the first character a draft may not hold, with its
// position (counted in characters from 1): the C0 controls but tab and
// line feed (and carriage return before one: a Windows line end), DEL, the C1 controls, the non-characters (U+FFFE, U+FFFF and
// their kin) and a lone surrogate (which a JSON \u escape can name). They
// are refused rather than changed, so that nothing in a draft is
// rewritten behind its author's back, and none of them reaches a
// terminal, an XLIFF file or a document.
func ForbiddenRune(s string) (r rune, at int, bad bool) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		at++
		if r == utf8.RuneError && size == 1 {
			// not UTF-8: the parser's mark of a lone surrogate (ED A0–BF xx),
			// or bytes that came from elsewhere
			if i+2 < len(s) && s[i] == 0xED && s[i+1]&0xE0 == 0xA0 {
				return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), at, true
			}
			return utf8.RuneError, at, true
		}
		if Forbidden(r) && !(r == '\r' && strings.HasPrefix(s[i+1:], "\n")) {
			return r, at, true
		}
		i += size
	}
	return 0, 0, false
}

// Forbidden tells a character a draft may not hold (see ForbiddenRune).
func Forbidden(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r >= 0x7F && r <= 0x9F:
		return true
	case r >= 0xD800 && r <= 0xDFFF:
		return true
	case r >= 0xFDD0 && r <= 0xFDEF, r&0xFFFE == 0xFFFE:
		return true
	}
	return false
}

// ValidID reports whether a draft file may hold s as its ID: at most maxIDLen
// ASCII letters, digits, '.', '_' or '-' (none: a draft without an ID).
func ValidID(s string) bool {
	if len(s) > maxIDLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func checkMapKey(path string, kt reflect.Type, k string) error {
	if allowed, ok := tables().enums[kt]; ok {
		if !slices.Contains(allowed, k) {
			return fieldErr(path, BadLanguage, Params{Value: Clip(k), Allowed: allowed}, "unknown language %q; allowed: %s", Clip(k), quoteList(allowed))
		}
		return nil
	}
	if len(k) == 0 || len(k) > maxPathLen || !tables().textLabels[forms.LabelKey(k)] || !wellFormedPath(k) {
		return fieldErr(path, NotTextField, Params{Value: Clip(k)}, "%q is not the path of a free-text field", Clip(k))
	}
	return nil
}

// wellFormedPath checks that list indices are plain non-negative numbers.
func wellFormedPath(p string) bool {
	for {
		i := strings.IndexByte(p, '[')
		if i < 0 {
			return !strings.Contains(p, "]")
		}
		j := strings.IndexByte(p[i:], ']')
		if j < 0 {
			return false
		}
		idx := p[i+1 : i+j]
		if idx == "" || len(idx) > 5 || (len(idx) > 1 && idx[0] == '0') {
			return false
		}
		for _, c := range idx {
			if c < '0' || c > '9' {
				return false
			}
		}
		if strings.Contains(p[:i], "]") {
			return false
		}
		p = p[i+j+1:]
	}
}

func quoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = strconv.Quote(x)
	}
	return strings.Join(q, ", ")
}

// locate finds the byte offset of the value at field path target (or of its
// member name, when atKey is set). data has been parsed already, so it is
// valid JSON within the nesting limit; locate walks it by hand, descending
// only into the members and items on the way to target, because it runs on
// every refused draft (and a fuzzer refuses millions).
func locate(data []byte, target string, atKey bool) (int64, bool) {
	l := locator{data: data, target: target, atKey: atKey, found: -1}
	l.value("")
	return l.found, l.found >= 0
}

// locator is one walk of locate.
type locator struct {
	data   []byte
	pos    int
	target string
	atKey  bool
	found  int64 // -1 until found
}

func (l *locator) space() {
	for l.pos < len(l.data) {
		switch l.data[l.pos] {
		case ' ', '\t', '\r', '\n':
			l.pos++
			continue
		}
		return
	}
}

// on tells whether path is target or leads to it.
func (l *locator) on(path string) bool {
	if !strings.HasPrefix(l.target, path) {
		return false
	}
	return len(l.target) == len(path) || path == "" || l.target[len(path)] == '.' || l.target[len(path)] == '['
}

// value walks the value at l.pos, whose path is path, and stops the walk
// (found >= 0) when target is reached.
func (l *locator) value(path string) {
	l.space()
	if l.pos >= len(l.data) {
		return
	}
	if path == l.target && path != "" {
		l.found = int64(l.pos)
		return
	}
	if !l.on(path) {
		l.skip()
		return
	}
	switch l.data[l.pos] {
	case '{':
		l.pos++
		for l.found < 0 {
			l.space()
			if l.pos >= len(l.data) || l.data[l.pos] == '}' {
				l.pos++
				return
			}
			start := l.pos
			k, ok := l.key()
			if !ok {
				return
			}
			var kp string
			if path == "translations" || strings.HasPrefix(path, "translations.") && !strings.Contains(path[len("translations."):], ".") && !strings.Contains(path, "[") {
				kp = keyPath(path, k)
			} else {
				kp = joinPath(path, k)
			}
			if l.atKey && kp == l.target {
				l.found = int64(start)
				return
			}
			l.space()
			l.pos++ // ':'
			l.value(kp)
			l.space()
			if l.pos < len(l.data) && l.data[l.pos] == ',' {
				l.pos++
			}
		}
	case '[':
		l.pos++
		for i := 0; l.found < 0; i++ {
			l.space()
			if l.pos >= len(l.data) || l.data[l.pos] == ']' {
				l.pos++
				return
			}
			l.value(indexPath(path, i))
			l.space()
			if l.pos < len(l.data) && l.data[l.pos] == ',' {
				l.pos++
			}
		}
	default:
		l.skip()
	}
}

// key reads the member name at l.pos.
func (l *locator) key() (string, bool) {
	start := l.pos
	l.skip()
	raw := l.data[start:l.pos]
	if len(raw) < 2 || raw[0] != '"' {
		return "", false
	}
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), true
	}
	var k string
	err := json.Unmarshal(raw, &k)
	return k, err == nil
}

// skip moves past the value at l.pos without looking into it.
func (l *locator) skip() {
	depth := 0
	for l.pos < len(l.data) {
		switch c := l.data[l.pos]; c {
		case '"':
			l.pos++
			for l.pos < len(l.data) && l.data[l.pos] != '"' {
				if l.data[l.pos] == '\\' {
					l.pos++
				}
				l.pos++
			}
			l.pos++
		case '{', '[':
			depth++
			l.pos++
		case '}', ']':
			if depth == 0 {
				return
			}
			depth--
			l.pos++
		case ',', ' ', '\t', '\r', '\n', ':':
			if depth == 0 && c == ',' {
				return
			}
			l.pos++
			continue
		default:
			l.pos++
			continue
		}
		if depth == 0 {
			return
		}
	}
}
