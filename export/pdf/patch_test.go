package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// Subset tags replace the library's font-name prefix without moving a byte,
// one tag per font, the same tag wherever a font is named.
func TestMarkSubsetsKeepsOffsets(t *testing.T) {
	in := []byte("/BaseFont /utf8subnotosans-regular\n/FontName /utf8subnotosanssc-regular/x /BaseFont /utf8subnotosans-regular>>")
	out := append([]byte(nil), in...)
	markSubsets(out)
	if len(out) != len(in) {
		t.Fatalf("length changed: %d -> %d", len(in), len(out))
	}
	want := "/BaseFont /FGAAAA+notosans-regular\n/FontName /FGAAAB+notosanssc-regular/x /BaseFont /FGAAAA+notosans-regular>>"
	if string(out) != want {
		t.Errorf("got  %q\nwant %q", out, want)
	}
}

// The ToUnicode map gives Arabic presentation forms back as letters and
// every other code as itself.
func TestToUnicodeMapsPresentationForms(t *testing.T) {
	cmap := string(buildToUnicode(map[rune][]rune{0xFEDF: {0x0644}, 0xFEFB: {0x0644, 0x0627}}))
	for _, want := range []string{"<FEDF> <0644>", "<FEFB> <06440627>", "<0000> <FEDE> <0000>", "<FEE0> <FEFA> <FEE0>", "<FEFC> <FFFF> <FEFC>"} {
		if !strings.Contains(cmap, want) {
			t.Errorf("ToUnicode map lacks %q", want)
		}
	}
}

// After finish, every object the cross-reference table lists starts where
// the table says, page contents are compressed, and the Arabic document's
// fonts carry the map back to letters.
func TestFinishKeepsCrossReferences(t *testing.T) {
	for _, lang := range []forms.Lang{forms.English, forms.Arabic} {
		b, err := New(exporttest.Fonts(t)).Render(exporttest.SampleDoc(lang))
		if err != nil {
			t.Fatal(err)
		}
		sx := bytes.LastIndex(b, []byte("startxref\n"))
		xref, err := strconv.Atoi(strings.Fields(string(b[sx+len("startxref\n"):]))[0])
		if err != nil || !bytes.HasPrefix(b[xref:], []byte("xref\n0 ")) {
			t.Fatalf("%s: startxref does not point at the table", lang)
		}
		lines := strings.Split(string(b[xref:]), "\n")
		var count int
		fmt.Sscanf(lines[1], "0 %d", &count)
		for i := 1; i < count; i++ {
			e := lines[2+i]
			if !strings.HasSuffix(strings.TrimSpace(e), "n") {
				continue
			}
			off, _ := strconv.Atoi(e[:10])
			if want := fmt.Sprintf("%d 0 obj", i); !bytes.HasPrefix(b[off:], []byte(want)) {
				t.Errorf("%s: object %d is not at offset %d", lang, i, off)
			}
		}
		for _, m := range regexp.MustCompile(`/Contents (\d+) 0 R`).FindAllSubmatch(b, -1) {
			obj := regexp.MustCompile(string(m[1]) + ` 0 obj\n<<([^>]*)>>`).FindSubmatch(b)
			if obj == nil || !bytes.Contains(obj[1], []byte("/FlateDecode")) {
				t.Errorf("%s: page contents %s not compressed", lang, m[1])
			}
		}
		if bytes.Contains(b, []byte(identityToUnicode)) {
			t.Errorf("%s: an identity ToUnicode map is left", lang)
		}
	}
}

// Bytes that are not the PDF library's output are refused, not patched.
func TestFinishRefusesOtherBytes(t *testing.T) {
	rd := New(exporttest.Fonts(t))
	for _, in := range []string{"", "%PDF-1.4\n", "%PDF-1.4\nstartxref\n999999\n%%EOF", "%PDF-1.4\nstartxref\n0\n%%EOF"} {
		if _, err := rd.finish([]byte(in)); err == nil {
			t.Errorf("finish(%q) did not fail", in)
		}
	}
}
