package docx

import (
	"bytes"
	"errors"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fgdraft/assets"
	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
)

// coverFieldTexts are the texts of the fields the cover prints, as the
// builder gives them: each labelled value and contact line printed from a
// field, each keyword, the abstract a paragraph a line.
func coverFieldTexts(c export.Cover) [][2]string {
	var out [][2]string
	add := func(l export.Labelled) {
		if l.Field != "" {
			out = append(out, [2]string{l.Field, strings.Join(paragraphs(l.Value), "\n")})
		}
	}
	for _, l := range c.Fields {
		add(l)
	}
	for _, ct := range c.Contacts {
		for _, l := range ct.Lines {
			add(l)
		}
	}
	for _, l := range c.KeywordList {
		add(l)
	}
	add(c.Abstract)
	return out
}

// fieldTexts are the texts of the fields a document prints, place by
// place, as the builder gives them: the cover's, then the sections'
// paragraphs one a line, list items numbered "1. ", "2. ", …, table
// cells printed from a field.
func fieldTexts(doc export.Document) [][2]string {
	out := coverFieldTexts(doc.Cover)
	secs := doc.Sections
	last := ""
	var walk func([]export.Section)
	add := func(field, line string) {
		if field != last || len(out) == 0 {
			out = append(out, [2]string{field, line})
		} else {
			out[len(out)-1][1] += "\n" + line
		}
		last = field
	}
	walk = func(secs []export.Section) {
		for _, s := range secs {
			for _, b := range s.Blocks {
				switch b := b.(type) {
				case export.Paragraph:
					if b.Field != "" {
						for _, p := range paragraphs(b.Text) {
							add(b.Field, p)
						}
						continue
					}
				case export.List:
					if b.Field != "" {
						for i, item := range b.Items {
							if b.Ordered {
								item = strconv.Itoa(i+1) + ". " + item
							}
							add(b.Field, item)
						}
						continue
					}
				case export.Table:
					for r, row := range b.Rows {
						for c, cell := range row {
							f := b.FieldOf(r, c)
							if f == "" {
								last = ""
								continue
							}
							ps := paragraphs(cell)
							if len(ps) == 0 {
								ps = []string{""} // the cell's one paragraph
							}
							for _, p := range ps {
								add(f, p)
							}
						}
					}
				}
				last = ""
			}
			walk(s.Sub)
		}
	}
	walk(secs)
	return out
}

func exampleDOCX(t *testing.T, lang forms.Lang) (*forms.Proposal, []byte) {
	t.Helper()
	p, err := draftfile.Decode(assets.Example)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := export.Contribution(p, lang, exporttest.Cat, New(), a7.Options{Today: exporttest.Today})
	if err != nil {
		t.Fatal(err)
	}
	return p, b
}

func readMarked(t *testing.T, b []byte) *Marked {
	t.Helper()
	m, err := ReadMarked(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestMarksEncloseFieldText: in every language, the text between each
// field's bookmarks is exactly the text the builder printed from it, and a
// document compared with itself has no change.
func TestMarksEncloseFieldText(t *testing.T) {
	t.Parallel()
	for _, lang := range forms.Languages() {
		p, b := exampleDOCX(t, lang)
		m := readMarked(t, b)
		if m.Lang != lang {
			t.Errorf("%s: the marks say the document is in %q", lang, m.Lang)
		}
		doc := export.Build(p, lang, exporttest.Cat, a7.Options{Today: exporttest.Today})
		want := fieldTexts(doc)
		var got [][2]string
		for _, f := range m.Fields {
			got = append(got, [2]string{f.Field, f.Text()})
		}
		if len(want) < 5 {
			t.Fatalf("%s: only %d fields printed", lang, len(want))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the marks give\n%q\nthe builder printed\n%q", lang, got, want)
		}
		if e := Compare(m, m); len(e.Changes) != 0 || len(e.NotTakenBack) != 0 {
			t.Errorf("%s: a document compared with itself has changes: %+v", lang, e)
		}
		if name := regexp.MustCompile(`w:name="([^"]*)"`).FindAllStringSubmatch(string(exporttest.Parts(t, b)["word/document.xml"]), -1); len(name) == 0 {
			t.Errorf("%s: no bookmark", lang)
		} else {
			for _, n := range name {
				if len(n[1]) > 40 || !regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`).MatchString(n[1]) {
					t.Errorf("%s: bookmark name %q is not one Word takes", lang, n[1])
				}
			}
		}
	}
}

// singleMarks are marks of paragraphs (not list items) each the only mark
// of its field, in document order.
func singleMarks(t *testing.T, b []byte) []fieldMark {
	t.Helper()
	table, err := parseMarks(exporttest.Parts(t, b)[marksItemPart])
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, m := range table.marks {
		count[m.field]++
	}
	var out []fieldMark
	for n := 1; n <= table.last; n++ {
		if m := table.marks[n]; count[m.field] == 1 && !m.item {
			out = append(out, m)
		}
	}
	if len(out) < 4 {
		t.Fatalf("only %d fields printed in one paragraph", len(out))
	}
	return out
}

// wordEdits edits four single-paragraph fields of an exported document and
// gives the changes Compare must find.
func wordEdits(t *testing.T, b []byte) ([]byte, []Change, []Outside) {
	t.Helper()
	orig := readMarked(t, b)
	text := map[string]string{}
	for _, f := range orig.Fields {
		text[f.Field] = f.Text()
	}
	ms := singleMarks(t, b)
	e := exporttest.WordEdits{
		Retyped: ms[0].n, NewText: "A scope the co-proposers rewrote.",
		Inserted: ms[1].n, InsText: " Added by the editor.",
		Deleted: ms[2].n, Comment: ms[3].n, CommentText: "Please cite the source.",
		Note: "An editor's paragraph between two fields.", Author: "Editor",
	}
	edited := exporttest.EditLikeAnEditor(t, b, e)
	a, c, d, k := ms[0].field, ms[1].field, ms[2].field, ms[3].field
	want := []Change{
		{Field: a, Kind: Edit, Old: text[a], New: e.NewText},
		{Field: c, Kind: Insertion, Old: text[c], New: text[c] + e.InsText, Text: e.InsText, Author: "Editor"},
		{Field: d, Kind: Deletion, Old: text[d], New: "", Text: text[d], Author: "Editor"},
		{Field: k, Kind: Comment, Old: text[k], New: text[k], Text: e.CommentText, Author: "Editor"},
	}
	return edited, want, []Outside{{Text: e.Note, After: k}}
}

// publicChanges drops what Compare keeps for Apply.
func publicChanges(cs []Change) []Change {
	out := make([]Change, len(cs))
	for i, c := range cs {
		c.place, c.change = 0, 0
		out[i] = c
	}
	return out
}

// TestCompareFindsWordEdits: text retyped, a tracked insertion and
// deletion, a comment and a paragraph outside the fields, each found as
// what it is, and applying them all gives the editor's text.
func TestCompareFindsWordEdits(t *testing.T) {
	t.Parallel()
	_, b := exampleDOCX(t, forms.English)
	edited, want, outside := wordEdits(t, b)
	e := Compare(readMarked(t, edited), readMarked(t, b))
	if got := publicChanges(e.Changes); !reflect.DeepEqual(got, want) {
		t.Errorf("changes\n%+v\nwant\n%+v", got, want)
	}
	if len(e.NotTakenBack) != 1 || e.NotTakenBack[0].Text != outside[0].Text || e.NotTakenBack[0].After != outside[0].After || e.NotTakenBack[0].Position == 0 {
		t.Errorf("not taken back: %+v, want %+v", e.NotTakenBack, outside)
	}
	applied := e.Apply(func(int) bool { return true })
	wantApplied := []FieldText{{want[0].Field, want[0].New}, {want[1].Field, want[1].New}, {want[2].Field, ""}}
	if !reflect.DeepEqual(applied, wantApplied) {
		t.Errorf("applied %q, want %q", applied, wantApplied)
	}
	// the tracked insertion rejected, the deletion accepted
	some := e.Apply(func(i int) bool { return e.Changes[i].Kind != Insertion })
	if len(some) != 2 || some[1].Field != want[2].Field {
		t.Errorf("with the insertion rejected: %q", some)
	}
}

// TestMarksGone: a document whose bookmarks were removed (its text retyped
// into a new document) says so.
func TestMarksGone(t *testing.T) {
	t.Parallel()
	_, b := exampleDOCX(t, forms.English)
	parts := exporttest.Parts(t, b)
	parts["word/document.xml"] = regexp.MustCompile(`<w:bookmark(Start|End) [^>]*/>`).ReplaceAll(parts["word/document.xml"], nil)
	stripped := exporttest.Zip(t, parts)
	if _, err := ReadMarked(bytes.NewReader(stripped), int64(len(stripped))); !errors.Is(err, ErrMarksGone) {
		t.Errorf("without bookmarks: %v, want ErrMarksGone", err)
	}
	delete(parts, marksItemPart)
	stripped = exporttest.Zip(t, parts)
	if _, err := ReadMarked(bytes.NewReader(stripped), int64(len(stripped))); !errors.Is(err, ErrMarksGone) {
		t.Errorf("without the marks part: %v, want ErrMarksGone", err)
	}
}

// TestWordEditsThroughLibreOffice: the edited document saved over by
// LibreOffice (--convert-to docx) keeps the marks, the tracked changes and
// the comment: Compare finds the same changes.
func TestWordEditsThroughLibreOffice(t *testing.T) {
	t.Parallel()
	exporttest.NeedTool(t, "soffice")
	_, b := exampleDOCX(t, forms.English)
	edited, want, outside := wordEdits(t, b)
	resaved := exporttest.ResavedByLibreOffice(t, "edited.docx", edited)
	if bytes.Equal(resaved, edited) {
		t.Fatal("LibreOffice wrote the same bytes")
	}
	e := Compare(readMarked(t, resaved), readMarked(t, b))
	if got := publicChanges(e.Changes); !reflect.DeepEqual(got, want) {
		t.Errorf("after LibreOffice, changes\n%+v\nwant\n%+v", got, want)
	}
	var notes []string
	for _, o := range e.NotTakenBack {
		notes = append(notes, o.Text)
	}
	if !reflect.DeepEqual(notes, []string{outside[0].Text}) {
		t.Errorf("after LibreOffice, not taken back: %q", strings.Join(notes, " | "))
	}
}

// FuzzReadBody: whatever word/document.xml holds, reading it by the marks
// returns or refuses, and every field it gives is one of the table's.
func FuzzReadBody(f *testing.F) {
	table := &marksTable{lang: forms.English, marks: map[int]fieldMark{1: {n: 1, field: "focusGroup.scope"}, 2: {n: 2, field: "focusGroup.scope", item: true}}, last: 2}
	f.Add(`<w:document xmlns:w="` + nsW + `"><w:body><w:p><w:bookmarkStart w:id="1" w:name="fgd1"/><w:r><w:t>a</w:t></w:r><w:ins w:id="3"><w:r><w:t>b</w:t></w:r></w:ins><w:bookmarkEnd w:id="1"/></w:p></w:body></w:document>`)
	f.Add(`<w:document xmlns:w="` + nsW + `"><w:body><w:p><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr><w:bookmarkStart w:id="2" w:name="fgd2"/><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>y</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p></w:body></w:document>`)
	f.Fuzz(func(t *testing.T, doc string) {
		m, err := readBody([]byte(doc), table, map[string]Note{"0": {Author: "a", Text: "c"}})
		if err != nil {
			return
		}
		for _, fl := range m.Fields {
			if fl.Field != "focusGroup.scope" {
				t.Fatalf("field %q not in the table", fl.Field)
			}
			_ = fl.Proposed()
		}
	})
}
