package reopen

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fgdraft/export"
	"fgdraft/export/docx"
	"fgdraft/export/exporttest"
	"fgdraft/export/fonts"
	"fgdraft/export/pdf"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/locales"
)

// exported is a contribution fgdraft wrote from a draft file.
type exported struct {
	name  string // the example it was written from
	lang  forms.Lang
	draft []byte // the draft, as draftfile.Encode writes it
	pdf   []byte
	docx  []byte
}

var examples = sync.OnceValues(func() ([]exported, error) {
	cat, err := locales.Load()
	if err != nil {
		return nil, err
	}
	fs, err := exporttestFonts()
	if err != nil {
		return nil, err
	}
	r := pdf.New(fs)
	var out []exported
	for _, ex := range []struct {
		file string
		lang forms.Lang
	}{
		{"fg-example-en.json", forms.English},
		{"fg-example-zh-translated.json", forms.Arabic},
		{"fg-example-mistakes.json", forms.French},
	} {
		p, err := draftfile.Load(filepath.Join("..", "..", "examples", ex.file))
		if err != nil {
			return nil, err
		}
		draft, err := draftfile.Encode(p)
		if err != nil {
			return nil, err
		}
		opt := a7.Options{Today: forms.NewDate(2026, 11, 1)}
		b, _, err := export.Contribution(p, ex.lang, cat, r, opt)
		if err != nil {
			return nil, err
		}
		d, _, err := export.Contribution(p, ex.lang, cat, docx.New(), opt)
		if err != nil {
			return nil, err
		}
		out = append(out, exported{ex.file, ex.lang, draft, b, d})
	}
	return out, nil
})

func exportedPDFs(t testing.TB) []exported {
	t.Helper()
	ex, err := examples()
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// reencode decodes a contribution and encodes the draft it gives back.
func reencode(t *testing.T, file string, data []byte) ([]byte, Origin) {
	t.Helper()
	p, origin, err := Decode(file, data)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	b, err := draftfile.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	return b, origin
}

// draft → PDF → draft gives the same draft, byte for byte, and says where
// it came from.
func TestPDFRoundTrip(t *testing.T) {
	for _, ex := range exportedPDFs(t) {
		got, origin := reencode(t, ex.name, ex.pdf)
		if !bytes.Equal(got, ex.draft) {
			t.Errorf("%s (%s): the draft back from the PDF differs from the draft exported", ex.name, ex.lang)
		}
		if origin.Format != export.PDF || !strings.HasSuffix(origin.Embedded, ".json") || !origin.Contribution() {
			t.Errorf("%s: origin %+v", ex.name, origin)
		}
	}
}

// draft → DOCX → draft gives the same draft, byte for byte.
func TestDOCXRoundTrip(t *testing.T) {
	for _, ex := range exportedPDFs(t) {
		got, origin := reencode(t, ex.name, ex.docx)
		if !bytes.Equal(got, ex.draft) {
			t.Errorf("%s (%s): the draft back from the DOCX differs from the draft exported", ex.name, ex.lang)
		}
		if origin.Format != export.DOCX || origin.Embedded == "" {
			t.Errorf("%s: origin %+v", ex.name, origin)
		}
	}
}

// A DOCX LibreOffice saved over loses the draft's own part (LibreOffice
// keeps only the parts it knows) but keeps the Custom XML data part: the
// draft comes back from it byte for byte. A DOCX that lost both still has
// the custom property saying there was a draft: the message says the draft
// was lost, not that there never was one. A DOCX written without a draft
// says it carries none.
func TestDOCXResavedByLibreOffice(t *testing.T) {
	exporttest.NeedTool(t, "soffice")
	ex := exportedPDFs(t)[0]
	resaved := exporttest.ResavedByLibreOffice(t, "FG-QSM_SG17_en.docx", ex.docx)
	got, origin := reencode(t, "resaved.docx", resaved)
	if !bytes.Equal(got, ex.draft) {
		t.Error("the draft back from the re-saved DOCX differs from the draft exported")
	}
	if origin.Format != export.DOCX {
		t.Errorf("origin %+v", origin)
	}
	lost := withoutEntries(t, resaved, func(name string) bool {
		return strings.HasPrefix(name, "customXml/") || strings.HasPrefix(name, "fgdraft/")
	})
	_, _, err := Decode("resaved.docx", lost)
	var nd *NoDraftError
	switch {
	case !errors.As(err, &nd) || !nd.Lost || nd.Format != export.DOCX:
		t.Errorf("a DOCX without either draft part: got %v, want a *NoDraftError saying the draft was lost", err)
	case !strings.Contains(err.Error(), "lost") || !strings.Contains(err.Error(), "resaved.docx"):
		t.Errorf("message %q does not say the draft was lost, or which file", err)
	}
	withoutDraft, err := export.Render(docx.New(), exporttest.SampleDoc(forms.English))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Decode("other.docx", withoutDraft)
	if !errors.As(err, &nd) || nd.Lost || !strings.Contains(err.Error(), "carries no fgdraft draft") {
		t.Errorf("a DOCX without draft: got %v", err)
	}
}

// A PDF rewritten by qpdf — objects packed into object streams with a
// cross-reference stream, or linearized — still gives the draft back.
func TestPDFRoundTripAfterQpdf(t *testing.T) {
	exporttest.NeedTool(t, "qpdf")
	dir := t.TempDir()
	for _, ex := range exportedPDFs(t) {
		in := filepath.Join(dir, "in.pdf")
		if err := os.WriteFile(in, ex.pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{
			{"--object-streams=generate"},
			{"--linearize"},
			{"--object-streams=generate", "--compress-streams=y", "--recompress-flate"},
		} {
			out := filepath.Join(dir, "out.pdf")
			exporttest.Run(t, "qpdf", append(append([]string{}, args...), in, out)...)
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if args[0] == "--object-streams=generate" && !bytes.Contains(data, []byte("/ObjStm")) {
				t.Fatalf("qpdf %v wrote no object stream; the test would not test it", args)
			}
			got, _ := reencode(t, ex.name+" after qpdf "+strings.Join(args, " "), data)
			if !bytes.Equal(got, ex.draft) {
				t.Errorf("%s after qpdf %v: the draft differs", ex.name, args)
			}
		}
	}
}

// A PDF another tool rewrote still gives the draft back, wherever the tool
// left the attachment: mutool keeps the name tree and /AF, pdfunite only
// the name tree, Ghostscript the name tree with new objects. None of them
// counts as a change to what fgdraft wrote.
func TestPDFRoundTripAfterRewriters(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, rw := range []struct {
		tool string
		args func(in, out string) []string
	}{
		{"mutool", func(in, out string) []string { return []string{"clean", in, out} }},
		{"mutool", func(in, out string) []string { return []string{"clean", "-gggg", "-z", in, out} }},
		{"pdfunite", func(in, out string) []string { return []string{in, out} }},
		{"pdfunite", func(in, out string) []string { return []string{in, in, out} }},
		{"gs", func(in, out string) []string {
			return []string{"-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + out, in}
		}},
	} {
		exporttest.NeedTool(t, rw.tool)
		for _, ex := range exportedPDFs(t)[:1] {
			in := filepath.Join(dir, "in.pdf")
			out := filepath.Join(dir, "out.pdf")
			if err := os.WriteFile(in, ex.pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			args := rw.args(in, out)
			exporttest.Run(t, rw.tool, args...)
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			what := ex.name + " after " + rw.tool + " " + strings.Join(args[:len(args)-2], " ")
			got, origin := reencode(t, what, data)
			if !bytes.Equal(got, ex.draft) {
				t.Errorf("%s: the draft differs", what)
			}
			if origin.Changed {
				t.Errorf("%s: reported as changed after fgdraft wrote it", what)
			}
		}
	}
}

// Load reads the file; a draft file still opens as a draft file.
func TestLoadPDFAndDraftFile(t *testing.T) {
	ex := exportedPDFs(t)[0]
	path := filepath.Join(t.TempDir(), "FG-QSM_SG17_en.pdf")
	if err := os.WriteFile(path, ex.pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	p, origin, err := Load(path)
	if err != nil || origin.Format != export.PDF {
		t.Fatalf("Load: %v, %+v", err, origin)
	}
	if b, _ := draftfile.Encode(p); !bytes.Equal(b, ex.draft) {
		t.Error("Load gave another draft than Decode")
	}
	// the same bytes under a name that says nothing: found by content
	bare := filepath.Join(t.TempDir(), "contribution")
	os.WriteFile(bare, ex.pdf, 0o644)
	if _, origin, err := Load(bare); err != nil || origin.Format != export.PDF {
		t.Errorf("a PDF without extension: %v, %+v", err, origin)
	}
	draft := filepath.Join(t.TempDir(), "d.json")
	os.WriteFile(draft, ex.draft, 0o644)
	if _, origin, err := Load(draft); err != nil || origin.Contribution() {
		t.Errorf("a draft file: %v, %+v", err, origin)
	}
}

// A PDF that carries no draft — the preview, or one another program wrote —
// is refused as such, not as a broken draft.
func TestPDFWithoutDraft(t *testing.T) {
	noDraft, err := export.Render(pdf.New(exporttest.Fonts(t)), exporttest.SampleDoc(forms.English))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{"fgdraft's preview": noDraft}
	if _, err := exec.LookPath("qpdf"); err == nil {
		empty := filepath.Join(t.TempDir(), "empty.pdf")
		exporttest.Run(t, "qpdf", "--empty", empty)
		cases["qpdf --empty"], _ = os.ReadFile(empty)
	}
	for name, data := range cases {
		_, _, err := Decode("other.pdf", data)
		var nd *NoDraftError
		if !errors.As(err, &nd) || nd.Format != export.PDF || nd.File != "other.pdf" || nd.Lost {
			t.Errorf("%s: got %v, want a *NoDraftError for other.pdf", name, err)
			continue
		}
		if !strings.Contains(err.Error(), "carries no fgdraft draft") {
			t.Errorf("%s: message %q", name, err)
		}
	}
}

// The draft inside goes through the draft file's decoder: a tampered one is
// refused with the reason a draft file would get, and the message names
// the contribution and the draft inside.
func TestTamperedDraftRefused(t *testing.T) {
	ex := exportedPDFs(t)[0]
	r := pdf.New(exporttest.Fonts(t))
	for name, draft := range map[string][]byte{
		"newer format":   bytes.Replace(ex.draft, []byte(`"format": 1`), []byte(`"format": 99`), 1),
		"bad date":       bytes.Replace(ex.draft, []byte(`"start": "20`), []byte(`"start": "twenty`), 1),
		"not JSON":       ex.draft[:len(ex.draft)/2],
		"too large":      append(append([]byte{}, ex.draft...), bytes.Repeat([]byte(" "), draftfile.MaxFileSize)...),
		"invalid UTF-8":  append([]byte{0xff}, ex.draft...),
		"not an object!": []byte(`[1, 2]`),
	} {
		if bytes.Equal(draft, ex.draft) {
			t.Fatalf("%s: the draft was not changed", name)
		}
		_, wantErr := draftfile.Decode(draft)
		if wantErr == nil {
			t.Fatalf("%s: draftfile.Decode accepts it; the case tests nothing", name)
		}
		doc := exporttest.SampleDoc(forms.English)
		doc.Draft, doc.DraftName = draft, "FG-QSM.json"
		for _, rd := range []export.Renderer{r, docx.New()} {
			data, err := export.Render(rd, doc)
			if err != nil {
				t.Fatal(err)
			}
			file := "c." + string(rd.Format())
			_, _, err = Decode(file, data)
			var de *draftfile.Error
			if !errors.As(err, &de) {
				t.Errorf("%s in %s: got %v, want a *draftfile.Error", name, file, err)
				continue
			}
			var want *draftfile.Error
			errors.As(wantErr, &want)
			sameReason := de.Reason == want.Reason
			if name == "too large" { // the size is told as far as it was read
				sameReason = strings.Contains(de.Reason, "large") || strings.Contains(de.Reason, "more than")
			}
			if !sameReason || !strings.HasPrefix(de.File, file) {
				t.Errorf("%s in %s: got %q, want the reason %q for %s", name, file, err, want.Reason, file)
			}
		}
	}
}

// What is not a readable PDF or a draft is refused, naming the file.
func TestBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	for name, c := range map[string]struct {
		content string
		want    string
	}{
		"broken.pdf":  {"%PDF-1.7\n1 0 obj\n<< /Type /Cat", "not a readable PDF"},
		"renamed.pdf": {"{\"format\": 1}", "not a PDF"},
		"text.docx":   {"hello", "not a Word file"},
		"zip.docx":    {"PK\x03\x04 not really", "not a readable Word file"},
		"draft.json":  {"%PDF? no", "invalid JSON"},
	} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(c.content), 0o644)
		_, _, err := Load(path)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: got %v, want an error naming the file and saying %q", name, err, c.want)
		}
	}
	// a folder, a missing file: draftfile.Load's messages
	if _, _, err := Load(dir); err == nil {
		t.Error("a folder opened")
	}
	if _, _, err := Load(filepath.Join(dir, "missing.pdf")); err == nil || !strings.Contains(err.Error(), "missing.pdf") {
		t.Errorf("a missing file: %v", err)
	}
}

func TestDetect(t *testing.T) {
	for in, want := range map[string]export.Format{
		"%PDF-1.4\n":                           export.PDF,
		"\xef\xbb\xbfjunk%PDF-1.7":             export.PDF,
		"PK\x03\x04rest":                       export.DOCX,
		"{\"format\": 1}":                      "",
		"":                                     "",
		"PDF-1.4":                              "",
		strings.Repeat(" ", 1024) + "%PDF-1.4": "",
	} {
		if got := Detect([]byte(in)); got != want {
			t.Errorf("Detect(%.20q) = %q, want %q", in, got, want)
		}
	}
}

// Reopening a contribution: the bounded reader follows the path to the draft,
// then the draft is decoded.
func BenchmarkReopenPDF(b *testing.B) {
	ex := exportedPDFs(b)[0]
	b.SetBytes(int64(len(ex.pdf)))
	for b.Loop() {
		if _, _, err := Decode("c.pdf", ex.pdf); err != nil {
			b.Fatal(err)
		}
	}
}

func exporttestFonts() (*fonts.Set, error) { return fonts.Load() }

// Reopening a Word file: the zip directory, the package relationships and
// the draft part are read, then the draft is decoded.
func BenchmarkReopenDOCX(b *testing.B) {
	ex := exportedPDFs(b)[0]
	b.SetBytes(int64(len(ex.docx)))
	for b.Loop() {
		if _, _, err := Decode("c.docx", ex.docx); err != nil {
			b.Fatal(err)
		}
	}
}

// A named pipe called .pdf is refused without being opened for reading (it
// would block), with the draft file's message.
func TestLoadRefusesNamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "contribution.pdf")
	if err := syscallMkfifo(fifo); err != nil {
		t.Skip("no named pipes here:", err)
	}
	done := make(chan error, 1)
	go func() { _, _, err := Load(fifo); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("got %v, want a refusal naming the named pipe", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Load blocked on a named pipe")
	}
}

// A contribution larger than MaxFileSize is refused by its size.
func TestLoadRefusesHugeContribution(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.pdf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("%PDF-1.7\n")
	f.Truncate(MaxFileSize + 1) // sparse: no disk used
	f.Close()
	_, _, err = Load(path)
	if err == nil || !strings.Contains(err.Error(), "file too large") {
		t.Errorf("got %v", err)
	}
}

// The draft's name is the acronym's, in any script: its UTF-16 bytes may
// be a newline, a parenthesis or a backslash, which the PDF must carry and
// give back.
func TestDraftNameInAnyScript(t *testing.T) {
	const name = "FG-ਕԩќ量.json" // U+0A15, U+0529, U+045C: bytes 0x0A, 0x29, 0x5C
	doc := exporttest.SampleDoc(forms.English)
	doc.Draft = exportedPDFs(t)[0].draft
	doc.DraftName = name
	data, err := export.Render(pdf.New(exporttest.Fonts(t)), doc)
	if err != nil {
		t.Fatal(err)
	}
	_, origin, err := Decode("c.pdf", data)
	if err != nil || origin.Embedded != name {
		t.Errorf("got %q, %v; want the draft named %q", origin.Embedded, err, name)
	}
}

// withoutEntries copies a zip leaving out the entries drop says so of.
func withoutEntries(t *testing.T, pkg []byte, drop func(name string) bool) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	out := zip.NewWriter(&buf)
	for _, f := range z.File {
		if drop(f.Name) {
			continue
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
