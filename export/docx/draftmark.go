package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
)

// The draft part is one a word processor does not know: LibreOffice drops
// it when it saves a document over. Custom document properties survive
// (Word and LibreOffice keep them), so the document also carries one saying
// that it had a draft: a reader then tells a draft lost from a document
// that never had one.
const (
	// DraftProperty is the name of the custom document property marking a
	// document that carried an fgdraft draft; its value is the draft's name.
	DraftProperty = "fgdraft draft"

	customPropertiesPart = "docProps/custom.xml"
	customPropertiesType = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
	customPropertiesRel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
	// customPropertyFmtID is the format ID every user-defined property has.
	customPropertyFmtID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
)

// customProperties is docProps/custom.xml with the DraftProperty.
func customProperties(draftName string) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	b.WriteString(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
	fmt.Fprintf(&b, `<property fmtid="%s" pid="2" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>`, customPropertyFmtID, esc(DraftProperty), esc(draftName))
	b.WriteString(`</Properties>`)
	return b.Bytes()
}

// CarriedDraft tells whether a DOCX says, in its custom properties, that it
// carried an fgdraft draft. With ReadDraft giving ErrNoDraft, it means the
// draft was lost: another program saved the document over without it.
func CarriedDraft(r io.ReaderAt, size int64) bool {
	if size > MaxPackageSize {
		return false
	}
	z, err := zip.NewReader(r, size)
	if err != nil || len(z.File) > maxEntries {
		return false
	}
	files := make(map[string]*zip.File, len(z.File))
	for _, f := range z.File {
		files[strings.ToLower(f.Name)] = f
	}
	target := customPropertiesPart
	if rels, ok := files["_rels/.rels"]; ok {
		if data, err := readLimited(rels, maxRelsSize); err == nil {
			var parsed struct {
				Rels []struct {
					Type   string `xml:"Type,attr"`
					Target string `xml:"Target,attr"`
				} `xml:"Relationship"`
			}
			if xml.Unmarshal(data, &parsed) == nil {
				for _, rel := range parsed.Rels {
					if rel.Type == customPropertiesRel {
						target = strings.TrimPrefix(path.Clean("/"+rel.Target), "/")
					}
				}
			}
		}
	}
	f, ok := files[strings.ToLower(target)]
	if !ok {
		return false
	}
	data, err := readLimited(f, maxRelsSize)
	if err != nil {
		return false
	}
	var props struct {
		Property []struct {
			Name string `xml:"name,attr"`
		} `xml:"property"`
	}
	if xml.Unmarshal(data, &props) != nil {
		return false
	}
	for _, p := range props.Property {
		if p.Name == DraftProperty {
			return true
		}
	}
	return false
}
