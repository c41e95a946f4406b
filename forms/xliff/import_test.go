package xliff

import (
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// Files that are not XLIFF 2.0 UTF-8 are named for what they are, whatever
// the target language asked for.
func TestXLIFFSaysWhatTheFileIs(t *testing.T) {
	p := xliffProposal()
	out, _ := Export(p, forms.French, p.ID)
	utf16 := []byte{0xFF, 0xFE}
	for _, c := range `<?xml version="1.0"?><xliff/>` {
		utf16 = append(utf16, byte(c), 0)
	}
	latin1 := []byte(strings.Replace(string(out), "Scope text.", "Port\xe9e.", 1))
	declared := strings.Replace(string(out), `encoding="UTF-8"`, `encoding="ISO-8859-1"`, 1)
	xliff12 := `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="fr" datatype="plaintext"><body/></file></xliff>`
	cases := []struct {
		name    string
		data    []byte
		problem Problem
		want    string
	}{
		{"UTF-16", utf16, NotUTF8, "UTF-16"},
		{"Latin-1", latin1, NotUTF8, "not UTF-8: byte 0xE9"},
		{"declared Latin-1", []byte(declared), NotUTF8, `declares encoding "ISO-8859-1"`},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00"), NotUTF8, "not UTF-8"},
		{"text", []byte("just some words\n"), NotXML, "not XML"},
		{"broken XML", []byte("<xliff version='2.0' xmlns='" + xliffNS + "' srcLang='en' trgLang='fr'><file></xliff>"), NotXML, "not well-formed XML"},
		{"no namespace", []byte("<xliff version='2.0'><file/></xliff>"), UnknownVersion, "namespace"},
		{"XLIFF 1.2", []byte(xliff12), UnknownVersion, "XLIFF 1.2: fgdraft reads XLIFF 2.0"},
		{"HTML", []byte("<html><body/></html>"), NotXLIFF, "root element <html>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var xe *Error
			if _, err := ReadHeader(c.data); c.problem != NotXML && (!errors.As(err, &xe) || xe.Problem != c.problem || !strings.Contains(err.Error(), c.want)) {
				t.Fatalf("header: %v, want %s %q", err, c.problem, c.want)
			}
			q := p.Clone()
			if _, err := Import(q, c.data, forms.French); !errors.As(err, &xe) || xe.Problem != c.problem || !strings.Contains(err.Error(), c.want) {
				t.Errorf("import: %v, want %s %q", err, c.problem, c.want)
			}
			if !reflect.DeepEqual(p, q) {
				t.Error("a refused file changed the draft")
			}
		})
	}
}

// Character references to surrogates and non-characters are refused, with
// the line; references to ordinary characters are read.
func TestXLIFFRefusesBadCharacterReferences(t *testing.T) {
	p := xliffProposal()
	out, _ := Export(p, forms.French, p.ID)
	for _, ref := range []string{"&#xD800;", "&#55296;", "&#xDFFF;", "&#xFFFE;", "&#xFFFF;", "&#xFDD0;", "&#x1FFFF;", "&#x10FFFF;", "&#0;", "&#x1;"} {
		filled := fillTargets(t, out, func(src string) string { return "FR " + src })
		bad := strings.Replace(string(filled), "FR Scope text.", "FR "+ref, 1)
		q := p.Clone()
		_, err := Import(q, []byte(bad), forms.French)
		var xe *Error
		if !errors.As(err, &xe) || xe.Problem != BadCharRef || xe.Line == 0 || !strings.Contains(err.Error(), ref) {
			t.Errorf("%s: %v", ref, err)
		}
		if !reflect.DeepEqual(p, q) {
			t.Errorf("%s: the draft changed", ref)
		}
	}
	filled := fillTargets(t, out, func(src string) string { return "FR " + src })
	ok := strings.Replace(string(filled), "FR Scope text.", "FR &#xE9;&#233;&#x1F600;<!-- &#xD800; --><![CDATA[&#xD800;]]>", 1)
	q := p.Clone()
	if _, err := Import(q, []byte(ok), forms.French); err != nil {
		t.Fatal(err)
	}
	if tr, _ := q.TranslationOf(fieldByPath(t, q, "focusGroup.scope"), forms.French); tr.Text != "FR éé\U0001F600&#xD800;" {
		t.Errorf("ordinary references: %q", tr.Text)
	}
}

func TestXLIFFRefusesTheDraftsOwnLanguage(t *testing.T) {
	p := xliffProposal()
	out, _ := Export(p, forms.French, p.ID)
	own := strings.Replace(string(fillTargets(t, out, func(src string) string { return "EN " + src })), `trgLang="fr"`, `trgLang="en"`, 1)
	_, err := Import(p, []byte(own), forms.English)
	var xe *Error
	if !errors.As(err, &xe) || xe.Problem != OwnLanguage || !strings.Contains(err.Error(), "own language") {
		t.Fatalf("got %v", err)
	}
	if p.Translations[forms.English] != nil {
		t.Error("a translation into the draft's own language was stored")
	}
}

// A stale translation stays stale through an export and an import unless
// the translator changed or confirmed it.
func TestXLIFFStaleStaysStale(t *testing.T) {
	base := xliffProposal()
	scope := fieldByPath(t, base, "focusGroup.scope")
	base.SetTranslation(scope, forms.French, "Portée.")
	base.FocusGroup.Scope = "Scope text, revised."
	out, _ := Export(base, forms.French, base.ID)
	if !strings.Contains(string(out), `<segment state="initial">`+"\n"+`          <source xml:space="preserve">Scope text, revised.</source>`+"\n"+`          <target xml:space="preserve">Portée.</target>`) {
		t.Fatalf("the stale translation is not exported as initial:\n%s", out)
	}
	unit := regexp.MustCompile(`(?s)<unit id="focusGroup.scope".*?</unit>`)
	edit := func(state, target string) []byte {
		return []byte(unit.ReplaceAllStringFunc(string(out), func(u string) string {
			u = strings.Replace(u, `state="initial"`, state, 1)
			return strings.Replace(u, "Portée.", target, 1)
		}))
	}
	cases := []struct {
		name, state, target string
		stale               bool
		text                string
	}{
		{"untouched", `state="initial"`, "Portée.", true, "Portée."},
		{"changed, still initial", `state="initial"`, "Portée révisée.", true, "Portée révisée."},
		{"changed and translated", `state="translated"`, "Portée révisée.", false, "Portée révisée."},
		{"confirmed unchanged", `state="reviewed"`, "Portée.", false, "Portée."},
		{"final", `state="final"`, "Portée.", false, "Portée."},
		{"state dropped, unchanged", ``, "Portée.", true, "Portée."},
		{"state dropped, changed", ``, "Portée révisée.", false, "Portée révisée."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := base.Clone()
			res, err := Import(p, edit(c.state, c.target), forms.French)
			if err != nil {
				t.Fatal(err)
			}
			tr, st := p.TranslationOf(fieldByPath(t, p, "focusGroup.scope"), forms.French)
			if (st == forms.Stale) != c.stale || tr.Text != c.text {
				t.Errorf("%q stale=%v, want %q stale=%v", tr.Text, st == forms.Stale, c.text, c.stale)
			}
			if appliedStale := c.stale && c.text != "Portée."; appliedStale != (len(res.Stale) == 1) {
				t.Errorf("reported as applied but stale: %v", res.Stale)
			}
			if c.stale && c.text == "Portée." && res.Changed() {
				t.Errorf("nothing changed, but the result says so: %+v", res)
			}
		})
	}
}

// What the npm "xliff" package's xliff2js → js2xliff makes of an export: no
// file/@original, no metadata, no unit names, no notes, no segment state.
func toolRewrite(doc string) string {
	for _, re := range []string{
		` original="[^"]*"`, `(?s)\s*<mda:metadata>.*?</mda:metadata>`, `(?s)\s*<notes>.*?</notes>`,
		` name="[^"]*"`, ` state="[^"]*"`, ` xmlns:mda="[^"]*"`, ` xml:space="preserve"`,
	} {
		doc = regexp.MustCompile(re).ReplaceAllString(doc, "")
	}
	return doc
}

func TestXLIFFWithoutFgdraftsMarks(t *testing.T) {
	p := xliffProposal()
	scope := fieldByPath(t, p, "focusGroup.scope")
	p.SetTranslation(scope, forms.French, "Portée.")
	p.FocusGroup.Scope = "Scope text, revised." // the scope's translation is stale
	out, _ := Export(p, forms.French, p.ID)
	filled := toolRewrite(string(fillTargets(t, out, func(src string) string { return "FR " + src })))
	if strings.Contains(filled, p.ID) || strings.Contains(filled, "state=") || strings.Contains(filled, "name=") {
		t.Fatalf("the rewrite kept fgdraft's marks:\n%s", filled)
	}
	// The rewritten stale unit has the stale target: drop the added one.
	filled = strings.Replace(filled, "<target>FR Scope text, revised.</target>", "", 1)

	q := p.Clone()
	res, err := Import(q, []byte(filled), forms.French)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Unmarked || len(res.Skipped) != 0 {
		t.Errorf("result %+v", res)
	}
	if tr, st := q.TranslationOf(fieldByPath(t, q, "focusGroup.name"), forms.French); st != forms.Translated || tr.Text != "FR "+p.FocusGroup.Name {
		t.Errorf("name: %q %v", tr.Text, st)
	}
	if _, st := q.TranslationOf(fieldByPath(t, q, "focusGroup.scope"), forms.French); st != forms.Stale {
		t.Errorf("the unchanged stale translation became %v", st)
	}

	// A file whose source is not this draft's text is still refused.
	other := strings.Replace(filled, "<source>Administration of Ruritania</source>", "<source>Administration of Elbonia</source>", 1)
	q = p.Clone()
	_, err = Import(q, []byte(other), forms.French)
	var xe *Error
	if !errors.As(err, &xe) || xe.Problem != TextMismatch || !strings.Contains(err.Error(), "contribution.source") {
		t.Errorf("another draft's text: %v", err)
	}
	// So is one with a unit that is not a field of this draft.
	alien := strings.Replace(filled, `<unit id="focusGroup.name">`, `<unit id="focusGroup.nonsense">`, 1)
	if _, err := Import(q, []byte(alien), forms.French); !errors.As(err, &xe) || xe.Problem != NoDraftID {
		t.Errorf("unknown unit: %v", err)
	}
	if !reflect.DeepEqual(p, q) {
		t.Error("a refused file changed the draft")
	}
}

// A translator's line break in a one-line field is folded; prose keeps its
// paragraphs.
func TestXLIFFFoldsOneLineTargets(t *testing.T) {
	p := xliffProposal()
	out, _ := Export(p, forms.French, p.ID)
	filled := fillTargets(t, out, func(src string) string { return "FR\n" + src + "\u202E" })
	if _, err := Import(p, filled, forms.French); err != nil {
		t.Fatal(err)
	}
	if tr, _ := p.TranslationOf(fieldByPath(t, p, "contribution.title"), forms.French); strings.ContainsAny(tr.Text, "\n\u202E") || !strings.HasPrefix(tr.Text, "FR Proposal") {
		t.Errorf("title: %q", tr.Text)
	}
	if tr, _ := p.TranslationOf(fieldByPath(t, p, "focusGroup.scope"), forms.French); tr.Text != "FR\nScope text.\u202E" {
		t.Errorf("scope: %q", tr.Text)
	}
}

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                           "plain",
		"a\nSource: fake":                 "a Source: fake",
		"a\r\n\r\nb":                      "a b",
		"x\u2028y\u2029z\vw\fv\u0085u":    "x y z w v u",
		"report\u202Efdp.exe":             "reportfdp.exe",
		"\u2066isolated\u2069 \u200Fmark": "isolated \u200Fmark",
	} {
		if got := forms.OneLine(in); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", in, got, want)
		}
		if _, bad := forms.OneLineProblem(want); bad {
			t.Errorf("%q still has a problem", want)
		}
	}
}

// A target longer than a draft may hold is skipped, so that the draft still
// saves.
func TestXLIFFSkipsTooLongTarget(t *testing.T) {
	p := xliffProposal()
	out, _ := Export(p, forms.French, p.ID)
	long := strings.Repeat("é", draftfile.MaxStringLen+1)
	filled := fillTargets(t, out, func(src string) string {
		if src == "Scope text." {
			return long
		}
		return "FR " + src
	})
	res, err := Import(p, filled, forms.French)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) != 1 || res.Skipped[0].Unit != "focusGroup.scope" {
		t.Errorf("skipped %+v", res.Skipped)
	}
	enc, _ := draftfile.Encode(p)
	if _, err := draftfile.Decode(enc); err != nil {
		t.Errorf("the draft would not load back: %v", err)
	}
}
