package bidientry

import (
	"strings"

	"fyne.io/fyne/v2"
)

// fontMeasure measures text with the driver, in the font, size and style the
// entry draws it with. Widths are cached: a keystroke re-measures only the
// pieces it changed.
type fontMeasure struct {
	font  fyne.Resource // nil: the theme's
	size  float32
	style fyne.TextStyle
	adv   map[rune]float32
	piece map[string]float32
	// height is the line height, once measured.
	height float32
}

// pieceCacheLimit bounds the cache of piece widths; it is emptied when full.
const pieceCacheLimit = 4096

func newFontMeasure(font fyne.Resource, size float32, style fyne.TextStyle) *fontMeasure {
	return &fontMeasure{font: font, size: size, style: style, adv: map[rune]float32{}, piece: map[string]float32{}}
}

func (f *fontMeasure) same(font fyne.Resource, size float32, style fyne.TextStyle) bool {
	return f.font == font && f.size == size && f.style == style
}

func (f *fontMeasure) measure(s string) fyne.Size {
	sz, _ := fyne.CurrentApp().Driver().RenderedTextSize(s, f.size, f.style, f.font)
	return sz
}

// Advance implements Measurer.
func (f *fontMeasure) Advance(r rune) float32 {
	if w, ok := f.adv[r]; ok {
		return w
	}
	var w float32
	switch {
	case r == '\t':
		w = 4 * f.Advance(' ')
	case r < ' ':
		w = 0
	default:
		w = f.measure(string(r)).Width
	}
	f.adv[r] = w
	return w
}

// Width implements Measurer.
func (f *fontMeasure) Width(s string) float32 {
	if w, ok := f.piece[s]; ok {
		return w
	}
	if len(f.piece) >= pieceCacheLimit {
		clear(f.piece)
	}
	w := f.measure(drawable(s)).Width
	f.piece[s] = w
	return w
}

// lineHeight is the height of a line of text in the font.
func (f *fontMeasure) lineHeight() float32 {
	if f.height == 0 {
		f.height = f.measure("Ág عجل").Height
	}
	return f.height
}

// drawable is s as handed to a text object: tabs as spaces.
func drawable(s string) string {
	if strings.ContainsRune(s, '\t') {
		return strings.ReplaceAll(s, "\t", "    ")
	}
	return s
}
