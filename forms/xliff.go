package forms

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// XLIFF 2.0 exchange with translators.
//
// ExportXLIFF writes one <file> whose original attribute is "fgdraft:" + the
// draft ID, with the draft ID also in a metadata element (module
// urn:oasis:names:tc:xliff:metadata:2.0), one <group> per wizard step and one
// <unit> per non-empty free-text field. XLIFF 2.0 requires unit and group ids
// to be NMTOKENs, which may not contain '[' or ']', so a unit's id is the
// field path with list indices written as dotted numbers
// ("gapAnalysis.entries.2.gap") and its name attribute is the exact field
// path ("gapAnalysis.entries[2].gap"). Import reads the name, or the id when a
// tool dropped the name.
//
// ImportXLIFF refuses a file that is not XLIFF 2.0, was exported from another
// draft, or translates from or into another language. Units are matched by
// field path. A non-empty target is applied; when the unit's source no longer
// equals the field's current text, the translation is applied but kept stale
// (its recorded source is the file's source, so the GUI flags it for review)
// and reported in ImportResult.Stale — unless the draft already holds an
// up-to-date translation of that field, which a stale one never replaces.
// Missing units and empty targets leave existing translations alone.

const (
	xliffNS       = "urn:oasis:names:tc:xliff:document:2.0"
	xliffMetaNS   = "urn:oasis:names:tc:xliff:metadata:2.0"
	xliffOriginal = "fgdraft:"
	maxXLIFFSize  = 64 << 20
)

// ExportXLIFF writes the proposal's free text as an XLIFF 2.0 document to be
// translated from p.Language into target. Existing translations are included
// as targets (state "translated", or "initial" when stale). A proposal with
// no ID is given one (see EnsureID); save it so that the import recognises it.
func ExportXLIFF(p *Proposal, target Lang, draftID string) ([]byte, error) {
	if !p.Language.Valid() {
		return nil, fmt.Errorf("xliff export: the draft's language %q is not one of the six ITU languages", p.Language)
	}
	if !target.Valid() {
		return nil, fmt.Errorf("xliff export: unknown target language %q", target)
	}
	if target == p.Language {
		return nil, fmt.Errorf("xliff export: the draft is already written in %s", target)
	}
	if draftID == "" {
		draftID = p.EnsureID()
	}
	if !validID(draftID) {
		return nil, fmt.Errorf("xliff export: invalid draft ID %q", draftID)
	}

	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, `<xliff xmlns="%s" xmlns:mda="%s" version="2.0" srcLang="%s" trgLang="%s">`+"\n",
		xliffNS, xliffMetaNS, p.Language, target)
	fmt.Fprintf(&b, `  <file id="f1" original="%s%s">`+"\n", xliffOriginal, draftID)
	b.WriteString("    <mda:metadata>\n      <mda:metaGroup category=\"fgdraft\">\n")
	fmt.Fprintf(&b, "        <mda:meta type=\"draftID\">%s</mda:meta>\n", draftID)
	fmt.Fprintf(&b, "        <mda:meta type=\"format\">%d</mda:meta>\n", FormatVersion)
	if a := p.FocusGroup.Acronym; a != "" {
		fmt.Fprintf(&b, "        <mda:meta type=\"acronym\">%s</mda:meta>\n", xmlText(a))
	}
	b.WriteString("      </mda:metaGroup>\n    </mda:metadata>\n")
	b.WriteString("    <notes>\n")
	fmt.Fprintf(&b, "      <note category=\"fgdraft\">Free text of the focus-group proposal %s, to be translated from %s into %s. Each unit is one field of the draft; its name is the field path. Keep the unit ids: fgdraft imports the targets by them and refuses a file from another draft.</note>\n",
		xmlText(strconv.Quote(p.FocusGroup.Name)), p.Language, target)
	b.WriteString("    </notes>\n")

	fields := p.TextFields()
	for _, step := range Steps() {
		opened := false
		for _, f := range fields {
			if f.Step != step || strings.TrimSpace(f.Get()) == "" {
				continue
			}
			if !opened {
				fmt.Fprintf(&b, "    <group id=\"%s\">\n", step)
				opened = true
			}
			src := xmlSafe(f.Get())
			fmt.Fprintf(&b, "      <unit id=\"%s\" name=\"%s\">\n", unitID(f.Path), xmlAttr(f.Path))
			if f.Multiline {
				b.WriteString("        <notes><note category=\"format\">Multi-line text: keep the paragraph breaks.</note></notes>\n")
			}
			t, st := p.TranslationOf(f, target)
			switch st {
			case Translated:
				b.WriteString("        <segment state=\"translated\">\n")
			default:
				b.WriteString("        <segment state=\"initial\">\n")
			}
			fmt.Fprintf(&b, "          <source xml:space=\"preserve\">%s</source>\n", xmlText(src))
			if st == Translated || st == Stale {
				fmt.Fprintf(&b, "          <target xml:space=\"preserve\">%s</target>\n", xmlText(xmlSafe(t.Text)))
			}
			b.WriteString("        </segment>\n      </unit>\n")
		}
		if opened {
			b.WriteString("    </group>\n")
		}
	}
	b.WriteString("  </file>\n</xliff>\n")
	return b.Bytes(), nil
}

// unitID is the field path as an NMTOKEN: "entries[2].gap" → "entries.2.gap".
func unitID(path string) string { return unitIDReplacer.Replace(path) }

var unitIDReplacer = strings.NewReplacer("[", ".", "]", "")

// pathOfUnitID reverses unitID: a dotted all-digit segment is a list index.
func pathOfUnitID(id string) string {
	parts := strings.Split(id, ".")
	var b strings.Builder
	for i, s := range parts {
		if i > 0 && s != "" && strings.Trim(s, "0123456789") == "" {
			b.WriteString("[" + s + "]")
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s)
	}
	return b.String()
}

// xmlSafe replaces characters XML 1.0 cannot carry (most C0 controls,
// U+FFFE, U+FFFF, invalid UTF-8) with U+FFFD.
func xmlSafe(s string) string {
	ok := func(r rune) bool {
		return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
	}
	clean := true
	for i, r := range s {
		if !ok(r) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if !ok(r) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			r = '\uFFFD'
		}
		b.WriteRune(r)
	}
	return b.String()
}

var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#xD;")
var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "\n", "&#xA;", "\r", "&#xD;", "\t", "&#x9;")

func xmlText(s string) string { return textEscaper.Replace(s) }
func xmlAttr(s string) string { return attrEscaper.Replace(s) }

// ImportResult tells what an XLIFF import did.
type ImportResult struct {
	Applied   int // targets recorded as translations (including stale ones)
	Unchanged int // targets equal to the translation the draft already had
	// Stale lists the field paths whose translation was applied although the
	// field's text changed since the export; they are kept marked stale.
	Stale []string
	// Untranslated counts units with no target or an empty one: nothing to apply.
	Untranslated int
	Skipped      []SkippedUnit
}

// SkippedUnit is a unit the import did not apply, and why.
type SkippedUnit struct {
	Unit   string // field path (or the unit id when it names no field)
	Reason string
}

type xliffDoc struct {
	XMLName xml.Name    `xml:"xliff"`
	Version string      `xml:"version,attr"`
	SrcLang string      `xml:"srcLang,attr"`
	TrgLang string      `xml:"trgLang,attr"`
	Files   []xliffFile `xml:"file"`
}

type xliffFile struct {
	ID       string       `xml:"id,attr"`
	Original string       `xml:"original,attr"`
	Meta     []xliffMeta  `xml:"metadata>metaGroup>meta"`
	Groups   []xliffGroup `xml:"group"`
	Units    []xliffUnit  `xml:"unit"`
}

type xliffMeta struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type xliffGroup struct {
	ID     string       `xml:"id,attr"`
	Groups []xliffGroup `xml:"group"`
	Units  []xliffUnit  `xml:"unit"`
}

type xliffUnit struct {
	ID    string      `xml:"id,attr"`
	Name  string      `xml:"name,attr"`
	Parts []xliffPart `xml:",any"`
}

// xliffPart is a <segment> or an <ignorable> (or anything else, ignored).
type xliffPart struct {
	XMLName xml.Name
	Source  *xliffContent `xml:"source"`
	Target  *xliffContent `xml:"target"`
}

type xliffContent struct {
	Inner []byte `xml:",innerxml"`
}

// text is the content's character data, inline markup removed.
func (c *xliffContent) text() (string, error) {
	if c == nil {
		return "", nil
	}
	dec := xml.NewDecoder(bytes.NewReader(c.Inner))
	dec.Strict = false
	var b strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		if cd, ok := tok.(xml.CharData); ok {
			b.Write(cd)
		}
	}
}

// ImportXLIFF applies the targets of an XLIFF 2.0 document made by
// ExportXLIFF (and filled in by a translator) to p as translations into
// target. On error p is unchanged.
func ImportXLIFF(p *Proposal, data []byte, target Lang) (ImportResult, error) {
	var res ImportResult
	if len(data) > maxXLIFFSize {
		return res, fmt.Errorf("xliff import: file too large (%d bytes)", len(data))
	}
	if !target.Valid() {
		return res, fmt.Errorf("xliff import: unknown target language %q", target)
	}
	root, err := xliffRoot(data)
	if err != nil {
		return res, err
	}
	if root.Name.Space != xliffNS {
		v := ""
		for _, a := range root.Attr {
			if a.Name.Local == "version" {
				v = a.Value
			}
		}
		if v != "" {
			return res, fmt.Errorf("xliff import: this is XLIFF %s; fgdraft reads XLIFF 2.0 (export the translation as XLIFF 2.0)", v)
		}
		return res, fmt.Errorf("xliff import: not an XLIFF 2.0 document (namespace %q)", root.Name.Space)
	}
	var doc xliffDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		return res, fmt.Errorf("xliff import: %w", err)
	}
	if doc.Version != "2.0" {
		return res, fmt.Errorf("xliff import: XLIFF version %q; fgdraft reads XLIFF 2.0", doc.Version)
	}
	if Lang(doc.SrcLang) != p.Language {
		return res, fmt.Errorf("xliff import: the file translates from %q, but the draft is written in %q", doc.SrcLang, p.Language)
	}
	if Lang(doc.TrgLang) != target {
		return res, fmt.Errorf("xliff import: the file is a translation into %q, not into %q", doc.TrgLang, target)
	}
	if len(doc.Files) == 0 {
		return res, errors.New("xliff import: the document has no <file>")
	}
	for _, f := range doc.Files {
		id := strings.TrimPrefix(f.Original, xliffOriginal)
		if !strings.HasPrefix(f.Original, xliffOriginal) {
			id = ""
		}
		for _, m := range f.Meta {
			if m.Type == "draftID" && id == "" {
				id = strings.TrimSpace(m.Value)
			}
		}
		switch {
		case id == "":
			return res, fmt.Errorf("xliff import: file %q does not say which draft it belongs to (it was not exported by fgdraft)", f.ID)
		case p.ID == "":
			return res, errors.New("xliff import: the draft has no ID, so the file cannot be matched to it")
		case id != p.ID:
			return res, fmt.Errorf("xliff import: the file belongs to another draft (ID %s; this draft is %s)", id, p.ID)
		}
	}

	// Everything is checked; now apply.
	fields := map[string]TextField{}
	for _, f := range p.TextFields() {
		fields[f.Path] = f
	}
	seen := map[string]bool{}
	var units []xliffUnit
	var collect func([]xliffGroup)
	collect = func(gs []xliffGroup) {
		for _, g := range gs {
			units = append(units, g.Units...)
			collect(g.Groups)
		}
	}
	for _, f := range doc.Files {
		units = append(units, f.Units...)
		collect(f.Groups)
	}
	for _, u := range units {
		path := u.Name
		if path == "" {
			path = pathOfUnitID(u.ID)
		}
		skip := func(reason string) { res.Skipped = append(res.Skipped, SkippedUnit{Unit: path, Reason: reason}) }
		var src, tgt strings.Builder
		hasTarget := false
		bad := false
		for _, part := range u.Parts {
			if part.XMLName.Local != "segment" && part.XMLName.Local != "ignorable" {
				continue
			}
			s, err1 := part.Source.text()
			t, err2 := part.Target.text()
			if err1 != nil || err2 != nil {
				bad = true
			}
			src.WriteString(s)
			if part.Target != nil {
				hasTarget = true
				tgt.WriteString(t)
			} else {
				tgt.WriteString(s) // an ignorable without target keeps its source
			}
		}
		f, ok := fields[path]
		switch {
		case bad:
			skip("unreadable inline content")
			continue
		case seen[path]:
			skip("duplicate unit for the same field")
			continue
		case !ok:
			skip("no such field in the draft")
			continue
		}
		seen[path] = true
		text := tgt.String()
		if !hasTarget || strings.TrimSpace(text) == "" {
			res.Untranslated++
			continue
		}
		cur := f.Get()
		if strings.TrimSpace(cur) == "" {
			skip("the field is empty in the draft now")
			continue
		}
		old, status := p.TranslationOf(f, target)
		fresh := src.String() == xmlSafe(cur)
		switch {
		case fresh && status == Translated && old.Text == text:
			res.Unchanged++
		case fresh:
			p.SetTranslation(f, target, text)
			res.Applied++
		case status == Translated:
			skip("the field's text changed since the export and the draft already has an up-to-date translation")
		case status == Stale && old.Text == text:
			res.Unchanged++
		default:
			if p.Translations == nil {
				p.Translations = map[Lang]map[string]Translation{}
			}
			if p.Translations[target] == nil {
				p.Translations[target] = map[string]Translation{}
			}
			p.Translations[target][path] = Translation{Text: text, Source: src.String()}
			res.Applied++
			res.Stale = append(res.Stale, path)
		}
	}
	return res, nil
}

// xliffRoot reads the root element, or says why the data is not XML.
func xliffRoot(data []byte) (xml.StartElement, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err != nil {
			return xml.StartElement{}, fmt.Errorf("xliff import: not an XML document: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Local != "xliff" {
				return se, fmt.Errorf("xliff import: not an XLIFF document (root element <%s>)", se.Name.Local)
			}
			return se, nil
		}
	}
}
