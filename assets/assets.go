// Package assets embeds what the program ships: fonts, the icon and the
// bundled example draft.
package assets

import (
	_ "embed"
	"fmt"
)

// Font files, embedded. Parse them once per process (see text/).
var (
	//go:embed fonts/NotoSans-Regular.ttf
	NotoSansRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	NotoSansBold []byte
	//go:embed fonts/NotoNaskhArabic-Regular.ttf
	NotoNaskhArabicRegular []byte
	//go:embed fonts/NotoNaskhArabic-Bold.ttf
	NotoNaskhArabicBold []byte
	//go:embed fonts/NotoSansSC-Regular.ttf
	NotoSansSCRegular []byte
	//go:embed fonts/NotoSansSC-Bold.ttf
	NotoSansSCBold []byte
)

// Example is the bundled example draft (a copy of
// examples/fg-example-en.json), opened on first run; read it with draftfile.Decode.
//
//go:embed example.json
var Example []byte

// Font is one embedded font face.
type Font struct {
	Name string // e.g. "NotoSans-Regular"
	Bold bool
	Data []byte
}

// Fonts lists the embedded faces in fallback order: Latin and Cyrillic first,
// then Arabic, then Chinese.
func Fonts() []Font {
	return []Font{
		{"NotoSans-Regular", false, NotoSansRegular},
		{"NotoSans-Bold", true, NotoSansBold},
		{"NotoNaskhArabic-Regular", false, NotoNaskhArabicRegular},
		{"NotoNaskhArabic-Bold", true, NotoNaskhArabicBold},
		{"NotoSansSC-Regular", false, NotoSansSCRegular},
		{"NotoSansSC-Bold", true, NotoSansSCBold},
	}
}

// FontNamed returns the embedded face with that name.
func FontNamed(name string) (Font, error) {
	for _, f := range Fonts() {
		if f.Name == name {
			return f, nil
		}
	}
	return Font{}, fmt.Errorf("no embedded font named %q", name)
}
