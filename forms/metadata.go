package forms

// The bounds of the fields a contribution's document properties carry
// (the PDF's information dictionary and XMP, the DOCX's core properties):
// what a catalogue indexes and a reader's "Properties" window shows. The
// cover prints these fields whole; the properties carry at most this much,
// and the check text.metadata says so when a field is past it.
//
// Why these numbers: an ITU-T contribution's cover lists a handful of
// keywords, and an ITU-T Recommendation's Keywords clause rarely more than
// fifteen terms; twenty leaves room without letting a list of thousands
// (which made a 70 MB PDF fgdraft then refused to reopen) pass as keywords.
// A keyword is a term or a short phrase: the longest in ITU's terms
// database is well under a hundred characters. A title, a source (the
// submitting members) and a focus group's name are one line on the cover;
// five hundred characters is several printed lines, more than any ITU-T
// contribution's title or source line.
const (
	MaxKeywords    = 20
	MaxKeywordLen  = 100 // characters
	MaxMetaTextLen = 500 // characters of the title, the source and the focus group's name
)

// MetaTextFields are the one-line fields the document properties carry
// besides the keywords: the title, the author (the contribution's source)
// and, in the subject, the focus group's name.
func MetaTextFields() []string {
	return []string{"contribution.title", "contribution.source", "focusGroup.name"}
}
