package export

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/internal/atomicfile"
	"fgdraft/internal/filename"
	"fgdraft/locales"
)

// Format is a file format of the contribution.
type Format string

// The formats a contribution is written in.
const (
	PDF  Format = "pdf"
	DOCX Format = "docx"
)

// Renderer writes a document in one file format. Renderers are made once
// per process and are safe for concurrent use.
type Renderer interface {
	Format() Format
	// Covers tells whether a character of the proposer's text can be
	// written in a document in lang, so that export refuses, by field, a
	// text the file could not hold.
	Covers(lang forms.Lang) func(rune) bool
	// Write writes doc in the renderer's format to w as it is set, so that
	// a document of thousands of pages is never whole in memory. Nothing
	// written is of use when it returns an error.
	Write(w io.Writer, doc Document) error
}

// FontChecker is a Renderer whose fonts are read on first use: CheckFonts
// reads those of a document in lang and tells why one cannot be. The export
// asks before it checks the draft's characters against the fonts (a font
// that cannot be read covers nothing, and every character would be refused
// for want of it).
type FontChecker interface {
	CheckFonts(lang forms.Lang) error
}

// Result says what an export wrote besides the file.
type Result struct {
	// Untranslated are the paths of the non-empty free-text fields printed in
	// the draft's own language for want of a translation.
	Untranslated []string
	// Errors counts the A.7 errors; when not zero the file carries the draft mark.
	Errors int
}

// Contribution builds the contribution in lang and renders it with r; the
// draft itself travels inside (Document.Draft).
// Characters of the proposer's text that r cannot write are refused, by
// field, with a *MissingGlyphsError, before anything is rendered.
func Contribution(p *forms.Proposal, lang forms.Lang, cat *locales.Catalog, r Renderer, opt a7.Options) ([]byte, Result, error) {
	return inMemory(p, nil, lang, cat, r, opt)
}

// Revision is Contribution for a revision of the filed contribution whose
// draft is filed: the document carries revision marks against the filed
// version's document, built from filed in the same language for the same
// day (MarkRevision). The revision number printed is p's
// (Contribution.Revision): the caller raises it.
func Revision(p, filed *forms.Proposal, lang forms.Lang, cat *locales.Catalog, r Renderer, opt a7.Options) ([]byte, Result, error) {
	return inMemory(p, filed, lang, cat, r, opt)
}

// inMemory renders the contribution (a revision when filed is not nil)
// into memory: what Contribution and Revision return.
func inMemory(p, filed *forms.Proposal, lang forms.Lang, cat *locales.Catalog, r Renderer, opt a7.Options) ([]byte, Result, error) {
	doc, res, err := contribution(p, filed, lang, cat, r, opt)
	if err != nil {
		return nil, Result{}, err
	}
	b, err := Render(r, doc)
	if err != nil {
		return nil, Result{}, err
	}
	return b, res, nil
}

// Render is r's document in memory: what r writes (Renderer.Write) for a
// caller that needs the bytes, not a file.
func Render(r Renderer, doc Document) ([]byte, error) {
	var b bytes.Buffer
	if err := r.Write(&b, doc); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// contribution builds the document r renders of the contribution, with
// the draft inside, once the draft's characters are known to be writable.
func contribution(p, filed *forms.Proposal, lang forms.Lang, cat *locales.Catalog, r Renderer, opt a7.Options) (Document, Result, error) {
	opt.ExportLang = lang
	if fc, ok := r.(FontChecker); ok {
		if err := fc.CheckFonts(lang); err != nil {
			return Document{}, Result{}, err
		}
	}
	lp, untranslated := p.Localized(lang) // once: for the character checks, then the document
	// a control character or non-character (draftfile.Forbidden) is
	// refused like a character no font has, never dropped by a renderer
	covers := r.Covers(lang)
	if err := fieldGlyphs(p, lp, lang, r.Format(), func(c rune) bool { return covers(c) && !draftfile.Forbidden(c) }); err != nil {
		return Document{}, Result{}, err
	}
	// the document shows no hidden characters (text.hidden-characters):
	// overrides, embeddings, isolates, zero-width and tag characters
	// typed into the draft are left out of it, so that a word processor
	// cannot draw "RLO elif ot ydaer" as "ready to file"; the isolates the
	// renderers add around mixed-direction runs are their own
	doc := build(p, withoutHidden(lp), lang, cat, opt)
	if filed != nil {
		// the filed version's text went through these checks when it was
		// filed; its characters a renderer cannot write are left to it
		flp, _ := filed.Localized(lang)
		doc = MarkRevision(build(filed, withoutHidden(flp), lang, cat, opt), doc)
	}
	draft, err := draftfile.Encode(p)
	if err != nil {
		return Document{}, Result{}, fmt.Errorf("export: encoding the draft to carry inside the %s: %w", strings.ToUpper(string(r.Format())), err)
	}
	doc.Draft = draft
	doc.DraftName = DraftFileName(p)
	res := Result{Untranslated: untranslated}
	for _, f := range doc.Findings { // the findings the file shows: counted, not checked again
		if f.Severity == a7.Error {
			res.Errors++
		}
	}
	return doc, res, nil
}

// withoutHidden is p, or a copy of it whose text (and translations) holds
// no hidden character (a7.HiddenCharacter).
func withoutHidden(p *forms.Proposal) *forms.Proposal {
	hidden := func(s string) bool { return strings.ContainsFunc(s, a7.HiddenCharacter) }
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if a7.HiddenCharacter(r) {
				return -1
			}
			return r
		}, s)
	}
	found := false
	for _, fields := range [][]forms.TextField{p.TextFields(), p.PrintedVerbatim()} {
		for _, f := range fields {
			found = found || hidden(f.Get())
		}
	}
	for _, byPath := range p.Translations {
		for _, t := range byPath {
			found = found || hidden(t.Text)
		}
	}
	if !found {
		return p
	}
	q := p.Clone()
	for _, fields := range [][]forms.TextField{q.TextFields(), q.PrintedVerbatim()} {
		for _, f := range fields {
			f.Set(strip(f.Get()))
		}
	}
	for _, byPath := range q.Translations {
		for path, t := range byPath {
			t.Text = strip(t.Text)
			byPath[path] = t
		}
	}
	return q
}

// WriteFile exports the contribution in lang to path, replacing an existing
// file atomically: the file is either the old one or the complete new one.
func WriteFile(path string, p *forms.Proposal, lang forms.Lang, cat *locales.Catalog, r Renderer, opt a7.Options) (Result, error) {
	return WriteRevision(path, p, nil, lang, cat, r, opt)
}

// WriteRevision is WriteFile for a revision of the contribution whose draft
// is filed (see Revision); a nil filed writes the contribution unmarked.
func WriteRevision(path string, p, filed *forms.Proposal, lang forms.Lang, cat *locales.Catalog, r Renderer, opt a7.Options) (Result, error) {
	doc, res, err := contribution(p, filed, lang, cat, r, opt)
	if err != nil {
		return Result{}, err
	}
	// temporaries an export killed midway left here: a contribution is
	// made again from its draft at will, so they are removed, not kept
	if left, err := atomicfile.Leftovers(path); err == nil {
		for _, l := range left {
			os.Remove(l.Path)
		}
	}
	// the file is written while the pages are set: a long document is
	// never whole in memory
	var renderErr error // a text the renderer refused, told as it is, not as a file error
	err = atomicfile.WriteFunc(path, 0o644, func(w io.Writer) error {
		renderErr = r.Write(w, doc)
		return renderErr
	})
	if renderErr != nil {
		return Result{}, renderErr
	}
	if err != nil {
		return Result{}, err
	}
	return res, nil
}

// FileName is the default name of the file of a draft in lang and format,
// built from the focus group's acronym, the parent group and the language:
// "FG-NetDT_SG13_fr.pdf". Characters that are awkward in file names are
// replaced, the pieces are capped in length and a name Windows reserves is
// avoided, so that the name works on every system (see internal/filename).
func FileName(p *forms.Proposal, lang forms.Lang, f Format) string {
	acronym := filename.Part(p.FocusGroup.Acronym)
	if acronym == "" {
		acronym = "focus-group-proposal"
	}
	return filename.Join(string(f), acronym, filename.Part(p.Contribution.ParentGroup.Short()), string(lang))
}

// DraftFileName is the name of the draft carried inside a contribution
// file: the acronym's, "FG-QSM.json".
func DraftFileName(p *forms.Proposal) string {
	name := filename.Part(p.FocusGroup.Acronym)
	if name == "" {
		name = "focus-group-proposal"
	}
	return filename.Join("json", name)
}
