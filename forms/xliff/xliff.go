// Package xliff exchanges a draft's free text with translators as XLIFF 2.0:
// Export writes the fields to translate, Import applies a translator's file
// back as translations, and Error with its Problem says, by kind, why a file
// is refused.
//
// Export writes one <file> whose original attribute is "fgdraft:" + the
// draft ID, with the draft ID also in a metadata element (module
// urn:oasis:names:tc:xliff:metadata:2.0), one <group> per wizard step and one
// <unit> per non-empty free-text field. XLIFF 2.0 requires unit and group ids
// to be NMTOKENs, which may not contain '[' or ']', so a unit's id is the
// field path with list indices written as dotted numbers
// ("gapAnalysis.entries.2.gap") and its name attribute is the exact field
// path ("gapAnalysis.entries[2].gap"). Import reads the name, or the id when a
// tool dropped the name.
//
// Import refuses a file that is not XLIFF 2.0, was exported from another
// draft, or translates from or into another language. Units are matched by
// field path. A non-empty target is applied; when the unit's source no longer
// equals the field's current text, the translation is applied but kept stale
// (its recorded source is the file's source, so the GUI flags it for review)
// and reported in ImportResult.Stale — unless the draft already holds an
// up-to-date translation of that field, which a stale one never replaces.
// Missing units and empty targets leave existing translations alone.
package xliff

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

const (
	xliffNS       = "urn:oasis:names:tc:xliff:document:2.0"
	xliffMetaNS   = "urn:oasis:names:tc:xliff:metadata:2.0"
	xliffOriginal = "fgdraft:"
	// MaxSize is the largest XLIFF file an import reads, in bytes.
	MaxSize = 64 << 20
)

// Export writes the proposal's free text as an XLIFF 2.0 document to be
// translated from p.Language into target. Existing translations are included
// as targets (state "translated", or "initial" when stale). A proposal with
// no ID is given one (see EnsureID); save it so that the import recognises it.
func Export(p *forms.Proposal, target forms.Lang, draftID string) ([]byte, error) {
	if !p.Language.Valid() {
		return nil, exportErr(BadDraft, "", "the draft's language %q is not one of the six ITU languages", p.Language)
	}
	if !target.Valid() {
		return nil, exportErr(NoTarget, target, "unknown target language %q", target)
	}
	if target == p.Language {
		return nil, exportErr(OwnLanguage, target, "the draft is already written in %s", target)
	}
	if draftID == "" {
		draftID = p.EnsureID()
	}
	if !draftfile.ValidID(draftID) {
		return nil, exportErr(BadDraft, "", "invalid draft ID %q", draftID)
	}

	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, `<xliff xmlns="%s" xmlns:mda="%s" version="2.0" srcLang="%s" trgLang="%s">`+"\n",
		xliffNS, xliffMetaNS, p.Language, target)
	fmt.Fprintf(&b, `  <file id="f1" original="%s%s">`+"\n", xliffOriginal, draftID)
	b.WriteString("    <mda:metadata>\n      <mda:metaGroup category=\"fgdraft\">\n")
	fmt.Fprintf(&b, "        <mda:meta type=\"draftID\">%s</mda:meta>\n", draftID)
	fmt.Fprintf(&b, "        <mda:meta type=\"format\">%d</mda:meta>\n", draftfile.FormatVersion)
	if a := p.FocusGroup.Acronym; a != "" {
		fmt.Fprintf(&b, "        <mda:meta type=\"acronym\">%s</mda:meta>\n", xmlText(a))
	}
	b.WriteString("      </mda:metaGroup>\n    </mda:metadata>\n")
	b.WriteString("    <notes>\n")
	fmt.Fprintf(&b, "      <note category=\"fgdraft\">Free text of the focus-group proposal %s, to be translated from %s into %s. Each unit is one field of the draft; its name is the field path. Keep the unit ids: fgdraft imports the targets by them and refuses a file from another draft.</note>\n",
		xmlText(strconv.Quote(p.FocusGroup.Name)), p.Language, target)
	b.WriteString("    </notes>\n")

	fields := p.TextFields()
	// One policy for characters (draftfile.ForbiddenRune): a text a draft
	// file may not hold is refused, naming its field, not carried as U+FFFD
	// that the import would then write back over the draft.
	for _, f := range fields {
		if err := draftfile.CheckString(f.Path, f.Get()); err != nil {
			return nil, fmt.Errorf("xliff export: %w", err)
		}
		if t, st := p.TranslationOf(f, target); st == forms.Translated || st == forms.Stale {
			if err := draftfile.CheckString(f.Path, t.Text); err != nil {
				return nil, fmt.Errorf("xliff export: the translation into %s: %w", target, err)
			}
		}
	}
	for _, step := range forms.Steps() {
		opened := false
		for _, f := range fields {
			if f.Step != step || forms.Blank(f.Get()) {
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
			case forms.Translated:
				b.WriteString("        <segment state=\"translated\">\n")
			default:
				b.WriteString("        <segment state=\"initial\">\n")
			}
			fmt.Fprintf(&b, "          <source xml:space=\"preserve\">%s</source>\n", xmlText(src))
			if st == forms.Translated || st == forms.Stale {
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
