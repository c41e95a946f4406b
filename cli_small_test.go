package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/forms"
)

// The small cases of issue 26, item 9, on the command line.
func TestCLISmallCases(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	draft := filepath.Join(dir, "d.json")
	src, _ := os.ReadFile("examples/fg-example-en.json")
	os.WriteFile(draft, src, 0o644)

	// an export killed midway left a temporary; the next export tidies it
	out := filepath.Join(dir, "c.pdf")
	left := filepath.Join(dir, ".c.pdf.tmp-999999999-123")
	os.WriteFile(left, []byte("%PDF-half"), 0o644)
	if code, _, errs := runCLI(t, "export", "--format", "pdf", "--lang", "en", "-o", out, draft); code > 1 {
		t.Fatalf("export: %s", errs)
	}
	if _, err := os.Stat(left); err == nil {
		t.Error("the killed export's temporary is still there")
	}

	// --today "" is refused as --lang "" is
	if code, _, errs := runCLI(t, "validate", "--today", "", draft); code != 2 || !strings.Contains(errs, "empty date") {
		t.Errorf("--today \"\": exit %d, %q", code, errs)
	}

	// the command names itself once
	_, _, errs := runCLI(t, "xliff", "export", "--lang", "en", draft)
	if strings.Contains(errs, "xliff export: xliff export") || errs == "" {
		t.Errorf("xliff export into the draft's own language: %q", errs)
	}

	// an unknown option or command is said to be unknown
	for _, args := range [][]string{{"--frobnicate"}, {"valdate"}, {"--example", "-x"}} {
		code, _, errs := runCLI(t, args...)
		if code != 2 || !strings.Contains(errs, "unknown") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}

// A missing XLIFF file is said as a missing draft is, without the name of
// the system call that failed (issue 26, item 9).
func TestXLIFFImportOfAMissingFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	draft := filepath.Join(dir, "d.json")
	src, _ := os.ReadFile("examples/fg-example-en.json")
	os.WriteFile(draft, src, 0o644)
	missing := filepath.Join(dir, "none.xlf")
	code, _, errs := runCLI(t, "xliff", "import", draft, missing)
	gone := message(t, forms.English, "drafterr.problem.not-found")
	if code != 2 || strings.Contains(errs, "stat ") || !strings.Contains(errs, gone) || !strings.Contains(errs, missing) {
		t.Errorf("exit %d, message %q: want exit 2 naming the file as not found, no \"stat\"", code, errs)
	}
}
