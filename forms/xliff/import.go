package xliff

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// ImportResult tells what an XLIFF import did.
type ImportResult struct {
	Applied   int // targets recorded as translations (including stale ones)
	Unchanged int // targets equal to the translation the draft already had
	// Stale lists the field paths whose translation was applied although
	// the field's text changed since the translation was made: they are
	// recorded marked stale. (A stale translation the file leaves as it was
	// counts as Unchanged, and stays stale.)
	Stale []string
	// Untranslated counts units with no target or an empty one: nothing to apply.
	Untranslated int
	Skipped      []SkippedUnit
	// Unmarked is true when the file no longer says which draft it was
	// exported from (a translation tool dropped fgdraft's marks) and was
	// accepted because its units are this draft's fields with this draft's text.
	Unmarked bool
}

// Changed reports whether the import changed the proposal.
func (r ImportResult) Changed() bool { return r.Applied > 0 }

// SkippedUnit is a unit the import did not apply, and why.
type SkippedUnit struct {
	Unit   string // field path (or the unit id when it names no field)
	Reason string
}

// Problem names why an XLIFF file was refused, so that an interface can
// say it in its own language.
type Problem string

// Why an XLIFF file is refused.
const (
	TooLarge       Problem = "too-large"
	NotUTF8        Problem = "not-utf8"
	NotXML         Problem = "not-xml"
	NotXLIFF       Problem = "not-xliff"
	UnknownVersion Problem = "version"      // XLIFF 1.x, or an unknown version
	BadCharRef     Problem = "char-ref"     // &#xD800; and the like
	NoTarget       Problem = "no-target"    // no ITU target language
	OwnLanguage    Problem = "own-language" // a translation into the draft's own language
	OtherSource    Problem = "other-source"
	OtherTarget    Problem = "other-target"
	OtherDraft     Problem = "other-draft"
	NoDraftID      Problem = "no-draft-id"
	TextMismatch   Problem = "text-mismatch" // unmarked, and its sources are not this draft's text
	// BadDraft refuses an export: the draft's language or ID is none a
	// draft file may have.
	BadDraft Problem = "bad-draft"
)

// Error is why an XLIFF file cannot be imported. Problem is its kind, and
// the fields beside it the particulars an interface needs to say it in its
// own language; Detail says it in English.
type Error struct {
	Problem Problem
	Line    int    // 1-based line of the problem in the file, 0 when not known
	Detail  string // what is wrong, in English
	// Named is the language the file names, as written (clipped):
	// OtherSource its srcLang, OtherTarget its trgLang.
	Named string
	// Lang is the draft's language for OtherSource and OwnLanguage, the
	// target asked for with OtherTarget and NoTarget.
	Lang forms.Lang
	// Size is the file's size in bytes with TooLarge.
	Size int
	// Export is set when the export refused the draft, not an import the
	// file.
	Export bool
}

func (e *Error) Error() string {
	op := "xliff import: "
	if e.Export {
		op = "xliff export: "
	}
	if e.Line > 0 {
		return fmt.Sprintf("%sline %d: %s", op, e.Line, e.Detail)
	}
	return op + e.Detail
}

func xliffErr(p Problem, format string, args ...any) *Error {
	return &Error{Problem: p, Detail: fmt.Sprintf(format, args...)}
}

// exportErr is an export's refusal of the draft, about the language lang
// (the target, or the draft's own).
func exportErr(p Problem, lang forms.Lang, format string, args ...any) *Error {
	e := xliffErr(p, format, args...)
	e.Lang, e.Export = lang, true
	return e
}

// Header is what the root element of an XLIFF 2.0 document declares.
type Header struct {
	Source, Target string // srcLang and trgLang as written
}

// ReadHeader reads the root element of an XLIFF 2.0 document, or says
// what the file is instead: not UTF-8, not XML, not XLIFF, XLIFF 1.2. The
// error is *Error.
func ReadHeader(data []byte) (Header, error) {
	if len(data) > MaxSize {
		e := xliffErr(TooLarge, "file too large: %d bytes, an XLIFF file may have at most %d (%d MiB)", len(data), MaxSize, MaxSize>>20)
		e.Size = len(data)
		return Header{}, e
	}
	if err := checkUTF8(data); err != nil {
		return Header{}, err
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err != nil {
			if err == io.EOF {
				return Header{}, xliffErr(NotXML, "not XML: the file has no element")
			}
			line, _ := dec.InputPos()
			return Header{}, &Error{Problem: NotXML, Line: line, Detail: "not XML: " + strings.TrimPrefix(err.Error(), "XML syntax error on line "+strconv.Itoa(line)+": ")}
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		var h Header
		version := ""
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "srcLang":
				h.Source = a.Value
			case "trgLang":
				h.Target = a.Value
			case "version":
				version = a.Value
			}
		}
		switch {
		case se.Name.Local != "xliff":
			return h, xliffErr(NotXLIFF, "not an XLIFF document (root element <%s>)", se.Name.Local)
		case se.Name.Space == xliffNS && version == "2.0":
			return h, nil
		case version != "" && !strings.HasPrefix(version, "2."):
			return h, xliffErr(UnknownVersion, "this is XLIFF %s: fgdraft reads XLIFF 2.0 (export the translation as XLIFF 2.0)", draftfile.Clip(version))
		}
		return h, xliffErr(UnknownVersion, "not an XLIFF 2.0 document (namespace %q): fgdraft reads XLIFF 2.0", draftfile.Clip(se.Name.Space))
	}
}

// checkUTF8 refuses a file that is not UTF-8, naming what it looks like.
func checkUTF8(data []byte) error {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}),
		len(data) >= 2 && (data[0] == 0 && data[1] == '<' || data[0] == '<' && data[1] == 0):
		return xliffErr(NotUTF8, "not UTF-8: the file is UTF-16; save it as UTF-8")
	}
	if off := invalidUTF8(data); off >= 0 {
		line := bytes.Count(data[:off], []byte{'\n'}) + 1
		return &Error{Problem: NotUTF8, Line: line, Detail: fmt.Sprintf("not UTF-8: byte 0x%02X at offset %d is not UTF-8 (a Latin-1 or binary file?); save it as UTF-8", data[off], off)}
	}
	if enc := declaredEncoding(data); enc != "" && !strings.EqualFold(enc, "UTF-8") && !strings.EqualFold(enc, "utf8") {
		return xliffErr(NotUTF8, "not UTF-8: the file declares encoding %q; save it as UTF-8", draftfile.Clip(enc))
	}
	return nil
}

// invalidUTF8 is the offset of the first byte that is not UTF-8, or -1.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for off := 0; off < len(data); {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n <= 1 {
			return off
		}
		off += n
	}
	return -1
}

// declaredEncoding is the encoding named by an XML declaration, or "".
func declaredEncoding(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !bytes.HasPrefix(data, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(data, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(data[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "="), " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	if j := strings.IndexByte(rest[1:], q); j >= 0 {
		return rest[1 : 1+j]
	}
	return ""
}

// checkCharRefs refuses character references to what XML cannot carry
// (&#0;, &#xD800;) and to Unicode non-characters (&#xFFFE;, &#xFDD0;):
// Go's XML decoder would turn them into U+FFFD silently. Comments and CDATA
// sections are not markup and are skipped.
func checkCharRefs(data []byte) error {
	for i := 0; i < len(data); i++ {
		switch {
		case bytes.HasPrefix(data[i:], []byte("<!--")):
			j := bytes.Index(data[i+4:], []byte("-->"))
			if j < 0 {
				return nil
			}
			i += 4 + j + 2
			continue
		case bytes.HasPrefix(data[i:], []byte("<![CDATA[")):
			j := bytes.Index(data[i+9:], []byte("]]>"))
			if j < 0 {
				return nil
			}
			i += 9 + j + 2
			continue
		case data[i] != '&' || !bytes.HasPrefix(data[i:], []byte("&#")):
			continue
		}
		end := bytes.IndexByte(data[i:min(len(data), i+16)], ';')
		if end < 0 {
			continue // not a reference; the XML decoder says so
		}
		ref := string(data[i+2 : i+end])
		var n uint64
		var err error
		if strings.HasPrefix(ref, "x") {
			n, err = strconv.ParseUint(ref[1:], 16, 32)
		} else {
			n, err = strconv.ParseUint(ref, 10, 32)
		}
		if err != nil {
			continue
		}
		if r := rune(n); !isXMLChar(r) || isNonCharacter(r) {
			line := bytes.Count(data[:i], []byte{'\n'}) + 1
			return &Error{Problem: BadCharRef, Line: line,
				Detail: fmt.Sprintf("the character reference &#%s; stands for U+%04X, which is not a character a text may hold (a surrogate or a non-character); correct or remove it", ref, n)}
		}
	}
	return nil
}

// isXMLChar is XML 1.0's Char production.
func isXMLChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// isNonCharacter: U+FDD0–U+FDEF and the last two code points of every plane.
func isNonCharacter(r rune) bool {
	return r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE
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
	State   string        `xml:"state,attr"`
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
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			// <pc> in <pc> in …: a translation tool nests a few levels
			if depth++; depth > maxInlineDepth {
				return "", fmt.Errorf("inline markup nested more than %d levels deep", maxInlineDepth)
			}
		case xml.EndElement:
			depth--
		}
	}
}

// maxInlineDepth bounds the nesting of inline markup (<pc>) in a source
// or target.
const maxInlineDepth = 32

// segmentState is what the segments' state attributes say about a unit's
// target, XLIFF 2.0's "initial" < "translated" < "reviewed" < "final".
type segmentState int

const (
	stateMissing    segmentState = iota // no state attribute: a tool dropped it
	stateInitial                        // not (re)translated
	stateTranslated                     // the translator wrote or kept the target
	stateReviewed                       // "reviewed" or "final": confirmed
)

func parseState(s string) segmentState {
	switch s {
	case "initial":
		return stateInitial
	case "translated":
		return stateTranslated
	case "reviewed", "final":
		return stateReviewed
	}
	return stateMissing
}

// importUnit is one unit of the file, read.
type importUnit struct {
	path      string
	source    string
	target    string
	hasTarget bool
	state     segmentState // the lowest state of its segments
	bad       bool         // unreadable inline content
}

func readUnit(u xliffUnit) importUnit {
	iu := importUnit{path: u.Name, state: stateReviewed}
	if iu.path == "" {
		iu.path = pathOfUnitID(u.ID)
	}
	var src, tgt strings.Builder
	states := 0
	for _, part := range u.Parts {
		if part.XMLName.Local != "segment" && part.XMLName.Local != "ignorable" {
			continue
		}
		s, err1 := part.Source.text()
		t, err2 := part.Target.text()
		if err1 != nil || err2 != nil {
			iu.bad = true
		}
		src.WriteString(s)
		if part.Target != nil {
			iu.hasTarget = true
			tgt.WriteString(t)
		} else {
			tgt.WriteString(s) // an ignorable without target keeps its source
		}
		if part.XMLName.Local == "segment" {
			states++
			iu.state = min(iu.state, parseState(part.State))
		}
	}
	if states == 0 {
		iu.state = stateMissing
	}
	iu.source, iu.target = src.String(), tgt.String()
	return iu
}

// Import applies the targets of an XLIFF 2.0 document made by
// Export (and filled in by a translator) to p as translations into
// target. On error p is unchanged; errors are *Error.
//
// A stale translation (its field's text changed since it was made) stays
// stale unless the translator changed or confirmed it: a segment in state
// "initial" keeps it stale; "translated" with a changed target, or
// "reviewed"/"final", records it as up to date; with no state (a tool dropped
// it) a changed target records it. Targets for one-line fields have their
// line breaks folded and bidi controls removed (see OneLine).
func Import(p *forms.Proposal, data []byte, target forms.Lang) (ImportResult, error) {
	var res ImportResult
	if !target.Valid() {
		e := xliffErr(NoTarget, "unknown target language %q", target)
		e.Lang = target
		return res, e
	}
	if target == p.Language {
		e := xliffErr(OwnLanguage, "the draft is written in %s; a translation into its own language cannot be imported (choose another target language)", target)
		e.Lang = p.Language
		return res, e
	}
	h, err := ReadHeader(data)
	if err != nil {
		return res, err
	}
	if err := checkCharRefs(data); err != nil {
		return res, err
	}
	var doc xliffDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		return res, xliffErr(NotXML, "not well-formed XML: %v", err)
	}
	if forms.Lang(h.Source) != p.Language {
		e := xliffErr(OtherSource, "the file translates from %q, but the draft is written in %q", draftfile.Clip(h.Source), p.Language)
		e.Named, e.Lang = draftfile.Clip(h.Source), p.Language
		return res, e
	}
	if forms.Lang(h.Target) != target {
		e := xliffErr(OtherTarget, "the file is a translation into %q, not into %q", draftfile.Clip(h.Target), target)
		e.Named, e.Lang = draftfile.Clip(h.Target), target
		return res, e
	}
	if len(doc.Files) == 0 {
		return res, xliffErr(NotXLIFF, "the document has no <file>")
	}
	marked := 0
	for _, f := range doc.Files {
		id := draftIDOf(f)
		switch {
		case id == "":
			continue
		case p.ID == "":
			return res, xliffErr(OtherDraft, "the draft has no ID, so the file cannot be matched to it")
		case id != p.ID:
			return res, xliffErr(OtherDraft, "the file belongs to another draft (ID %s; this draft is %s)", draftfile.Clip(id), p.ID)
		}
		marked++
	}

	fields := map[string]forms.TextField{}
	for _, f := range p.TextFields() {
		fields[f.Path] = f
	}
	var units []importUnit
	var collect func([]xliffGroup)
	collect = func(gs []xliffGroup) {
		for _, g := range gs {
			for _, u := range g.Units {
				units = append(units, readUnit(u))
			}
			collect(g.Groups)
		}
	}
	for _, f := range doc.Files {
		for _, u := range f.Units {
			units = append(units, readUnit(u))
		}
		collect(f.Groups)
	}
	if marked < len(doc.Files) {
		if err := matchUnmarked(p, fields, units, target); err != nil {
			return res, err
		}
		res.Unmarked = true
	}

	// Everything is checked; now apply.
	seen := map[string]bool{}
	for _, u := range units {
		skip := func(reason string) { res.Skipped = append(res.Skipped, SkippedUnit{Unit: u.path, Reason: reason}) }
		f, ok := fields[u.path]
		switch {
		case u.bad:
			skip("unreadable inline content")
			continue
		case seen[u.path]:
			skip("duplicate unit for the same field")
			continue
		case !ok:
			skip("no such field in the draft")
			continue
		}
		seen[u.path] = true
		text := u.target
		if !f.Multiline {
			text = forms.OneLine(text)
		}
		if !u.hasTarget || forms.Blank(text) {
			res.Untranslated++
			continue
		}
		cur := f.Get()
		if forms.Blank(cur) {
			skip("the field is empty in the draft now")
			continue
		}
		if err := draftfile.CheckString(u.path, text); err != nil {
			// too long, or a character a draft may not hold: said, not changed
			var de *draftfile.Error
			if errors.As(err, &de) && de.Problem == draftfile.BadCharacter {
				skip(fmt.Sprintf("the text holds the character %s, which a draft may not hold", de.Params.Value))
			} else {
				skip(fmt.Sprintf("the text is longer than a draft holds (at most %d characters)", draftfile.MaxStringLen))
			}
			continue
		}
		if draftfile.CheckString(u.path, u.source) != nil {
			skip(fmt.Sprintf("the text is longer than a draft holds (at most %d characters)", draftfile.MaxStringLen))
			continue
		}
		old, status := p.TranslationOf(f, target)
		fresh := u.source == xmlSafe(cur)
		changed := old.Text != text
		switch {
		case fresh && status == forms.Translated && !changed:
			res.Unchanged++
		case fresh && status == forms.Stale && !confirms(u.state, changed):
			if changed { // new wording, still not checked against the new source
				p.Translations[target][u.path] = forms.Translation{Text: text, Source: old.Source}
				res.Applied++
				res.Stale = append(res.Stale, u.path)
			} else {
				res.Unchanged++
			}
		case fresh:
			p.SetTranslation(f, target, text)
			res.Applied++
		case status == forms.Translated:
			skip("the field's text changed since the export and the draft already has an up-to-date translation")
		case status == forms.Stale && !changed:
			res.Unchanged++
		default:
			if p.Translations == nil {
				p.Translations = map[forms.Lang]map[string]forms.Translation{}
			}
			if p.Translations[target] == nil {
				p.Translations[target] = map[string]forms.Translation{}
			}
			p.Translations[target][u.path] = forms.Translation{Text: text, Source: u.source}
			res.Applied++
			res.Stale = append(res.Stale, u.path)
		}
	}
	return res, nil
}

// confirms tells whether a target for a stale translation makes it up to
// date: the translator confirmed it ("reviewed", "final"), or changed it and
// said so ("translated") or said nothing (no state).
func confirms(st segmentState, changed bool) bool {
	switch st {
	case stateReviewed:
		return true
	case stateTranslated, stateMissing:
		return changed
	}
	return false
}

// draftIDOf is the draft ID an fgdraft export wrote into a file, or "".
func draftIDOf(f xliffFile) string {
	if id, ok := strings.CutPrefix(f.Original, xliffOriginal); ok && id != "" {
		return id
	}
	for _, m := range f.Meta {
		if m.Type == "draftID" {
			return strings.TrimSpace(m.Value)
		}
	}
	return ""
}

// matchUnmarked accepts a file without fgdraft's draft ID only when it is
// recognisably this draft's: it has units, every unit names a field of the
// draft, and every source is that field's current text or the source its
// translation was made from.
func matchUnmarked(p *forms.Proposal, fields map[string]forms.TextField, units []importUnit, target forms.Lang) error {
	if len(units) == 0 {
		return xliffErr(NoDraftID, "the file does not say which draft it belongs to (it was not exported by fgdraft) and has no units to match against this draft")
	}
	for _, u := range units {
		f, ok := fields[u.path]
		if !ok {
			return xliffErr(NoDraftID, "the file does not say which draft it belongs to (it was not exported by fgdraft), and its unit %q names no field of this draft", draftfile.Clip(u.path))
		}
		old, _ := p.TranslationOf(f, target)
		if u.source != xmlSafe(f.Get()) && (old.Source == "" || u.source != xmlSafe(old.Source)) {
			return xliffErr(TextMismatch, "the file does not say which draft it belongs to (a translation tool removed fgdraft's marks), and the source of %s is not this draft's text: it was made from another draft or another version", u.path)
		}
	}
	return nil
}
