package filename

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPart(t *testing.T) {
	for in, want := range map[string]string{
		"FG-QSM":                              "FG-QSM",
		" FG QSM/2 ":                          "FG-QSM-2",
		`a<b>c:d"e\f|g?h*i`:                   "abcdefghi",
		"..hidden..":                          "hidden",
		"report\u202Efdp.exe":                 "reportfdp.exe",
		"量子安全":                                "量子安全",
		"tab\tand\nnewline":                   "tab-and-newline",
		"\x00\x1f":                            "",
		strings.Repeat("a", 300):              strings.Repeat("a", MaxPart),
		strings.Repeat("量", 30):               strings.Repeat("量", 21), // 63 bytes: the 22nd would not fit
		strings.Repeat("a", MaxPart-1) + ".b": strings.Repeat("a", MaxPart-1),
	} {
		got := Part(in)
		if got != want {
			t.Errorf("Part(%q) = %q, want %q", in, got, want)
		}
		if len(got) > MaxPart || !utf8.ValidString(got) {
			t.Errorf("Part(%q) = %q: too long or not UTF-8", in, got)
		}
	}
}

func TestJoinAvoidsReservedNames(t *testing.T) {
	for _, c := range []struct {
		parts []string
		want  string
	}{
		{[]string{"FG-QSM", "SG17", "fr"}, "FG-QSM_SG17_fr.pdf"},
		{[]string{"CON", "", "en"}, "CON_en.pdf"},
		{[]string{"con.x", "", "en"}, "con_.x_en.pdf"},
		{[]string{"LPT1"}, "LPT1_.pdf"},
		{[]string{"nul"}, "nul_.pdf"},
		{[]string{"CONSOLE"}, "CONSOLE.pdf"},
	} {
		got := Join("pdf", c.parts...)
		if got != c.want {
			t.Errorf("Join(%q) = %q, want %q", c.parts, got, c.want)
		}
		if Reserved(got) {
			t.Errorf("%q is reserved", got)
		}
	}
}
