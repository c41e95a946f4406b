package docx

import (
	"bytes"
	"fmt"
	"strings"

	"fgdraft/export"
)

// A revision's marks (export.MarkRevision) are written as tracked changes,
// so that Word's Review pane steps through them and "Accept all" gives the
// revision, "Reject all" the filed version: words inserted in w:ins, words
// deleted in w:del with their text in w:delText, a whole paragraph's mark
// and a whole table row (w:trPr) inserted or deleted with their text.

// RevisionAuthor is the author of the tracked changes of a revision.
const RevisionAuthor = "fgdraft"

// firstChangeID is the w:id of the first tracked change: annotation ids
// are unique in a document, and the field bookmarks' count up from
// firstMarkID, far below it.
const firstChangeID = 1_000_000

// trackedAttrs are the attributes of the next tracked change: its id, the
// author and the day the document was made for (a revision exported twice
// for one day gives the same file).
func (w *docWriter) trackedAttrs() string {
	id := firstChangeID + w.changes
	w.changes++
	attrs := fmt.Sprintf(` w:id="%d" w:author="%s"`, id, RevisionAuthor)
	if !w.doc.Today.IsZero() {
		attrs += fmt.Sprintf(` w:date="%sT00:00:00Z"`, w.doc.Today)
	}
	return attrs
}

// trackedMark is the empty w:ins or w:del that marks a paragraph mark or a
// table row as inserted or deleted.
func (w *docWriter) trackedMark(c export.Change) string {
	switch c {
	case export.Inserted:
		return `<w:ins` + w.trackedAttrs() + `/>`
	case export.Deleted:
		return `<w:del` + w.trackedAttrs() + `/>`
	}
	return ""
}

// trackedRuns writes the spans of a revised paragraph: unchanged text as
// runs, inserted text in w:ins, deleted text in w:del as w:delText.
func (w *docWriter) trackedRuns(buf *bytes.Buffer, spans []export.Span, rPr, lang string, paraRTL bool) {
	for _, sp := range spans {
		s := w.clean(sp.Text)
		switch sp.Change {
		case export.Inserted:
			buf.WriteString(`<w:ins` + w.trackedAttrs() + `>`)
			w.runs(buf, s, rPr, lang, paraRTL)
			buf.WriteString(`</w:ins>`)
		case export.Deleted:
			var del bytes.Buffer
			w.runs(&del, s, rPr, lang, paraRTL)
			// the text of a deleted run is w:delText; the runs' text is
			// escaped, so the tags are found only as tags
			out := strings.ReplaceAll(del.String(), `<w:t xml:space="preserve">`, `<w:delText xml:space="preserve">`)
			out = strings.ReplaceAll(out, `</w:t>`, `</w:delText>`)
			buf.WriteString(`<w:del` + w.trackedAttrs() + `>` + out + `</w:del>`)
		default:
			w.runs(buf, s, rPr, lang, paraRTL)
		}
	}
}
