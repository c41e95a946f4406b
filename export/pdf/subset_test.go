package pdf

import (
	"bytes"
	"encoding/binary"
	"testing"

	"fgdraft/export/exporttest"
	"fgdraft/text"
)

// The subset font numbers its glyphs anew; each character still gets the
// glyph it had: the same outline (composite glyphs with their components
// renumbered, pointing at the same outlines) and the same advance width.
func TestSubsetKeepsEachCharactersGlyph(t *testing.T) {
	fs := exporttest.Fonts(t)
	for _, tc := range []struct {
		face *text.Face
		text string
	}{
		{fs.Sans, "Quantum-safe migration, 2027 — “ITU-T” é ü ñ ş Ä Ω ж"},
		{fs.Naskh, "ﺍﻟﻤﺴﺎﻫﻤﺔ ﻳُﻘﺪّﻡ ﺗﻘﻴﻴﺲ ﺇﻧﺸﺎﺀ ةﺓﺔ ﻻﻷﻵﻹ ٠١٢"},
		{fs.SC, "低空智能网联焦点组，研究组。"},
	} {
		cmap := map[rune]uint16{}
		for _, r := range tc.text {
			if g := tc.face.Glyph(r); g != 0 {
				cmap[r] = g
			}
		}
		data, inFile, err := subsetFont(tc.face, cmap)
		if err != nil {
			t.Fatal(err)
		}
		sub, err := text.ParseFace("subset", false, data)
		if err != nil {
			t.Fatalf("%s: the subset does not parse: %v", tc.face.Name(), err)
		}
		if sub.NumGlyphs() != len(inFile) {
			t.Errorf("%s: %d glyphs in the subset, %d numbered", tc.face.Name(), sub.NumGlyphs(), len(inFile))
		}
		composites := 0
		for r, g := range cmap {
			ng := sub.Glyph(r)
			if ng != inFile[g] {
				t.Errorf("%s: %q: the subset's cmap gives glyph %d, the map %d", tc.face.Name(), r, ng, inFile[g])
			}
			if sub.GlyphAdvance(ng) != tc.face.GlyphAdvance(g) {
				t.Errorf("%s: %q: advance %d, was %d", tc.face.Name(), r, sub.GlyphAdvance(ng), tc.face.GlyphAdvance(g))
			}
			composites += sameOutline(t, tc.face, g, sub, ng, inFile)
		}
		t.Logf("%s: %d characters, %d composite glyphs", tc.face.Name(), len(cmap), composites)
	}
}

// sameOutline compares glyph g of face with glyph ng of the subset, going
// into the components of a composite glyph; it returns 1 for a composite.
func sameOutline(t *testing.T, face *text.Face, g uint16, sub *text.Face, ng uint16, inFile map[uint16]uint16) int {
	t.Helper()
	s, e, _ := face.GlyphRange(g)
	ns, ne, _ := sub.GlyphRange(ng)
	a, b := face.Table("glyf")[s:e], sub.Table("glyf")[ns:ne]
	if len(a) < 10 || int16(binary.BigEndian.Uint16(a)) >= 0 {
		if want := appendUnhinted(nil, a); !bytes.Equal(bytes.TrimRight(b, "\x00"), bytes.TrimRight(want, "\x00")) {
			t.Errorf("%s: glyph %d (now %d): outline differs", face.Name(), g, ng)
		}
		return 0
	}
	var comps, newComps []uint16
	eachComponent(a, func(at int) error { comps = append(comps, binary.BigEndian.Uint16(a[at:])); return nil })
	eachComponent(b, func(at int) error { newComps = append(newComps, binary.BigEndian.Uint16(b[at:])); return nil })
	if len(comps) != len(newComps) {
		t.Fatalf("%s: composite glyph %d: %d components, now %d", face.Name(), g, len(comps), len(newComps))
	}
	for i, c := range comps {
		if newComps[i] != inFile[c] {
			t.Errorf("%s: composite glyph %d: component %d is %d, want %d", face.Name(), g, c, newComps[i], inFile[c])
		}
		sameOutline(t, face, c, sub, newComps[i], inFile)
	}
	return 1
}
