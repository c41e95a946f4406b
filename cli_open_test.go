package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/export/pdf"
	"fgdraft/forms"
)

// --format chooses PDF, Word or both; -o with both names a folder.
func TestExportFormats(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		format string
		want   []string
	}{
		{"docx", []string{"FG-QSM_SG17_en.docx"}},
		{"DOCX", []string{"FG-QSM_SG17_en.docx"}},
		{"pdf", []string{"FG-QSM_SG17_en.pdf"}},
		{"all", []string{"FG-QSM_SG17_en.pdf", "FG-QSM_SG17_en.docx"}},
	} {
		out := filepath.Join(dir, tt.format)
		code, stdout, errs := runCLI(t, "export", "--format", tt.format, "--today", "2026-11-25", "-o", out+"/", "examples/fg-example-en.json")
		if code != 0 {
			t.Fatalf("--format %s: exit %d: %s", tt.format, code, errs)
		}
		var want []string
		for _, n := range tt.want {
			want = append(want, filepath.Join(out, n))
		}
		if got := strings.Fields(stdout); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("--format %s wrote %v, want %v", tt.format, got, want)
		}
		entries, _ := os.ReadDir(out)
		if len(entries) != len(want) {
			t.Errorf("--format %s: %d files in the folder, want %d", tt.format, len(entries), len(want))
		}
	}
	// both formats and -o without a trailing separator: a folder
	out := filepath.Join(dir, "both")
	if code, stdout, errs := runCLI(t, "export", "--format", "all", "--today", "2026-11-25", "-o", out, "examples/fg-example-en.json"); code != 0 || len(strings.Fields(stdout)) != 2 {
		t.Errorf("--format all -o %s: exit %d, wrote %q: %s", out, code, stdout, errs)
	}
	if code, _, errs := runCLI(t, "export", "--format", "odt", "examples/fg-example-en.json"); code != 2 || !strings.Contains(errs, `"odt" is not a format`) {
		t.Errorf("--format odt: exit %d, %q", code, errs)
	}
}

// A PDF or Word file fgdraft wrote stands in for its draft in validate,
// xliff export and export, with the same results as the draft file.
func TestCommandsOpenContributions(t *testing.T) {
	dir := t.TempDir()
	const draft = "examples/fg-example-mistakes.json"
	if code, _, errs := runCLI(t, "export", "--format", "all", "--today", "2026-11-25", "-o", dir, draft); code != 1 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	wantCode, wantOut, _ := runCLI(t, "validate", "--today", "2026-11-25", "--json", draft)
	wantXLIFF := filepath.Join(dir, "want.xlf")
	runCLI(t, "xliff", "export", "--lang", "fr", "-o", wantXLIFF, draft)
	want, _ := os.ReadFile(wantXLIFF)
	for _, name := range []string{"FG-NDTP_SG13_en.pdf", "FG-NDTP_SG13_en.docx"} {
		file := filepath.Join(dir, name)
		if _, err := os.Stat(file); err != nil {
			entries, _ := os.ReadDir(dir)
			t.Fatalf("%v (the folder has %v)", err, entries)
		}
		code, out, errs := runCLI(t, "validate", "--today", "2026-11-25", "--json", file)
		if code != wantCode || out != wantOut {
			t.Errorf("validate %s: exit %d, %s\n%s; want exit %d and the draft's findings", name, code, errs, out, wantCode)
		}
		xlf := filepath.Join(dir, name+".xlf")
		if code, _, errs := runCLI(t, "xliff", "export", "--lang", "fr", "-o", xlf, file); code != 0 {
			t.Errorf("xliff export %s: exit %d: %s", name, code, errs)
		} else if got, _ := os.ReadFile(xlf); !bytes.Equal(got, want) {
			t.Errorf("xliff export %s differs from the draft's", name)
		}
		// translations are saved into a draft file, never into a contribution
		before, _ := os.ReadFile(file)
		if code, _, errs := runCLI(t, "xliff", "import", file, wantXLIFF); code != 2 || !strings.Contains(errs, "is a contribution") {
			t.Errorf("xliff import into %s: exit %d, %q", name, code, errs)
		}
		if after, _ := os.ReadFile(file); !bytes.Equal(before, after) {
			t.Errorf("xliff import changed %s", name)
		}
	}
	// a PDF exported again as Word: the contribution is converted
	sub := filepath.Join(dir, "again") + "/"
	code, stdout, errs := runCLI(t, "export", "--format", "docx", "--today", "2026-11-25", "-o", sub, filepath.Join(dir, "FG-NDTP_SG13_en.pdf"))
	if code != 1 || !strings.HasSuffix(strings.TrimSpace(stdout), "FG-NDTP_SG13_en.docx") {
		t.Errorf("export of a PDF as DOCX: exit %d, %q: %s", code, stdout, errs)
	}
	// written next to a PDF under its own name, it would replace it: refused
	pdfPath := filepath.Join(dir, "FG-NDTP_SG13_en.pdf")
	if code, _, errs := runCLI(t, "export", "--today", "2026-11-25", pdfPath); code != 2 || !strings.Contains(errs, "draft itself") {
		t.Errorf("export of a PDF over itself: exit %d, %q", code, errs)
	}
}

// A PDF fgdraft did not write with a draft inside: exit 2, and the reason.
func TestCommandsRefuseFilesWithoutDraft(t *testing.T) {
	b, err := export.Render(pdf.New(exporttest.Fonts(t)), exporttest.SampleDoc(forms.English))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "other.pdf")
	os.WriteFile(file, b, 0o644)
	for _, args := range [][]string{
		{"validate", file},
		{"export", "--format", "docx", "-o", filepath.Join(t.TempDir(), "x.docx"), file},
		{"xliff", "export", "--lang", "fr", "-o", filepath.Join(t.TempDir(), "x.xlf"), file},
	} {
		code, _, errs := runCLI(t, args...)
		if code != 2 || !strings.Contains(errs, message(t, forms.English, "filing.noDraft", map[string]any{"File": file})) {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}
