package app

import (
	"unicode"

	"fgdraft/export/text"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fonts in the translation view.
//
// The application theme carries the face of the interface language's script
// only (see uiTheme): in Fyne 2.7.1 a theme gives one font per text style,
// and a glyph it lacks is looked up in Fyne's own Latin/Cyrillic face and
// then in the system's fonts. The translation view shows three languages at
// once (interface, source, target), and a machine with no CJK or Arabic
// system font would show a Chinese source under an English interface as
// boxes. So:
//
//   - source text is drawn by scriptText, which sets its canvas.Text lines
//     in the bundled face of the source language (canvas.Text.FontSource:
//     Fyne measures and draws such text with that face, whatever the theme),
//     broken into lines by the export text layer (UAX #14, CJK rules,
//     Arabic in visual order);
//   - the rows are one theme scope (container.ThemeOverride, one for the
//     whole list so that each face is parsed once) in which regular text,
//     that is the translation entries, uses the target language's face and
//     bold text (labels, buttons) the interface language's face. Every other
//     text in a row is bold or a scriptText.

// scriptFont is the bundled face for a language's script.
func scriptFont(fs *fontSet, lang forms.Lang, bold bool) fyne.Resource {
	switch lang {
	case forms.Chinese:
		if bold {
			return fs.sansSCBold
		}
		return fs.sansSC
	case forms.Arabic:
		if bold {
			return fs.naskhBold
		}
		return fs.naskh
	}
	if bold {
		return fs.sansBold
	}
	return fs.sans
}

// translateTheme is the theme of the translation rows: the application's
// theme with regular text in the target's script and bold text in the
// interface's.
type translateTheme struct {
	fyne.Theme
	fonts    *fontSet
	ui, into forms.Lang
}

func (t *translateTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return t.Theme.Font(s)
	}
	if s.Bold {
		return scriptFont(t.fonts, t.ui, true)
	}
	return scriptFont(t.fonts, t.into, false)
}

// scriptText is a read-only wrapping paragraph drawn in the bundled face of
// its language, right-aligned and in visual order when the language is
// Arabic. Lines are broken again only when the width or the text changes.
type scriptText struct {
	widget.BaseWidget
	text  string
	lang  forms.Lang // the language the text is in
	fonts *fontSet
	tf    *exportFonts
	// face is the language whose face draws the text (English for Latin
	// text in an Arabic draft); rtl is the paragraph direction.
	face  forms.Lang
	rtl   bool
	font  fyne.Resource
	color fyne.ThemeColorName

	width float32
	lines []string
	objs  []fyne.CanvasObject
}

func newScriptText(s string, lang forms.Lang, fonts *fontSet, tf *exportFonts) *scriptText {
	t := &scriptText{lang: lang, fonts: fonts, tf: tf, color: theme.ColorNameForeground, width: -1}
	t.setText(s)
	t.ExtendBaseWidget(t)
	return t
}

// setText sets the text and what follows from it: the paragraph direction
// is that of its first strong letter (UAX #9 P2), so that a Latin name in an
// Arabic draft stays left to right; text with no Arabic letter is drawn in
// the Latin face.
func (t *scriptText) setText(s string) {
	t.text = s
	t.face, t.rtl = t.lang, false
	if t.lang.RTL() {
		t.rtl = firstStrongRTL(s)
		if !hasArabic(s) {
			t.face = forms.English
		}
	}
	t.font = scriptFont(t.fonts, t.face, false)
	t.width = -1
}

func firstStrongRTL(s string) bool {
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana):
			return true
		case unicode.IsLetter(r):
			return false
		}
	}
	return false
}

func hasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

// SetText changes the text.
func (t *scriptText) SetText(s string) {
	if s == t.text {
		return
	}
	t.setText(s)
	t.Refresh()
}

// SetColor changes the colour of the text (a theme colour name).
func (t *scriptText) SetColor(c fyne.ThemeColorName) {
	if c == t.color {
		return
	}
	t.color = c
	t.Refresh()
}

// Text is the text in logical order.
func (t *scriptText) Text() string { return t.text }

func (t *scriptText) textSize() float32 { return t.Theme().Size(theme.SizeNameText) }

// relayout breaks the text into lines for width.
func (t *scriptText) relayout(width float32) {
	t.width = width
	t.lines = t.lines[:0]
	if t.text == "" {
		return
	}
	fonts, err := t.tf.get()
	avail := width - 2*t.Theme().Size(theme.SizeNameInnerPadding)
	if err != nil || avail <= 0 {
		t.lines = append(t.lines, t.text)
		return
	}
	lines, _ := text.Layout(t.text, float64(avail), text.Style{Chain: fonts.Chain(t.face, false), Size: float64(t.textSize()), RTL: t.rtl})
	for _, ln := range lines {
		if t.rtl {
			t.lines = append(t.lines, visualLines([]text.Line{ln}))
		} else {
			t.lines = append(t.lines, ln.Logical)
		}
	}
}

func (t *scriptText) CreateRenderer() fyne.WidgetRenderer { return &scriptTextRenderer{t: t} }

type scriptTextRenderer struct{ t *scriptText }

func (r *scriptTextRenderer) lineHeight() float32 {
	t := r.t
	sample := "Mg"
	switch t.face {
	case forms.Chinese:
		sample = "中Mg"
	case forms.Arabic:
		sample = "عMg"
	}
	size, _ := fyne.CurrentApp().Driver().RenderedTextSize(sample, t.textSize(), fyne.TextStyle{}, t.font)
	return size.Height
}

func (r *scriptTextRenderer) Layout(s fyne.Size) {
	t := r.t
	if s.Width != t.width {
		n := len(t.lines)
		t.relayout(s.Width)
		r.build()
		if len(t.lines) != n {
			defer t.Refresh() // the height changed: let the parent lay out again
		}
	}
	pad := t.Theme().Size(theme.SizeNameInnerPadding)
	lh := r.lineHeight()
	y := pad
	for _, o := range t.objs {
		txt := o.(*canvas.Text)
		ms := txt.MinSize()
		x := pad
		if t.rtl {
			x = s.Width - pad - ms.Width
		}
		txt.Move(fyne.NewPos(x, y))
		txt.Resize(fyne.NewSize(ms.Width, lh))
		y += lh
	}
}

// build makes one canvas.Text per line.
func (r *scriptTextRenderer) build() {
	t := r.t
	th := t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	col := th.Color(t.color, v)
	t.objs = t.objs[:0]
	for _, l := range t.lines {
		c := canvas.NewText(l, col)
		c.FontSource = t.font
		c.TextSize = t.textSize()
		t.objs = append(t.objs, c)
	}
}

func (r *scriptTextRenderer) MinSize() fyne.Size {
	t := r.t
	pad := t.Theme().Size(theme.SizeNameInnerPadding)
	n := len(t.lines)
	if t.width < 0 && t.text != "" {
		n = 1 // not laid out yet
	}
	return fyne.NewSize(40, float32(n)*r.lineHeight()+2*pad)
}

func (r *scriptTextRenderer) Refresh() {
	t := r.t
	if t.width < 0 && t.Size().Width > 0 {
		t.relayout(t.Size().Width)
	}
	r.build()
	r.Layout(t.Size())
	canvas.Refresh(t)
}

func (r *scriptTextRenderer) Objects() []fyne.CanvasObject { return r.t.objs }
func (r *scriptTextRenderer) Destroy()                     {}
