package app

import (
	"image/color"
	"math"
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// relativeLuminance is WCAG 2's relative luminance of c.
func relativeLuminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := relativeLuminance(a), relativeLuminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Item 10: help text (low-importance labels, drawn in the disabled colour)
// reads at 4.5:1 or more on the background, in the dark and light variants,
// and stays dimmer than ordinary text.
func TestHelpTextContrast(t *testing.T) {
	th := newUITheme(newFontSet(), forms.English)
	for _, v := range []fyne.ThemeVariant{theme.VariantDark, theme.VariantLight} {
		bg := th.Color(theme.ColorNameBackground, v)
		help := th.Color(theme.ColorNameDisabled, v)
		fg := th.Color(theme.ColorNameForeground, v)
		if c := contrast(help, bg); c < 4.5 {
			t.Errorf("variant %d: help text contrast %.2f:1", v, c)
		}
		if contrast(help, bg) >= contrast(fg, bg) {
			t.Errorf("variant %d: help text is as strong as ordinary text", v)
		}
	}
}
