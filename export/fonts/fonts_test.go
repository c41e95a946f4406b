package fonts

import (
	"testing"

	"fgdraft/assets"
	"fgdraft/text"
)

// Every bundled face parses, those Load leaves for later included (a face
// that did not would panic on its first use).
func TestBundledFacesParse(t *testing.T) {
	for _, name := range []string{"NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold", "NotoSansSC-Regular"} {
		font, err := assets.FontNamed(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := text.ParseFace(font.Name, font.Bold, font.Data); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// A face parsed on first use answers as one parsed at once.
func TestLazyFacesAnswerAsParsedOnes(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	font, err := assets.FontNamed("NotoSansSC-Regular")
	if err != nil {
		t.Fatal(err)
	}
	eager, err := text.ParseFace(font.Name, font.Bold, font.Data)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "中文A，" {
		if s.SC.Glyph(r) != eager.Glyph(r) || s.SC.Advance(r) != eager.Advance(r) {
			t.Errorf("%q: lazy glyph %d advance %d, parsed %d %d", r, s.SC.Glyph(r), s.SC.Advance(r), eager.Glyph(r), eager.Advance(r))
		}
	}
	if s.SC.Ascent() != eager.Ascent() || s.SC.NumGlyphs() != eager.NumGlyphs() {
		t.Error("lazy metrics differ")
	}
}

// A lazy face whose data is no font says so, by name, on first use.
func TestLazyFaceOfNoFontPanics(t *testing.T) {
	f := text.LazyFace("Broken", false, []byte("not a font"))
	defer func() {
		if r := recover(); r == nil {
			t.Error("no panic")
		}
	}()
	f.Has('a')
}
