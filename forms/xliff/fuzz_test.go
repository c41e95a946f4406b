package xliff

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// FuzzImportXLIFF: an import never panics; a refused file leaves the draft
// as it was and says why with an *Error; an accepted one leaves a draft
// that saves and loads back, and importing the same file again changes
// nothing.
func FuzzImportXLIFF(f *testing.F) {
	p := xliffProposal()
	p.SetTranslation(fieldByPath(f, p, "focusGroup.scope"), forms.French, "Portée.")
	p.FocusGroup.Scope = "Scope text, revised."
	out, err := Export(p, forms.French, p.ID)
	if err != nil {
		f.Fatal(err)
	}
	doc := string(out)
	filled := strings.ReplaceAll(doc, "</source>", "</source><target>FR</target>")
	f.Add([]byte(doc))
	f.Add([]byte(filled))
	f.Add([]byte(strings.ReplaceAll(filled, `state="initial"`, `state="final"`)))
	f.Add([]byte(toolRewrite(filled)))
	f.Add([]byte(strings.Replace(filled, "FR", "&#xD800;", 1)))
	f.Add([]byte(strings.Replace(filled, "FR", "a<pc id=\"1\">b</pc><ph id=\"2\"/>\nc", 1)))
	f.Add([]byte(`<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="fr"><body/></file></xliff>`))
	f.Add([]byte{0xFF, 0xFE, '<', 0, 'x', 0})
	f.Add([]byte(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="focusGroup.name"><segment><source>Focus Group on AI-native network operations</source><target>x</target></segment></unit></file></xliff>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		q := p.Clone()
		res, err := Import(q, data, forms.French)
		if err != nil {
			var xe *Error
			if !errors.As(err, &xe) || xe.Detail == "" || xe.Problem == "" {
				t.Fatalf("error %T %v is not an *Error that says why", err, err)
			}
			if !reflect.DeepEqual(p, q) {
				t.Fatal("a refused file changed the draft")
			}
			return
		}
		enc, err := draftfile.Encode(q)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := draftfile.Decode(enc); err != nil {
			t.Fatalf("the imported draft would not load back: %v (result %+v)", err, res)
		}
		r := q.Clone()
		again, err := Import(r, data, forms.French)
		if err != nil || again.Changed() || !reflect.DeepEqual(q, r) {
			t.Fatalf("importing the same file again: %+v, %v", again, err)
		}
	})
}

// FuzzXLIFFRoundTrip: a draft the decoder accepts, exported to XLIFF and
// imported back at once, is byte for byte the draft it was — or the export
// refuses it, naming why; nothing is changed on the way (issue 26, item 8).
func FuzzXLIFFRoundTrip(f *testing.F) {
	// small drafts, so that the fuzzer mutates their text rather than
	// wading through an example's kilobytes
	p := xliffProposal()
	p.SetTranslation(fieldByPath(f, p, "focusGroup.scope"), forms.French, "Portée.")
	seed, err := draftfile.Encode(p)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed, uint8(0))
	f.Add(seed, uint8(3))
	f.Add([]byte(`{"format": 1, "language": "en", "id": "x", "focusGroup": {"scope": "a\u000bb"}}`), uint8(1))
	f.Add([]byte(`{"format": 1, "language": "en", "id": "x", "focusGroup": {"scope": "a\r\nb  "}}`), uint8(1))
	f.Fuzz(func(t *testing.T, draft []byte, which uint8) {
		p, err := draftfile.Decode(draft)
		if err != nil {
			return
		}
		if p.ID == "" {
			p.ID = "fuzz"
		}
		before, err := draftfile.Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		langs := forms.Languages()
		target := langs[int(which)%len(langs)]
		if target == p.Language {
			return
		}
		out, err := Export(p, target, p.ID)
		if err != nil {
			return
		}
		if _, err := Import(p, out, target); err != nil {
			t.Fatalf("its own export refused: %v\n%s", err, out)
		}
		after, err := draftfile.Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(before, after) {
			t.Fatalf("export then import changed the draft:\n%s\n---\n%s", before, after)
		}
	})
}
