package reopen

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"fgdraft/export"
	"fgdraft/export/docx"
	"fgdraft/export/exporttest"
	"fgdraft/export/pdf"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/locales"
)

// FuzzExportRoundTrip: whatever fgdraft writes it can reopen. Any draft
// the decoder accepts and the export does not refuse (a character no font
// has, say) becomes a PDF and a Word file that reopen as that very draft,
// byte for byte once encoded (issue 26, item 7).
func FuzzExportRoundTrip(f *testing.F) {
	f.Add([]byte("{\n  \"format\": 1,\n  \"language\": \"en\"\n}\n"))
	f.Add([]byte("{\"format\":1,\"language\":\"ar\",\"contribution\":{\"title\":\"مقترح\",\"keywords\":[\"a\",\"\u202eb\"]}}"))
	if b, err := os.ReadFile(filepath.Join("..", "..", "examples", "fg-example-en.json")); err == nil {
		f.Add(b)
	}
	cat, err := locales.Load()
	if err != nil {
		f.Fatal(err)
	}
	renderers := []export.Renderer{pdf.New(exporttest.Fonts(f)), docx.New()}
	opt := a7.Options{Today: forms.NewDate(2026, 11, 1)}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := draftfile.Decode(data)
		if err != nil {
			return
		}
		want, err := draftfile.Encode(p)
		if err != nil {
			t.Fatalf("an accepted draft does not encode: %v", err)
		}
		for _, r := range renderers {
			out, _, err := export.Contribution(p, p.Language, cat, r, opt)
			if err != nil {
				continue // refused with a reason, nothing written
			}
			got, _, err := Decode("fuzz."+string(r.Format()), out)
			if err != nil {
				t.Fatalf("%s: fgdraft refuses what it wrote: %v", r.Format(), err)
			}
			b, err := draftfile.Encode(got)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, want) {
				t.Fatalf("%s: the reopened draft differs from the exported one", r.Format())
			}
		}
	})
}
