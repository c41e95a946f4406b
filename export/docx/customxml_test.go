package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"fgdraft/assets"
	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
)

// withoutParts copies a package leaving out the named entries, as a program
// saving it over without the parts it does not know would.
func withoutParts(t *testing.T, pkg []byte, drop ...string) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	out := zip.NewWriter(&buf)
next:
	for _, f := range z.File {
		for _, d := range drop {
			if f.Name == d {
				continue next
			}
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		w, err := out.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, rc); err != nil {
			t.Fatal(err)
		}
		rc.Close()
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDraftInCustomXML: a DOCX whose draft part is gone gives the draft back
// from the Custom XML data part, byte for byte; one that lost both says it
// carries none, while its custom property still tells it had one.
func TestDraftInCustomXML(t *testing.T) {
	t.Parallel()
	p, err := draftfile.Decode(assets.Example)
	if err != nil {
		t.Fatal(err)
	}
	want, err := draftfile.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := export.Contribution(p, forms.Arabic, exporttest.Cat, New(), a7.Options{Today: exporttest.Today})
	if err != nil {
		t.Fatal(err)
	}
	ownPart := strings.TrimPrefix(DraftPartName, "/")
	onlyCustomXML := withoutParts(t, b, ownPart)
	got, err := ReadDraft(bytes.NewReader(onlyCustomXML), int64(len(onlyCustomXML)))
	if err != nil {
		t.Fatalf("without the draft part: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Error("the draft read from the Custom XML data part differs from the draft exported")
	}
	neither := withoutParts(t, b, ownPart, customXMLItemPart)
	_, err = ReadDraft(bytes.NewReader(neither), int64(len(neither)))
	if err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("without both parts: got %v, want the draft part named missing", err)
	}
	if !CarriedDraft(bytes.NewReader(neither), int64(len(neither))) {
		t.Error("without both parts, the document no longer tells it carried a draft")
	}
}

// TestCustomXMLItemRoundTrip: the item gives back any draft byte for byte,
// characters XML escapes or normalises and characters it cannot hold
// included; an item that is not a draft is not taken for one.
func TestCustomXMLItemRoundTrip(t *testing.T) {
	t.Parallel()
	for _, draft := range []string{
		`{"title":"A & B <c> \"d\""}`,
		"{\r\n\t\"a\": \"crlf\"\r}\n",
		"{\"a\":\"\x01\uFFFE\"}",
		"{\"a\":\"\xff not UTF-8\"}",
		`{"ar":"تقترح","zh":"焦点组"}`,
	} {
		got, err := draftFromItem(customXMLItem([]byte(draft)))
		if err != nil || string(got) != draft {
			t.Errorf("%q: got %q, %v", draft, got, err)
		}
	}
	for name, item := range map[string]string{
		"another namespace": `<draft xmlns="urn:other">{}</draft>`,
		"no namespace":      `<draft>{}</draft>`,
		"nested element":    `<draft xmlns="` + DraftNamespace + `"><x/>{}</draft>`,
		"empty":             `<draft xmlns="` + DraftNamespace + `"/>`,
		"unknown encoding":  `<draft xmlns="` + DraftNamespace + `" encoding="rot13">{}</draft>`,
		"not XML":           `<draft xmlns="` + DraftNamespace + `">{}`,
	} {
		if _, err := draftFromItem([]byte(item)); !errors.Is(err, errNotDraftItem) {
			t.Errorf("%s: got %v, want errNotDraftItem", name, err)
		}
	}
}
