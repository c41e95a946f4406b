package reopen

import (
	"errors"
	"testing"

	"fgdraft/export"
	"fgdraft/export/docx"
	"fgdraft/export/exporttest"
	"fgdraft/export/pdf"
	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// FuzzReopen feeds Decode any bytes, seeded with small contributions
// fgdraft wrote (one line of text, so that the fuzzer mutates the structure
// rather than font data): it never panics, refuses with a
// *draftfile.Error or a *NoDraftError, and a draft it accepts encodes and
// decodes again.
func FuzzReopen(f *testing.F) {
	draft := []byte("{\n  \"format\": 1,\n  \"language\": \"en\"\n}\n")
	doc := export.Document{Lang: forms.English, Cover: export.Cover{Group: "SG17"}, Draft: draft, DraftName: "FG-X.json"}
	for _, r := range []export.Renderer{pdf.New(exporttest.Fonts(f)), docx.New()} {
		b, err := export.Render(r, doc)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(draft)
	f.Add([]byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /AF [2 0 R] >>\nendobj\n2 0 obj\n<< /AFRelationship /Source /EF << /F 3 0 R >> /UF (d.json) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, _, err := Decode("fuzz", data)
		if err != nil {
			var de *draftfile.Error
			var nd *NoDraftError
			if !errors.As(err, &de) && !errors.As(err, &nd) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		b, err := draftfile.Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := draftfile.Decode(b); err != nil {
			t.Fatalf("an accepted draft does not decode again: %v", err)
		}
	})
}
