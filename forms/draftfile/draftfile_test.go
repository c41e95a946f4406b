package draftfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"fgdraft/forms"
)

// draftFile is the top-level object of a draft file for encoding/json: the
// proposal's members with the format version first.
type draftFile struct {
	Format int `json:"format"`
	*forms.Proposal
}

// encodeStd is Encode done by encoding/json: the reference the encoder is
// tested against.
func encodeStd(p *forms.Proposal) ([]byte, error) {
	c := p.Clone()
	emptyLists(reflect.ValueOf(c).Elem())
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(draftFile{Format: FormatVersion, Proposal: c}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// emptyLists replaces nil slices with empty ones so that lists are written as
// [] rather than null.
func emptyLists(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == dateType {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				emptyLists(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.IsNil() {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
			return
		}
		for i := 0; i < v.Len(); i++ {
			emptyLists(v.Index(i))
		}
	}
}

// exampleFiles are the shipped example drafts.
func exampleFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../../examples/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no examples in ../../examples")
	}
	return append(files, "../../assets/example.json")
}

// fullProposal has a non-zero value in every field of the model (one item in
// every list), so that a round trip exercises every member.
func fullProposal() *forms.Proposal {
	p := new(forms.Proposal)
	n := 0
	var fill func(path string, v reflect.Value)
	fill = func(path string, v reflect.Value) {
		n++
		t := v.Type()
		if t == dateType {
			v.Set(reflect.ValueOf(forms.NewDate(2027, time.Month(1+n%12), 1+n%28)))
			return
		}
		if allowed, ok := tables().enums[t]; ok {
			v.SetString(allowed[n%len(allowed)])
			return
		}
		switch t.Kind() {
		case reflect.String:
			if path == "id" {
				v.SetString("0123456789abcdef0123456789abcdef")
				return
			}
			v.SetString(fmt.Sprintf("%s <é 中文 عربي & \"q\"> %d", path, n))
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Int:
			v.SetInt(int64(1 + n%9))
		case reflect.Slice:
			s := reflect.MakeSlice(t, 2, 2)
			fill(path+"[0]", s.Index(0))
			fill(path+"[1]", s.Index(1))
			v.Set(s)
		case reflect.Struct:
			for i := 0; i < t.NumField(); i++ {
				if t.Field(i).IsExported() {
					fill(path+"."+t.Field(i).Name, v.Field(i))
				}
			}
		case reflect.Map:
			// translations: filled below from the text fields
		default:
			panic("fullProposal: unhandled type " + t.String())
		}
	}
	fill("", reflect.ValueOf(p).Elem())
	p.ID = "0123456789abcdef0123456789abcdef"
	p.Language = forms.English
	for i, f := range p.TextFields() {
		if i%3 == 0 {
			p.SetTranslation(f, forms.French, "fr: "+f.Get())
		}
		if i%4 == 0 {
			p.SetTranslation(f, forms.Arabic, "ar: عربي "+f.Get())
		}
	}
	return p
}

func TestFullRoundTrip(t *testing.T) {
	p := fullProposal()
	data, err := Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Decode(data)
	if err != nil {
		t.Fatalf("decode: %v\n%s", err, data)
	}
	if !reflect.DeepEqual(p, q) {
		t.Fatalf("round trip changed the proposal:\n%#v\n%#v", p, q)
	}
	std, err := encodeStd(p)
	if err != nil || !bytes.Equal(std, data) {
		t.Fatalf("Encode differs from encoding/json:\n%s\n---\n%s", data, std)
	}
	again, err := Encode(q)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Fatal("re-encoding is not byte-identical")
	}
	if !bytes.HasPrefix(data, []byte("{\n  \"format\": 1,\n  \"id\": ")) || !bytes.HasSuffix(data, []byte("}\n")) {
		t.Fatalf("unexpected layout:\n%.200s", data)
	}
	if bytes.Contains(data, []byte(`\u003c`)) {
		t.Error("HTML characters are escaped; they should be written as is")
	}
}

func TestEmptyProposalRoundTrip(t *testing.T) {
	data, err := Encode(&forms.Proposal{})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("null")) {
		t.Errorf("empty lists should be written as [], got:\n%s", data)
	}
	p, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if p.ID == "" {
		t.Error("a draft without ID should get one on load")
	}
	p2, _ := Decode(data)
	if p.ID != p2.ID {
		t.Error("the ID given to a draft without one should be stable for the same file")
	}
	p.ID = ""
	if !reflect.DeepEqual(p, &forms.Proposal{}) {
		t.Errorf("empty proposal changed: %#v", p)
	}
}

func TestExamplesRoundTrip(t *testing.T) {
	for _, file := range exampleFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Load(file)
			if err != nil {
				t.Fatal(err)
			}
			if p.ID == "" || !p.Language.Valid() {
				t.Errorf("example lacks ID or language: %q %q", p.ID, p.Language)
			}
			enc, err := Encode(p)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(enc, data) {
				t.Errorf("the example is not in canonical form (re-encoding differs); run `go generate ./...`, which re-encodes the examples")
			}
			q, err := Decode(enc)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(p, q) {
				t.Error("decode(encode(p)) != p")
			}
		})
	}
}

func TestBundledExampleIsEnglishExample(t *testing.T) {
	a, err := os.ReadFile("../../assets/example.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("../../examples/fg-example-en.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("assets/example.json must be a copy of examples/fg-example-en.json")
	}
}

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "draft.json")
	p := fullProposal()
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v, want 0644", fi.Mode().Perm())
	}
	q, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p, q) {
		t.Error("Load(Save(p)) != p")
	}
	// An existing file keeps its mode.
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	p.FocusGroup.Name = "changed"
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	fi, _ = os.Stat(path)
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("mode after save %v, want 0600 kept", fi.Mode().Perm())
	}
	q, _ = Load(path)
	if q.FocusGroup.Name != "changed" {
		t.Error("second save not written")
	}
	assertNoTemp(t, dir)
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestSaveFollowsSymlink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks")
	}
	dir := t.TempDir()
	real := filepath.Join(dir, "real.json")
	link := filepath.Join(dir, "link.json")
	if err := Save(real, &forms.Proposal{ID: "a"}); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.json", link); err != nil {
		t.Fatal(err)
	}
	if err := Save(link, &forms.Proposal{ID: "b"}); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&fs.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	p, err := Load(real)
	if err != nil || p.ID != "b" {
		t.Errorf("target not updated: %v %v", p, err)
	}
}

func TestSaveFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "draft.json")
	old := fullProposal()
	if err := Save(path, old); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)

	t.Run("draft that would not load back", func(t *testing.T) {
		bad := fullProposal()
		bad.Supporters = make([]forms.Supporter, MaxListLen+1)
		err := Save(path, bad)
		if err == nil || !strings.Contains(err.Error(), "would not load back") {
			t.Fatalf("got %v", err)
		}
		bad = fullProposal()
		bad.Timeline.Start = forms.Date{Year: 123456, Month: 1, Day: 1}
		if err := Save(path, bad); err == nil {
			t.Fatal("saved a date that cannot be read back")
		}
	})
	t.Run("read-only folder", func(t *testing.T) {
		if runtime.GOOS == "windows" || os.Geteuid() == 0 {
			t.Skip("permissions are not enforced for root")
		}
		if err := os.Chmod(dir, 0o500); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(dir, 0o700)
		if err := Save(path, &forms.Proposal{}); err == nil {
			t.Fatal("save into a read-only folder succeeded")
		}
	})
	t.Run("parent is a file", func(t *testing.T) {
		if err := Save(filepath.Join(path, "x.json"), &forms.Proposal{}); err == nil {
			t.Fatal("save under a file succeeded")
		}
	})
	t.Run("path is a folder", func(t *testing.T) {
		sub := filepath.Join(dir, "sub")
		os.Mkdir(sub, 0o755)
		if err := Save(sub, &forms.Proposal{}); err == nil {
			t.Fatal("save over a folder succeeded")
		}
	})
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a failed save changed the old file")
	}
	assertNoTemp(t, dir)
}

func TestFailedLoadLeavesFileAlone(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.json")
	broken := []byte("{\"format\": 1, \"focusGroup\": {\"scope\": \"half a dra")
	if err := os.WriteFile(path, broken, 0o640); err != nil {
		t.Fatal(err)
	}
	stamp := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	os.Chtimes(path, stamp, stamp)
	if _, err := Load(path); err == nil {
		t.Fatal("broken file loaded")
	}
	got, _ := os.ReadFile(path)
	fi, _ := os.Stat(path)
	if !bytes.Equal(got, broken) || !fi.ModTime().Equal(stamp) || fi.Mode().Perm() != 0o640 {
		t.Error("a failed load touched the file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("a failed load created files: %v", entries)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(filepath.Join(dir, "missing.json"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	big := filepath.Join(dir, "big.json")
	f, _ := os.Create(big)
	f.Truncate(MaxFileSize + 1)
	f.Close()
	_, err = Load(big)
	if err == nil || !strings.Contains(err.Error(), "file too large") {
		t.Errorf("big file: %v", err)
	}
	_, err = Load(dir)
	if err == nil {
		t.Error("loaded a folder")
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"format": 1, "language": "de"}`), 0o644)
	_, err = Load(bad)
	var de *Error
	if !errors.As(err, &de) || de.File != bad || de.Field != "language" || de.Line != 1 || de.Column != 27 {
		t.Errorf("got %#v", err)
	}
	if !strings.HasPrefix(err.Error(), bad+": line 1, column 27: language: unknown value \"de\"") {
		t.Errorf("message: %v", err)
	}
}

func TestDecodeRejects(t *testing.T) {
	long := strings.Repeat("é", MaxStringLen+1)
	many := "[" + strings.Repeat(`{"entity": "x"},`, MaxListLen) + `{"entity": "x"}]`
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	cases := []struct {
		name, data string
		want       []string // fragments of the message
		field      string
	}{
		{"empty", "", []string{"empty file"}, ""},
		{"syntax", "{\n  \"format\": 1,\n  \"language\": \"en\",\n}", []string{"line 4, column 1", "invalid JSON"}, ""},
		{"truncated", `{"format": 1, "focusGroup": {"scope": "abc`, []string{"invalid JSON", "line 1"}, ""},
		{"trailing data", `{"format": 1} {}`, []string{"invalid JSON", "column 15"}, ""},
		{"duplicate member", "{\"format\": 1,\n \"language\": \"en\", \"language\": \"fr\"}", []string{`line 2, column 20: invalid JSON: duplicate member "language"`}, ""},
		{"bad escape", `{"format": 1, "id": "\x"}`, []string{`invalid escape \x`}, ""},
		{"deep nesting", deep, []string{"invalid JSON"}, ""},
		{"not an object", `[{"format": 1}]`, []string{"a list", "a draft is a JSON object"}, ""},
		{"a string", `"draft"`, []string{"a draft is a JSON object"}, ""},
		{"missing format", `{"language": "en"}`, []string{"missing format version"}, "format"},
		{"future format", `{"format": 2, "newThing": true}`, []string{"written by a newer fgdraft (format 2); this version reads format 1"}, "format"},
		{"huge format", `{"format": 100000000000000000000}`, []string{"newer fgdraft"}, "format"},
		{"format zero", `{"format": 0}`, []string{"unknown format version 0"}, "format"},
		{"format string", `{"format": "1"}`, []string{`expected the format version 1, got "1"`}, "format"},
		{"format fraction", `{"format": 1.5}`, []string{"unknown format version 1.5"}, "format"},
		{"date type", `{"format": 1, "contribution": {"meeting": {"start": 12}}}`,
			[]string{"contribution.meeting.start: expected a date YYYY-MM-DD, got 12"}, "contribution.meeting.start"},
		{"bad date", `{"format": 1, "timeline": {"meetings": [{}, {"end": "2027-02-30"}]}}`,
			[]string{`timeline.meetings[1].end: expected a date YYYY-MM-DD, got "2027-02-30"`}, "timeline.meetings[1].end"},
		{"date form", `{"format": 1, "contribution": {"submissionDate": "27/01/2027"}}`,
			[]string{"expected a date YYYY-MM-DD"}, "contribution.submissionDate"},
		{"string type", `{"format": 1, "focusGroup": {"scope": ["a"]}}`, []string{"focusGroup.scope: expected a string, got a list"}, "focusGroup.scope"},
		{"null string", `{"format": 1, "focusGroup": {"name": null}}`, []string{"expected a string, got null"}, "focusGroup.name"},
		{"bool type", `{"format": 1, "supporters": [{"committed": "yes"}]}`, []string{`supporters[0].committed: expected true or false, got "yes"`}, "supporters[0].committed"},
		{"int type", `{"format": 1, "timeline": {"durationMonths": "9"}}`, []string{`expected a whole number, got "9"`}, "timeline.durationMonths"},
		{"int fraction", `{"format": 1, "timeline": {"durationMonths": 9.5}}`, []string{"expected a whole number from 0 to 1200, got 9.5"}, "timeline.durationMonths"},
		{"int huge", `{"format": 1, "timeline": {"durationMonths": 1e400}}`, []string{"from 0 to 1200, got 1e400"}, "timeline.durationMonths"},
		{"int negative", `{"format": 1, "contribution": {"parentGroup": {"number": -3}}}`, []string{"from 0 to 99, got -3"}, "contribution.parentGroup.number"},
		{"revision range", `{"format": 1, "contribution": {"revision": 100}}`, []string{"from 0 to 99, got 100"}, "contribution.revision"},
		{"object type", `{"format": 1, "leadership": "me"}`, []string{`leadership: expected an object, got "me"`}, "leadership"},
		{"list type", `{"format": 1, "supporters": {"entity": "x"}}`, []string{"supporters: expected a list, got an object"}, "supporters"},
		{"unknown field", `{"format": 1, "focusGroup": {"scop": "x"}}`, []string{`unknown field "focusGroup.scop" (did you mean "focusGroup.scope"?)`}, "focusGroup.scop"},
		{"unknown top field", `{"format": 1, "comments": "x"}`, []string{`unknown field "comments"`}, "comments"},
		{"unknown nested field", `{"format": 1, "gapAnalysis": {"entries": [{"body": "x", "gaps": "y"}]}}`,
			[]string{`unknown field "gapAnalysis.entries[0].gaps" (did you mean "gapAnalysis.entries[0].gap"?)`}, "gapAnalysis.entries[0].gaps"},
		{"unknown language", `{"format": 1, "language": "de"}`, []string{`language: unknown value "de"; allowed: "ar", "zh", "en", "fr", "ru", "es"`}, "language"},
		{"unknown category", `{"format": 1, "supporters": [{"category": "observer"}]}`, []string{`supporters[0].category: unknown value "observer"; allowed: "member-state"`}, "supporters[0].category"},
		{"unknown chair category", `{"format": 1, "leadership": {"chair": {"category": "guest"}}}`, []string{`leadership.chair.category: unknown value "guest"`}, "leadership.chair.category"},
		{"unknown coverage", `{"format": 1, "gapAnalysis": {"entries": [{"coverage": "most"}]}}`, []string{`unknown value "most"; allowed: "none", "partial", "full"`}, "gapAnalysis.entries[0].coverage"},
		{"unknown body kind", `{"format": 1, "gapAnalysis": {"entries": [{"kind": "itu-r"}]}}`, []string{`gapAnalysis.entries[0].kind: unknown value "itu-r"; allowed: "itu-t", "sdo", "forum", "consortium"`}, "gapAnalysis.entries[0].kind"},
		{"unknown deliverable type", `{"format": 1, "focusGroup": {"deliverables": [{"type": "white-paper"}]}}`, []string{`focusGroup.deliverables[0].type: unknown value "white-paper"; allowed: "technical-specification"`}, "focusGroup.deliverables[0].type"},
		{"unknown route", `{"format": 1, "contribution": {"route": "email"}}`, []string{`contribution.route: unknown value "email"; allowed: "meeting", "between-meetings"`}, "contribution.route"},
		{"unknown group kind", `{"format": 1, "contribution": {"parentGroup": {"kind": "wp"}}}`, []string{`contribution.parentGroup.kind: unknown value "wp"; allowed: "study-group", "tsag"`}, "contribution.parentGroup.kind"},
		{"translation language", `{"format": 1, "translations": {"de": {"focusGroup.scope": {"text": "x", "source": "y"}}}}`, []string{`translations.de: unknown language "de"`}, "translations.de"},
		{"translation path", `{"format": 1, "translations": {"fr": {"focusGroup.scop": {"text": "x"}}}}`, []string{`"focusGroup.scop" is not the path of a free-text field`}, `translations.fr["focusGroup.scop"]`},
		{"translation index", `{"format": 1, "translations": {"fr": {"supporters[x].entity": {"text": "x"}}}}`, []string{`is not the path of a free-text field`}, `translations.fr["supporters[x].entity"]`},
		{"translation field", `{"format": 1, "translations": {"fr": {"focusGroup.scope": {"txt": "x"}}}}`, []string{`unknown field "translations.fr[\"focusGroup.scope\"].txt"`}, `translations.fr["focusGroup.scope"].txt`},
		{"too long", `{"format": 1, "focusGroup": {"background": "` + long + `"}}`, []string{"focusGroup.background: text too long: 200001 characters, at most 200000"}, "focusGroup.background"},
		{"too many", `{"format": 1, "supporters": ` + many + `}`, []string{"supporters: too many items: 5001, at most 5000"}, "supporters"},
		{"bad id", `{"format": 1, "id": "a b"}`, []string{"id: expected a draft ID"}, "id"},
		{"invalid utf-8", "{\"format\": 1,\n \"focusGroup\": {\"name\": \"caf\xe9\"}}", []string{"invalid UTF-8", "line 2, column 29"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := Decode([]byte(c.data))
			if err == nil {
				t.Fatalf("decoded: %+v", p)
			}
			var de *Error
			if !errors.As(err, &de) {
				t.Fatalf("not an *Error: %T %v", err, err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message %q lacks %q", Clip(err.Error()), w)
				}
			}
			if de.Field != c.field {
				t.Errorf("field %q, want %q", de.Field, c.field)
			}
			if c.field != "" && c.name != "missing format" && de.Line == 0 {
				t.Errorf("no position for %s", c.field)
			}
		})
	}
}

func TestErrorPosition(t *testing.T) {
	data := "{\n  \"format\": 1,\n  \"contribution\": {\n    \"meeting\": {\n      \"place\": \"Genève\",\n      \"start\": 12\n    }\n  }\n}\n"
	_, err := Decode([]byte(data))
	var de *Error
	if !errors.As(err, &de) {
		t.Fatal(err)
	}
	if de.Line != 6 || de.Column != 16 || data[de.Offset:de.Offset+2] != "12" {
		t.Errorf("position %d:%d (offset %d), want 6:16", de.Line, de.Column, de.Offset)
	}
	if got := err.Error(); got != "line 6, column 16: contribution.meeting.start: expected a date YYYY-MM-DD, got 12" {
		t.Errorf("message %q", got)
	}
	data = "{\"format\": 1, \"translations\": {\"fr\": {\"focusGroup.scope\": {\"text\": 3}}}}"
	_, err = Decode([]byte(data))
	if !errors.As(err, &de) || de.Offset != int64(strings.Index(data, "3")) {
		t.Errorf("translation position: %v (offset %d)", err, de.Offset)
	}
}

func TestNullLists(t *testing.T) {
	p, err := Decode([]byte(`{"format": 1, "supporters": null, "translations": {"fr": {}}, "focusGroup": {"deliverables": []}}`))
	if err != nil {
		t.Fatal(err)
	}
	if p.Supporters != nil || p.Translations != nil || p.FocusGroup.Deliverables != nil {
		t.Errorf("empty lists and maps should decode as nil: %#v", p)
	}
}

func TestIDs(t *testing.T) {
	a, b := forms.NewID(), forms.NewID()
	if len(a) != 32 || a == b || !ValidID(a) {
		t.Errorf("NewID: %q %q", a, b)
	}
	var p forms.Proposal
	id := p.EnsureID()
	if id == "" || p.ID != id || p.EnsureID() != id {
		t.Error("EnsureID")
	}
}

// bigProposal is a draft of about 1 MB.
func bigProposal() *forms.Proposal {
	p := fullProposal()
	para := strings.Repeat("The focus group studies the migration of network operations to AI-native control loops. ", 20) + "\n\n"
	p.FocusGroup.Background = strings.Repeat(para, 60)
	p.FocusGroup.Scope = strings.Repeat(para, 20)
	for i := 0; i < 600; i++ {
		p.Supporters = append(p.Supporters, forms.Supporter{Entity: fmt.Sprintf("Operator %d", i), Category: forms.SectorMember, Country: "DE", Contact: "someone@example.org", Committed: true, Notes: para[:300]})
		p.GapAnalysis.Entries = append(p.GapAnalysis.Entries, forms.GapEntry{Body: "ETSI", Kind: forms.OtherSDO, Work: para[:400], Coverage: forms.CoveragePartial, Gap: para[:300]})
	}
	for _, f := range p.TextFields() {
		if len(f.Get()) > 1000 {
			p.SetTranslation(f, forms.Chinese, strings.Repeat("焦点组研究网络运营向人工智能原生控制环路的迁移。", 200))
		}
	}
	return p
}

func BenchmarkLoad1MB(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.json")
	if err := Save(path, bigProposal()); err != nil {
		b.Fatal(err)
	}
	fi, _ := os.Stat(path)
	b.SetBytes(fi.Size())
	b.ReportMetric(float64(fi.Size())/1e6, "MB")
	b.ResetTimer()
	for b.Loop() {
		if _, err := Load(path); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSave1MB(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.json")
	p := bigProposal()
	data, _ := Encode(p)
	b.SetBytes(int64(len(data)))
	b.ReportMetric(float64(len(data))/1e6, "MB")
	b.ResetTimer()
	for b.Loop() {
		if err := Save(path, p); err != nil {
			b.Fatal(err)
		}
	}
}
