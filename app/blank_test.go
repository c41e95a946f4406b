package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// What "empty" means is decided by forms.Blank and forms.Present alone
// (forms/present.go): the window does not decide it again with
// strings.TrimSpace, which keeps a zero-width space or a byte-order mark as
// content (issue 23, item 7).
func TestEmptinessDecidedByForms(t *testing.T) {
	t.Parallel()
	// strings.TrimSpace(x) == "", or t := strings.TrimSpace(x) then t == ""
	direct := regexp.MustCompile(`strings\.TrimSpace\([^\n]*\)\s*[!=]=\s*""`)
	assigned := regexp.MustCompile(`(\w+)\s*:?=\s*strings\.TrimSpace\(`)
	// not the user's text
	exempt := map[string]bool{filepath.Join("session", "autosave.go"): true} // a file path read back
	files, _ := filepath.Glob("*.go")
	sub, _ := filepath.Glob("*/*.go")
	for _, name := range append(files, sub...) {
		if strings.HasSuffix(name, "_test.go") || exempt[name] {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(src), "\n")
		for i, line := range lines {
			if direct.MatchString(line) {
				t.Errorf("%s:%d decides emptiness with TrimSpace: %s", name, i+1, strings.TrimSpace(line))
			}
			m := assigned.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			empty := regexp.MustCompile(`\b` + regexp.QuoteMeta(m[1]) + `\s*[!=]=\s*""`)
			for _, next := range lines[i:min(i+3, len(lines))] {
				if empty.MatchString(next) {
					t.Errorf("%s:%d decides emptiness with TrimSpace: %s", name, i+1, strings.TrimSpace(line))
				}
			}
		}
	}
}
