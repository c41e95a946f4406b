package app

import (
	"strings"
	"unicode"

	"fgdraft/text"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// diffLines is the text a Word file proposes with the words changed from
// the draft's marked (inserted: bold in the success colour; deleted:
// italic in the error colour, where they were), for text with
// right-to-left words. Fyne's rich text places its segments left to right
// and wraps a right-to-left paragraph from the left, so that its lines
// read bottom first; here the lines are broken between words for the
// width, the first on top, and each line's words are set in visual order
// (visualWords), right-aligned in a right-to-left paragraph.
type diffLines struct {
	widget.BaseWidget
	// words is the text in logical order, a word or a space each; a line
	// break is a word "\n".
	words []diffWord
	rtl   bool          // the paragraph's direction
	font  fyne.Resource // for text with Arabic letters: the bundled face (nil: the theme's)
	bold  fyne.Resource

	width float32 // the width the lines were broken for; -1: not yet
	lines [][]diffWord
}

// diffWord is a word, or a space, and what the Word file did to it.
type diffWord struct {
	op text.DiffOp
	s  string
}

// newDiffLines is new with the words changed from old marked, set as a
// paragraph of direction rtl.
func newDiffLines(old, new string, rtl bool, fonts *fontSet) *diffLines {
	d := &diffLines{rtl: rtl, width: -1}
	for _, p := range text.WordDiff(old, new) {
		for k, line := range strings.Split(p.Text, "\n") {
			if k > 0 {
				d.words = append(d.words, diffWord{p.Op, "\n"})
			}
			for _, w := range splitKeepingSpaces(line) {
				d.words = append(d.words, diffWord{p.Op, w})
			}
		}
	}
	if fonts != nil && strings.ContainsFunc(old+new, isRTLLetter) {
		// one face for every word, as the draft's own Arabic text is drawn
		// (wrapText): Naskh, which has Latin letters too
		d.font, d.bold = fonts.naskh, fonts.naskhBold
	}
	d.ExtendBaseWidget(d)
	return d
}

// Text is the text shown, in logical order (deleted words included).
func (d *diffLines) Text() string {
	var b strings.Builder
	for _, w := range d.words {
		b.WriteString(w.s)
	}
	return b.String()
}

// strongDirection tells a word's direction by its letters: right to left
// (an Arabic word), left to right (a Latin word, a number) or neither (a
// space, punctuation).
func strongDirection(s string) text.Direction {
	for _, r := range s {
		switch {
		case isRTLLetter(r):
			return text.RightToLeft
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return text.LeftToRight
		}
	}
	return text.Neutral
}

// visualWords orders one line's words for display from left to right, the
// rules of UAX #9 taken at the level of words: in a right-to-left
// paragraph, runs of left-to-right words (with the spaces and punctuation
// between them) keep their order and everything else is set from the
// right; in a left-to-right paragraph, the other way round. A word's own
// letters are ordered when it is drawn (visualOwn).
func visualWords(line []diffWord, rtl bool) []diffWord {
	embedded := text.LeftToRight // the direction of the runs kept in order
	if !rtl {
		embedded = text.RightToLeft
	}
	// units: the runs of embedded-direction words, and single other words
	var units [][]diffWord
	for i := 0; i < len(line); {
		if strongDirection(line[i].s) != embedded {
			units = append(units, line[i:i+1])
			i++
			continue
		}
		// extend over neutral words up to the last embedded word
		end := i + 1
		for j := i + 1; j < len(line); j++ {
			d := strongDirection(line[j].s)
			if d == embedded {
				end = j + 1
			} else if d != text.Neutral {
				break
			}
		}
		units = append(units, line[i:end])
		i = end
	}
	out := make([]diffWord, 0, len(line))
	if rtl {
		for k := len(units) - 1; k >= 0; k-- {
			out = append(out, units[k]...)
		}
		return out
	}
	for _, u := range units {
		if len(u) > 1 && strongDirection(u[0].s) == text.RightToLeft {
			for k := len(u) - 1; k >= 0; k-- {
				out = append(out, u[k])
			}
			continue
		}
		out = append(out, u...)
	}
	return out
}

// wordText is the canvas text of a word as it is drawn.
func (d *diffLines) wordText(w diffWord) *canvas.Text {
	s := visualOwn(w.s, d.rtl)
	name := theme.ColorNameForeground
	style := fyne.TextStyle{}
	font := d.font
	switch w.op {
	case text.Inserted:
		name, style.Bold, font = theme.ColorNameSuccess, true, d.bold
	case text.Deleted:
		name, style.Italic = theme.ColorNameError, true
		if w.s != " " {
			// a word is struck where its script allows (struck); a space
			// is not, as a stroke there would join two Arabic words
			s = struck(s)
		}
	}
	c := canvas.NewText(s, d.Theme().Color(name, fyne.CurrentApp().Settings().ThemeVariant()))
	c.TextStyle = style
	c.FontSource = font
	c.TextSize = d.Theme().Size(theme.SizeNameText)
	return c
}

// breakLines breaks the words into lines at most avail wide, between words;
// a line break starts a new line, and the spaces a break falls on are
// dropped.
func (d *diffLines) breakLines(avail float32) {
	d.lines = d.lines[:0]
	var line []diffWord
	var w float32
	flush := func() {
		for len(line) > 0 && line[len(line)-1].s == " " {
			line = line[:len(line)-1]
		}
		d.lines = append(d.lines, line)
		line, w = nil, 0
	}
	for _, word := range d.words {
		if word.s == "\n" {
			flush()
			continue
		}
		if word.s == " " && len(line) == 0 && len(d.lines) > 0 {
			continue
		}
		ww := d.wordText(word).MinSize().Width
		if w+ww > avail && len(line) > 0 && word.s != " " {
			flush()
		}
		line = append(line, word)
		w += ww
	}
	flush()
}

func (d *diffLines) CreateRenderer() fyne.WidgetRenderer {
	return &diffLinesRenderer{d: d}
}

// diffLinesRenderer draws each line's words, one canvas.Text each.
type diffLinesRenderer struct {
	d    *diffLines
	objs []fyne.CanvasObject
	// at is the top left of each word, and lineH the height of a line
	at    []fyne.Position
	lineH float32
}

func (r *diffLinesRenderer) Layout(s fyne.Size) {
	d := r.d
	if s.Width != d.width {
		n := len(d.lines)
		d.width = s.Width
		pad := d.Theme().Size(theme.SizeNameInnerPadding)
		// a text size to spare for the gaps between touching changes
		d.breakLines(s.Width - 2*pad - d.Theme().Size(theme.SizeNameText))
		r.build()
		if len(d.lines) != n {
			defer d.Refresh() // the height changed: let the parent lay out again
		}
	}
	for i, o := range r.objs {
		o.Move(r.at[i])
		o.Resize(o.MinSize())
	}
}

// build makes the words' texts and places them: lines from the top, each
// line's words in visual order from its start side.
func (r *diffLinesRenderer) build() {
	d := r.d
	pad := d.Theme().Size(theme.SizeNameInnerPadding)
	r.objs, r.at = r.objs[:0], r.at[:0]
	r.lineH = 0
	// a word drawn: its text, and the gap before it — a little space
	// between a deleted and an inserted word that touch, so that they do
	// not read as one (not before a comma or a full stop)
	type drawn struct {
		c   *canvas.Text
		gap float32
	}
	gap := d.Theme().Size(theme.SizeNameText) / 4
	var rows [][]drawn
	for _, line := range d.lines {
		var row []drawn
		var prev *diffWord
		for _, w := range visualWords(line, d.rtl) {
			c := d.wordText(w)
			g := float32(0)
			if prev != nil && prev.op != w.op && strongDirection(prev.s) != text.Neutral && strongDirection(w.s) != text.Neutral {
				g = gap
			}
			row = append(row, drawn{c, g})
			r.lineH = max(r.lineH, c.MinSize().Height)
			prev = &w
		}
		rows = append(rows, row)
	}
	if r.lineH == 0 {
		r.lineH = d.wordText(diffWord{s: " "}).MinSize().Height
	}
	y := pad
	for _, row := range rows {
		var width float32
		for _, w := range row {
			width += w.gap + w.c.MinSize().Width
		}
		x := pad
		if d.rtl {
			x = max(pad, d.width-pad-width)
		}
		for _, w := range row {
			x += w.gap
			r.objs = append(r.objs, w.c)
			r.at = append(r.at, fyne.NewPos(x, y))
			x += w.c.MinSize().Width
		}
		y += r.lineH
	}
}

func (r *diffLinesRenderer) MinSize() fyne.Size {
	d := r.d
	pad := d.Theme().Size(theme.SizeNameInnerPadding)
	if d.width < 0 {
		// before the first layout: one line, as narrow as its longest word
		var w float32
		for _, word := range d.words {
			w = max(w, d.wordText(word).MinSize().Width)
		}
		return fyne.NewSize(w+2*pad, d.wordText(diffWord{s: " "}).MinSize().Height+2*pad)
	}
	return fyne.NewSize(2*pad, float32(max(1, len(d.lines)))*r.lineH+2*pad)
}

func (r *diffLinesRenderer) Refresh() {
	if r.d.width >= 0 {
		r.build()
		r.Layout(r.d.Size())
	}
	canvas.Refresh(r.d)
}

func (r *diffLinesRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *diffLinesRenderer) Destroy()                     {}
