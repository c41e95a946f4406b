package app

import (
	"fmt"
	"strings"

	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// documentView draws an export.Document as Fyne widgets: the same model the
// PDF renderer draws, so that the preview and the PDF say the same. It is a
// reading view, not a page layout: the cover block, the sections with their
// headings, paragraphs, lists, tables as grids and the timeline chart.
// Paragraphs that come from a field take the user to it when tapped.
type documentView struct {
	doc   export.Document
	dir   direction          // the document's, not the interface's
	goTo  func(path string)  // nil: paragraphs are not links
	loc   *locales.Localizer // the document language
	today forms.Date
	fonts *exportFonts
	faces *fontSet // the bundled faces as Fyne resources
}

func (v *documentView) build() fyne.CanvasObject {
	v.dir = directionOf(v.doc.Lang)
	box := container.NewVBox()
	if v.doc.DraftMark != "" {
		mark := canvas.NewText(v.doc.DraftMark, theme.Color(theme.ColorNameError))
		mark.TextStyle.Bold = true
		mark.TextSize = theme.TextSubHeadingSize()
		mark.Alignment = fyne.TextAlignCenter
		box.Add(mark)
	}
	box.Add(v.cover())
	for _, s := range v.doc.Sections {
		v.section(box, s)
	}
	// A page-like sheet: white behind the text whatever the theme.
	return container.NewPadded(box)
}

// label is document text, drawn in the bundled face of its script (so that
// Chinese headings are bold and Chinese lines break where Chinese breaks),
// in the direction of its first strong letter and, in a right-to-left
// document, aligned to the right even when it has no Arabic letter.
func (v *documentView) label(text string, bold bool) *wrapText {
	l := newLangText(text, v.doc.Lang, v.faces, v.fonts)
	l.trailing = v.dir.rtl
	l.setStyle(theme.SizeNameText, bold)
	return l
}

func (v *documentView) cover() fyne.CanvasObject {
	c := v.doc.Cover
	left := container.NewVBox()
	for _, s := range []string{c.Union, c.Sector, c.StudyPeriod} {
		if s != "" {
			left.Add(v.label(s, true))
		}
	}
	right := container.NewVBox()
	if c.DocNumber != "" {
		l := v.label(c.DocNumber, true)
		l.setStyle(theme.SizeNameSubHeadingText, true)
		right.Add(l)
	}
	for _, s := range []string{c.Group, c.Original} {
		if s != "" {
			right.Add(v.label(s, false))
		}
	}
	head := container.NewGridWithColumns(2, v.dir.gridCells(2, []fyne.CanvasObject{left, right})...)
	out := container.NewVBox(head, widget.NewSeparator())
	var cells []fyne.CanvasObject
	add := func(label, value string) {
		cells = append(cells, v.label(label, true), v.label(value, false))
	}
	for _, f := range c.Fields {
		add(f.Label, f.Value)
	}
	for _, ct := range c.Contacts {
		var lines []string
		for _, l := range ct.Lines {
			if l.Label != "" {
				lines = append(lines, l.Label+" "+l.Value)
			} else {
				lines = append(lines, l.Value)
			}
		}
		add(ct.Label, strings.Join(lines, "\n"))
	}
	if c.Keywords.Label != "" {
		add(c.Keywords.Label, c.Keywords.Value)
	}
	if c.Abstract.Label != "" {
		add(c.Abstract.Label, c.Abstract.Value)
	}
	out.Add(newTable(cells, []float32{1, 3}, v.dir))
	out.Add(widget.NewSeparator())
	return out
}

func (v *documentView) section(box *fyne.Container, s export.Section) {
	h := v.label(s.Title, true)
	if s.Level <= 1 {
		h.setStyle(theme.SizeNameSubHeadingText, true)
	}
	box.Add(h)
	for _, b := range s.Blocks {
		if o := v.block(b); o != nil {
			box.Add(o)
		}
	}
	for _, sub := range s.Sub {
		v.section(box, sub)
	}
}

func (v *documentView) block(b export.Block) fyne.CanvasObject {
	switch b := b.(type) {
	case export.Paragraph:
		l := v.label(b.Text, b.Bold)
		if b.Field != "" && v.goTo != nil {
			field := b.Field
			return newTapRow(l, func() { v.goTo(field) })
		}
		return l
	case export.List:
		box := container.NewVBox()
		for i, it := range b.Items {
			mark := "•"
			if b.Ordered {
				mark = fmt.Sprintf("%d.", i+1)
			}
			m := widget.NewLabel(mark)
			t := v.label(it, false)
			box.Add(v.dir.row(m, nil, t))
		}
		return box
	case export.Table:
		cols := len(b.Header)
		if cols == 0 {
			return nil
		}
		var cells []fyne.CanvasObject
		for _, h := range b.Header {
			cells = append(cells, v.label(h, true))
		}
		for _, row := range b.Rows {
			for i := 0; i < cols; i++ {
				s := ""
				if i < len(row) {
					s = row[i]
				}
				cells = append(cells, v.label(s, false))
			}
		}
		weights := make([]float32, cols)
		for i := range weights {
			weights[i] = 1
			if i < len(b.Weights) && b.Weights[i] > 0 {
				weights[i] = float32(b.Weights[i])
			}
		}
		return newTable(cells, weights, v.dir)
	case export.Chart:
		return newChartView(b, v.loc, v.today, v.goTo)
	}
	return nil
}

// tableLayout lays cells out row by row in columns whose widths follow
// weights; a row is as high as its tallest (wrapped) cell. Lines are drawn
// between rows.
type tableLayout struct {
	weights []float32
	dir     direction
	width   float32 // the width of the last layout, for MinSize of wrapped text
}

func newTable(cells []fyne.CanvasObject, weights []float32, dir direction) fyne.CanvasObject {
	t := &tableLayout{weights: weights, dir: dir}
	boxed := make([]fyne.CanvasObject, len(cells))
	for i, c := range cells {
		boxed[i] = container.NewVBox(c)
	}
	return container.New(t, boxed...)
}

func (t *tableLayout) colWidths(width float32) []float32 {
	var sum float32
	for _, w := range t.weights {
		sum += w
	}
	out := make([]float32, len(t.weights))
	for i, w := range t.weights {
		out[i] = width * w / sum
	}
	return out
}

// fit gives every cell of a row its column's width (a wrapped label wraps
// only when its width changes) and returns the row height.
func (t *tableLayout) fit(row []fyne.CanvasObject, widths []float32) float32 {
	h := float32(0)
	for i, o := range row {
		if o.Size().Width != widths[i] {
			o.Resize(fyne.NewSize(widths[i], o.MinSize().Height))
		}
		h = max(h, o.MinSize().Height)
	}
	return h
}

func (t *tableLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	t.width = size.Width
	cols := len(t.weights)
	widths := t.colWidths(size.Width)
	y := float32(0)
	for start := 0; start < len(objs); start += cols {
		row := objs[start:min(start+cols, len(objs))]
		h := t.fit(row, widths)
		x := float32(0)
		for c, o := range row {
			o.Move(fyne.NewPos(t.dir.x(x, widths[c], size.Width), y))
			if s := fyne.NewSize(widths[c], h); o.Size() != s {
				o.Resize(s)
			}
			x += widths[c]
		}
		y += h
	}
}

func (t *tableLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	cols := len(t.weights)
	width := t.width
	if width <= 0 {
		width = 400
	}
	widths := t.colWidths(width)
	var h float32
	for start := 0; start < len(objs); start += cols {
		h += t.fit(objs[start:min(start+cols, len(objs))], widths)
	}
	return fyne.NewSize(float32(cols)*60, h)
}

// newChartView draws the document's timeline chart with the timeline
// step's chart widget, so that the step, the preview and the PDF agree; a
// tap on a mark goes to its field, as on the step.
func newChartView(c export.Chart, loc *locales.Localizer, today forms.Date, goTo func(path string)) fyne.CanvasObject {
	ch := newTimelineChart()
	ch.onTap = goTo
	ch.set(chartDataOf(c, loc, today))
	return ch
}

// buildPreview makes the document of the draft p in lang and its view; a
// tapped paragraph or chart mark leads to its field through goTo.
func buildPreview(env *uiEnv, goTo func(path string), p *forms.Proposal, lang forms.Lang) fyne.CanvasObject {
	today := env.today()
	doc := export.Build(p, lang, env.cat, a7.Options{Today: today})
	v := &documentView{doc: doc, goTo: goTo, loc: env.cat.In(doc.Lang), today: today, fonts: env.textFonts, faces: env.fonts}
	return v.build()
}
