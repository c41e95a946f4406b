package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A contribution fgdraft wrote and another program then updated opens on
// the command line with a warning, in the draft's language, before
// anything is done with it (issue 26, item 5).
func TestCLIWarnsOfPDFChangedAfterFgdraft(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := filepath.Join(dir, "c.pdf")
	if code, _, errs := runCLI(t, "export", "--format", "pdf", "--lang", "en", "-o", out, "examples/fg-example-en.json"); code > 1 {
		t.Fatalf("export: %s", errs)
	}
	pdf, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, errs := runCLI(t, "validate", out); strings.Contains(errs, "changed after fgdraft") {
		t.Fatalf("fgdraft's own PDF reported as changed: %s", errs)
	}
	field := func(re string) string {
		m := regexp.MustCompile(re).FindAllSubmatch(pdf, -1)
		if m == nil {
			t.Fatalf("no %s in fgdraft's PDF", re)
		}
		return string(m[len(m)-1][1])
	}
	root, info, size, prev := field(`/Root (\d+) 0 R`), field(`/Info (\d+) 0 R`), field(`/Size (\d+)`), field(`startxref\s+(\d+)`)
	// an incremental update: a new section after fgdraft's own
	at := len(pdf)
	pdf = fmt.Appendf(pdf, "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size %s /Root %s 0 R /Info %s 0 R /Prev %s >>\nstartxref\n%d\n%%%%EOF\n", size, root, info, prev, at)
	os.WriteFile(out, pdf, 0o644)
	_, _, errs := runCLI(t, "validate", out)
	if !strings.Contains(errs, "this file was changed after fgdraft wrote it; the draft inside may not be what its pages show") {
		t.Errorf("no warning: %q", errs)
	}
}
