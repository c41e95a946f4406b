package assets

import _ "embed"

// Icon is the application icon, a 256×256 PNG: the window's icon and the
// source of the packages' icons.
//
//go:embed icon.png
var Icon []byte

var (
	//go:embed fonts/NotoSans-COPYRIGHT.txt
	notoSansLicence string
	//go:embed fonts/NotoNaskhArabic-OFL.txt
	notoNaskhArabicLicence string
	//go:embed fonts/NotoSansSC-OFL.txt
	notoSansSCLicence string
)

// FontFamily is one bundled font family and the licence it comes under.
type FontFamily struct {
	Name    string // e.g. "Noto Sans"
	Licence string // the licence file shipped beside the fonts, verbatim
}

// FontFamilies lists the bundled font families with their licences, in the
// order of Fonts. All are under the SIL Open Font License 1.1, which asks that
// the licence travel with the fonts: the About box shows these texts.
func FontFamilies() []FontFamily {
	return []FontFamily{
		{"Noto Sans", notoSansLicence},
		{"Noto Naskh Arabic", notoNaskhArabicLicence},
		{"Noto Sans SC", notoSansSCLicence},
	}
}
