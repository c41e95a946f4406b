package locales

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"fgdraft/assets"
	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// decodeErr is the *draftfile.Error decoding data gives.
func decodeErr(t *testing.T, data string) *draftfile.Error {
	t.Helper()
	_, err := draftfile.Decode([]byte(data))
	var de *draftfile.Error
	if !errors.As(err, &de) {
		t.Fatalf("decoding %.40q: got %v, want a *draftfile.Error", data, err)
	}
	return de
}

// Every problem a draft file can have is said in each of the six languages,
// with its particulars and without a template's leftovers.
func TestDraftErrorEveryProblemInEveryLanguage(t *testing.T) {
	cat := mustLoadReference(t)
	cases := []struct {
		problem draftfile.Problem
		err     *draftfile.Error
		shows   []string // particulars every language shows
	}{
		{draftfile.CannotOpen, &draftfile.Error{File: "/x/a.json", Problem: draftfile.CannotOpen, Params: draftfile.Params{Detail: "permission denied"}}, []string{"permission denied", "a.json"}},
		{draftfile.NotFound, &draftfile.Error{File: "/x/gone.json", Problem: draftfile.NotFound}, []string{"/x/gone.json"}},
		{draftfile.NoPermission, &draftfile.Error{File: "/x/locked.json", Problem: draftfile.NoPermission}, []string{"/x/locked.json"}},
		{draftfile.NotRegular, &draftfile.Error{File: "/x/pipe.json", Problem: draftfile.NotRegular}, []string{"pipe.json", ".json"}},
		{draftfile.TooLarge, &draftfile.Error{File: "/x/big.json", Problem: draftfile.TooLarge, Params: draftfile.Params{Count: 20 << 20, Limit: 16 << 20}}, []string{"16", "big.json"}},
		{draftfile.Empty, decodeErr(t, " "), nil},
		{draftfile.NotUTF8, decodeErr(t, "{\"id\": \"caf\xe9\"}"), []string{"UTF-8"}},
		{draftfile.Syntax, decodeErr(t, "{\n\"format\": 1,}"), []string{"JSON", "2"}},
		{draftfile.Truncated, decodeErr(t, `{"format": 1, "id": "ab`), nil},
		{draftfile.DuplicateMember, decodeErr(t, "{\"format\": 1,\n\"id\": \"a\", \"id\": \"b\"}"), []string{"id", "2"}},
		{draftfile.TooDeep, decodeErr(t, strings.Repeat("[", 1000)), nil},
		{draftfile.ControlChar, decodeErr(t, "{\"format\": 1, \"id\": \"a\tb\"}"), []string{`\n`}},
		{draftfile.BadEscape, decodeErr(t, `{"format": 1, "id": "\x"}`), []string{`\x`, `\\`}},
		{draftfile.NotObject, decodeErr(t, `[1]`), []string{"[…]", "JSON"}},
		{draftfile.NoFormat, decodeErr(t, `{}`), []string{"fgdraft"}},
		{draftfile.NewerFormat, decodeErr(t, `{"format": 7}`), []string{"7", "fgdraft"}},
		{draftfile.UnknownFormat, decodeErr(t, `{"format": 0}`), []string{"0", "format"}},
		{draftfile.WrongType, decodeErr(t, `{"format": "1"}`), []string{`"1"`, "format"}},
		{draftfile.WrongType, decodeErr(t, `{"format": 1, "focusGroup": {"scope": 3}}`), []string{"3", "focusGroup.scope"}},
		{draftfile.WrongType, decodeErr(t, `{"format": 1, "supporters": [{"committed": "yes"}]}`), []string{`"yes"`, "true", "false", "supporters[0].committed"}},
		{draftfile.WrongType, decodeErr(t, `{"format": 1, "timeline": {"durationMonths": "9"}}`), []string{`"9"`, "timeline.durationMonths"}},
		{draftfile.WrongType, decodeErr(t, `{"format": 1, "supporters": {}}`), []string{"{…}", "[…]"}},
		{draftfile.WrongType, decodeErr(t, `{"format": 1, "leadership": []}`), []string{"[…]", "{…}"}},
		{draftfile.WrongType, decodeErr(t, `{"format": 1, "id": "a b"}`), []string{`"a b"`, "64"}},
		{draftfile.BadDate, decodeErr(t, `{"format": 1, "contribution": {"submissionDate": "27/01/2027"}}`), []string{`"27/01/2027"`, "contribution.submissionDate"}},
		{draftfile.BadValue, decodeErr(t, `{"format": 1, "contribution": {"route": "email"}}`), []string{"email", "between-meetings"}},
		{draftfile.BadLanguage, decodeErr(t, `{"format": 1, "translations": {"de": {}}}`), []string{"de", "ru"}},
		{draftfile.NotTextField, decodeErr(t, `{"format": 1, "translations": {"fr": {"x.y": {"text": "a"}}}}`), []string{"x.y"}},
		{draftfile.NumberRange, decodeErr(t, `{"format": 1, "timeline": {"durationMonths": 9.5}}`), []string{"9.5", "1200"}},
		{draftfile.TooManyItems, &draftfile.Error{Field: "supporters", Problem: draftfile.TooManyItems, Params: draftfile.Params{Count: 5001, Limit: 5000}}, []string{"5001", "5000"}},
		{draftfile.StringTooLong, &draftfile.Error{Field: "focusGroup.scope", Problem: draftfile.StringTooLong, Params: draftfile.Params{Count: 200001, Limit: 200000}}, []string{"200001", "200000"}},
		{draftfile.UnknownField, decodeErr(t, `{"format": 1, "focusGroup": {"scop": "x", "zz": 1, "yy": 2}}`), []string{"scop", "focusGroup.scope"}},
		{draftfile.NotFormat, &draftfile.Error{File: "/x/c.pdf", Problem: draftfile.NotFormat, Params: draftfile.Params{Format: "pdf"}}, []string{"PDF", "c.pdf"}},
		{draftfile.BadContainer, &draftfile.Error{File: "/x/c.docx", Problem: draftfile.BadContainer, Params: draftfile.Params{Format: "docx", Detail: "zip: not a valid zip file"}}, []string{"Word", "zip: not a valid zip file"}},
		{draftfile.Internal, &draftfile.Error{Field: "x", Problem: draftfile.Internal, Params: draftfile.Params{Detail: "forms.Thing"}}, []string{"forms.Thing"}},
	}
	seen := map[draftfile.Problem]bool{}
	for _, c := range cases {
		if c.err.Problem != c.problem {
			t.Fatalf("%v: problem %q, want %q", c.err, c.err.Problem, c.problem)
		}
		seen[c.problem] = true
		english := cat.In(forms.English).DraftError(c.err)
		for _, lang := range forms.Languages() {
			msg := cat.In(lang).DraftError(c.err)
			for _, leftover := range []string{"[drafterr.", "[field.", "<no value>", "{{", "%!"} {
				if strings.Contains(msg, leftover) {
					t.Errorf("%s, %s: %q holds %q", c.problem, lang, msg, leftover)
				}
			}
			for _, s := range c.shows {
				if !strings.Contains(msg, s) {
					t.Errorf("%s, %s: %q does not show %q", c.problem, lang, msg, s)
				}
			}
			if c.err.Line > 0 && !strings.Contains(msg, cat.In(lang).T("drafterr.position", map[string]any{"Line": c.err.Line, "Column": c.err.Column})) {
				t.Errorf("%s, %s: %q does not give the position", c.problem, lang, msg)
			}
			if lang != forms.English && msg == english {
				t.Errorf("%s, %s: said in English: %q", c.problem, lang, msg)
			}
		}
	}
	if len(seen) != 29 { // the constants of draftfile.Problem
		t.Errorf("%d problems tried, want all 29", len(seen))
	}
}

// A field is named by its label in the interface's language and its path.
func TestDraftErrorNamesFieldByLabel(t *testing.T) {
	cat := mustLoadReference(t)
	de := decodeErr(t, `{"format": 1, "gapAnalysis": {"entries": [{}, {"coverage": "most"}]}}`)
	for _, lang := range forms.Languages() {
		loc := cat.In(lang)
		msg := loc.DraftError(de)
		if want := loc.FieldLabel("gapAnalysis.entries[1].coverage"); !strings.Contains(msg, want) {
			t.Errorf("%s: %q lacks the label %q", lang, msg, want)
		}
		if !strings.Contains(msg, "gapAnalysis.entries[1].coverage") {
			t.Errorf("%s: %q lacks the path", lang, msg)
		}
	}
}

// Whatever damage a draft file has, its refusal carries a problem and is
// said in each language without a template's leftovers: the bundled example
// cut at many points and with bytes overwritten.
func TestDraftErrorForDamagedExample(t *testing.T) {
	cat := mustLoadReference(t)
	good := assets.Example
	var damaged [][]byte
	for cut := 0; cut < len(good)-2; cut += 97 {
		damaged = append(damaged, good[:cut])
	}
	for at := 0; at < len(good); at += 89 {
		for _, b := range []byte{'"', '}', ']', ',', 'x', '9', 0xff} {
			d := bytes.Clone(good)
			d[at] = b
			damaged = append(damaged, d)
		}
	}
	refused := 0
	for _, data := range damaged {
		_, err := draftfile.Decode(data)
		if err == nil {
			continue
		}
		refused++
		var de *draftfile.Error
		if !errors.As(err, &de) {
			t.Fatalf("got %v, want a *draftfile.Error", err)
		}
		if de.Problem == "" {
			t.Fatalf("no problem kind for %v", err)
		}
		for _, lang := range forms.Languages() {
			msg := cat.In(lang).DraftError(de)
			for _, leftover := range []string{"[drafterr.", "[field.", "<no value>", "{{", "%!"} {
				if strings.Contains(msg, leftover) {
					t.Fatalf("%s: %q holds %q (%v)", lang, msg, leftover, err)
				}
			}
		}
	}
	if refused < len(damaged)/2 {
		t.Errorf("only %d of %d damaged files refused", refused, len(damaged))
	}
}
