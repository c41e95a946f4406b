// Package fonts holds the bundled faces, parsed once per process, and the
// fallback chain of each document language. Every renderer that measures or
// draws text (the PDF, the GUI's text) takes its faces from here.
package fonts

import (
	"errors"

	"fgdraft/assets"
	"fgdraft/forms"
	"fgdraft/text"
)

// Set is the embedded faces, read-only after Load and safe for concurrent use.
type Set struct {
	Sans, SansBold   *text.Face
	Naskh, NaskhBold *text.Face
	SC               *text.Face
}

// Load parses the embedded fonts. Call it once and share the result.
//
// Noto Sans, in every document, is parsed now; the others only when a
// document asks for a glyph of theirs (text.LazyFace): an English export
// never reads the Chinese font's character map, a millisecond's work.
// TestBundledFacesParse makes sure they all can be.
func Load() (*Set, error) {
	var s Set
	for _, f := range []struct {
		dst  **text.Face
		name string
		lazy bool
	}{
		{&s.Sans, "NotoSans-Regular", false}, {&s.SansBold, "NotoSans-Bold", true},
		{&s.Naskh, "NotoNaskhArabic-Regular", true}, {&s.NaskhBold, "NotoNaskhArabic-Bold", true},
		{&s.SC, "NotoSansSC-Regular", true},
	} {
		font, err := assets.FontNamed(f.name)
		if err != nil {
			return nil, err
		}
		if f.lazy {
			*f.dst = text.LazyFace(font.Name, font.Bold, font.Data)
			continue
		}
		face, err := text.ParseFace(font.Name, font.Bold, font.Data)
		if err != nil {
			return nil, err
		}
		*f.dst = face
	}
	return &s, nil
}

// Check parses the faces a document in lang draws with, regular and bold,
// if they have not been yet, and tells why one cannot be: a renderer calls
// it before it measures any text, so that a broken font is an error it
// returns, not a document silently without its glyphs.
func (s *Set) Check(lang forms.Lang) error {
	var errs []error
	for _, bold := range []bool{false, true} {
		for _, f := range s.Chain(lang, bold) {
			if err := f.Err(); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// Chain is the fallback chain for text in a document of language lang:
// the language's own font first, except in Arabic, where Noto Sans comes
// first as for the European languages. Noto Naskh Arabic also has Latin
// letters, but its full stop and colon sit low, as Arabic punctuation does:
// Latin words, e-mail addresses and codes in an Arabic document are drawn in
// the Latin face, with their own punctuation (the text layer gives
// punctuation the face of its run), and Arabic letters, which Noto Sans
// lacks, fall to Naskh. Bold Chinese uses the regular face, drawn
// emboldened (stroked): the bold face would add some 40 KB to every Chinese
// export for a few headings and labels.
func (s *Set) Chain(lang forms.Lang, bold bool) text.Chain {
	sans, naskh, sc := s.Sans, s.Naskh, s.SC
	if bold {
		sans, naskh = s.SansBold, s.NaskhBold
	}
	switch lang {
	case forms.Chinese:
		return text.Chain{sc, sans, naskh}
	}
	return text.Chain{sans, naskh, sc}
}
