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

// FuzzRender is the DOCX sibling of the PDF renderer's FuzzRender: any
// text anywhere gives either a refusal naming characters XML forbids or a
// package whose every part is well-formed XML.
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"plain text", "a\x00b\x1bc\x7f\u0085d", "\u202Eevil\u202C \u2067iso\u2069 \u200E\u200F",
		"e\u0301\u0308\u20DD combining", "\U0001F600\U00010400", strings.Repeat("x", 3000),
		"اجتماع SG17 في 2027 (ITU-T) لا لأ", "焦点组，。、", "\uFEFF\u00AD\u200B\u200D\u200C\uFE0F",
		"\xff\xfe invalid utf8", "\n\n\n", "", "<w:p>&amp;</w:p>]]>", "\"'<>&", "\t\r\n", "\uFFFE\uFFFF\uD7FF\uE000",
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
	}
	f.Fuzz(func(t *testing.T, s string, l uint8) {
		lang := forms.Languages()[int(l)%6]
		doc := export.Document{Lang: lang, DraftMark: s, RunningHead: s, Meta: export.Meta{Title: s, Keywords: []string{s}},
			Cover: export.Cover{Union: s, DocNumber: s, Fields: []export.Labelled{{Label: s, Value: s}},
				Contacts: []export.Contact{{Label: s, Lines: []export.Labelled{{Label: s, Value: s}}}}},
			Sections: []export.Section{{ID: "x", Title: s, Level: 1, Blocks: []export.Block{export.Paragraph{Text: s}, export.List{Items: []string{s}, Ordered: true},
				export.Table{Header: []string{s}, Rows: [][]string{{s, s}}},
				export.Chart{Lanes: []export.Lane{{Label: s, Marks: []export.Mark{{Kind: export.MarkMeeting, Label: s, Start: forms.NewDate(2027, 1, 1), End: forms.NewDate(2027, 3, 1)}}}}, Legend: map[export.MarkKind]string{export.MarkMeeting: s}}}}},
			Draft: []byte(s),
		}
		b, err := export.Render(New(), doc)
		if err != nil {
			var me *export.MissingGlyphsError
			if !errors.As(err, &me) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range z.File {
			if strings.HasSuffix(f.Name, ".json") {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, _ := io.ReadAll(rc)
			rc.Close()
			if _, err := parseXML(data); err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
		}
	})
}

// benchExport exports the bundled example in langs, as the program does:
// build, check, render.
func benchExport(b *testing.B, langs ...forms.Lang) {
	p, err := draftfile.Decode(assets.Example)
	if err != nil {
		b.Fatal(err)
	}
	r := New()
	opt := a7.Options{Today: exporttest.Today}
	b.ReportAllocs()
	b.ResetTimer()
	size := 0
	for i := 0; i < b.N; i++ {
		size = 0
		for _, l := range langs {
			out, _, err := export.Contribution(p, l, exporttest.Cat, r, opt)
			if err != nil {
				b.Fatal(err)
			}
			size += len(out)
		}
	}
	b.ReportMetric(float64(size)/1024, "KB")
}

func BenchmarkExportEN(b *testing.B)  { benchExport(b, forms.English) }
func BenchmarkExportZH(b *testing.B)  { benchExport(b, forms.Chinese) }
func BenchmarkExportAR(b *testing.B)  { benchExport(b, forms.Arabic) }
func BenchmarkExportSix(b *testing.B) { benchExport(b, forms.Languages()...) }
