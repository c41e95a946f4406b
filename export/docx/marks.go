package docx

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// Every paragraph and list item printed from a field of the draft is set
// between a bookmark (w:bookmarkStart, w:bookmarkEnd), so that the field's
// text is found again after Word or LibreOffice saved the document over
// (import of the edits: edits.go). A bookmark's name has at most 40
// characters, starts with a letter and holds letters, digits and
// underscores: a field path ("gapAnalysis.entries[2].gap") does not fit.
// The name is therefore MarkPrefix and the mark's number in document order,
// and the document carries the table from numbers to field paths in a
// Custom XML data part of its own (MarksNamespace), which word processors
// keep byte for byte as they keep the draft's.
const (
	// MarkPrefix starts the name of every field bookmark: "fgd12".
	MarkPrefix = "fgd"
	// MarksNamespace is the namespace of the marks part's root element,
	// <marks lang="fr" today="2026-11-25"> (the language and the day the
	// document was made for), one <mark n="12" field="focusGroup.scope" item="true"/> per bookmark.
	MarksNamespace = "urn:fgdraft:marks"

	marksItemPart  = "customXml/item2.xml"
	marksPropsPart = "customXml/itemProps2.xml"
	marksItemRels  = "customXml/_rels/item2.xml.rels"
	// marksItemID names the data store item of the marks table.
	marksItemID = "{0E4C2B7A-5D3F-4A61-8B9C-7F2E1D6A4C35}"
	// firstMarkID is the w:id of the first field bookmark; ids are unique
	// among a document's bookmarks, and fgdraft writes no others.
	firstMarkID = 1
)

// fieldMark is one bookmark written around text of a field.
type fieldMark struct {
	n     int    // its number, in document order from 1
	field string // the field's path
	item  bool   // a list item (its number is the list's, not text)
}

// MarkName is the bookmark name of mark number n.
func MarkName(n int) string { return MarkPrefix + strconv.Itoa(n) }

// markNumber reads a bookmark name written by MarkName; ok is false for
// any other bookmark (Word's own "_GoBack", an editor's).
func markNumber(name string) (int, bool) {
	digits, ok := strings.CutPrefix(name, MarkPrefix)
	if !ok || digits == "" || len(digits) > 7 || strings.Trim(digits, "0123456789") != "" || digits[0] == '0' {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	return n, err == nil
}

// newMark opens a mark for text of field: the bookmark's start, to write
// after the paragraph's properties; end closes it.
func (w *docWriter) newMark(field string, item bool) (start, end string) {
	if field == "" {
		return "", ""
	}
	n := len(w.marks) + 1
	w.marks = append(w.marks, fieldMark{n: n, field: field, item: item})
	id := firstMarkID + n - 1
	return fmt.Sprintf(`<w:bookmarkStart w:id="%d" w:name="%s"/>`, id, MarkName(n)),
		fmt.Sprintf(`<w:bookmarkEnd w:id="%d"/>`, id)
}

// marksItem is the Custom XML data part with the marks' table.
func (w *docWriter) marksItem() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	fmt.Fprintf(&b, `<marks xmlns="%s" lang="%s"`, MarksNamespace, esc(string(w.doc.Lang)))
	if !w.doc.Today.IsZero() {
		fmt.Fprintf(&b, ` today="%s"`, w.doc.Today)
	}
	b.WriteString(`>`)
	for _, m := range w.marks {
		fmt.Fprintf(&b, `<mark n="%d" field="%s"`, m.n, esc(m.field))
		if m.item {
			b.WriteString(` item="true"`)
		}
		b.WriteString(`/>`)
	}
	b.WriteString(`</marks>`)
	return b.Bytes()
}

// marksParts are the parts of the marks' table, which is made once the
// body is written; a document with no field has an empty table.
func (w *docWriter) marksParts() []part {
	props := xmlHeader + `<ds:datastoreItem ds:itemID="` + marksItemID + `" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
		`<ds:schemaRefs><ds:schemaRef ds:uri="` + MarksNamespace + `"/></ds:schemaRefs></ds:datastoreItem>`
	return []part{
		{name: marksItemPart, contentType: "application/xml", made: w.marksItem},
		{name: marksPropsPart, contentType: customXMLPropsType, data: []byte(props)},
		{name: marksItemRels, contentType: relsType, data: relationshipsXML([]relationship{{"rId1", customXMLPropsRel, "itemProps2.xml"}})},
	}
}
