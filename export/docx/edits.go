package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"fgdraft/forms"
)

// Reading an edited contribution back by its field marks (marks.go): the
// text between each field's bookmarks, the tracked changes (w:ins, w:del)
// and comments inside them, and the paragraphs outside every field.

// Limits of ReadMarked, beyond ReadDraft's on the package.
const (
	// maxDocumentSize is the largest word/document.xml read.
	maxDocumentSize = 64 << 20
	// maxCommentsSize is the largest comments part read.
	maxCommentsSize = 16 << 20
	// maxMarksSize is the largest marks table read.
	maxMarksSize = 8 << 20
	// maxMarks is the most marks a table may list.
	maxMarks = 100000
	// maxDepth is the deepest element nesting read in a part.
	maxDepth = 256
)

// ErrMarksGone says that a DOCX has no field marks left: the table of
// marks or every bookmark is gone (the text was retyped or pasted into a
// new document, or the document is older than the marks).
var ErrMarksGone = errors.New("the document no longer carries fgdraft's field marks (bookmarks fgd1, fgd2, …): its text cannot be matched to the draft's fields")

// ChangeKind says what a change is.
type ChangeKind string

// Kinds of change.
const (
	Edit      ChangeKind = "edit"      // the field's text was changed directly
	Insertion ChangeKind = "insertion" // a tracked insertion (w:ins) in the field
	Deletion  ChangeKind = "deletion"  // a tracked deletion (w:del) in the field
	Comment   ChangeKind = "comment"   // a comment on the field (nothing to apply)
)

// Marked is an fgdraft DOCX read back by its field marks.
type Marked struct {
	// Lang is the language the document was exported in.
	Lang forms.Lang
	// Today is the day the document was made for (its deadlines and the
	// state of the draft printed as of that day); zero when not known.
	Today forms.Date
	// Fields are the fields' texts, one per place a field is printed, in
	// document order.
	Fields []MarkedField
	// Outside are the paragraphs outside every field, with text.
	Outside []Outside
}

// MarkedField is the text of a field as one place of the document has it.
type MarkedField struct {
	Field    string
	segs     []segment
	tracked  []tracked
	Comments []Note
}

// segment is a piece of a field's text: plain, or part of tracked change
// number change-1.
type segment struct {
	text   string
	change int
}

// tracked is a tracked change: an insertion or a deletion, by its author.
type tracked struct {
	kind   ChangeKind
	author string
}

// Note is a comment: its author and text.
type Note struct {
	Author string
	Text   string
}

// Outside is a paragraph outside every field: its number among the
// document's paragraphs (from 1), the field printed last before it ("" at
// the start), and its text.
type Outside struct {
	Position int    `json:"paragraph"`
	After    string `json:"after,omitempty"`
	Text     string `json:"text"`
	// beside is the field of a mark in the same paragraph, "" when the
	// paragraph holds none: the text is then between a line's marks (the
	// cover's keywords' line)
	beside string
}

// text is the field's text with the tracked changes accepted tells
// accepted: an insertion's text, and not a deletion's.
func (f MarkedField) text(accepted func(i int) bool) string {
	var b strings.Builder
	for _, s := range f.segs {
		if s.change == 0 {
			b.WriteString(s.text)
			continue
		}
		ins := f.tracked[s.change-1].kind == Insertion
		if ins == accepted(s.change-1) {
			b.WriteString(s.text)
		}
	}
	return b.String()
}

// Text is the field's text with every tracked change rejected: as the
// document had it before the tracked edits.
func (f MarkedField) Text() string { return f.text(func(int) bool { return false }) }

// Proposed is the field's text with every tracked change accepted.
func (f MarkedField) Proposed() string { return f.text(func(int) bool { return true }) }

// trackedText is the text of tracked change i.
func (f MarkedField) trackedText(i int) string {
	var b strings.Builder
	for _, s := range f.segs {
		if s.change == i+1 {
			b.WriteString(s.text)
		}
	}
	return b.String()
}

// ReadMarked reads a DOCX fgdraft wrote, as edited since, by its field
// marks. It has ReadDraft's limits on the package and reads no part
// larger than the limits above; a document without marks gives
// ErrMarksGone.
func ReadMarked(r io.ReaderAt, size int64) (*Marked, error) {
	files, err := readPackage(r, size)
	if err != nil {
		return nil, err
	}
	main := "word/document.xml"
	if f, ok := files["_rels/.rels"]; ok {
		for _, rel := range readRels(f) {
			if rel.Type == officeDocumentRel {
				main = strings.TrimPrefix(path.Clean("/"+rel.Target), "/")
			}
		}
	}
	docFile, ok := files[strings.ToLower(main)]
	if !ok {
		return nil, fmt.Errorf("docx: not a Word document: no main document part (/%s)", main)
	}
	dir, file := path.Split(main)
	var docRels []relTarget
	if f, ok := files[strings.ToLower(dir+"_rels/"+file+".rels")]; ok {
		docRels = readRels(f)
	}
	var table *marksTable
	var comments map[string]Note
	for _, rel := range docRels {
		if strings.EqualFold(rel.TargetMode, "External") {
			continue
		}
		f, ok := files[strings.ToLower(strings.TrimPrefix(path.Clean("/"+dir+rel.Target), "/"))]
		if !ok {
			continue
		}
		switch {
		case rel.Type == customXMLRel && table == nil:
			if data, err := readLimited(f, maxMarksSize); err == nil {
				table, _ = parseMarks(data)
			}
		case strings.HasSuffix(rel.Type, "/relationships/comments"):
			data, err := readLimited(f, maxCommentsSize)
			if err != nil {
				return nil, fmt.Errorf("docx: reading the comments: %w", err)
			}
			if comments, err = parseComments(data); err != nil {
				return nil, fmt.Errorf("docx: the comments are not well-formed: %w", err)
			}
		}
	}
	if table == nil {
		return nil, ErrMarksGone
	}
	data, err := readLimited(docFile, maxDocumentSize)
	if err != nil {
		return nil, fmt.Errorf("docx: reading the document: %w", err)
	}
	body, err := readBody(data, table, comments)
	if err != nil {
		return nil, fmt.Errorf("docx: the document (/%s) is not well-formed: %w", main, err)
	}
	return body, nil
}

// readRels reads a relationships part; nil when it cannot be read.
func readRels(f *zip.File) []relTarget {
	data, err := readLimited(f, maxRelsSize)
	if err != nil {
		return nil
	}
	var parsed relationships
	if xml.Unmarshal(data, &parsed) != nil {
		return nil
	}
	return parsed.Rels
}

// marksTable is the marks part: the document's language and each mark's
// field, by number.
type marksTable struct {
	lang  forms.Lang
	today forms.Date
	marks map[int]fieldMark
	last  int // the highest number
}

// errNotMarks says a Custom XML data part holds something else.
var errNotMarks = errors.New("not fgdraft's marks")

func parseMarks(data []byte) (*marksTable, error) {
	var parsed struct {
		XMLName xml.Name
		Lang    string `xml:"lang,attr"`
		Today   string `xml:"today,attr"`
		Marks   []struct {
			N     int    `xml:"n,attr"`
			Field string `xml:"field,attr"`
			Item  bool   `xml:"item,attr"`
		} `xml:"mark"`
	}
	if err := xml.Unmarshal(data, &parsed); err != nil || parsed.XMLName.Space != MarksNamespace || parsed.XMLName.Local != "marks" {
		return nil, errNotMarks
	}
	if len(parsed.Marks) > maxMarks {
		return nil, errNotMarks
	}
	t := &marksTable{lang: forms.Lang(parsed.Lang), marks: make(map[int]fieldMark, len(parsed.Marks))}
	if d, err := forms.ParseDate(parsed.Today); err == nil {
		t.today = d
	}
	for _, m := range parsed.Marks {
		if m.N < 1 || m.N > maxMarks || m.Field == "" {
			return nil, errNotMarks
		}
		t.marks[m.N] = fieldMark{n: m.N, field: m.Field, item: m.Item}
		t.last = max(t.last, m.N)
	}
	return t, nil
}

// The namespaces read.
const (
	nsMC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// parseComments reads the comments part: each comment's author and text,
// by w:id.
func parseComments(data []byte) (map[string]Note, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	out := map[string]Note{}
	var id string
	var cur *Note
	inText := false
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxDepth {
				return nil, fmt.Errorf("elements nested deeper than %d", maxDepth)
			}
			if t.Name.Space != nsW {
				continue
			}
			switch t.Name.Local {
			case "comment":
				id = attr(t, "id")
				cur = &Note{Author: attr(t, "author")}
			case "t":
				inText = cur != nil
			case "p":
				if cur != nil && cur.Text != "" {
					cur.Text += "\n"
				}
			}
		case xml.EndElement:
			depth--
			if t.Name.Space != nsW {
				continue
			}
			switch t.Name.Local {
			case "comment":
				if cur != nil {
					cur.Text = strings.TrimSpace(cur.Text)
					out[id] = *cur
				}
				cur = nil
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText {
				cur.Text += string(t)
			}
		}
	}
}

// attr is the value of t's attribute local in WordprocessingML's namespace.
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local && (a.Name.Space == nsW || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

// piece is a run of text of a paragraph: the mark it is in (0 for none)
// and the tracked change it belongs to (0 for none, else its number + 1).
type piece struct {
	text   string
	mark   int
	change int
}

// paragraph is a paragraph being read.
type paragraph struct {
	pieces []piece
	list   bool // numbered or bulleted (w:numPr)
}

// line is one paragraph's text inside one mark.
type line struct {
	pieces []piece
	list   bool
}

// bodyReader reads word/document.xml.
type bodyReader struct {
	table    *marksTable
	comments map[string]Note
	open     []openMark // the field bookmarks open, innermost last
	paras    []*paragraph
	changes  []tracked // every tracked change read, by number
	// change is the tracked change the text being read belongs to, 0 for none
	change   int
	inText   bool
	lines    map[int][]line // each mark's lines
	notes    map[int][]Note // each mark's comments
	outside  []Outside
	count    int // paragraphs read
	lastMark int // the last mark text was read in
	seen     bool
}

// openMark is a field bookmark open: its w:id and its mark's number.
type openMark struct {
	id string
	n  int
}

func (r *bodyReader) mark() int {
	if len(r.open) == 0 {
		return 0
	}
	return r.open[len(r.open)-1].n
}

func (r *bodyReader) add(s string) {
	if len(r.paras) == 0 || s == "" {
		return
	}
	p := r.paras[len(r.paras)-1]
	m := r.mark()
	if m != 0 {
		r.lastMark = m
	}
	p.pieces = append(p.pieces, piece{text: s, mark: m, change: r.change})
}

func readBody(data []byte, table *marksTable, comments map[string]Note) (*Marked, error) {
	r := &bodyReader{table: table, comments: comments, lines: map[int][]line{}, notes: map[int][]Note{}}
	d := xml.NewDecoder(bytes.NewReader(data))
	depth := 0
	skip := 0 // >0 inside a subtree that is not text: its depth
	var changeStack []int
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxDepth {
				return nil, fmt.Errorf("elements nested deeper than %d", maxDepth)
			}
			if skip > 0 {
				// inside paragraph properties, only the numbering counts
				if t.Name.Space == nsW && t.Name.Local == "numId" && attr(t, "val") != "0" && len(r.paras) > 0 {
					r.paras[len(r.paras)-1].list = true
				}
				continue
			}
			if t.Name.Space == nsMC && t.Name.Local == "Fallback" {
				// the same content again, for older readers
				skip = depth
				continue
			}
			if t.Name.Space != nsW {
				continue
			}
			switch t.Name.Local {
			case "pPr", "rPr", "sectPr", "tblPr", "tcPr", "trPr":
				skip = depth
			case "p":
				r.paras = append(r.paras, &paragraph{})
			case "t", "delText":
				r.inText = true
			case "tab":
				r.add("\t")
			case "br", "cr":
				r.add("\n")
			case "noBreakHyphen":
				r.add("-")
			case "ins", "moveTo", "del", "moveFrom":
				kind := Insertion
				if t.Name.Local == "del" || t.Name.Local == "moveFrom" {
					kind = Deletion
				}
				r.changes = append(r.changes, tracked{kind: kind, author: attr(t, "author")})
				changeStack = append(changeStack, r.change)
				r.change = len(r.changes)
			case "bookmarkStart":
				if n, ok := markNumber(attr(t, "name")); ok {
					if _, known := r.table.marks[n]; known {
						r.open = append(r.open, openMark{id: attr(t, "id"), n: n})
						r.seen = true
					}
				}
			case "bookmarkEnd":
				id := attr(t, "id")
				for i := len(r.open) - 1; i >= 0; i-- {
					if r.open[i].id == id {
						r.open = append(r.open[:i], r.open[i+1:]...)
						break
					}
				}
			case "commentRangeStart":
				note, ok := r.comments[attr(t, "id")]
				if !ok {
					continue
				}
				if m := r.mark(); m != 0 {
					r.notes[m] = append(r.notes[m], note)
				} else {
					r.outside = append(r.outside, Outside{Position: r.count + 1, After: r.fieldOf(r.lastMark), Text: note.Author + ": " + note.Text})
				}
			}
		case xml.EndElement:
			if skip == depth {
				skip = 0
			}
			depth--
			if skip > 0 || t.Name.Space != nsW {
				continue
			}
			switch t.Name.Local {
			case "p":
				r.endParagraph()
			case "t", "delText":
				r.inText = false
			case "ins", "moveTo", "del", "moveFrom":
				if n := len(changeStack); n > 0 {
					r.change = changeStack[n-1]
					changeStack = changeStack[:n-1]
				}
			}
		case xml.CharData:
			if r.inText && skip == 0 {
				r.add(string(t))
			}
		}
	}
	if !r.seen {
		return nil, ErrMarksGone
	}
	return r.marked(), nil
}

// fieldOf is the field of mark n, "" for none.
func (r *bodyReader) fieldOf(n int) string { return r.table.marks[n].field }

// endParagraph files the paragraph's text by mark.
func (r *bodyReader) endParagraph() {
	if len(r.paras) == 0 {
		return
	}
	p := r.paras[len(r.paras)-1]
	r.paras = r.paras[:len(r.paras)-1]
	r.count++
	var out strings.Builder
	byMark := map[int]*line{}
	var order []int
	for _, pc := range p.pieces {
		if pc.mark == 0 {
			if pc.change == 0 || r.changes[pc.change-1].kind == Insertion {
				out.WriteString(pc.text)
			}
			continue
		}
		l, ok := byMark[pc.mark]
		if !ok {
			l = &line{list: p.list}
			byMark[pc.mark] = l
			order = append(order, pc.mark)
		}
		l.pieces = append(l.pieces, pc)
	}
	for _, m := range order {
		r.lines[m] = append(r.lines[m], *byMark[m])
	}
	// a paragraph inside a field's bookmark but without text (emptied)
	// still ends a line of it
	if len(order) == 0 {
		if m := r.mark(); m != 0 {
			r.lines[m] = append(r.lines[m], line{list: p.list})
		}
	}
	if s := strings.TrimSpace(out.String()); s != "" {
		o := Outside{Position: r.count, After: r.fieldOf(r.lastMark), Text: s}
		if len(order) > 0 {
			o.beside = r.fieldOf(order[len(order)-1])
		}
		r.outside = append(r.outside, o)
	}
}

// marked assembles the fields: the marks of a field in a row are one
// place it is printed, their lines its lines, the list items numbered
// "1. ", "2. ", … as the proposer types them.
func (r *bodyReader) marked() *Marked {
	out := &Marked{Lang: r.table.lang, Today: r.table.today, Outside: r.outside}
	var cur *MarkedField
	number := 0
	changeOf := map[int]int{} // document-wide change number → the field's
	for n := 1; n <= r.table.last; n++ {
		m, ok := r.table.marks[n]
		if !ok {
			continue
		}
		if cur == nil || cur.Field != m.field {
			out.Fields = append(out.Fields, MarkedField{Field: m.field})
			cur = &out.Fields[len(out.Fields)-1]
			number = 0
			clear(changeOf)
		}
		cur.Comments = append(cur.Comments, r.notes[n]...)
		for i, l := range r.lines[n] {
			if len(cur.segs) > 0 {
				cur.segs = append(cur.segs, segment{text: "\n"})
			}
			if m.item && (i == 0 || l.list) {
				number++
				cur.segs = append(cur.segs, segment{text: strconv.Itoa(number) + ". "})
			} else {
				number = 0
			}
			for _, pc := range l.pieces {
				s := segment{text: pc.text}
				if pc.change != 0 {
					k, ok := changeOf[pc.change]
					if !ok {
						cur.tracked = append(cur.tracked, r.changes[pc.change-1])
						k = len(cur.tracked)
						changeOf[pc.change] = k
					}
					s.change = k
				}
				cur.segs = append(cur.segs, s)
			}
		}
	}
	return out
}

// Change is one change an edited document makes to a field.
type Change struct {
	Field string     `json:"field"`
	Kind  ChangeKind `json:"kind"`
	// Old is the field's text as the draft has it, New as the change
	// makes it (for a tracked change, with that change alone accepted; for
	// a comment, the field's text unchanged).
	Old string `json:"old"`
	New string `json:"new"`
	// Text is what a tracked change inserts or deletes, or a comment's text.
	Text   string `json:"text,omitempty"`
	Author string `json:"author,omitempty"`
	place  int    // the MarkedField, in Edits.edited
	change int    // a tracked change's number in its field, from 1
}

// Edits are the changes of an edited document, against a draft, and the
// text it holds outside any field, which is not taken back.
type Edits struct {
	Lang         forms.Lang
	Changes      []Change
	NotTakenBack []Outside
	edited       []MarkedField
}

// Compare lists what edited changes in the fields of expected, the same
// document as fgdraft writes it from the draft now: per field, an edit of
// its text, each tracked change and each comment; and the paragraphs
// outside any field that expected does not have. A field printed in
// several places is compared place by place.
func Compare(edited, expected *Marked) Edits {
	out := Edits{Lang: edited.Lang, edited: edited.Fields}
	want := map[string][]string{} // each field's texts, place by place
	for _, f := range expected.Fields {
		want[f.Field] = append(want[f.Field], f.Text())
	}
	seen := map[string]int{}
	for i, f := range edited.Fields {
		k := seen[f.Field]
		seen[f.Field]++
		old := ""
		if k < len(want[f.Field]) {
			old = want[f.Field][k]
		}
		base := f.Text()
		if base != old {
			out.Changes = append(out.Changes, Change{Field: f.Field, Kind: Edit, Old: old, New: base, place: i})
		}
		for c, t := range f.tracked {
			text := f.trackedText(c)
			if text == "" {
				continue // a change of formatting or of a paragraph mark only
			}
			only := f.text(func(j int) bool { return j == c })
			out.Changes = append(out.Changes, Change{Field: f.Field, Kind: t.kind, Old: old, New: only, Text: text, Author: t.author, place: i, change: c + 1})
		}
		for _, n := range f.Comments {
			out.Changes = append(out.Changes, Change{Field: f.Field, Kind: Comment, Old: old, New: base, Text: n.Text, Author: n.Author, place: i})
		}
	}
	have := map[string]int{}
	for _, o := range expected.Outside {
		have[o.Text]++
	}
	for _, o := range edited.Outside {
		if have[o.Text] > 0 {
			have[o.Text]--
			continue
		}
		out.NotTakenBack = append(out.NotTakenBack, o)
	}
	return out
}

// FieldText is a field's new text.
type FieldText struct {
	Field string
	Text  string
}

// Apply gives the new text of each field some accepted change touches,
// accepted telling for each of e.Changes (by index) whether it is taken.
// A field's text is its edited text with its accepted tracked changes
// applied; a field whose edit is rejected keeps its text, tracked changes
// included (they were made on the edited text). Comments change nothing.
func (e Edits) Apply(accepted func(i int) bool) []FieldText {
	type decision struct {
		edit, rejectedEdit bool
		tracked            map[int]bool
	}
	byPlace := map[int]*decision{}
	var order []int
	for i, c := range e.Changes {
		if c.Kind == Comment {
			continue
		}
		d, ok := byPlace[c.place]
		if !ok {
			d = &decision{tracked: map[int]bool{}}
			byPlace[c.place] = d
			order = append(order, c.place)
		}
		switch {
		case c.Kind == Edit && accepted(i):
			d.edit = true
		case c.Kind == Edit:
			d.rejectedEdit = true
		case accepted(i):
			d.tracked[c.change-1] = true
		}
	}
	var out []FieldText
	for _, place := range order {
		d := byPlace[place]
		if d.rejectedEdit || !d.edit && len(d.tracked) == 0 {
			continue
		}
		f := e.edited[place]
		out = append(out, FieldText{Field: f.Field, Text: f.text(func(j int) bool { return d.tracked[j] })})
	}
	return out
}
