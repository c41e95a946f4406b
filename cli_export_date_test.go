package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// exportAll exports the English example in both formats and all six
// languages into a fresh folder and returns the files by name.
func exportAll(t *testing.T, extra ...string) map[string][]byte {
	t.Helper()
	dir := t.TempDir()
	args := append([]string{"export", "--format", "all", "--lang", "all", "--today", "2026-11-25", "-o", dir + string(filepath.Separator)}, extra...)
	args = append(args, "examples/fg-example-en.json")
	if code, _, errs := runCLI(t, args...); code > exitFindings {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	files := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = data
	}
	if len(files) != 12 {
		t.Fatalf("export wrote %d files, want 12 (two formats, six languages)", len(files))
	}
	return files
}

// Two exports of one draft with the date fixed (SOURCE_DATE_EPOCH, the
// reproducible-builds convention) are the same bytes, in both formats and
// all six languages, and carry that date.
func TestExportReproducibleWithSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01T00:00:00Z
	first := exportAll(t)
	time.Sleep(1100 * time.Millisecond) // the clock's seconds must not matter
	second := exportAll(t)
	for name, data := range first {
		if !bytes.Equal(data, second[name]) {
			t.Errorf("%s differs between two exports with SOURCE_DATE_EPOCH set", name)
		}
		switch filepath.Ext(name) {
		case ".pdf":
			if !bytes.Contains(data, []byte("/CreationDate (D:20260101000000")) || !bytes.Contains(data, []byte("/ModDate (D:20260101000000")) {
				t.Errorf("%s does not carry SOURCE_DATE_EPOCH as its creation and modification date", name)
			}
		case ".docx":
			core := docxPart(t, name, data, "docProps/core.xml")
			for _, want := range []string{
				`<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>`,
				`<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>`,
			} {
				if !strings.Contains(core, want) {
					t.Errorf("%s: core properties lack %s:\n%s", name, want, core)
				}
			}
			zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range zr.File {
				if got := f.Modified.UTC(); !got.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)) {
					t.Errorf("%s: %s is dated %v, want 2026-01-01 00:00 UTC", name, f.Name, got)
				}
			}
		}
	}
}

// --date wins over SOURCE_DATE_EPOCH, and another date gives other bytes
// (so the comparison above can fail).
func TestExportDateFlag(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	epoch := exportAll(t)
	flagged := exportAll(t, "--date", "2026-03-15T09:30:00+01:00")
	for name, data := range flagged {
		if bytes.Equal(data, epoch[name]) {
			t.Errorf("%s: --date did not change the file", name)
		}
		if filepath.Ext(name) == ".docx" {
			if core := docxPart(t, name, data, "docProps/core.xml"); !strings.Contains(core, ">2026-03-15T08:30:00Z</dcterms:created>") {
				t.Errorf("%s: --date not written in UTC into the core properties:\n%s", name, core)
			}
		} else if !bytes.Contains(data, []byte("/CreationDate (D:20260315083000")) {
			t.Errorf("%s: --date not written in UTC as the creation date", name)
		}
	}
}

func TestDocumentDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		flag, epoch string
		want        time.Time
		wantErr     string
	}{
		{"", "", time.Time{}, ""},
		{"", "0", time.Unix(0, 0).UTC(), ""},
		{"", "1767225600", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"2026-05-04", "1767225600", time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC), ""},
		{"2026-05-04T10:00:00+02:00", "", time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC), ""},
		{"4 May 2026", "", time.Time{}, "--date"},
		{"", "yesterday", time.Time{}, "SOURCE_DATE_EPOCH"},
		{"", "-5", time.Time{}, "SOURCE_DATE_EPOCH"},
		{"", "99999999999999", time.Time{}, "SOURCE_DATE_EPOCH"},
	}
	for _, tt := range tests {
		got, err := documentDate(tt.flag, tt.epoch)
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("documentDate(%q, %q): error %v, want one naming %s", tt.flag, tt.epoch, err, tt.wantErr)
		case tt.wantErr == "" && (err != nil || !got.Equal(tt.want)):
			t.Errorf("documentDate(%q, %q) = %v, %v; want %v", tt.flag, tt.epoch, got, err, tt.want)
		}
	}
}

// A bad SOURCE_DATE_EPOCH is refused by name, and nothing is written.
func TestExportRefusesBadSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "tomorrow")
	dir := t.TempDir()
	code, _, errs := runCLI(t, "export", "-o", dir+"/", "examples/fg-example-en.json")
	if code != exitUnusable || !strings.Contains(errs, "SOURCE_DATE_EPOCH") {
		t.Errorf("exit %d, %q; want exit 2 naming SOURCE_DATE_EPOCH", code, errs)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("export wrote %d files despite the bad date", len(entries))
	}
}

func docxPart(t *testing.T, name string, data []byte, part string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	f, err := zr.Open(part)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return string(b)
}
