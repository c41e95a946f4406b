package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// No command writes a control character it did not make: a draft's text,
// a member name or a file name with ESC, BEL or a C1 control comes out
// escaped (issue 26, item 3).
func TestCLIWritesNoForeignControls(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	evilName := filepath.Join(dir, "d\x1b]0;owned\x07.json")
	cases := map[string]string{
		// in a field's text: refused by the decoder, naming the field
		filepath.Join(dir, "title.json"): `{"format": 1, "language": "en", "contribution": {"title": "FG-\u001b[2J"}}`,
		// in a member name, which the message quotes
		filepath.Join(dir, "member.json"): "{\"format\": 1, \"\x1b[2Jx\u009b\": 1}",
		evilName:                          `{"format": 1, "language": "en"}`,
	}
	for path, content := range cases {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"validate", path}, {"validate", "--json", path}, {"xliff", "export", "--lang", "fr", "-o", filepath.Join(dir, "x\x1b.xlf"), path}} {
			_, stdout, stderr := runCLI(t, args...)
			for _, out := range []string{stdout, stderr} {
				if i := strings.IndexFunc(out, func(r rune) bool {
					return r != '\n' && r != '\t' && (r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F)
				}); i >= 0 {
					t.Errorf("%v: a raw control character in the output: %q", args, out)
				}
			}
		}
	}
	_, _, stderr := runCLI(t, "validate", filepath.Join(dir, "title.json"))
	if !strings.Contains(stderr, "contribution.title") || !strings.Contains(stderr, "U+001B") {
		t.Errorf("the refusal names neither the field nor the character: %q", stderr)
	}
}
