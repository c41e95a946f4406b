package reopen

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
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

// largestDraft is about the largest draft a draft file may hold
// (draftfile.MaxFileSize) that validate passes without a text.metadata
// finding: the example, with its keywords, title and source at the bounds
// of the document properties (forms.MaxKeywords and friends), and prose
// fields filled with ordinary sentences of up to draftfile.MaxStringLen
// characters, gap-analysis entries added until the file is full.
func largestDraft(t testing.TB) *forms.Proposal {
	t.Helper()
	p, err := draftfile.Load(filepath.Join("..", "..", "examples", "fg-example-en.json"))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(26, 7))
	words := strings.Fields("focus group study proposal network security quantum trust identity " +
		"digital twin deliverable technical report specification operator member state sector " +
		"interoperability assessment terminology architecture requirement use case testing " +
		"metaverse vehicle energy efficiency machine learning data privacy")
	prose := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			fmt.Fprintf(&b, "The %s %s of the %s", words[rng.IntN(len(words))], words[rng.IntN(len(words))], words[rng.IntN(len(words))])
			for range 6 + rng.IntN(10) {
				b.WriteString(" " + words[rng.IntN(len(words))])
			}
			b.WriteString(". ")
			if rng.IntN(8) == 0 {
				b.WriteString("\n\n")
			}
		}
		return strings.TrimSpace(b.String()[:n])
	}
	kw := make([]string, forms.MaxKeywords)
	for i := range kw {
		kw[i] = fmt.Sprintf("%03d ", i) + prose(forms.MaxKeywordLen-4)
	}
	p.Contribution.Keywords = kw
	p.Contribution.Title = prose(forms.MaxMetaTextLen)
	p.Contribution.Source = prose(forms.MaxMetaTextLen)
	for range 30 {
		p.GapAnalysis.Entries = append(p.GapAnalysis.Entries, p.GapAnalysis.Entries[0])
	}
	size := func() int {
		b, err := draftfile.Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		return len(b)
	}
	const margin = 64 << 10 // the last field's own escapes and the file's growth
	for _, f := range p.TextFields() {
		if !f.Multiline {
			continue
		}
		room := draftfile.MaxFileSize - margin - size()
		if room <= 0 {
			break
		}
		f.Set(prose(min(room, draftfile.MaxStringLen*9/10)))
	}
	if s := size(); s < draftfile.MaxFileSize*9/10 || s > draftfile.MaxFileSize {
		t.Fatalf("the largest draft encodes to %d bytes; want close under %d", s, draftfile.MaxFileSize)
	}
	return p
}

// The largest draft validate accepts without a text.metadata finding
// exports, as PDF and as Word file, to a file that reopens as that draft:
// whatever fgdraft writes it can reopen (issue 26, item 7).
func TestLargestDraftExportsAndReopens(t *testing.T) {
	if testing.Short() {
		t.Skip("exports about 16 MB of text twice")
	}
	p := largestDraft(t)
	opt := a7.Options{Today: forms.NewDate(2026, 11, 1)}
	for _, f := range a7.Validate(p, opt) {
		if f.Rule == a7.MetadataRuleID {
			t.Fatalf("the largest draft has a %s finding: %v", a7.MetadataRuleID, f)
		}
	}
	cat, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	fs, err := exporttestFonts()
	if err != nil {
		t.Fatal(err)
	}
	want, err := draftfile.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []export.Renderer{pdf.New(fs), docx.New()} {
		path := filepath.Join(t.TempDir(), "largest."+string(r.Format()))
		if _, err := export.WriteFile(path, p, forms.English, cat, r, opt); err != nil {
			t.Fatalf("%s: %v", r.Format(), err)
		}
		got, origin, err := Load(path)
		if err != nil {
			t.Fatalf("%s: fgdraft does not reopen what it wrote: %v", r.Format(), err)
		}
		if origin.Format != r.Format() || origin.Changed {
			t.Errorf("%s: origin %+v", r.Format(), origin)
		}
		b, err := draftfile.Encode(got)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b, want) {
			t.Errorf("%s: the reopened draft differs from the exported one (%d bytes, want %d)", r.Format(), len(b), len(want))
		}
	}
}

// Exporting the largest draft to a file, as the GUI and the command line
// do: the peak of the heap while exporting, as the metric "peak-heap-MB"
// (the runtime's own count of heap bytes in use, sampled while the export
// runs), beside the heap the draft itself holds before ("draft-heap-MB")
// and the time. The PDF is written as its pages are set, so that the
// difference is the document model, the paragraph being set and the
// second pass's bounded cache, not the file.
func BenchmarkLargestExport(b *testing.B) {
	p := largestDraft(b)
	cat, err := locales.Load()
	if err != nil {
		b.Fatal(err)
	}
	fs, err := exporttestFonts()
	if err != nil {
		b.Fatal(err)
	}
	opt := a7.Options{Today: forms.NewDate(2026, 11, 1)}
	for _, r := range []export.Renderer{pdf.New(fs), docx.New()} {
		b.Run(string(r.Format()), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "largest."+string(r.Format()))
			var before, growth uint64
			for b.Loop() {
				runtime.GC()
				before = exporttest.HeapInUse()
				growth = exporttest.HeapGrowth(func() {
					if _, err := export.WriteFile(path, p, forms.English, cat, r, opt); err != nil {
						b.Fatal(err)
					}
				})
			}
			b.ReportMetric(float64(before)/(1<<20), "draft-heap-MB")
			b.ReportMetric(float64(before+growth)/(1<<20), "peak-heap-MB")
		})
	}
}
