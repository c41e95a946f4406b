package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"strings"
	"testing"

	"fgdraft/assets"
	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
)

// TestReadDraftRoundTrip: the draft exported inside a DOCX comes back byte
// for byte, and decodes to the same proposal.
func TestReadDraftRoundTrip(t *testing.T) {
	p, err := draftfile.Decode(assets.Example)
	if err != nil {
		t.Fatal(err)
	}
	want, err := draftfile.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range forms.Languages() {
		b, _, err := export.Contribution(p, lang, exporttest.Cat, New(), a7.Options{Today: exporttest.Today})
		if err != nil {
			t.Fatal(err)
		}
		got, err := ReadDraft(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the draft read back differs from the draft exported", lang)
		}
		if _, err := draftfile.Decode(got); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
	}
}

// zipOf builds a zip of the named parts.
func zipOf(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, data := range parts {
		f, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(data))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func rels(target string) string {
	return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="` + DraftRelationship + `" Target="` + target + `"/></Relationships>`
}

func TestReadDraftRefuses(t *testing.T) {
	noDraft := exporttest.SampleDoc(forms.English)
	plain, err := export.Render(New(), noDraft)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
		want string // in the message; "" for ErrNoDraft
	}{
		{"a DOCX without a draft", plain, ""},
		{"not a zip", []byte("%PDF-1.7 not a zip"), "not a Word document"},
		{"a zip without relationships", zipOf(t, map[string]string{"a.txt": "x"}), "no relationships"},
		{"relationships not XML", zipOf(t, map[string]string{"_rels/.rels": "<Relationships"}), "not well-formed"},
		{"a relationship to a missing part", zipOf(t, map[string]string{"_rels/.rels": rels("fgdraft/draft.json")}), "/fgdraft/draft.json is missing"},
		{"a draft larger than a draft file", zipOf(t, map[string]string{"_rels/.rels": rels("/d.json"), "d.json": strings.Repeat(" ", draftfile.MaxFileSize+1)}), "more than"},
	} {
		_, err := ReadDraft(bytes.NewReader(c.data), int64(len(c.data)))
		switch {
		case c.want == "" && !errors.Is(err, ErrNoDraft):
			t.Errorf("%s: want ErrNoDraft, got %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: got %v, want a message with %q", c.name, err, c.want)
		}
	}
}

// TestReadDraftZipBomb: a draft part whose zip header claims a small size
// but which inflates to more than a draft file may hold is refused, naming
// the part, without inflating it all.
func TestReadDraftZipBomb(t *testing.T) {
	var deflated bytes.Buffer
	fw, _ := flate.NewWriter(&deflated, flate.BestCompression)
	zeros := make([]byte, 1<<20)
	crc := crc32.NewIEEE()
	for i := 0; i < draftfile.MaxFileSize>>20+2; i++ {
		fw.Write(zeros)
		crc.Write(zeros)
	}
	fw.Close()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	f, _ := z.Create("_rels/.rels")
	f.Write([]byte(rels("bomb.json")))
	raw, err := z.CreateRaw(&zip.FileHeader{Name: "bomb.json", Method: zip.Deflate, CRC32: crc.Sum32(),
		CompressedSize64: uint64(deflated.Len()), UncompressedSize64: 100})
	if err != nil {
		t.Fatal(err)
	}
	raw.Write(deflated.Bytes())
	z.Close()
	_, err = ReadDraft(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	// archive/zip stops at the declared size; readLimited's own limit
	// stops a part declaring a size it does not have at the draft limit
	if err == nil || !strings.Contains(err.Error(), "/bomb.json") {
		t.Errorf("want the bomb refused, got %v", err)
	}
}

func TestReadDraftTooLarge(t *testing.T) {
	_, err := ReadDraft(bytes.NewReader(nil), MaxPackageSize+1)
	if err == nil || !strings.Contains(err.Error(), "MB") {
		t.Errorf("want a size refusal, got %v", err)
	}
}

// A package with the draft part twice (a zip may hold two entries of one
// name: one reader takes the first, another the last) or naming two drafts
// is refused, not read as the last one (issue 26, item 5).
func TestReadDraftRefusesDuplicateDrafts(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, part := range []struct{ name, content string }{
		{"_rels/.rels", rels("d.json")},
		{"d.json", `{"format": 1, "language": "en"}`},
		{"D.json", `{"format": 1, "language": "fr"}`},
	} {
		w, err := z.Create(part.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(part.content))
	}
	z.Close()
	if _, err := ReadDraft(bytes.NewReader(buf.Bytes()), int64(buf.Len())); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("a part twice: got %v", err)
	}
	twoRels := strings.Replace(rels("a.json"), "</Relationships>", `<Relationship Id="rId2" Type="`+DraftRelationship+`" Target="b.json"/></Relationships>`, 1)
	data := zipOf(t, map[string]string{"_rels/.rels": twoRels, "a.json": "{}", "b.json": "{}"})
	if _, err := ReadDraft(bytes.NewReader(data), int64(len(data))); err == nil || !strings.Contains(err.Error(), "2 drafts") {
		t.Errorf("two drafts: got %v", err)
	}
}
