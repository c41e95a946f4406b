package docx

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strings"
	"unicode/utf8"

	"fgdraft/forms/draftfile"
)

// The draft travels twice: in its own part (DraftPartName, the one fgdraft
// has always written) and in a standard Custom XML data part related from
// the main document part. ECMA-376 lets a consumer drop a part it does not
// know, and LibreOffice does so with the first when it saves a document
// over; it keeps Custom XML data parts, which Word documents use for their
// own data, byte for byte.
const (
	// DraftNamespace is the namespace of the Custom XML data part's root
	// element, <draft>, whose text is the draft JSON.
	DraftNamespace = "urn:fgdraft:draft"

	customXMLItemPart  = "customXml/item1.xml"
	customXMLPropsPart = "customXml/itemProps1.xml"
	customXMLItemRels  = "customXml/_rels/item1.xml.rels"
	customXMLRel       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
	customXMLPropsRel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
	customXMLPropsType = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
	officeDocumentRel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	// customXMLItemID names the data store item; one fixed ID keeps exports
	// of the same draft identical.
	customXMLItemID = "{6B1F6A52-0C8E-4D8B-9F0A-3D5F0F8A2D11}"
	// base64Encoding marks a draft written as base64 because its JSON holds
	// characters XML 1.0 cannot carry.
	base64Encoding = "base64"
)

// customXMLItem is the Custom XML data part holding draft. The JSON is the
// element's text with only &, < and > escaped, and carriage returns as
// character references (an XML parser would turn a literal one into a line
// feed), so the part stays readable and the draft comes back byte for byte.
// A draft with characters XML cannot hold goes as base64.
func customXMLItem(draft []byte) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	s := string(draft)
	if !utf8.Valid(draft) || strings.IndexFunc(s, func(r rune) bool { return !xmlChar(r) }) >= 0 {
		b.WriteString(`<draft xmlns="` + DraftNamespace + `" encoding="` + base64Encoding + `">`)
		b.WriteString(base64.StdEncoding.EncodeToString(draft))
		b.WriteString(`</draft>`)
		return b.Bytes()
	}
	b.WriteString(`<draft xmlns="` + DraftNamespace + `">`)
	strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#xD;").WriteString(&b, s)
	b.WriteString(`</draft>`)
	return b.Bytes()
}

// customXMLProps is the item's properties part: its ID and the namespace
// of its content.
func customXMLProps() []byte {
	return []byte(xmlHeader + `<ds:datastoreItem ds:itemID="` + customXMLItemID + `" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
		`<ds:schemaRefs><ds:schemaRef ds:uri="` + DraftNamespace + `"/></ds:schemaRefs></ds:datastoreItem>`)
}

// customXMLParts are the parts carrying draft as Custom XML data.
func customXMLParts(draft []byte) []part {
	return []part{
		// made when written, not held while the body is set
		{name: customXMLItemPart, contentType: "application/xml", made: func() []byte { return customXMLItem(draft) }},
		{name: customXMLPropsPart, contentType: customXMLPropsType, data: customXMLProps()},
		{name: customXMLItemRels, contentType: relsType, data: relationshipsXML([]relationship{{"rId1", customXMLPropsRel, "itemProps1.xml"}})},
	}
}

// errNotDraftItem says a Custom XML data part holds something else.
var errNotDraftItem = errors.New("not an fgdraft draft")

// customXMLDraft finds the draft among the Custom XML data parts related
// from the main document part; ErrNoDraft when none holds one.
func customXMLDraft(files map[string]*zip.File, packageRels []relTarget) ([]byte, error) {
	main := "word/document.xml"
	for _, rel := range packageRels {
		if rel.Type == officeDocumentRel {
			main = strings.TrimPrefix(path.Clean("/"+rel.Target), "/")
		}
	}
	dir, file := path.Split(main)
	relsFile, ok := files[strings.ToLower(dir+"_rels/"+file+".rels")]
	if !ok {
		return nil, ErrNoDraft
	}
	data, err := readLimited(relsFile, maxRelsSize)
	if err != nil {
		return nil, ErrNoDraft
	}
	var parsed relationships
	if xml.Unmarshal(data, &parsed) != nil {
		return nil, ErrNoDraft
	}
	for _, rel := range parsed.Rels {
		if rel.Type != customXMLRel || strings.EqualFold(rel.TargetMode, "External") {
			continue
		}
		// a part's targets are relative to the part's folder
		name := strings.TrimPrefix(path.Clean("/"+dir+rel.Target), "/")
		f, ok := files[strings.ToLower(name)]
		if !ok {
			continue
		}
		// escaping makes the part longer than the draft: & is five bytes
		item, err := readLimited(f, 5*draftfile.MaxFileSize+1024)
		if err != nil {
			continue
		}
		if draft, err := draftFromItem(item); err == nil {
			return draft, nil
		}
	}
	return nil, ErrNoDraft
}

// draftFromItem returns the draft a Custom XML data part holds, read as a
// root <draft> element in DraftNamespace with text only; anything else is
// errNotDraftItem.
func draftFromItem(item []byte) ([]byte, error) {
	d := xml.NewDecoder(bytes.NewReader(item))
	var text bytes.Buffer
	encoding := ""
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, errNotDraftItem
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth > 0 || t.Name.Space != DraftNamespace || t.Name.Local != "draft" {
				return nil, errNotDraftItem
			}
			for _, a := range t.Attr {
				if a.Name.Space == "" && a.Name.Local == "encoding" {
					encoding = a.Value
				}
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 1 {
				if text.Len()+len(t) > 2*draftfile.MaxFileSize {
					return nil, errNotDraftItem
				}
				text.Write(t)
			}
		}
	}
	switch encoding {
	case "":
		if text.Len() == 0 {
			return nil, errNotDraftItem
		}
		return text.Bytes(), nil
	case base64Encoding:
		draft, err := base64.StdEncoding.DecodeString(strings.TrimSpace(text.String()))
		if err != nil || len(draft) == 0 {
			return nil, errNotDraftItem
		}
		return draft, nil
	}
	return nil, errNotDraftItem
}
