package exporttest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
)

// Parts reads a zip package's parts by name.
func Parts(t testing.TB, b []byte) map[string][]byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = data
	}
	return out
}

// Zip packs parts again, [Content_Types].xml first.
func Zip(t testing.TB, parts map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	write := func(name string) {
		f, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write(parts[name]); err != nil {
			t.Fatal(err)
		}
	}
	write("[Content_Types].xml")
	for name := range parts {
		if name != "[Content_Types].xml" {
			write(name)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// MarkContent is the XML between field bookmark n's start and its end in
// a document fgdraft wrote (bookmark fgdN, w:id N).
var markContent = func(n int) *regexp.Regexp {
	return regexp.MustCompile(fmt.Sprintf(`(<w:bookmarkStart w:id="%d" w:name="fgd%d"/>)(.*?)(<w:bookmarkEnd w:id="%d"/>)`, n, n, n))
}

// WordEdits are the edits EditLikeAnEditor makes, by mark number.
type WordEdits struct {
	Retyped  int    // mark whose text is replaced by NewText, untracked
	NewText  string // its new text
	Inserted int    // mark at whose end InsText is inserted, tracked (w:ins)
	InsText  string
	Deleted  int // mark whose text is deleted, tracked (w:del)
	Comment  int // mark commented on with CommentText
	// CommentText is the comment; Note is a paragraph added after the
	// commented mark's paragraph, outside every field.
	CommentText, Note string
	Author            string
}

// EditLikeAnEditor changes word/document.xml of a DOCX fgdraft wrote as an
// editor in Word would: text retyped, a tracked insertion and deletion, a
// comment and a paragraph of their own, and packs it again.
func EditLikeAnEditor(t testing.TB, docx []byte, e WordEdits) []byte {
	t.Helper()
	parts := Parts(t, docx)
	doc := string(parts["word/document.xml"])
	replace := func(n int, f func(start, content, end string) string) {
		re := markContent(n)
		m := re.FindStringSubmatch(doc)
		if m == nil {
			t.Fatalf("no field mark fgd%d in the document", n)
		}
		doc = strings.Replace(doc, m[0], f(m[1], m[2], m[3]), 1)
	}
	replace(e.Retyped, func(start, _, end string) string {
		return start + `<w:r><w:t xml:space="preserve">` + e.NewText + `</w:t></w:r>` + end
	})
	replace(e.Inserted, func(start, content, end string) string {
		return start + content + `<w:ins w:id="9001" w:author="` + e.Author + `" w:date="2026-12-07T10:00:00Z"><w:r><w:t xml:space="preserve">` + e.InsText + `</w:t></w:r></w:ins>` + end
	})
	replace(e.Deleted, func(start, content, end string) string {
		content = strings.NewReplacer("<w:r>", `<w:del w:id="9002" w:author="`+e.Author+`" w:date="2026-12-07T10:00:00Z"><w:r>`, "</w:r>", "</w:r></w:del>",
			"<w:t ", "<w:delText ", "</w:t>", "</w:delText>").Replace(content)
		return start + content + end
	})
	replace(e.Comment, func(start, content, end string) string {
		return start + `<w:commentRangeStart w:id="0"/>` + content + `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>` + end + "\x00"
	})
	// the note follows the commented paragraph
	at := strings.Index(doc, "\x00")
	close := at + strings.Index(doc[at:], "</w:p>") + len("</w:p>")
	doc = doc[:at] + doc[at+1:close] + `<w:p><w:r><w:t>` + e.Note + `</w:t></w:r></w:p>` + doc[close:]
	parts["word/document.xml"] = []byte(doc)
	parts["word/comments.xml"] = []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="` + e.Author + `" w:date="2026-12-07T10:00:00Z" w:initials="E"><w:p><w:r><w:t>` + e.CommentText + `</w:t></w:r></w:p></w:comment></w:comments>`)
	rels := string(parts["word/_rels/document.xml.rels"])
	parts["word/_rels/document.xml.rels"] = []byte(strings.Replace(rels, "</Relationships>",
		`<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`, 1))
	types := string(parts["[Content_Types].xml"])
	parts["[Content_Types].xml"] = []byte(strings.Replace(types, "</Types>",
		`<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>`, 1))
	return Zip(t, parts)
}
