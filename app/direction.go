package app

import (
	"slices"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// direction is the reading direction of the interface, for layout. Fyne
// lays everything out left to right whatever the language (a label's
// "leading" alignment is its left, a border's leading object is on the
// left), so layout code says "start" and "end" and asks a direction where
// they lie, instead of branching on right to left itself. Decisions about
// text (which paragraph runs which way, visual order) belong to the text
// layer and bidi.go, not here.
type direction struct{ rtl bool }

// directionOf is the layout direction of an interface in lang.
func directionOf(lang forms.Lang) direction { return direction{rtl: lang.RTL()} }

// startAlign is the alignment of text at the start of its line: left, or
// right in a right-to-left interface.
func (d direction) startAlign() fyne.TextAlign {
	if d.rtl {
		return fyne.TextAlignTrailing
	}
	return fyne.TextAlignLeading
}

// endAlign is the alignment of text at the end of its line (a count under
// a field): right, or left in a right-to-left interface.
func (d direction) endAlign() fyne.TextAlign {
	if d.rtl {
		return fyne.TextAlignLeading
	}
	return fyne.TextAlignTrailing
}

// atStart aligns labels at the start of their lines and returns the first,
// so that a constructor can be wrapped in it.
func (d direction) atStart(labels ...*widget.Label) *widget.Label {
	for _, l := range labels {
		l.Alignment = d.startAlign()
	}
	if len(labels) == 0 {
		return nil
	}
	return labels[0]
}

// label is a label whose text starts at the start of its line.
func (d direction) label(text string) *widget.Label {
	return d.atStart(widget.NewLabel(text))
}

// heading is a bold label at the start of its line; size is a theme text
// size name, or "" for the ordinary size.
func (d direction) heading(text string, size fyne.ThemeSizeName) *widget.Label {
	l := d.label(text)
	l.TextStyle.Bold = true
	if size != "" {
		l.SizeName = size
	}
	return l
}

// row lays content out between an object at the start of the row and one
// at its end; either may be nil. In a right-to-left interface the start is
// the right.
func (d direction) row(start, end, content fyne.CanvasObject) *fyne.Container {
	if d.rtl {
		start, end = end, start
	}
	return container.NewBorder(nil, nil, start, end, content)
}

// line shows a label of one line that may be wider than its place. Left to
// right, Fyne's own truncation cuts its end; right to left, the text (in
// visual order) keeps its right end, where the reading starts.
func (d direction) line(l *widget.Label) fyne.CanvasObject {
	if d.rtl {
		return rtlLine(l)
	}
	return l
}

// inOrder returns objects given in reading order in the order Fyne lays
// them out, left to right: the same, or reversed in a right-to-left
// interface. The slice given is not changed.
func inOrder[T any](d direction, objs []T) []T {
	out := slices.Clone(objs)
	if d.rtl {
		slices.Reverse(out)
	}
	return out
}

// grid lays cells out in rows of columns, each row in reading order: a
// right-to-left interface fills each row from the right (the last row is
// padded with blanks so that it, too, starts on the right).
func (d direction) gridCells(columns int, cells []fyne.CanvasObject) []fyne.CanvasObject {
	if !d.rtl {
		return cells
	}
	var out []fyne.CanvasObject
	for i := 0; i < len(cells); i += columns {
		row := slices.Clone(cells[i:min(i+columns, len(cells))])
		for len(row) < columns {
			row = append(row, widget.NewLabel(""))
		}
		out = append(out, inOrder(d, row)...)
	}
	return out
}

// hbox is a row of objects in reading order packed at its start.
func (d direction) hbox(objs ...fyne.CanvasObject) *fyne.Container {
	if d.rtl {
		return container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, inOrder(d, objs)...)...)
	}
	return container.NewHBox(objs...)
}

// tight is a row of objects in reading order, each at its natural width
// with no room added (a group of buttons at one end of a row).
func (d direction) tight(objs ...fyne.CanvasObject) *fyne.Container {
	return container.NewHBox(inOrder(d, objs)...)
}

// dialogButtons orders a dialog's buttons, given as for a left-to-right
// interface (dismissing first, the default action last), so that the
// default action is at the end of the reading: on the left right to left.
func (d direction) dialogButtons(buttons ...fyne.CanvasObject) []fyne.CanvasObject {
	return inOrder(d, buttons)
}

// pointing takes a pair of icons drawn pointing left and right and returns
// the one that points back against the reading and the one that points
// forward along it: swapped in a right-to-left interface.
func (d direction) pointing(left, right fyne.Resource) (back, forward fyne.Resource) {
	if d.rtl {
		return right, left
	}
	return left, right
}

// backIcon and forwardIcon are arrows against and along the reading.
func (d direction) backIcon() fyne.Resource {
	back, _ := d.pointing(theme.NavigateBackIcon(), theme.NavigateNextIcon())
	return back
}

func (d direction) forwardIcon() fyne.Resource {
	_, forward := d.pointing(theme.NavigateBackIcon(), theme.NavigateNextIcon())
	return forward
}

// navBar puts a "back" button at the start of a bar and a "next" button at
// its end, each with its arrow on its outer side pointing that way.
func (d direction) navBar(back, next *keyButton) *fyne.Container {
	back.SetIcon(d.backIcon())
	next.SetIcon(d.forwardIcon())
	back.IconPlacement, next.IconPlacement = widget.ButtonIconLeadingText, widget.ButtonIconTrailingText
	if d.rtl {
		back.IconPlacement, next.IconPlacement = next.IconPlacement, back.IconPlacement
	}
	return d.row(back, next, nil)
}

// split puts start and end side by side with a divider the user can drag;
// startShare is the part of the width the start side gets.
func (d direction) split(start, end fyne.CanvasObject, startShare float64) *container.Split {
	if d.rtl {
		s := container.NewHSplit(end, start)
		s.Offset = 1 - startShare
		return s
	}
	s := container.NewHSplit(start, end)
	s.Offset = startShare
	return s
}

// startShare is the part of a split's width its start side has now (for
// a split made by direction.split).
func (d direction) startShare(s *container.Split) float64 {
	if d.rtl {
		return 1 - s.Offset
	}
	return s.Offset
}

// x is where a span of the given width starts, left to right, when it
// lies from the start of a space total wide: from the left, or from the
// right in a right-to-left interface.
func (d direction) x(fromStart, width, total float32) float32 {
	if d.rtl {
		return total - fromStart - width
	}
	return fromStart
}
