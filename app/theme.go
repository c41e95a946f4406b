package app

import (
	"image/color"

	"fgdraft/assets"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// fontSet is the bundled faces, wrapped once as Fyne resources. Fyne falls
// back per character: a glyph the theme font lacks is looked up in Fyne's own
// font (Latin, Cyrillic, Greek) and then in the system's fonts. The theme font
// is therefore the face of the interface language's script, so that this
// script renders on a machine with no CJK or Arabic fonts installed.
type fontSet struct {
	sans, sansBold     fyne.Resource
	naskh, naskhBold   fyne.Resource
	sansSC, sansSCBold fyne.Resource
}

func newFontSet() *fontSet {
	r := func(name string, data []byte) fyne.Resource { return fyne.NewStaticResource(name, data) }
	return &fontSet{
		sans:       r("NotoSans-Regular.ttf", assets.NotoSansRegular),
		sansBold:   r("NotoSans-Bold.ttf", assets.NotoSansBold),
		naskh:      r("NotoNaskhArabic-Regular.ttf", assets.NotoNaskhArabicRegular),
		naskhBold:  r("NotoNaskhArabic-Bold.ttf", assets.NotoNaskhArabicBold),
		sansSC:     r("NotoSansSC-Regular.ttf", assets.NotoSansSCRegular),
		sansSCBold: r("NotoSansSC-Bold.ttf", assets.NotoSansSCBold),
	}
}

// uiTheme is Fyne's default theme with the fonts of the interface language.
type uiTheme struct {
	base  fyne.Theme
	fonts *fontSet
	lang  forms.Lang
}

func newUITheme(fonts *fontSet, lang forms.Lang) *uiTheme {
	return &uiTheme{base: theme.DefaultTheme(), fonts: fonts, lang: lang}
}

func (t *uiTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return t.base.Font(s)
	}
	switch t.lang {
	case forms.Chinese:
		if s.Bold {
			return t.fonts.sansSCBold
		}
		return t.fonts.sansSC
	case forms.Arabic:
		if s.Bold {
			return t.fonts.naskhBold
		}
		return t.fonts.naskh
	}
	if s.Bold {
		return t.fonts.sansBold
	}
	return t.fonts.sans
}

// Color is the default theme's, but for the colour of low-importance text
// (hints, word counts, notes), which Fyne draws in its disabled colour:
// #39393a on #171718 in the dark variant, #e3e3e3 on white in the light
// one, too faint to read. These greys have a contrast of at least 4.5:1
// with the background (WCAG 2 AA for text) and stay dimmer than the
// foreground; disabled buttons and entries take them too.
func (t *uiTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		if v == theme.VariantLight {
			return readableLightGrey
		}
		return readableDarkGrey
	}
	return t.base.Color(n, v)
}

var (
	readableDarkGrey  = color.NRGBA{R: 0x94, G: 0x94, B: 0x96, A: 0xff}
	readableLightGrey = color.NRGBA{R: 0x6e, G: 0x6e, B: 0x70, A: 0xff}
)

func (t *uiTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

func (t *uiTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base.Size(n)
	// Naskh's letters are small for their line height; one point more reads
	// like the Latin faces at the default size.
	if t.lang == forms.Arabic && (n == theme.SizeNameText || n == theme.SizeNameSubHeadingText || n == theme.SizeNameHeadingText) {
		s++
	}
	return s
}
