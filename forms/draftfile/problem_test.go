package draftfile

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Every refusal of a draft carries its problem and particulars, so that an
// interface words it without reading the English text.
func TestDecodeProblems(t *testing.T) {
	long := strings.Repeat("é", MaxStringLen+1)
	many := "[" + strings.Repeat(`{"entity": "x"},`, MaxListLen) + `{"entity": "x"}]`
	cases := []struct {
		name, data string
		problem    Problem
		params     Params
	}{
		{"empty", " \n", Empty, Params{}},
		{"not utf-8", "{\"format\": 1, \"id\": \"caf\xe9\"}", NotUTF8, Params{}},
		{"syntax", "{\"format\": 1,}", Syntax, Params{}},
		{"truncated", `{"format": 1, "focusGroup": {"scope": "abc`, Truncated, Params{}},
		{"truncated object", `{"format": 1, `, Truncated, Params{}},
		{"duplicate member", "{\"format\": 1, \"id\": \"a\", \"id\": \"b\"}", DuplicateMember, Params{Value: "id"}},
		{"too deep", strings.Repeat("[", maxDepth+1), TooDeep, Params{Limit: maxDepth}},
		{"line break in a string", "{\"format\": 1, \"id\": \"a\nb\"}", ControlChar, Params{}},
		{"bad escape", `{"format": 1, "id": "\x"}`, BadEscape, Params{}},
		{"bad unicode escape", `{"format": 1, "id": "\u12"}`, BadEscape, Params{}},
		{"list", `[{"format": 1}]`, NotObject, Params{Got: "[…]"}},
		{"string", `"draft"`, NotObject, Params{Got: `"draft"`}},
		{"no format", `{"language": "en"}`, NoFormat, Params{}},
		{"newer format", `{"format": 2}`, NewerFormat, Params{Version: "2", Limit: FormatVersion}},
		{"huge format", `{"format": 100000000000000000000}`, NewerFormat, Params{Version: "100000000000000000000", Limit: FormatVersion}},
		{"format zero", `{"format": 0}`, UnknownFormat, Params{Version: "0", Limit: FormatVersion}},
		{"format string", `{"format": "1"}`, WrongType, Params{Expected: ValueFormat, Got: `"1"`, Limit: FormatVersion}},
		{"date type", `{"format": 1, "contribution": {"meeting": {"start": 12}}}`, BadDate, Params{Got: "12"}},
		{"bad date", `{"format": 1, "contribution": {"submissionDate": "2027-02-30"}}`, BadDate, Params{Got: `"2027-02-30"`}},
		{"string type", `{"format": 1, "focusGroup": {"scope": ["a"]}}`, WrongType, Params{Expected: ValueString, Got: "[…]"}},
		{"bool type", `{"format": 1, "supporters": [{"committed": "yes"}]}`, WrongType, Params{Expected: ValueBool, Got: `"yes"`}},
		{"int type", `{"format": 1, "timeline": {"durationMonths": null}}`, WrongType, Params{Expected: ValueInteger, Got: "null"}},
		{"list type", `{"format": 1, "supporters": {"entity": "x"}}`, WrongType, Params{Expected: ValueList, Got: "{…}"}},
		{"object type", `{"format": 1, "leadership": true}`, WrongType, Params{Expected: ValueObject, Got: "true"}},
		{"id", `{"format": 1, "id": "a b"}`, WrongType, Params{Expected: ValueID, Got: `"a b"`, Limit: maxIDLen}},
		{"range", `{"format": 1, "timeline": {"durationMonths": 9.5}}`, NumberRange, Params{Got: "9.5", Limit: maxDurationMonth}},
		{"enum", `{"format": 1, "contribution": {"route": "email"}}`, BadValue, Params{Value: "email", Allowed: []string{"meeting", "between-meetings"}}},
		{"language key", `{"format": 1, "translations": {"de": {}}}`, BadLanguage, Params{Value: "de", Allowed: []string{"ar", "zh", "en", "fr", "ru", "es"}}},
		{"translation path", `{"format": 1, "translations": {"fr": {"focusGroup.scop": {"text": "x"}}}}`, NotTextField, Params{Value: "focusGroup.scop"}},
		{"unknown field", `{"format": 1, "focusGroup": {"scop": "x", "zz": 1, "yy": 2}}`, UnknownField, Params{Value: "scop", Suggestion: "focusGroup.scope", More: 2}},
		{"unknown field, no suggestion", `{"format": 1, "comments": "x"}`, UnknownField, Params{Value: "comments"}},
		{"too long", `{"format": 1, "focusGroup": {"background": "` + long + `"}}`, StringTooLong, Params{Count: MaxStringLen + 1, Limit: MaxStringLen}},
		{"too many", `{"format": 1, "supporters": ` + many + `}`, TooManyItems, Params{Count: MaxListLen + 1, Limit: MaxListLen}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode([]byte(c.data))
			var de *Error
			if !errors.As(err, &de) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if de.Problem != c.problem {
				t.Errorf("problem %q, want %q (%v)", de.Problem, c.problem, Clip(err.Error()))
			}
			if !reflect.DeepEqual(de.Params, c.params) {
				t.Errorf("params %+v, want %+v", de.Params, c.params)
			}
		})
	}
}

func TestLoadProblems(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(filepath.Join(dir, "missing.json"))
	var de *Error
	if !errors.As(err, &de) || de.Problem != NotFound || de.Params.Detail == "" {
		t.Errorf("missing file: %#v", err)
	}
	_, err = Load(dir)
	if !errors.As(err, &de) || de.Problem != NotRegular {
		t.Errorf("folder: %#v", err)
	}
	if os.Geteuid() != 0 { // root reads any file
		locked := filepath.Join(dir, "locked.json")
		if err := os.WriteFile(locked, []byte("{}"), 0o000); err != nil {
			t.Fatal(err)
		}
		_, err = Load(locked)
		if !errors.As(err, &de) || de.Problem != NoPermission {
			t.Errorf("unreadable file: %#v", err)
		}
	}
	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	_, err = Load(big)
	if !errors.As(err, &de) || de.Problem != TooLarge || de.Params.Count != MaxFileSize+1 || de.Params.Limit != MaxFileSize {
		t.Errorf("big file: %#v", err)
	}
}
