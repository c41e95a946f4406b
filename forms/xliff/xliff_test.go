package xliff

import (
	"bytes"
	"encoding/xml"
	"reflect"
	"strings"
	"testing"

	"fgdraft/forms"
)

func xliffProposal() *forms.Proposal {
	return &forms.Proposal{
		ID:       "00112233445566778899aabbccddeeff",
		Language: forms.English,
		Contribution: forms.Contribution{
			Title:    `Proposal for FG "AI & <networks>"`,
			Source:   "Administration of Ruritania",
			Keywords: []string{"AI", "network operations"},
		},
		FocusGroup: forms.FocusGroup{
			Name:       "Focus Group on AI-native network operations",
			Acronym:    "FG-AINO",
			Background: "First paragraph with <tags> & ampersands.\n\nSecond paragraph ]]> end.\r\nCRLF line.",
			Scope:      "Scope text.",
		},
		GapAnalysis: forms.GapAnalysis{Entries: []forms.GapEntry{{Body: "ITU-T SG13", Work: "Y.3172", Gap: "No closed loops."}}},
		Supporters:  []forms.Supporter{{Entity: "Operator A"}},
	}
}

func TestXLIFFRoundTrip(t *testing.T) {
	p := xliffProposal()
	out, err := Export(p, forms.French, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{
		`xmlns="urn:oasis:names:tc:xliff:document:2.0"`, `version="2.0"`, `srcLang="en"`, `trgLang="fr"`,
		`original="fgdraft:00112233445566778899aabbccddeeff"`, `<mda:meta type="draftID">00112233445566778899aabbccddeeff</mda:meta>`,
		`<group id="contribution">`, `<group id="terms">`, `<group id="gaps">`, `<group id="supporters">`,
		`<unit id="gapAnalysis.entries.0.gap" name="gapAnalysis.entries[0].gap">`,
		`<unit id="focusGroup.scope" name="focusGroup.scope">`,
		`Proposal for FG "AI &amp; &lt;networks&gt;"`, `]]&gt; end.&#xD;`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("export lacks %s", want)
		}
	}
	if strings.Contains(s, `<group id="timeline">`) || strings.Contains(s, "contribution.abstract") {
		t.Error("empty fields or steps exported")
	}
	if strings.Contains(s, "<target") {
		t.Error("targets exported although nothing is translated")
	}
	if err := xml.Unmarshal(out, new(any)); err != nil {
		t.Fatalf("not well-formed XML: %v", err)
	}

	// A translator fills in every target.
	filled := fillTargets(t, out, func(src string) string { return "FR " + src })
	q := p.Clone()
	res, err := Import(q, filled, forms.French)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range q.TextFields() {
		if strings.TrimSpace(f.Get()) == "" {
			continue
		}
		n++
		tr, st := q.TranslationOf(f, forms.French)
		if st != forms.Translated || tr.Text != "FR "+f.Get() {
			t.Errorf("%s: %v %q", f.Path, st, tr.Text)
		}
	}
	if res.Applied != n || res.Unchanged != 0 || len(res.Skipped) != 0 || len(res.Stale) != 0 {
		t.Errorf("result %+v, want %d applied", res, n)
	}
	// Importing the same file again changes nothing.
	res, err = Import(q, filled, forms.French)
	if err != nil || res.Applied != 0 || res.Unchanged != n {
		t.Errorf("second import: %+v %v", res, err)
	}
	// Exporting again carries the translations as targets.
	again, _ := Export(q, forms.French, q.ID)
	if !bytes.Contains(again, []byte(`<target xml:space="preserve">FR Scope text.</target>`)) || !bytes.Contains(again, []byte(`state="translated"`)) {
		t.Errorf("translations not exported:\n%s", again)
	}
}

// fillTargets adds a target after every source, made by tr from the source text.
func fillTargets(t *testing.T, doc []byte, tr func(string) string) []byte {
	t.Helper()
	var doc2 xliffDoc
	if err := xml.Unmarshal(doc, &doc2); err != nil {
		t.Fatal(err)
	}
	s := string(doc)
	var out strings.Builder
	for {
		i := strings.Index(s, "</source>")
		if i < 0 {
			out.WriteString(s)
			break
		}
		j := strings.LastIndex(s[:i], ">") + 1
		c := &xliffContent{Inner: []byte(s[j:i])}
		src, err := c.text()
		if err != nil {
			t.Fatal(err)
		}
		out.WriteString(s[:i+len("</source>")])
		out.WriteString(`<target xml:space="preserve">` + xmlText(tr(src)) + "</target>")
		s = s[i+len("</source>"):]
	}
	return []byte(out.String())
}

func TestXLIFFArabicChineseAndSpecialCharacters(t *testing.T) {
	p := xliffProposal()
	p.Language = forms.Chinese
	p.FocusGroup.Name = "关于人工智能原生网络运营的焦点组"
	p.FocusGroup.Scope = "职责范围：<研究> & “差距分析”。\n第二段。"
	out, err := Export(p, forms.Arabic, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	arabic := map[string]string{
		p.FocusGroup.Name:  "الفريق المتخصص المعني بعمليات الشبكات الأصلية للذكاء الاصطناعي",
		p.FocusGroup.Scope: "النطاق: <دراسة> & \"تحليل الثغرات\" (Y.3172).\nالفقرة الثانية.",
	}
	filled := fillTargets(t, out, func(src string) string {
		if a, ok := arabic[src]; ok {
			return a
		}
		return "ع " + src
	})
	res, err := Import(p, filled, forms.Arabic)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) != 0 {
		t.Errorf("skipped: %+v", res.Skipped)
	}
	for src, want := range arabic {
		found := false
		for _, f := range p.TextFields() {
			if f.Get() == src {
				found = true
				if tr, st := p.TranslationOf(f, forms.Arabic); st != forms.Translated || tr.Text != want {
					t.Errorf("%s: got %q (%v), want %q", f.Path, tr.Text, st, want)
				}
			}
		}
		if !found {
			t.Errorf("no field with %q", src)
		}
	}
}

func TestXLIFFPartialFile(t *testing.T) {
	p := xliffProposal()
	f := fieldByPath(t, p, "focusGroup.scope")
	bg := fieldByPath(t, p, "focusGroup.background")
	name := fieldByPath(t, p, "focusGroup.name")
	p.SetTranslation(f, forms.Spanish, "Alcance.")
	p.SetTranslation(bg, forms.Spanish, "Antecedentes.")
	out, _ := Export(p, forms.Spanish, p.ID)
	// The translator returns only two units: the name (translated) and the
	// background with an empty target; the scope unit is missing.
	doc := string(out)
	keep := func(unit string) string {
		i := strings.Index(doc, `<unit id="`+unit+`"`)
		j := strings.Index(doc[i:], "</unit>") + i + len("</unit>")
		return doc[i:j]
	}
	nameUnit := strings.Replace(keep("focusGroup.name"), "</source>", "</source><target>Grupo Temático sobre operaciones de red nativas de IA</target>", 1)
	bgUnit := strings.Replace(keep("focusGroup.background"), `<target xml:space="preserve">Antecedentes.</target>`, "<target></target>", 1)
	head := doc[:strings.Index(doc, "<group")]
	partial := head + `<group id="terms">` + nameUnit + bgUnit + "</group></file></xliff>"
	res, err := Import(p, []byte(partial), forms.Spanish)
	if err != nil {
		t.Fatal(err)
	}
	if res.Applied != 1 || res.Untranslated != 1 || len(res.Skipped) != 0 {
		t.Errorf("result %+v", res)
	}
	if tr, st := p.TranslationOf(name, forms.Spanish); st != forms.Translated || !strings.HasPrefix(tr.Text, "Grupo Temático") {
		t.Errorf("name: %q %v", tr.Text, st)
	}
	if tr, _ := p.TranslationOf(f, forms.Spanish); tr.Text != "Alcance." {
		t.Error("a missing unit deleted a translation")
	}
	if tr, _ := p.TranslationOf(bg, forms.Spanish); tr.Text != "Antecedentes." {
		t.Error("an empty target deleted a translation")
	}
}

func fieldByPath(t testing.TB, p *forms.Proposal, path string) forms.TextField {
	t.Helper()
	for _, f := range p.TextFields() {
		if f.Path == path {
			return f
		}
	}
	t.Fatalf("no field %s", path)
	return forms.TextField{}
}

func TestXLIFFStaleSource(t *testing.T) {
	p := xliffProposal()
	out, _ := Export(p, forms.Russian, p.ID)
	filled := fillTargets(t, out, func(src string) string { return "RU " + src })
	p.FocusGroup.Scope = "Scope text, revised after the export."
	// The supporter list shrank: its unit names no field any more.
	p.Supporters = nil
	res, err := Import(p, filled, forms.Russian)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res.Stale, []string{"focusGroup.scope"}) {
		t.Errorf("stale: %v", res.Stale)
	}
	if len(res.Skipped) != 1 || res.Skipped[0].Unit != "supporters[0].entity" || res.Skipped[0].Reason != "no such field in the draft" {
		t.Errorf("skipped: %+v", res.Skipped)
	}
	scope := fieldByPath(t, p, "focusGroup.scope")
	if tr, st := p.TranslationOf(scope, forms.Russian); st != forms.Stale || tr.Text != "RU Scope text." {
		t.Errorf("stale unit: %q %v", tr.Text, st)
	}
	// With an up-to-date translation in the draft, a stale unit is not applied.
	p.SetTranslation(scope, forms.Russian, "RU new")
	res, _ = Import(p, filled, forms.Russian)
	if tr, _ := p.TranslationOf(scope, forms.Russian); tr.Text != "RU new" {
		t.Error("a stale unit replaced an up-to-date translation")
	}
	if len(res.Skipped) != 2 {
		t.Errorf("skipped: %+v", res.Skipped)
	}
}

func TestXLIFFRefusals(t *testing.T) {
	p := xliffProposal()
	out, _ := Export(p, forms.French, p.ID)
	filled := fillTargets(t, out, func(src string) string { return "FR " + src })
	other := strings.ReplaceAll(string(filled), p.ID, "ffeeddccbbaa99887766554433221100")
	xliff12 := `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="fr" datatype="plaintext"><body><trans-unit id="focusGroup.scope"><source>Scope text.</source><target>Portée.</target></trans-unit></body></file></xliff>`
	noID := strings.Replace(strings.Replace(string(filled), `original="fgdraft:`+p.ID+`"`, "", 1), `<mda:meta type="draftID">`+p.ID+`</mda:meta>`, "", 1)
	cases := []struct {
		name   string
		data   string
		target forms.Lang
		want   string
	}{
		{"plain text", "Scope text.\tPortée.\n", forms.French, "not XML"},
		{"other XML", `<html><body/></html>`, forms.French, "not an XLIFF document"},
		{"XLIFF 1.2", xliff12, forms.French, "this is XLIFF 1.2: fgdraft reads XLIFF 2.0"},
		{"other target", string(filled), German(), "unknown target language"},
		{"other language", string(filled), forms.Spanish, `translation into "fr", not into "es"`},
		{"other draft", other, forms.French, "belongs to another draft"},
		{"no draft id, another draft's text", strings.Replace(noID, "Scope text.", "Other scope.", 1), forms.French, "does not say which draft"},
		{"other source language", strings.Replace(string(filled), `srcLang="en"`, `srcLang="ru"`, 1), forms.French, `translates from "ru"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := p.Clone()
			_, err := Import(q, []byte(c.data), c.target)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want %q", err, c.want)
			}
			if !reflect.DeepEqual(p, q) {
				t.Error("a refused import changed the draft")
			}
		})
	}
	if _, err := Export(p, forms.English, p.ID); err == nil {
		t.Error("exported into the draft's own language")
	}
}

func German() forms.Lang { return forms.Lang("de") }

func TestXLIFFAssignsID(t *testing.T) {
	p := xliffProposal()
	p.ID = ""
	out, err := Export(p, forms.French, "")
	if err != nil || p.ID == "" || !bytes.Contains(out, []byte(p.ID)) {
		t.Errorf("ID not assigned: %q %v", p.ID, err)
	}
}

func TestUnitIDs(t *testing.T) {
	for _, path := range []string{"focusGroup.scope", "gapAnalysis.entries[12].gap", "contribution.keywords[0]", "supporters[3].entity"} {
		if got := pathOfUnitID(unitID(path)); got != path {
			t.Errorf("%s → %s → %s", path, unitID(path), got)
		}
		if strings.ContainsAny(unitID(path), "[]") {
			t.Errorf("%s is not an NMTOKEN", unitID(path))
		}
	}
}

// A control character or non-character is refused by the export, naming
// the field, rather than carried as U+FFFD (one policy for characters,
// issue 26 item 8; TestExportRefusesForbiddenCharacters has more).
func TestXLIFFControlCharacters(t *testing.T) {
	p := xliffProposal()
	p.FocusGroup.Scope = "bell\x07 and \uFFFE here"
	_, err := Export(p, forms.French, p.ID)
	if err == nil || !strings.Contains(err.Error(), "focusGroup.scope") || !strings.Contains(err.Error(), "U+0007") {
		t.Fatalf("got %v, want the scope's U+0007 refused", err)
	}
}
