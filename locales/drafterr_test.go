package locales

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"fgdraft/assets"
	"fgdraft/forms"
)

// decodeErr is the *forms.DraftError decoding data gives.
func decodeErr(t *testing.T, data string) *forms.DraftError {
	t.Helper()
	_, err := forms.Decode([]byte(data))
	var de *forms.DraftError
	if !errors.As(err, &de) {
		t.Fatalf("decoding %.40q: got %v, want a *forms.DraftError", data, err)
	}
	return de
}

// Every problem a draft file can have is said in each of the six languages,
// with its particulars and without a template's leftovers.
func TestDraftErrorEveryProblemInEveryLanguage(t *testing.T) {
	cat := mustLoadReference(t)
	cases := []struct {
		problem forms.DraftProblem
		err     *forms.DraftError
		shows   []string // particulars every language shows
	}{
		{forms.DraftCannotOpen, &forms.DraftError{File: "/x/a.json", Problem: forms.DraftCannotOpen, Params: forms.DraftParams{Detail: "permission denied"}}, []string{"permission denied", "a.json"}},
		{forms.DraftNotFound, &forms.DraftError{File: "/x/gone.json", Problem: forms.DraftNotFound}, []string{"/x/gone.json"}},
		{forms.DraftNoPermission, &forms.DraftError{File: "/x/locked.json", Problem: forms.DraftNoPermission}, []string{"/x/locked.json"}},
		{forms.DraftNotRegular, &forms.DraftError{File: "/x/pipe.json", Problem: forms.DraftNotRegular}, []string{"pipe.json", ".json"}},
		{forms.DraftTooLarge, &forms.DraftError{File: "/x/big.json", Problem: forms.DraftTooLarge, Params: forms.DraftParams{Count: 20 << 20, Limit: 16 << 20}}, []string{"16", "big.json"}},
		{forms.DraftEmpty, decodeErr(t, " "), nil},
		{forms.DraftNotUTF8, decodeErr(t, "{\"id\": \"caf\xe9\"}"), []string{"UTF-8"}},
		{forms.DraftSyntax, decodeErr(t, "{\n\"format\": 1,}"), []string{"JSON", "2"}},
		{forms.DraftTruncated, decodeErr(t, `{"format": 1, "id": "ab`), nil},
		{forms.DraftDuplicateMember, decodeErr(t, "{\"format\": 1,\n\"id\": \"a\", \"id\": \"b\"}"), []string{"id", "2"}},
		{forms.DraftTooDeep, decodeErr(t, strings.Repeat("[", 1000)), nil},
		{forms.DraftControlChar, decodeErr(t, "{\"format\": 1, \"id\": \"a\tb\"}"), []string{`\n`}},
		{forms.DraftBadEscape, decodeErr(t, `{"format": 1, "id": "\x"}`), []string{`\x`, `\\`}},
		{forms.DraftNotObject, decodeErr(t, `[1]`), []string{"[…]", "JSON"}},
		{forms.DraftNoFormat, decodeErr(t, `{}`), []string{"fgdraft"}},
		{forms.DraftNewerFormat, decodeErr(t, `{"format": 7}`), []string{"7", "fgdraft"}},
		{forms.DraftUnknownFormat, decodeErr(t, `{"format": 0}`), []string{"0", "format"}},
		{forms.DraftWrongType, decodeErr(t, `{"format": "1"}`), []string{`"1"`, "format"}},
		{forms.DraftWrongType, decodeErr(t, `{"format": 1, "focusGroup": {"scope": 3}}`), []string{"3", "focusGroup.scope"}},
		{forms.DraftWrongType, decodeErr(t, `{"format": 1, "supporters": [{"committed": "yes"}]}`), []string{`"yes"`, "true", "false", "supporters[0].committed"}},
		{forms.DraftWrongType, decodeErr(t, `{"format": 1, "timeline": {"durationMonths": "9"}}`), []string{`"9"`, "timeline.durationMonths"}},
		{forms.DraftWrongType, decodeErr(t, `{"format": 1, "supporters": {}}`), []string{"{…}", "[…]"}},
		{forms.DraftWrongType, decodeErr(t, `{"format": 1, "leadership": []}`), []string{"[…]", "{…}"}},
		{forms.DraftWrongType, decodeErr(t, `{"format": 1, "id": "a b"}`), []string{`"a b"`, "64"}},
		{forms.DraftBadDate, decodeErr(t, `{"format": 1, "contribution": {"submissionDate": "27/01/2027"}}`), []string{`"27/01/2027"`, "contribution.submissionDate"}},
		{forms.DraftBadValue, decodeErr(t, `{"format": 1, "contribution": {"route": "email"}}`), []string{"email", "between-meetings"}},
		{forms.DraftBadLanguage, decodeErr(t, `{"format": 1, "translations": {"de": {}}}`), []string{"de", "ru"}},
		{forms.DraftNotTextField, decodeErr(t, `{"format": 1, "translations": {"fr": {"x.y": {"text": "a"}}}}`), []string{"x.y"}},
		{forms.DraftNumberRange, decodeErr(t, `{"format": 1, "timeline": {"durationMonths": 9.5}}`), []string{"9.5", "1200"}},
		{forms.DraftTooManyItems, &forms.DraftError{Field: "supporters", Problem: forms.DraftTooManyItems, Params: forms.DraftParams{Count: 5001, Limit: 5000}}, []string{"5001", "5000"}},
		{forms.DraftStringTooLong, &forms.DraftError{Field: "focusGroup.scope", Problem: forms.DraftStringTooLong, Params: forms.DraftParams{Count: 200001, Limit: 200000}}, []string{"200001", "200000"}},
		{forms.DraftUnknownField, decodeErr(t, `{"format": 1, "focusGroup": {"scop": "x", "zz": 1, "yy": 2}}`), []string{"scop", "focusGroup.scope"}},
		{forms.DraftNotFormat, &forms.DraftError{File: "/x/c.pdf", Problem: forms.DraftNotFormat, Params: forms.DraftParams{Format: "pdf"}}, []string{"PDF", "c.pdf"}},
		{forms.DraftBadContainer, &forms.DraftError{File: "/x/c.docx", Problem: forms.DraftBadContainer, Params: forms.DraftParams{Format: "docx", Detail: "zip: not a valid zip file"}}, []string{"Word", "zip: not a valid zip file"}},
		{forms.DraftInternal, &forms.DraftError{Field: "x", Problem: forms.DraftInternal, Params: forms.DraftParams{Detail: "forms.Thing"}}, []string{"forms.Thing"}},
	}
	seen := map[forms.DraftProblem]bool{}
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
	if len(seen) != 29 { // the constants of forms.DraftProblem
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
		_, err := forms.Decode(data)
		if err == nil {
			continue
		}
		refused++
		var de *forms.DraftError
		if !errors.As(err, &de) {
			t.Fatalf("got %v, want a *forms.DraftError", err)
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
