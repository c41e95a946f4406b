package fonts

import (
	"strings"
	"testing"

	"fgdraft/assets"
	"fgdraft/forms"
	"fgdraft/text"
)

// Every bundled face parses, those Load leaves for later included (a face
// that did not would make every export in its language fail).
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

// A lazy face whose data is no font says so, by name, on first use, and
// covers nothing; it never panics (issue 23, item 9: the first use may be in
// the GUI's background export). Check reports it for the languages that
// draw with it.
func TestLazyFaceOfNoFontIsAnError(t *testing.T) {
	t.Parallel()
	f := text.LazyFace("Broken", false, []byte("not a font"))
	if f.Has('a') || f.Glyph('a') != 0 || f.Advance('a') != 0 || f.Width("abc", 10) != 0 || f.NumGlyphs() != 0 || f.Table("glyf") != nil {
		t.Error("a face that cannot be parsed covers or measures something")
	}
	if err := f.Err(); err == nil || !strings.Contains(err.Error(), "Broken") {
		t.Errorf("Err() = %v, want the font named", err)
	}
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Check(forms.Chinese); err != nil {
		t.Fatalf("the bundled fonts: %v", err)
	}
	s.SC = f
	if err := s.Check(forms.Chinese); err == nil || !strings.Contains(err.Error(), "Broken") {
		t.Errorf("Check(zh) with a broken Chinese face: %v", err)
	}
}
