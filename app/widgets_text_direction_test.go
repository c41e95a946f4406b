package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"fgdraft/forms"
)

// Text of a language takes, paragraph by paragraph, the direction of its own
// text: an Arabic paragraph in an English draft is set right to left in the
// Arabic face and aligned right; an English paragraph after it stays left.
func TestLangTextParagraphDirection(t *testing.T) {
	test.NewTempApp(t)
	fonts := newFontSet()
	s := newLangText("تقترح شركة Huaxin إنشاء الفريق.\nThe English paragraph.", forms.English, fonts, &exportFonts{})
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(500, 200))
	s.Resize(fyne.NewSize(480, 120))
	s.Refresh()
	if !s.rtl || s.font != fonts.naskh {
		t.Fatalf("Arabic paragraph in an English draft: rtl %v, font %s", s.rtl, s.font.Name())
	}
	if len(s.lineRTL) != 2 || !s.lineRTL[0] || s.lineRTL[1] {
		t.Fatalf("line directions %v, want [true false]", s.lineRTL)
	}
	pad := s.Theme().Size("innerPadding")
	ar, en := s.objs[0], s.objs[1]
	if right := ar.Position().X + ar.Size().Width; right < s.Size().Width-pad-1 || ar.Position().X <= pad {
		t.Errorf("Arabic line at %.0f–%.0f in %.0f: not aligned right", ar.Position().X, right, s.Size().Width)
	}
	if en.Position().X != pad {
		t.Errorf("English line at %.0f, want the left edge %.0f", en.Position().X, pad)
	}
}
