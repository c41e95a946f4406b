package app

import (
	"strings"
	"unicode"

	"fgdraft/forms"
	"fgdraft/text"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wrapText is a read-only wrapped paragraph. It comes in two kinds:
//
//   - interface or document text (newWrapText), in the theme's face, with
//     the paragraph direction given;
//   - text of a language (newLangText), drawn in the bundled face of that
//     language whatever the theme (see translateTheme: the translation view
//     shows a source the interface's face may lack), with the paragraph
//     direction of its first strong letter (UAX #9 P2), so that a Latin
//     name in an Arabic draft stays left to right.
//
// Left-to-right interface text is a wrapped widget.Label: Fyne breaks its
// lines like every other label's. Any other text is broken into lines by the
// export text layer (UAX #14, CJK rules), measured in the face it is drawn
// with, and each line drawn as a canvas.Text; right to left, each line in
// visual order (see visualLines) and right-aligned, so that Latin words and
// numbers inside Arabic sit where a reader expects them. Lines are broken
// again only when the width or the text changes.
type wrapText struct {
	widget.BaseWidget
	text  string
	tf    *exportFonts
	label *widget.Label // left-to-right interface text only; nil otherwise

	sizeName fyne.ThemeSizeName
	style    fyne.TextStyle

	// lang is the language of the text for newLangText, "" for interface
	// text. face is the language whose face draws and measures it (English
	// for Latin text in an Arabic draft), font that face (nil: the theme's);
	// rtl is the direction of the first paragraph, lineRTL that of each
	// broken line's paragraph (text of a language only: each paragraph takes
	// the direction of its own text, text.ParagraphDirection).
	lang  forms.Lang
	fonts *fontSet
	face  forms.Lang
	font  fyne.Resource
	rtl   bool
	// trailing aligns left-to-right text to the right, as a phone number or
	// an English name stands in an Arabic document.
	trailing bool
	// colour is the theme colour the text is drawn in (text-layer text
	// only): the foreground's, or the disabled one's for a quiet note.
	colour fyne.ThemeColorName

	width   float32 // the width the lines were broken for; -1: not yet
	lines   []string
	lineRTL []bool
	objs    []fyne.CanvasObject
}

// newWrapText is interface text of the interface language ui, drawn in the
// theme's face. Chinese and right-to-left text is broken into lines by the
// export text layer (Fyne's own wrapping would put "。" or "）" at the start
// of a line, and cannot order Arabic); other text is a wrapped label.
func newWrapText(s string, ui forms.Lang, tf *exportFonts) *wrapText {
	t := &wrapText{text: s, tf: tf, rtl: ui.RTL(), sizeName: theme.SizeNameText, width: -1}
	if ui.RTL() || ui == forms.Chinese {
		// Measured in the face of the interface's script, the face the
		// theme draws it with.
		t.face = ui
		t.lines = strings.Split(s, "\n")
	} else {
		t.label = widget.NewLabel(s)
		t.label.Wrapping = fyne.TextWrapWord
	}
	t.ExtendBaseWidget(t)
	return t
}

// newNoteText is interface text in ui that names things of the draft
// (supporters, in the support count's note), dimmed: always broken into
// lines by the text layer, in either direction, since a name may be in
// another script — a wrapped label would break the visual order of an
// Arabic name across its lines. Give it logical text, with the names
// isolated (isolateName).
func newNoteText(ui forms.Lang, tf *exportFonts) *wrapText {
	t := &wrapText{tf: tf, rtl: ui.RTL(), sizeName: theme.SizeNameText, width: -1, face: ui, colour: theme.ColorNameDisabled}
	t.ExtendBaseWidget(t)
	return t
}

// newLangText is text in lang, drawn in the bundled face of its script.
func newLangText(s string, lang forms.Lang, fonts *fontSet, tf *exportFonts) *wrapText {
	t := &wrapText{tf: tf, lang: lang, fonts: fonts, sizeName: theme.SizeNameText}
	t.setText(s)
	t.ExtendBaseWidget(t)
	return t
}

// setStyle sets the size and weight of the text; call it before the text is
// shown.
func (t *wrapText) setStyle(size fyne.ThemeSizeName, bold bool) {
	t.sizeName, t.style.Bold = size, bold
	if t.label != nil {
		t.label.SizeName, t.label.TextStyle.Bold = size, bold
	}
	if t.fonts != nil {
		t.font = scriptFont(t.fonts, t.face, bold)
	}
	t.width = -1
}

// setText sets the text and, for text of a language, what follows from it:
// the paragraph direction, and the Latin face for text with no Arabic letter
// in a right-to-left language.
func (t *wrapText) setText(s string) {
	t.text = s
	t.width = -1
	if t.label != nil {
		return
	}
	t.lines = append(t.lines[:0], strings.Split(s, "\n")...) // until broken for a width
	if t.lang == "" {
		return
	}
	d := text.ParagraphDirection(s)
	t.face, t.rtl = t.lang, d == text.RightToLeft || d == text.Neutral && t.lang.RTL()
	switch {
	case t.lang.RTL() && !hasArabic(s):
		t.face = forms.English
	case !t.lang.RTL() && hasArabic(s):
		t.face = forms.Arabic // an Arabic name or paragraph in a draft of another language
	}
	t.font = scriptFont(t.fonts, t.face, t.style.Bold)
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
func (t *wrapText) SetText(s string) {
	if s == t.text {
		return
	}
	t.setText(s)
	if t.label != nil {
		t.label.SetText(s)
		return
	}
	t.Refresh()
}

// Text is the text in logical order.
func (t *wrapText) Text() string { return t.text }

func (t *wrapText) textSize() float32 { return t.Theme().Size(t.sizeName) }

// relayout breaks the text into lines for width.
func (t *wrapText) relayout(width float32) {
	t.width = width
	t.lines = t.lines[:0]
	t.lineRTL = t.lineRTL[:0]
	fonts, err := t.tf.get()
	avail := width - 2*t.Theme().Size(theme.SizeNameInnerPadding)
	if err != nil || avail <= 0 || t.text == "" {
		t.lines = append(t.lines, strings.Split(t.text, "\n")...)
		return
	}
	chain := fonts.Chain(t.face, t.style.Bold)
	if t.face == forms.Arabic {
		// Fyne draws every character of a canvas.Text in the one font of
		// its source, Naskh here: measure Latin letters as they are drawn
		// (the PDF draws them in Noto Sans).
		naskh := fonts.Naskh
		if t.style.Bold {
			naskh = fonts.NaskhBold
		}
		chain = append(text.Chain{naskh}, chain...)
	}
	lines, _ := text.Layout(t.text, float64(avail), text.Style{Chain: chain, Size: float64(t.textSize()),
		RTL: t.rtl, Auto: t.lang != ""})
	for _, ln := range lines {
		if ln.RTL || strings.ContainsFunc(ln.Logical, isRTLLetter) {
			// Right-to-left words in a left-to-right line too: Fyne would
			// move the spaces beside them (see visualLTR).
			t.lines = append(t.lines, visualLines([]text.Line{ln}))
		} else {
			t.lines = append(t.lines, ln.Logical)
		}
		t.lineRTL = append(t.lineRTL, ln.RTL)
	}
}

func (t *wrapText) CreateRenderer() fyne.WidgetRenderer {
	if t.label != nil {
		return &labelTextRenderer{t: t}
	}
	r := &wrapTextRenderer{t: t}
	r.build()
	return r
}

// labelTextRenderer draws left-to-right interface text: the label.
type labelTextRenderer struct{ t *wrapText }

func (r *labelTextRenderer) Layout(s fyne.Size)           { r.t.label.Resize(s) }
func (r *labelTextRenderer) MinSize() fyne.Size           { return r.t.label.MinSize() }
func (r *labelTextRenderer) Refresh()                     { r.t.label.Refresh() }
func (r *labelTextRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t.label} }
func (r *labelTextRenderer) Destroy()                     {}

// wrapTextRenderer draws the broken lines, one canvas.Text each, placed as
// a widget.Label places its lines.
type wrapTextRenderer struct{ t *wrapText }

func (r *wrapTextRenderer) Layout(s fyne.Size) {
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
	y := pad
	for i, o := range t.objs {
		ms := o.MinSize()
		x := pad
		rtl := t.rtl
		if len(t.lineRTL) == len(t.objs) {
			rtl = t.lineRTL[i]
		}
		if rtl || t.trailing {
			x = s.Width - pad - ms.Width
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(ms)
		y += ms.Height
	}
}

// build makes one canvas.Text per line.
func (r *wrapTextRenderer) build() {
	t := r.t
	name := t.colour
	if name == "" {
		name = theme.ColorNameForeground
	}
	col := t.Theme().Color(name, fyne.CurrentApp().Settings().ThemeVariant())
	size := t.textSize()
	t.objs = t.objs[:0]
	for _, l := range t.lines {
		c := canvas.NewText(l, col)
		c.FontSource = t.font
		c.TextSize = size
		c.TextStyle = t.style
		t.objs = append(t.objs, c)
	}
}

func (r *wrapTextRenderer) MinSize() fyne.Size {
	t := r.t
	pad := t.Theme().Size(theme.SizeNameInnerPadding)
	var w, h float32
	for _, o := range t.objs {
		ms := o.MinSize()
		w = max(w, ms.Width)
		h += ms.Height
	}
	// The text wraps to whatever width it gets.
	return fyne.NewSize(min(w+2*pad, 40), h+2*pad)
}

func (r *wrapTextRenderer) Refresh() {
	t := r.t
	if t.width < 0 && t.Size().Width > 0 {
		t.relayout(t.Size().Width)
	}
	r.build()
	r.Layout(t.Size())
	canvas.Refresh(t)
}

func (r *wrapTextRenderer) Objects() []fyne.CanvasObject { return r.t.objs }
func (r *wrapTextRenderer) Destroy()                     {}
