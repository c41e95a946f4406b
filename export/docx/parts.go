package docx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"fgdraft/forms"
)

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW       = `http://schemas.openxmlformats.org/wordprocessingml/2006/main`
	nsR       = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
	relsType  = "application/vnd.openxmlformats-package.relationships+xml"
)

// esc escapes s for XML text and attribute values.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// relationship is one Relationship of a .rels part.
type relationship struct {
	id, typ, target string
}

func relationshipsXML(rels []relationship) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	b.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for _, r := range rels {
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s" Target="%s"/>`, esc(r.id), esc(r.typ), esc(r.target))
	}
	b.WriteString(`</Relationships>`)
	return b.Bytes()
}

// documentRels are the relationships of word/document.xml; the headers are
// shared by the document's one section. With a draft, the main document
// part also relates the Custom XML data part holding it.
func documentRels(withDraft bool) []byte {
	rels := []relationship{
		{"rIdStyles", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"},
		{"rIdNumbering", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", "numbering.xml"},
		{"rIdSettings", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml"},
		{"rIdFontTable", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable", "fontTable.xml"},
		{"rIdHeaderDefault", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "header1.xml"},
		{"rIdHeaderFirst", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "header2.xml"},
	}
	if withDraft {
		rels = append(rels, relationship{"rIdDraftData", customXMLRel, "../" + customXMLItemPart})
	}
	rels = append(rels, relationship{"rIdFieldMarks", customXMLRel, "../" + marksItemPart})
	return relationshipsXML(rels)
}

// contentTypes lists every part with its content type, by override.
func contentTypes(parts []part) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	b.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="` + relsType + `"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	for _, p := range parts {
		if p.contentType == relsType {
			continue
		}
		fmt.Fprintf(&b, `<Override PartName="/%s" ContentType="%s"/>`, esc(p.name), esc(p.contentType))
	}
	b.WriteString(`</Types>`)
	return b.Bytes()
}

// langTag is a language's tag in w:lang.
func langTag(lang forms.Lang) string {
	switch lang {
	case forms.Chinese:
		return "zh-CN"
	case forms.Arabic:
		return "ar-SA"
	case forms.French:
		return "fr-FR"
	case forms.Spanish:
		return "es-ES"
	case forms.Russian:
		return "ru-RU"
	}
	return "en-GB"
}

// langTags are the language tags of w:lang: the document language for Latin
// and Cyrillic text, Chinese for East Asian text, Arabic for complex script.
func langTags(lang forms.Lang) (val, eastAsia, bidi string) {
	val = map[forms.Lang]string{
		forms.English: "en-GB", forms.French: "fr-FR", forms.Spanish: "es-ES", forms.Russian: "ru-RU",
	}[lang]
	if val == "" {
		val = "en-GB"
	}
	return val, "zh-CN", "ar-SA"
}

// complexFont is the font of complex-script (Arabic) text: ITU's Arabic
// documents are set in Traditional Arabic; elsewhere Times New Roman, which
// has Arabic letters, keeps a quoted Arabic name in the body's face.
func complexFont(lang forms.Lang) string {
	if lang == forms.Arabic {
		return "Traditional Arabic"
	}
	return "Times New Roman"
}

// Sizes in half-points. ITU's contribution template sets the text, the
// headings and the cover in 12 pt Times New Roman (docs/docx-layout.md).
const (
	szBody   = 24
	szDocNum = 32
	szTable  = 22
	szSmall  = 20
	szChart  = 14
)

// Spacing and indents in twips, after ITU's template: text 6 pt before and
// single-spaced; a heading's number hangs in ITU's first tab stop (1.4 cm),
// a tab between it and the title.
const (
	spaceBefore = 120
	itHanging   = 794
)

// ituTabs are the tab stops of ITU's Normal style: 1.4 cm, then every
// 0.7 cm.
const ituTabs = `<w:tabs><w:tab w:val="left" w:pos="794"/><w:tab w:val="left" w:pos="1191"/><w:tab w:val="left" w:pos="1588"/><w:tab w:val="left" w:pos="1985"/></w:tabs>`

// styles writes styles.xml. The formatting lives in the styles, so that a
// document restyled in Word restyles as a whole: paragraphs carry only
// their style, and a direction or an alignment of their own where it
// differs from the style's. An Arabic document's styles are right to left.
func styles(lang forms.Lang) []byte {
	val, ea, bidi := langTags(lang)
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	fmt.Fprintf(&b, `<w:styles xmlns:w="%s">`, nsW)
	fmt.Fprintf(&b, `<w:docDefaults><w:rPrDefault><w:rPr>`+
		`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="%s"/>`+
		`<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="%s" w:eastAsia="%s" w:bidi="%s"/>`+
		`</w:rPr></w:rPrDefault>`+
		`<w:pPrDefault><w:pPr><w:spacing w:before="%d" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`,
		complexFont(lang), szBody, szBody, val, ea, bidi, spaceBefore)
	direction := ""
	if lang == forms.Arabic {
		direction = `<w:bidi/>`
	}
	// paragraph styles; pPr's parts in the schema's order (keepNext,
	// keepLines, pageBreakBefore, pBdr, shd, tabs, bidi, spacing, ind, jc,
	// outlineLvl)
	style := func(id, name, based, pPr, rPr string, extra string) {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="%s"`, id)
		if id == "Normal" {
			b.WriteString(` w:default="1"`)
		}
		fmt.Fprintf(&b, `><w:name w:val="%s"/>`, name)
		if based != "" {
			fmt.Fprintf(&b, `<w:basedOn w:val="%s"/>`, based)
		}
		b.WriteString(extra)
		if pPr != "" {
			b.WriteString(`<w:pPr>` + pPr + `</w:pPr>`)
		}
		if rPr != "" {
			b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
		}
		b.WriteString(`</w:style>`)
	}
	const bold = `<w:b/><w:bCs/>`
	sz := func(halfPoints int) string {
		return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, halfPoints, halfPoints)
	}
	heading := `<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>`
	style("Normal", "Normal", "", ituTabs+direction, "", `<w:qFormat/>`)
	style("Heading1", "heading 1", "Normal", fmt.Sprintf(`<w:keepNext/><w:keepLines/><w:spacing w:before="%d"/><w:ind w:left="%d" w:hanging="%d"/><w:outlineLvl w:val="0"/>`, 2*spaceBefore, itHanging, itHanging),
		bold, heading)
	style("Heading2", "heading 2", "Heading1", fmt.Sprintf(`<w:spacing w:before="%d"/><w:outlineLvl w:val="1"/>`, spaceBefore+40),
		"", heading)
	// the unnumbered subheadings: no hanging number, kept with their text
	style("Heading3", "heading 3", "Heading1", fmt.Sprintf(`<w:spacing w:before="%d"/><w:ind w:left="0" w:firstLine="0"/><w:outlineLvl w:val="2"/>`, spaceBefore+40),
		"", heading)
	// an annex starts a page, its number and title centred on two lines
	style("AnnexTitle", "Annex Title", "Heading1", `<w:pageBreakBefore/><w:spacing w:before="0" w:after="240"/><w:ind w:left="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>`,
		"", heading)
	style("ListParagraph", "List Paragraph", "Normal", fmt.Sprintf(`<w:spacing w:before="80"/><w:ind w:left="%d" w:hanging="%d"/>`, itHanging, itHanging), "", `<w:uiPriority w:val="34"/><w:qFormat/>`)
	style("CoverText", "Cover Text", "Normal", `<w:spacing w:before="40"/>`, "", "")
	// Tel and E-mail: the value at one tab stop, wrapped lines under it
	// (a stop further on where the labels are longer: "Эл. почта:",
	// "البريد الإلكتروني:", "电子邮件：")
	contactTab := `<w:tabs><w:tab w:val="clear" w:pos="794"/></w:tabs><w:ind w:left="1191" w:hanging="1191"/>`
	if lang == forms.Arabic || lang == forms.Russian || lang == forms.Chinese {
		contactTab = `<w:tabs><w:tab w:val="clear" w:pos="794"/><w:tab w:val="clear" w:pos="1191"/></w:tabs><w:ind w:left="1588" w:hanging="1588"/>`
	}
	style("CoverContact", "Cover Contact", "CoverText", contactTab, "", "")
	style("CoverDocNumber", "Cover Document Number", "CoverText", "", bold+sz(szDocNum), "")
	style("TableText", "Table Text", "Normal", `<w:spacing w:before="40" w:after="40"/>`, sz(szTable), "")
	style("TableHeading", "Table Heading", "TableText", `<w:keepNext/><w:jc w:val="center"/>`, bold, "")
	style("Header", "header", "Normal", `<w:spacing w:before="0"/><w:jc w:val="center"/>`, sz(szSmall), "")
	style("DraftMark", "Draft Mark", "Header", `<w:shd w:val="clear" w:color="auto" w:fill="C8141E"/><w:spacing w:before="40" w:after="40"/>`,
		bold+`<w:color w:val="FFFFFF"/>`, "")
	style("ChartText", "Chart Text", "Normal", `<w:spacing w:before="0"/>`, sz(szChart), "")
	// the line ITU documents end with
	style("Closing", "Closing Line", "Normal", `<w:keepLines/><w:spacing w:before="480"/><w:jc w:val="center"/>`, "", "")
	// table styles
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:tblPr><w:tblBorders>` +
		`<w:top w:val="single" w:sz="4" w:space="0" w:color="787878"/><w:left w:val="single" w:sz="4" w:space="0" w:color="787878"/>` +
		`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="787878"/><w:right w:val="single" w:sz="4" w:space="0" w:color="787878"/>` +
		`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="787878"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="787878"/>` +
		`</w:tblBorders></w:tblPr></w:style>`)
	b.WriteString(`<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.Bytes()
}

func settings(lang forms.Lang) []byte {
	val, ea, bidi := langTags(lang)
	return []byte(xmlHeader + fmt.Sprintf(`<w:settings xmlns:w="%s"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>`+
		`<w:characterSpacingControl w:val="doNotCompress"/>`+
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`+
		`<w:themeFontLang w:val="%s" w:eastAsia="%s" w:bidi="%s"/></w:settings>`, nsW, val, ea, bidi))
}

const fontTable = xmlHeader + `<w:fonts xmlns:w="` + nsW + `">` +
	`<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
	`<w:font w:name="SimSun"><w:altName w:val="宋体"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>` +
	`<w:font w:name="Traditional Arabic"><w:charset w:val="B2"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
	`</w:fonts>`

// appProperties names the program that wrote the document. Word expects
// AppVersion in its own NN.NNNN form, so the version goes into Application.
func appProperties(producer string) []byte {
	producer = strings.TrimSpace(forms.OneLine(producer))
	if producer == "" {
		producer = "fgdraft"
	}
	return []byte(xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>` +
		esc(producer) + `</Application></Properties>`)
}

// coreProperties are the document properties: title, subject, author,
// keywords and language, and the creation and modification date when date
// is set (none otherwise, so that an export is reproducible).
func (w *docWriter) coreProperties(date time.Time) []byte {
	m := w.doc.Meta
	w.where = "document properties"
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	el := func(name, s string) {
		// One line, and no bidi override to make a title show as "…fdp.exe".
		if s = strings.TrimSpace(forms.OneLine(w.clean(s))); s != "" {
			fmt.Fprintf(&b, `<%s>%s</%s>`, name, esc(s), name)
		}
	}
	el("dc:title", m.Title)
	el("dc:subject", m.Subject)
	el("dc:creator", m.Author)
	el("cp:keywords", strings.Join(m.Keywords, ", "))
	el("dc:language", string(w.doc.Lang))
	if !date.IsZero() {
		stamp := date.UTC().Format(time.RFC3339)
		fmt.Fprintf(&b, `<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>`, stamp)
		fmt.Fprintf(&b, `<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>`, stamp)
	}
	b.WriteString(`</cp:coreProperties>`)
	return b.Bytes()
}
