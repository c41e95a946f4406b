// Package export turns a proposal into a contribution: first a document model
// (cover, sections, tables, a timeline chart, annexes) in one language, then a
// rendering of that model (PDF). The model knows nothing about pages or fonts;
// the renderer knows nothing about A.7.
package export

import (
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// Document is a contribution in one language, ready to be rendered.
type Document struct {
	Lang forms.Lang
	// Meta fills the PDF's document information.
	Meta Meta
	// RunningHead is the short title printed at the top of every page but the first.
	RunningHead string
	// DraftMark, when not empty, is printed visibly on every page: the draft
	// does not yet meet A.7.
	DraftMark string
	// Findings are the A.7 findings the document was built with (its
	// compliance annex and its draft mark), so that what the export tells
	// the user is what the file says, without checking the draft again.
	Findings []a7.Finding
	Cover    Cover
	Sections []Section
	// Draft, when not empty, is the draft file (JSON) the contribution was
	// exported from. Renderers carry it inside the file, so that a filed
	// contribution reopens as a draft; the preview leaves it empty.
	Draft []byte
	// DraftName is the file name the draft travels under inside the file,
	// after the focus group's acronym: "FG-QSM.json".
	DraftName string
	// SourceLang is the draft's own language, and Untranslated the paths
	// of the fields printed in it because they have no translation into
	// Lang: a word processor then checks their spelling in their language.
	SourceLang   forms.Lang
	Untranslated []string
	// Today is the day the document was made for: its deadlines and the
	// state of the draft are as of that day, so that the same document is
	// made again from the draft (a Word file's edits compared with it).
	Today forms.Date
}

// Meta is the document information a PDF reader shows.
type Meta struct {
	Title    string
	Author   string
	Subject  string
	Keywords []string
}

// Cover is the first-page block of an ITU-T contribution.
type Cover struct {
	Union       string // INTERNATIONAL TELECOMMUNICATION UNION
	Sector      string // TELECOMMUNICATION STANDARDIZATION SECTOR
	StudyPeriod string // STUDY PERIOD 2025-2028
	Group       string // e.g. "Study Group 17" or TSAG's name
	DocNumber   string // the placeholder the secretariat replaces, e.g. "C xxx"
	Original    string // "Original: English"
	// Fields are the labelled lines of the cover: Question(s), Source,
	// Title, Purpose.
	Fields []Labelled
	// Meeting is the place and date of the meeting the contribution goes
	// to, printed on the first field's row (Question(s)), as ITU's cover
	// has it.
	Meeting  string
	Contacts []Contact
	// Keywords is the keywords' line: its Value is KeywordList's values
	// joined by KeywordSep. Each keyword is a field of its own, which a
	// Word file marks apart, so that an edited keyword goes back to its
	// item of the list.
	Keywords    Labelled
	KeywordList []Labelled
	KeywordSep  string
	Abstract    Labelled
	// Rev, in a revision (MarkRevision), is how the revision changed the
	// cover's values printed from fields; nil when nothing is marked.
	Rev *CoverRevision
}

// Labelled is a label and its value, such as "Source:" and the source.
type Labelled struct {
	Label string
	Value string
	// Field is the path of the draft field Value prints as typed, so that
	// a Word file's edits of it are taken back and a revision marks it; ""
	// for a value the document makes (a date, the group, a country's name,
	// "missing" in place of a blank field).
	Field string
}

// CoverRevision is the revision marks of the cover.
type CoverRevision struct {
	// Values are the marks of each labelled value printed from a field
	// (the contacts' lines have their own, Contact.Revs), by the field's
	// path: one per paragraph of the value as shown (its
	// paragraphs split at blank lines), a deleted paragraph with its old
	// text; the paragraphs are then the marks' texts, not the Value's.
	Values map[string][]Revised
	// Keywords are the marks of Cover.KeywordList, one per keyword, which
	// then holds the deleted keywords too, with their old text.
	Keywords []Revised
}

// KeywordPiece is a piece of the keywords' line: a keyword, with its
// field, or the separator between two (no field), and how a revision
// changed it.
type KeywordPiece struct {
	Span
	Field string
}

// KeywordPieces is the keywords' line piece by piece, with its revision
// marks: the keywords and the separators between them. In a revision, a
// separator goes with the keyword it introduces (the first kept keyword's
// with the one before it), so that accepting every change gives the
// revision's keywords joined by KeywordSep, rejecting them the filed ones.
func (c *Cover) KeywordPieces() []KeywordPiece {
	var out []KeywordPiece
	// whether a keyword is already in the line with the changes accepted,
	// and with them rejected
	var accepted, rejected bool
	change := func(i int) Change {
		if r := c.KeywordMark(i); r != nil {
			return r.Change
		}
		return Unchanged
	}
	for i := 0; i < len(c.KeywordList); i++ {
		k := c.KeywordList[i]
		sep := Span{Text: c.KeywordSep, Change: -1}
		// a keyword replaced by another shares its separator with it
		replaced := change(i) == Deleted && i+1 < len(c.KeywordList) && change(i+1) == Inserted
		switch {
		case change(i) == Unchanged || replaced:
			switch {
			case accepted && rejected:
				sep.Change = Unchanged
			case accepted:
				sep.Change = Inserted
			case rejected:
				sep.Change = Deleted
			}
			accepted, rejected = true, true
		case change(i) == Inserted:
			if accepted {
				sep.Change = Inserted
			}
			accepted = true
		default:
			if rejected {
				sep.Change = Deleted
			}
			rejected = true
		}
		if sep.Change >= 0 && sep.Text != "" {
			out = append(out, KeywordPiece{Span: sep})
		}
		out = append(out, KeywordPiece{Span: Span{Text: k.Value, Change: change(i)}, Field: k.Field})
		if replaced {
			i++
			out = append(out, KeywordPiece{Span: Span{Text: c.KeywordList[i].Value, Change: Inserted}, Field: c.KeywordList[i].Field})
		}
	}
	return out
}

// ValueMarks are the revision marks of the cover value printed from
// field, nil when it has none.
func (c *Cover) ValueMarks(field string) []Revised {
	if c.Rev == nil || field == "" {
		return nil
	}
	return c.Rev.Values[field]
}

// KeywordMark is the revision mark of keyword i of KeywordList, nil when
// it has none.
func (c *Cover) KeywordMark(i int) *Revised {
	if c.Rev == nil || i >= len(c.Rev.Keywords) {
		return nil
	}
	return &c.Rev.Keywords[i]
}

// Contact is one contact block of the cover.
type Contact struct {
	Label string     // "Contact:"
	Lines []Labelled // name and organization and country have an empty label; Tel:, E-mail: have theirs
	// Change, in a revision, says whether the whole contact was inserted
	// or deleted (then its lines are the filed ones); Revs are its lines'
	// marks, one per line, a line the revision removed among Lines with
	// its old text and no field; nil when nothing is marked.
	Change Change
	Revs   []Revised
}

// LineMark is the revision mark of line i, nil when it has none.
func (ct *Contact) LineMark(i int) *Revised {
	if i < len(ct.Revs) && ct.Revs[i].Marked() {
		return &ct.Revs[i]
	}
	return nil
}

// Section is a titled part of the body or an annex.
type Section struct {
	// ID names the section for tests and the outline, e.g. "gap-analysis", "annex-a".
	ID     string
	Title  string
	Level  int // 1 for a main section or annex, 2 for a subsection
	Blocks []Block
	// Sub are the subsections, in order.
	Sub []Section
}

// Block is a paragraph, list, table or chart inside a section.
type Block interface{ isBlock() }

// Paragraph is running text. Field, when set, is the field path its text comes from.
type Paragraph struct {
	Text  string
	Field string
	Bold  bool
	// Subheading marks an unnumbered heading inside a section ("Summary",
	// "Implications"): printed bold, and a heading of its own in a Word
	// file, kept with the text that follows it.
	Subheading bool
	// Rev, in a revision (MarkRevision), is how the revision changed the
	// paragraph against the filed version; Text is then its text as shown
	// (the new text, or the old for a deleted paragraph).
	Rev *Revised
}

// List is a bulleted or numbered list. Field, when set, is the field path
// its items come from.
type List struct {
	Items   []string
	Ordered bool
	Field   string
	// Revs, in a revision, are the items' revision marks, one per item;
	// a deleted item is among Items with its old text.
	Revs []Revised
}

// Table is a table with a header row. Weights give the relative column widths.
type Table struct {
	Header  []string
	Weights []float64
	Rows    [][]string
	// RowChanges, in a revision, say of each row whether it was inserted
	// or deleted (then it is among Rows with its old cells); nil when no
	// row changed.
	RowChanges []Change
	// Fields, when set, are the field paths the cells' texts come from,
	// row by row as Rows: "" for a cell that prints no field as it is (a
	// category, a date, a sentence made from several fields), so that a
	// Word file's edits of a supporter's name are taken back to its field.
	Fields [][]string
}

// FieldOf is the field path of the cell in row r, column c; "" when none.
func (t Table) FieldOf(r, c int) string {
	if r < len(t.Fields) && c < len(t.Fields[r]) {
		return t.Fields[r][c]
	}
	return ""
}

// Columns is how many columns the table has: as many as its widest row.
func (t Table) Columns() int {
	n := len(t.Header)
	for _, row := range t.Rows {
		n = max(n, len(row))
	}
	return n
}

// Chart is the timeline drawn on a time axis.
type Chart struct {
	From, To forms.Date
	Lanes    []Lane
	// Legend explains the mark kinds in the document language.
	Legend map[MarkKind]string
	// Months are the short month names of the axis, January first; empty
	// means the axis shows month numbers.
	Months []string
}

// Lane is one row of the chart, such as the focus group's lifetime or the
// parent group's meetings.
type Lane struct {
	// ID is one of the Lane constants, e.g. LaneParent.
	ID    string
	Label string
	Marks []Mark
}

// MarkKind says what a mark on the chart is, which decides how it is drawn.
type MarkKind string

// Mark kinds.
const (
	MarkLifetime    MarkKind = "lifetime"    // a bar over the focus group's lifetime
	MarkMeeting     MarkKind = "meeting"     // a focus-group or parent meeting (a short bar)
	MarkDeliverable MarkKind = "deliverable" // a due date (a diamond)
	MarkDeadline    MarkKind = "deadline"    // a derived deadline (a triangle)
)

// Mark is one item on a lane: a span (Start to End) or a point (End zero).
type Mark struct {
	Kind  MarkKind
	Label string
	Start forms.Date
	End   forms.Date
	// Field is the path of the field the mark's date comes from, so that a
	// tap on the mark can take the user there.
	Field string
}

func (Paragraph) isBlock() {}
func (List) isBlock()      {}
func (Table) isBlock()     {}
func (Chart) isBlock()     {}
