package pdf

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
)

// Subset tags are six capital letters starting FG, one per font in order.
func TestSubsetTags(t *testing.T) {
	for n, want := range map[int]string{0: "FGAAAA", 1: "FGAAAB", 25: "FGAAAZ", 26: "FGAABA"} {
		if got := subsetTag(n); got != want {
			t.Errorf("subsetTag(%d) = %s, want %s", n, got, want)
		}
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

// Adjacent mapped codes leave no empty range between them, and a map
// starting at code 0 leaves none before it.
func TestToUnicodeRangesAroundAdjacentCodes(t *testing.T) {
	cmap := string(buildToUnicode(map[rune][]rune{0: {0x20}, 0xFEDF: {0x0644}, 0xFEE0: {0x0644}}))
	if !strings.Contains(cmap, "2 beginbfrange\n<0001> <FEDE> <0001>\n<FEE1> <FFFF> <FEE1>\nendbfrange") {
		t.Errorf("ranges wrong:\n%s", cmap)
	}
}

// Every object the cross-reference table lists starts where the table
// says, page contents are compressed, and the Arabic document's fonts
// carry the map back to letters.
func TestCrossReferencesPointAtTheirObjects(t *testing.T) {
	for _, lang := range []forms.Lang{forms.English, forms.Arabic} {
		b, err := export.Render(New(exporttest.Fonts(t)), exporttest.SampleDoc(lang))
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
		fonts := regexp.MustCompile(`/Type /Font /Subtype /Type0 /BaseFont /FGAA[A-Z]{2}\+[a-z-]+ /Encoding /Identity-H /DescendantFonts \[\d+ 0 R\] /ToUnicode (\d+) 0 R`).FindAllSubmatch(b, -1)
		if len(fonts) < 2 {
			t.Errorf("%s: %d fonts written", lang, len(fonts))
		}
		for _, f := range fonts {
			if string(f[1]) != string(fonts[0][1]) {
				t.Errorf("%s: the fonts do not share one ToUnicode map", lang)
			}
		}
	}
}

// The draft travels as the document's associated source file: the catalog
// lists it in /AF, its file specification says /AFRelationship /Source and
// names it after the acronym, the stream says it is JSON, and poppler's
// pdfdetach gives back exactly the bytes embedded. qpdf finds the file
// sound.
func TestDraftEmbeddedAsSource(t *testing.T) {
	exporttest.NeedTool(t, "qpdf", "pdfdetach")
	doc := exporttest.SampleDoc(forms.English)
	doc.Draft = []byte("{\n  \"format\": 1,\n  \"language\": \"en\"\n}\n")
	doc.DraftName = "FG-QSM.json"
	b, err := export.Render(New(exporttest.Fonts(t)), doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "c.pdf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	exporttest.Run(t, "qpdf", "--check", path)
	attached := exporttest.Run(t, "qpdf", "--list-attachments", "--verbose", path)
	for _, want := range []string{"FG-QSM.json -> ", "/F -> FG-QSM.json", "/UF -> FG-QSM.json", "mime type: application/json"} {
		if !strings.Contains(attached, want) {
			t.Errorf("qpdf --list-attachments lacks %q:\n%s", want, attached)
		}
	}
	root := regexp.MustCompile(`/Root (\d+) 0 R`).FindStringSubmatch(exporttest.Run(t, "qpdf", "--show-object=trailer", path))
	if root == nil {
		t.Fatal("no /Root in the trailer")
	}
	catalog := exporttest.Run(t, "qpdf", "--show-object="+root[1], path)
	af := regexp.MustCompile(`/AF \[ (\d+) 0 R \]`).FindStringSubmatch(catalog)
	if af == nil {
		t.Fatalf("catalog has no /AF: %s", catalog)
	}
	if spec := exporttest.Run(t, "qpdf", "--show-object="+af[1], path); !strings.Contains(spec, "/AFRelationship /Source") {
		t.Errorf("the associated file is not the source: %s", spec)
	}
	out := filepath.Join(t.TempDir(), "draft.json")
	exporttest.Run(t, "pdfdetach", "-save", "1", "-o", out, path)
	if got, _ := os.ReadFile(out); !bytes.Equal(got, doc.Draft) {
		t.Errorf("detached draft:\n%s\nwant:\n%s", got, doc.Draft)
	}
}

// Without a draft (the preview) the PDF has no attachment and no /AF.
func TestNoDraftNoAttachment(t *testing.T) {
	b, err := export.Render(New(exporttest.Fonts(t)), exporttest.SampleDoc(forms.English))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("/AF ")) || bytes.Contains(b, []byte("/Filespec")) {
		t.Error("a PDF without a draft carries an attachment")
	}
}

func TestPDFStringEscapes(t *testing.T) {
	for in, want := range map[string]string{"FG-QSM.json": "(FG-QSM.json)", "a(b)\\c": `(a\(b\)\\c)`, "FG-量子.json": "(FG-__.json)"} {
		if got := pdfString(in); got != want {
			t.Errorf("pdfString(%q) = %s, want %s", in, got, want)
		}
	}
}
