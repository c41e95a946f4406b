package app

import (
	"fmt"
	"strconv"
	"strings"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// listEditor edits one list of the draft (contacts, keywords, deliverables,
// supporters, meetings …): a heading with an Add button, then one row per
// item with Move up, Move down and Remove buttons and the item's fields,
// edited in place.
//
// Row i is bound to index i of the list, not to an item: moving or removing
// items changes the data and re-reads the affected rows, and only the last
// row is built or dropped when the length changes.
type listEditor[T any] struct {
	f     *form
	path  string      // the list's field path, e.g. "supporters"
	items func() *[]T // the list in the draft
	blank func() T
	// fill builds the fields of row i into g, each by the handle of its
	// field in item i (forms.SupporterEntity.At(i)).
	fill func(g *grid, i int)
	// compact rows have no header: a number, the fields and the buttons on one line.
	compact bool

	// summary, when set, names an item in its row's title ("Supporters
	// (item 2) — Hanbit Networks").
	summary func(T) string

	box   *fyne.Container
	rows  []*listRow
	empty *widget.Label
	add   *keyButton
	// addEnd is a second Add button under the rows of a list of two or
	// more, where the new row appears.
	addEnd *keyButton
}

type listRow struct {
	g                *grid
	obj              fyne.CanvasObject
	title            *widget.Label
	label            string // the title without the summary
	up, down, remove *keyButton
}

// newList adds a list editor for the list field of the draft, under its own
// heading.
func newList[T any](f *form, list forms.Field[[]T], blank func() T, compact bool, fill func(g *grid, i int)) *listEditor[T] {
	path := list.Path()
	l := &listEditor[T]{f: f, path: path, items: bound(f, list), blank: blank, fill: fill, compact: compact}
	l.box = container.NewVBox()
	l.empty = widget.NewLabel(f.vis(f.T("editor.empty")))
	l.empty.Importance = widget.LowImportance
	l.add = newKeyButton(f.T("editor.add"), theme.ContentAddIcon(), l.append)
	l.addEnd = newKeyButton(f.T("editor.add"), theme.ContentAddIcon(), l.append)
	l.addEnd.Importance = widget.LowImportance

	cell, _, m := f.labelCell(f.fieldLabel(path))
	head := f.dir.row(nil, l.add, cell)
	f.register(path, &fieldRef{focus: l.add, show: head, marker: m})
	f.body.Add(head)
	f.body.Add(l.empty)
	f.body.Add(l.box)
	f.body.Add(f.narrow(l.addEnd, 0))
	f.reloaders = append(f.reloaders, l)
	l.sync()
	return l
}

// reload re-reads every row; rows are added or dropped to match the list.
func (l *listEditor[T]) reload() {
	l.sync()
	for _, r := range l.rows {
		r.g.reload()
	}
}

// sync makes the number of rows match the number of items.
func (l *listEditor[T]) sync() {
	n := len(*l.items())
	for len(l.rows) < n {
		l.rows = append(l.rows, l.newRow(len(l.rows)))
		l.box.Add(l.rows[len(l.rows)-1].obj)
	}
	for len(l.rows) > n {
		last := l.rows[len(l.rows)-1]
		l.f.unregister(last.g.paths)
		for _, c := range last.g.cells {
			delete(l.f.col.cells, c)
		}
		l.box.Remove(last.obj)
		l.rows = l.rows[:len(l.rows)-1]
	}
	for i, r := range l.rows {
		setEnabled(r.up, i > 0)
		setEnabled(r.down, i < n-1)
	}
	if n == 0 {
		l.empty.Show()
	} else {
		l.empty.Hide()
	}
	if n >= 2 {
		l.addEnd.Show()
	} else {
		l.addEnd.Hide()
	}
}

func setEnabled(b *keyButton, on bool) {
	if on && b.Disabled() {
		b.Enable()
	} else if !on && !b.Disabled() {
		b.Disable()
	}
}

func (l *listEditor[T]) prefix(i int) string { return itemPath(l.path, i) }

// itemPath is the path of item i of the list at path: "supporters[2]".
func itemPath(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }

func (l *listEditor[T]) newRow(i int) *listRow {
	f := l.f
	r := &listRow{g: f.newGrid()}
	// Full rows name their buttons; compact one-line rows show icons only.
	name := func(id string) string {
		if l.compact {
			return ""
		}
		return f.T(id)
	}
	r.up = newKeyButton(name("editor.moveUp"), theme.MoveUpIcon(), func() { l.move(i, i-1) })
	r.down = newKeyButton(name("editor.moveDown"), theme.MoveDownIcon(), func() { l.move(i, i+1) })
	r.remove = newKeyButton(name("editor.remove"), theme.DeleteIcon(), func() { l.removeAt(i) })
	for _, b := range []*keyButton{r.up, r.down, r.remove} {
		b.Importance = widget.LowImportance
	}
	buttons := container.NewHBox(r.up, r.down, r.remove)
	prefix := l.prefix(i)

	f.loading++
	l.fill(r.g, i)
	f.loading--

	if l.compact {
		// One line: "3." label, the field, the buttons.
		obj := f.dir.row(nil, buttons, r.g.box)
		r.obj = obj
		if _, ok := f.fields[prefix]; !ok {
			f.register(prefix, &fieldRef{show: obj})
		}
		return r
	}

	cell, title, m := f.labelCell(f.env.ui.FieldLabel(prefix))
	r.g.cells = append(r.g.cells, cell)
	title.TextStyle.Bold = true
	// The title grows with what the user types into the item ("… — ITU-T
	// SG13"): one line, cut short, so that the row does not move.
	title.Wrapping = fyne.TextWrapOff
	title.Truncation = fyne.TextTruncateEllipsis
	// The cell is the marker slot and the title: the title's place keeps
	// the start of its line, which is its right end in Arabic.
	for i, o := range cell.(*fyne.Container).Objects {
		if o == title {
			cell.(*fyne.Container).Objects[i] = f.dir.line(title)
		}
	}
	r.title = title
	r.label = f.env.ui.FieldLabel(prefix)
	head := f.dir.row(nil, buttons, cell)
	r.obj = frame(container.NewVBox(head, r.g.box))
	// The item itself ("supporters[2]"): its header, focusing its first field.
	var first fyne.Focusable
	if len(r.g.paths) > 0 {
		first = f.fields[r.g.paths[0]].focus
	}
	f.register(prefix, &fieldRef{focus: first, show: r.obj, marker: m})
	r.g.paths = append(r.g.paths, prefix)
	return r
}

// titled names every item in its row's title by summary, kept up to date
// while the user types.
func (l *listEditor[T]) titled(summary func(T) string) *listEditor[T] {
	l.summary = summary
	l.f.hooks = append(l.f.hooks, l.updateTitles)
	return l
}

func (l *listEditor[T]) updateTitles() {
	items := *l.items()
	for i, r := range l.rows {
		if r.title == nil || i >= len(items) {
			continue
		}
		text := r.label
		if s := l.summary(items[i]); !forms.Blank(s) {
			text += " — " + strings.TrimSpace(s)
		}
		if text = l.f.vis(text); r.title.Text != text {
			r.title.SetText(text)
		}
	}
}

// append adds a blank item at the end, scrolls its row into view and
// focuses its first field.
func (l *listEditor[T]) append() {
	items := l.items()
	*items = append(*items, l.blank())
	l.sync()
	r := l.rows[len(l.rows)-1]
	r.g.reload()
	l.f.edited(l.path)
	l.f.remark()
	// Lay the form out now, so that the new row has its place to scroll to.
	l.f.scroll.Refresh()
	l.f.scrollTo(r.obj)
	if len(r.g.paths) > 0 {
		l.f.Focus(r.g.paths[0])
	}
}

// removeAt drops item i; the rows after it re-read their items.
func (l *listEditor[T]) removeAt(i int) {
	items := l.items()
	if i < 0 || i >= len(*items) {
		return
	}
	*items = append((*items)[:i], (*items)[i+1:]...)
	l.sync()
	for _, r := range l.rows[min(i, len(l.rows)):] {
		r.g.reload()
	}
	l.f.edited(l.path)
	l.f.remark()
}

// move moves item i to position j (a neighbour).
func (l *listEditor[T]) move(i, j int) {
	items := *l.items()
	if i < 0 || j < 0 || i >= len(items) || j >= len(items) {
		return
	}
	items[i], items[j] = items[j], items[i]
	l.rows[i].g.reload()
	l.rows[j].g.reload()
	l.f.edited(l.path)
	l.f.remark()
}

// stringList edits a list of short strings (questions, keywords): one entry
// per row, numbered; item is the handle on the list's items.
func stringList(f *form, list forms.Field[[]string], item forms.ItemField[string], hint string) *listEditor[string] {
	return newList(f, list, func() string { return "" }, true, func(g *grid, i int) {
		prefix, get := item.At(i).Path(), bound(f, item.At(i))
		e := widget.NewEntry()
		followCaret(e, e, nil)
		if hint != "" {
			e.SetPlaceHolder(f.vis(f.T(hint)))
		}
		e.OnChanged = func(s string) {
			if f.loading > 0 {
				return
			}
			if clean := noTabs(s); clean != s {
				e.SetText(clean)
				return
			}
			*get() = s
			f.edited(prefix)
		}
		g.add(prefix, fmt.Sprintf("%d.", i+1), e, e)
		g.onReload(func() { setEntryText(e, *get()) })
	})
}
