// Package docx renders a contribution (export.Document) as a Word document
// (Office Open XML WordprocessingML, ECMA-376 transitional): the format ITU
// takes contributions in. The package is written with archive/zip and
// encoding/xml's escaping; its styles, numbering, settings and headers are
// the project's own. The draft the document was exported from travels in a
// package part of its own (DraftPartName), so that a filed contribution
// reopens as a draft (ReadDraft).
package docx

import (
	"archive/zip"
	"compress/flate"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/text"
)

// The part holding the draft and the package relationship that points to it.
const (
	// DraftPartName is the part name (OPC) of the draft JSON.
	DraftPartName = "/fgdraft/draft.json"
	// DraftRelationship is the type of the package-level relationship from
	// the package to the draft part.
	DraftRelationship = "urn:fgdraft:relationship:draft"
	// draftContentType is the content type of the draft part.
	draftContentType = "application/json"
)

// Renderer renders documents as DOCX files. Make one per process with New
// and share it: it is safe for concurrent use.
type Renderer struct {
	// Producer names the program and its version in the document's
	// extended properties (Application), e.g. "fgdraft 0.1.0 (build 1,
	// commit abc)"; empty writes "fgdraft".
	Producer string
	// Date is written as the document's creation and modification date
	// (core properties) and as every part's time in the zip. Zero writes no
	// date into the properties and a fixed time into the zip, so that an
	// export is reproducible either way.
	Date time.Time
	// deflaters holds compressors for the parts, reused across exports:
	// making one allocates about a megabyte, more than a document's parts.
	deflaters sync.Pool
}

// pooledDeflater returns its compressor to the pool when the zip writer
// closes it.
type pooledDeflater struct {
	*flate.Writer
	pool *sync.Pool
}

func (d pooledDeflater) Close() error {
	err := d.Writer.Close()
	d.pool.Put(d.Writer)
	return err
}

// deflater compresses a part, fast: exports are interactive and the parts
// small, so the best compression would gain a few kilobytes for twice the
// time.
func (rd *Renderer) deflater(out io.Writer) (io.WriteCloser, error) {
	if fw, ok := rd.deflaters.Get().(*flate.Writer); ok {
		fw.Reset(out)
		return pooledDeflater{fw, &rd.deflaters}, nil
	}
	fw, err := flate.NewWriter(out, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	return pooledDeflater{fw, &rd.deflaters}, nil
}

// New makes a DOCX renderer.
func New() *Renderer { return &Renderer{} }

// Format is DOCX.
func (*Renderer) Format() export.Format { return export.DOCX }

// Covers tells the characters a DOCX can hold: those XML 1.0 allows, in
// every language (Word picks the fonts).
func (*Renderer) Covers(forms.Lang) func(rune) bool { return xmlChar }

// xmlChar tells whether XML 1.0 allows r in a document (production Char).
func xmlChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// zipTime is the modification time written for every part, so that a
// document exported twice gives the same bytes.
var zipTime = time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)

// part is one file of the package.
type part struct {
	name        string // zip entry name, without the leading slash
	contentType string
	data        []byte
	// made, when set, makes data when the part is written: after the
	// body, whose numbering and field marks it tells.
	made func() []byte
}

// bodyPart is the part of the document's body, written as it is set.
const bodyPart = "word/document.xml"

// Write writes the document as a DOCX to out, the body as it is set, so
// that a long document is never whole in memory. If some text holds
// characters XML 1.0 forbids, it returns a *export.MissingGlyphsError
// naming where they are, and what it wrote is no DOCX.
func (rd *Renderer) Write(out io.Writer, doc export.Document) error {
	w := newDocWriter(doc)
	// the field marks are known once the body is written, after the list
	// of parts: their table is written even when empty; the headers are
	// made after the body, as one
	var header, first []byte
	parts := []part{
		{name: bodyPart, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"},
		{name: "word/styles.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", data: styles(doc.Lang)},
		{name: "word/numbering.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", made: w.numbering},
		{name: "word/settings.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", data: settings(doc.Lang)},
		{name: "word/fontTable.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml", data: []byte(fontTable)},
		{name: "word/header1.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", made: func() []byte { header, first = w.headers(); return header }},
		{name: "word/header2.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", made: func() []byte { return first }},
		{name: "word/_rels/document.xml.rels", contentType: relsType, data: documentRels(len(doc.Draft) > 0)},
		{name: "docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml", made: func() []byte { return w.coreProperties(rd.Date) }},
		{name: "docProps/app.xml", contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml", data: appProperties(rd.Producer)},
	}
	rels := []relationship{
		{"rIdDocument", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", bodyPart},
		{"rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"},
		{"rIdApp", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"},
	}
	if len(doc.Draft) > 0 {
		parts = append(parts, part{name: strings.TrimPrefix(DraftPartName, "/"), contentType: draftContentType, data: doc.Draft})
		rels = append(rels, relationship{"rIdFgdraft", DraftRelationship, strings.TrimPrefix(DraftPartName, "/")})
		parts = append(parts, part{name: customPropertiesPart, contentType: customPropertiesType, data: customProperties(doc.DraftName)})
		rels = append(rels, relationship{"rIdCustom", customPropertiesRel, customPropertiesPart})
		parts = append(parts, customXMLParts(doc.Draft)...)
	}
	parts = append(parts, w.marksParts()...)
	parts = append(parts, part{name: "_rels/.rels", contentType: relsType, data: relationshipsXML(rels)})

	z := zip.NewWriter(out)
	z.RegisterCompressor(zip.Deflate, rd.deflater)
	files := append([]part{{name: "[Content_Types].xml", data: contentTypes(parts)}}, parts...)
	modified := zipTime
	if !rd.Date.IsZero() {
		modified = rd.Date.UTC()
	}
	for _, p := range files {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return fmt.Errorf("render DOCX: %s: %w", p.name, err)
		}
		if p.name == bodyPart {
			err = w.document(f)
			if len(w.missing) > 0 {
				return &export.MissingGlyphsError{Format: export.DOCX, Lang: doc.Lang, Texts: w.missing}
			}
			if err != nil {
				return fmt.Errorf("render DOCX: %s: %w", p.name, err)
			}
			continue
		}
		data := p.data
		if p.made != nil {
			data = p.made()
		}
		if _, err := f.Write(data); err != nil {
			return fmt.Errorf("render DOCX: %s: %w", p.name, err)
		}
	}
	if len(w.missing) > 0 { // in the headers or the document properties
		return &export.MissingGlyphsError{Format: export.DOCX, Lang: doc.Lang, Texts: w.missing}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("render DOCX: %w", err)
	}
	return nil
}

// clean returns s as valid UTF-8 and records, under what the writer is
// writing, the characters XML 1.0 forbids; those are left out of the
// result, which is never written when any are found.
func (w *docWriter) clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var miss []text.Missing
	for i, r := range s {
		if !xmlChar(r) {
			miss = append(miss, text.Missing{Rune: r, Offset: i})
		}
	}
	if len(miss) == 0 {
		return s
	}
	w.missing = append(w.missing, &text.UncoveredError{Where: w.where, Text: s, Missing: miss})
	return strings.Map(func(r rune) rune {
		if xmlChar(r) {
			return r
		}
		return -1
	}, s)
}
