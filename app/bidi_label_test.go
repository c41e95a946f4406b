package app

import (
	"image"
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Item 11: in labels with Latin and Arabic words, every space survives at
// the direction changes. The labels are drawn by Fyne's software painter
// and the blank columns between words counted: a space moved to the end of
// an Arabic word glues two words and loses a gap.
func TestMixedDirectionLabelsKeepTheirSpaces(t *testing.T) {
	a := test.NewTempApp(t)
	fonts := newFontSet()
	a.Settings().SetTheme(newUITheme(fonts, forms.Arabic))
	cat := stepCatalog()
	var tf exportFonts
	// Three spaces each, two of them at a direction change.
	const latinFirst = "Open Alliance تعمل على"
	const arabicFirst = "تعمل منذ 2020 فيه" // no letter that leaves a gap inside a word
	cases := []struct {
		name string
		obj  fyne.CanvasObject
	}{
		{"English interface label, Latin first", bigLabel(uiText(cat.In(forms.English), latinFirst))},
		{"English interface label, Arabic first", bigLabel(uiText(cat.In(forms.English), arabicFirst))},
		{"Arabic interface label, Latin first", bigLabel(uiText(cat.In(forms.Arabic), latinFirst))},
		{"Arabic interface label, Arabic first", bigLabel(uiText(cat.In(forms.Arabic), arabicFirst))},
		{"Arabic source, Latin first", bigLangText(latinFirst, forms.Arabic, fonts, &tf)},
		{"Arabic source, Arabic first", bigLangText(arabicFirst, forms.Arabic, fonts, &tf)},
		{"English source with Arabic", bigLangText(arabicFirst, forms.English, fonts, &tf)},
	}
	for _, c := range cases {
		w := test.NewTempWindow(t, container.NewVBox(c.obj))
		w.Resize(fyne.NewSize(700, 120))
		w.Content().Refresh()
		img := w.Canvas().Capture()
		if got := wordGaps(img, c.obj); got != 3 {
			t.Errorf("%s: %d gaps between words, want one per space", c.name, got)
		}
	}
}

func bigLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.SizeName = theme.SizeNameHeadingText
	return l
}

func bigLangText(s string, lang forms.Lang, fonts *fontSet, tf *exportFonts) *wrapText {
	t := newLangText(s, lang, fonts, tf)
	t.setStyle(theme.SizeNameHeadingText, false)
	t.setText(s)
	return t
}

// wordGaps counts the runs of at least four blank pixel columns between the
// first and the last inked column of obj's area in img.
func wordGaps(img image.Image, obj fyne.CanvasObject) int {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(obj)
	size := obj.Size()
	bg := img.At(int(pos.X)+1, int(pos.Y)+1)
	br, bgG, bb, _ := bg.RGBA()
	inked := func(x int) bool {
		for y := int(pos.Y); y < int(pos.Y+size.Height); y++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if diff(r, br)+diff(g, bgG)+diff(b, bb) > 3*0x3000 {
				return true
			}
		}
		return false
	}
	gaps, blank, seen := 0, 0, false
	for x := int(pos.X); x < int(pos.X+size.Width); x++ {
		if inked(x) {
			if seen && blank >= 4 {
				gaps++
			}
			seen, blank = true, 0
		} else {
			blank++
		}
	}
	return gaps
}

func diff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}
