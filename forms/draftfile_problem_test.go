package forms

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
		problem    DraftProblem
		params     DraftParams
	}{
		{"empty", " \n", DraftEmpty, DraftParams{}},
		{"not utf-8", "{\"format\": 1, \"id\": \"caf\xe9\"}", DraftNotUTF8, DraftParams{}},
		{"syntax", "{\"format\": 1,}", DraftSyntax, DraftParams{}},
		{"truncated", `{"format": 1, "focusGroup": {"scope": "abc`, DraftTruncated, DraftParams{}},
		{"truncated object", `{"format": 1, `, DraftTruncated, DraftParams{}},
		{"duplicate member", "{\"format\": 1, \"id\": \"a\", \"id\": \"b\"}", DraftDuplicateMember, DraftParams{Value: "id"}},
		{"too deep", strings.Repeat("[", maxDepth+1), DraftTooDeep, DraftParams{Limit: maxDepth}},
		{"line break in a string", "{\"format\": 1, \"id\": \"a\nb\"}", DraftControlChar, DraftParams{}},
		{"bad escape", `{"format": 1, "id": "\x"}`, DraftBadEscape, DraftParams{}},
		{"bad unicode escape", `{"format": 1, "id": "\u12"}`, DraftBadEscape, DraftParams{}},
		{"list", `[{"format": 1}]`, DraftNotObject, DraftParams{Got: "[…]"}},
		{"string", `"draft"`, DraftNotObject, DraftParams{Got: `"draft"`}},
		{"no format", `{"language": "en"}`, DraftNoFormat, DraftParams{}},
		{"newer format", `{"format": 2}`, DraftNewerFormat, DraftParams{Version: "2", Limit: FormatVersion}},
		{"huge format", `{"format": 100000000000000000000}`, DraftNewerFormat, DraftParams{Version: "100000000000000000000", Limit: FormatVersion}},
		{"format zero", `{"format": 0}`, DraftUnknownFormat, DraftParams{Version: "0", Limit: FormatVersion}},
		{"format string", `{"format": "1"}`, DraftWrongType, DraftParams{Expected: ValueFormat, Got: `"1"`, Limit: FormatVersion}},
		{"date type", `{"format": 1, "contribution": {"meeting": {"start": 12}}}`, DraftBadDate, DraftParams{Got: "12"}},
		{"bad date", `{"format": 1, "contribution": {"submissionDate": "2027-02-30"}}`, DraftBadDate, DraftParams{Got: `"2027-02-30"`}},
		{"string type", `{"format": 1, "focusGroup": {"scope": ["a"]}}`, DraftWrongType, DraftParams{Expected: ValueString, Got: "[…]"}},
		{"bool type", `{"format": 1, "supporters": [{"committed": "yes"}]}`, DraftWrongType, DraftParams{Expected: ValueBool, Got: `"yes"`}},
		{"int type", `{"format": 1, "timeline": {"durationMonths": null}}`, DraftWrongType, DraftParams{Expected: ValueInteger, Got: "null"}},
		{"list type", `{"format": 1, "supporters": {"entity": "x"}}`, DraftWrongType, DraftParams{Expected: ValueList, Got: "{…}"}},
		{"object type", `{"format": 1, "leadership": true}`, DraftWrongType, DraftParams{Expected: ValueObject, Got: "true"}},
		{"id", `{"format": 1, "id": "a b"}`, DraftWrongType, DraftParams{Expected: ValueID, Got: `"a b"`, Limit: maxIDLen}},
		{"range", `{"format": 1, "timeline": {"durationMonths": 9.5}}`, DraftNumberRange, DraftParams{Got: "9.5", Limit: maxDurationMonth}},
		{"enum", `{"format": 1, "contribution": {"route": "email"}}`, DraftBadValue, DraftParams{Value: "email", Allowed: []string{"meeting", "between-meetings"}}},
		{"language key", `{"format": 1, "translations": {"de": {}}}`, DraftBadLanguage, DraftParams{Value: "de", Allowed: []string{"ar", "zh", "en", "fr", "ru", "es"}}},
		{"translation path", `{"format": 1, "translations": {"fr": {"focusGroup.scop": {"text": "x"}}}}`, DraftNotTextField, DraftParams{Value: "focusGroup.scop"}},
		{"unknown field", `{"format": 1, "focusGroup": {"scop": "x", "zz": 1, "yy": 2}}`, DraftUnknownField, DraftParams{Value: "scop", Suggestion: "focusGroup.scope", More: 2}},
		{"unknown field, no suggestion", `{"format": 1, "comments": "x"}`, DraftUnknownField, DraftParams{Value: "comments"}},
		{"too long", `{"format": 1, "focusGroup": {"background": "` + long + `"}}`, DraftStringTooLong, DraftParams{Count: MaxStringLen + 1, Limit: MaxStringLen}},
		{"too many", `{"format": 1, "supporters": ` + many + `}`, DraftTooManyItems, DraftParams{Count: MaxListLen + 1, Limit: MaxListLen}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode([]byte(c.data))
			var de *DraftError
			if !errors.As(err, &de) {
				t.Fatalf("got %v, want a *DraftError", err)
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
	var de *DraftError
	if !errors.As(err, &de) || de.Problem != DraftNotFound || de.Params.Detail == "" {
		t.Errorf("missing file: %#v", err)
	}
	_, err = Load(dir)
	if !errors.As(err, &de) || de.Problem != DraftNotRegular {
		t.Errorf("folder: %#v", err)
	}
	if os.Geteuid() != 0 { // root reads any file
		locked := filepath.Join(dir, "locked.json")
		if err := os.WriteFile(locked, []byte("{}"), 0o000); err != nil {
			t.Fatal(err)
		}
		_, err = Load(locked)
		if !errors.As(err, &de) || de.Problem != DraftNoPermission {
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
	if !errors.As(err, &de) || de.Problem != DraftTooLarge || de.Params.Count != MaxFileSize+1 || de.Params.Limit != MaxFileSize {
		t.Errorf("big file: %#v", err)
	}
}
