package app

import (
	"image/color"
	"strconv"
	"strings"
	"time"

	"fgdraft/app/bidientry"
	"fgdraft/forms"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowTable shows a list of the draft (supporters, gap-analysis entries) as
// a table beside its cards: one item a line, one field a cell. A text
// field's cell is a one-line bidirectional entry (tableCell), an
// enumerated field's a drop-down of its labels (tableChoice). Tab and
// Shift+Tab go from cell to cell, Up, Down and Enter from row to row in the
// same column. Ctrl+V with rows of a spreadsheet on the clipboard (text
// with a tab or a line break), or the Paste rows button, appends them
// (forms.ReadPasted: columns by header name in any language, else by
// position); Copy table puts the whole table on the clipboard as
// tab-separated text with a header.
//
// Every edit, typed or pasted, goes into the draft as the cards' edits do
// (form.edited with the path), so that findings, autosave and undo follow.
// A cell whose text is no value of its field keeps the text and is marked
// (a red frame, and the reason under the table): a country that names no
// Member State is kept in the draft as typed, as the card's entry keeps it;
// a category that is none keeps its text in its drop-down (shown there,
// though no label of its list) and is reported as unreadable, as an
// impossible date is.
type rowTable struct {
	f    *form
	list tableList
	cols []tableColumn

	// on: the table is shown instead of the cards.
	on     bool
	toggle *keyButton
	paste  *keyButton
	copy   *keyButton
	box    *fyne.Container // the header and the rows
	why    *widget.Label   // the reasons of the marked cells
	rows   [][]cellView
	// typed holds the text of cells whose text the draft cannot hold (a
	// category that is none), by path, until the cell is edited again.
	typed map[string]string
	// cards are the fields' widgets in the cards, saved while the table's
	// cells stand for the same paths in the form's registry.
	cards map[string]*fieldRef
	// pasteNames are the names a header may give each column, in the six
	// languages: made on the first paste.
	pasteNames [][]string
	langs      *allLanguages
}

// tableList is what the table needs of its list editor.
type tableList interface {
	count() int
	listPath() string
	// appendBlank adds n blank items to the draft's list, and their cards.
	appendBlank(n int)
	showCards(on bool)
	reload()
}

// tableColumn is one column: the field of each item it shows, how its text
// is read and written.
type tableColumn struct {
	header   string // the header's message key
	required bool
	path     func(i int) string
	// get is the cell's text for item i, set writes a text into item i and
	// reports whether it is a value of the field; read is set's reading
	// alone, for pasted text (value, ok), and copy the text copied out.
	get  func(i int) string
	set  func(i int, text string) bool
	read func(text string) (string, bool)
	copy func(i int) string
	// storesText: the field keeps a text that is no value (a country);
	// otherwise such a text stays in the cell only.
	storesText bool
	// kind of reason for a text that is no value: a message key.
	invalid string
	weight  float32
	// yesNo columns always show a value: they make no row non-blank.
	yesNo bool
	// choices, when not nil, makes the column's cells drop-downs of these
	// labels in the interface language (tableChoice); set and read take
	// the label chosen.
	choices []string
}

// fieldName is the last name of a handle's pattern ("supporters[].entity"
// → "entity"): the name a header may use.
func fieldName(pattern string) string { return pattern[strings.LastIndex(pattern, ".")+1:] }

func textColumn(f *form, item forms.ItemField[string], header string, required bool, weight float32) tableColumn {
	return tableColumn{
		header: header, required: required, weight: weight,
		path: func(i int) string { return item.At(i).Path() },
		get:  func(i int) string { return *bound(f, item.At(i))() },
		set: func(i int, s string) bool {
			*bound(f, item.At(i))() = s
			return true
		},
		copy: func(i int) string { return *bound(f, item.At(i))() },
	}
}

// enumColumn is a column of an enumerated value, shown by its label and
// read from its label in any of the six languages or its value.
func enumColumn[T ~string](f *form, langs *allLanguages, item forms.ItemField[T], values []T, prefix, header string, required bool, weight float32) tableColumn {
	read := func(s string) (string, bool) {
		k := fold(s)
		for _, v := range values {
			if k == fold(string(v)) || k == fold(f.T(prefix+string(v))) {
				return string(v), true
			}
			for _, loc := range langs.all() {
				if k == fold(loc.T(prefix+string(v))) {
					return string(v), true
				}
			}
		}
		return "", false
	}
	label := func(i int) string {
		v := *bound(f, item.At(i))()
		if v == "" {
			return ""
		}
		return f.T(prefix + string(v))
	}
	labels := make([]string, len(values))
	for k, v := range values {
		labels[k] = f.T(prefix + string(v))
	}
	return tableColumn{
		header: header, required: required, weight: weight, invalid: "rows.invalid.choice",
		choices: labels,
		path:    func(i int) string { return item.At(i).Path() },
		get:     label,
		read:    read,
		set: func(i int, s string) bool {
			v, ok := read(s)
			if ok || forms.Blank(s) {
				*bound(f, item.At(i))() = T(v)
				return true
			}
			return false // the draft keeps the value it had
		},
		copy: label,
	}
}

// countryColumn shows a country as "FR — France", reads a code or a name in
// any language, and keeps a text that names no country as typed.
func countryColumn(f *form, item forms.ItemField[string], header string, required bool, weight float32) tableColumn {
	list := newCountryList(f.env.ui)
	return tableColumn{
		header: header, required: required, weight: weight, storesText: true, invalid: "rows.invalid.country",
		path: func(i int) string { return item.At(i).Path() },
		get:  func(i int) string { return countryOption(f.env.ui, *bound(f, item.At(i))()) },
		read: func(s string) (string, bool) {
			if c, ok := list.resolve(s); ok {
				return c, true
			}
			return strings.TrimSpace(s), false
		},
		set: func(i int, s string) bool {
			c, ok := list.resolve(s)
			if !ok {
				c = strings.TrimSpace(s)
			}
			*bound(f, item.At(i))() = c
			return ok
		},
		copy: func(i int) string { return f.env.ui.Country(*bound(f, item.At(i))()) },
	}
}

// yesNoColumn is a yes/no field: "yes" or "no" in the interface language,
// read in any of the six (and x, 1, 0, true, false).
func yesNoColumn(f *form, langs *allLanguages, item forms.ItemField[bool], header string, weight float32) tableColumn {
	read := func(s string) (string, bool) {
		k := fold(s)
		switch k {
		case "x", "1", "true", "✓", "✔":
			return "yes", true
		case "0", "false", "-":
			return "no", true
		}
		for _, loc := range langs.all() {
			if k == fold(loc.T("rows.yes")) {
				return "yes", true
			}
			if k == fold(loc.T("rows.no")) {
				return "no", true
			}
		}
		return "", false
	}
	show := func(i int) string {
		if *bound(f, item.At(i))() {
			return f.T("rows.yes")
		}
		return f.T("rows.no")
	}
	return tableColumn{
		header: header, weight: weight, invalid: "rows.invalid.yesNo", yesNo: true,
		choices: []string{f.T("rows.yes"), f.T("rows.no")},
		path:    func(i int) string { return item.At(i).Path() },
		get:     show,
		read:    read,
		set: func(i int, s string) bool {
			v, ok := read(s)
			if ok || forms.Blank(s) {
				*bound(f, item.At(i))() = v == "yes"
				return true
			}
			return false
		},
		copy: show,
	}
}

// allLanguages is the messages of the six languages, for reading a pasted
// header or value in any of them: loaded on first use and kept by the
// step's columns.
type allLanguages struct {
	cat   *locales.Catalog
	langs []*locales.Localizer
}

func (a *allLanguages) all() []*locales.Localizer {
	if a.langs == nil {
		c, err := locales.Load()
		if err != nil {
			panic(err) // the messages are compiled in: a broken build
		}
		a.cat = c
		for _, l := range forms.Languages() {
			a.langs = append(a.langs, c.In(l))
		}
	}
	return a.langs
}

// newRowTable adds the table of a list to the form: its buttons under the
// list's heading, the table where the cards are.
func newRowTable(f *form, langs *allLanguages, list tableList, cols []tableColumn) *rowTable {
	t := &rowTable{f: f, langs: langs, list: list, cols: cols, typed: map[string]string{}, cards: map[string]*fieldRef{}}
	t.toggle = newKeyButton(f.T("rows.showTable"), theme.ListIcon(), func() { t.show(!t.on) })
	t.paste = newKeyButton(f.T("rows.paste"), theme.ContentPasteIcon(), t.pasteClipboard)
	t.copy = newKeyButton(f.T("rows.copy"), theme.ContentCopyIcon(), t.copyClipboard)
	for _, b := range []*keyButton{t.toggle, t.paste, t.copy} {
		b.Importance = widget.LowImportance
	}
	t.paste.Hide()
	t.copy.Hide()
	t.box = container.NewVBox()
	t.box.Hide()
	t.why = widget.NewLabel("")
	t.why.Wrapping = fyne.TextWrapWord
	t.why.Importance = widget.DangerImportance
	t.why.Hide()
	// The buttons go under the list's heading, before its cards.
	bar := f.dir.hbox(t.toggle, t.paste, t.copy)
	at := len(f.body.Objects) - 3 // the list editor added: heading, empty, cards, add
	objs := append([]fyne.CanvasObject{}, f.body.Objects[:at]...)
	objs = append(objs, bar)
	objs = append(objs, f.body.Objects[at:]...)
	f.body.Objects = objs
	f.body.Add(t.box)
	f.body.Add(t.why)
	f.hooks = append(f.hooks, t.follow)
	f.reloaders = append(f.reloaders, t)
	if f.env.tables[list.listPath()] {
		t.show(true) // as it was before the wizard was made again
	}
	return t
}

// reload re-reads the cells from the draft (an undo, an import, a
// recovered autosave), keeping the cells, and the focus, where the
// number of items has not changed.
func (t *rowTable) reload() {
	if !t.on {
		return
	}
	if len(t.rows) != t.list.count() {
		t.build()
		return
	}
	t.f.loading++
	for i, row := range t.rows {
		for j, c := range row {
			c.load(t.cellText(i, j))
		}
	}
	t.f.loading--
	t.showProblems(nil)
}

// show switches between the table and the cards.
func (t *rowTable) show(on bool) {
	t.on = on
	if tables := t.f.env.tables; tables != nil {
		tables[t.list.listPath()] = on
	}
	t.list.showCards(!on)
	if on {
		t.toggle.SetText(t.f.T("rows.showCards"))
		t.toggle.SetIcon(theme.GridIcon())
		t.paste.Show()
		t.copy.Show()
		t.build()
		t.box.Show()
	} else {
		t.toggle.SetText(t.f.T("rows.showTable"))
		t.toggle.SetIcon(theme.ListIcon())
		t.paste.Hide()
		t.copy.Hide()
		t.box.Hide()
		t.why.Hide()
		t.restoreCards()
		t.list.reload()
	}
	t.f.body.Refresh()
}

// follow runs after every edit of the form: rows added or dropped
// elsewhere (the Add button, a reload) make the table anew.
func (t *rowTable) follow() {
	if t.on && len(t.rows) != t.list.count() {
		t.build()
	}
}

// build makes the table anew from the draft: the header, then one row of
// cells per item.
func (t *rowTable) build() {
	f := t.f
	t.restoreCards()
	weights := []float32{0.35}
	var cells []fyne.CanvasObject
	cells = append(cells, f.dir.atStart(widget.NewLabel("#")))
	for _, c := range t.cols {
		h := widget.NewLabel(f.vis(f.T(c.header)))
		h.TextStyle.Bold = true
		h.Truncation = fyne.TextTruncateEllipsis
		f.dir.atStart(h)
		cells = append(cells, h)
		weights = append(weights, c.weight)
	}
	n := t.list.count()
	t.rows = make([][]cellView, n)
	for i := range n {
		cells = append(cells, f.dir.atStart(widget.NewLabel(strconv.Itoa(i+1))))
		for j := range t.cols {
			var c cellView
			if t.cols[j].choices != nil {
				c = t.newChoice(i, j)
			} else {
				c = t.newCell(i, j)
			}
			t.rows[i] = append(t.rows[i], c)
			box := c.place().box
			cells = append(cells, box)
			path := t.cols[j].path(i)
			if ref, ok := f.fields[path]; ok {
				t.cards[path] = ref
			}
			f.fields[path] = &fieldRef{focus: c, show: box}
		}
	}
	t.box.Objects = []fyne.CanvasObject{newTable(cells, weights, f.dir)}
	t.box.Refresh()
	t.showProblems(nil)
}

// restoreCards gives the cards' widgets their paths back in the registry.
func (t *rowTable) restoreCards() {
	for p, ref := range t.cards {
		t.f.fields[p] = ref
	}
	clear(t.cards)
}

// cellText is what the cell of column j of item i shows: the draft's value,
// or the text the draft could not hold.
func (t *rowTable) cellText(i, j int) string {
	col := t.cols[j]
	if s, ok := t.typed[col.path(i)]; ok {
		return s
	}
	return col.get(i)
}

// newCell makes the text cell of column j of item i.
func (t *rowTable) newCell(i, j int) *tableCell {
	c := &tableCell{cellPlace: cellPlace{table: t, row: i, col: j}}
	c.ExtendBaseWidget(c)
	c.DefaultRTL = t.f.dir.rtl
	followEmbeddedBidiCaret(c, &c.Entry)
	c.SetText(t.cellText(i, j))
	c.frameIn(c)
	c.OnChanged = func(s string) { t.typedInto(&c.cellPlace, s) }
	return c
}

// typedInto writes a cell's new text into the draft.
func (t *rowTable) typedInto(c *cellPlace, s string) {
	if t.f.loading > 0 {
		return // set from the draft
	}
	col := t.cols[c.col]
	path := col.path(c.row)
	t.write(c.row, c.col, s)
	t.f.edited(path)
	t.showProblems(nil)
}

// write sets the text of one cell into the draft; a text the field cannot
// hold is kept in the cell and reported as unreadable.
func (t *rowTable) write(i, j int, s string) {
	col := t.cols[j]
	path := col.path(i)
	ok := col.set(i, s)
	if ok || col.storesText {
		delete(t.typed, path)
		t.f.unreadable(path, "")
		return
	}
	t.typed[path] = s
	t.f.unreadable(path, s)
}

// problem is why a cell is marked, "" when it is not: a required cell left
// empty in a row that has something, or a text that is no value.
func (t *rowTable) problem(i, j int, text string) string {
	col := t.cols[j]
	if forms.Blank(text) {
		if !col.required || t.rowBlank(i) {
			return ""
		}
		return t.f.T("rows.invalid.empty")
	}
	if col.read == nil {
		return ""
	}
	text = strings.TrimSpace(text)
	if _, ok := col.read(text); ok {
		return ""
	}
	return t.f.T(col.invalid, map[string]any{"Text": text})
}

func (t *rowTable) rowBlank(i int) bool {
	for _, c := range t.rows[i] {
		if !forms.Blank(c.shown()) && !t.cols[c.place().col].yesNo {
			return false
		}
	}
	return true
}

// showProblems marks the cells that have a problem and lists the reasons
// under the table, with notes of the last paste (cells no column took).
func (t *rowTable) showProblems(notes []string) {
	f := t.f
	var lines []string
	for i, row := range t.rows {
		for j, c := range row {
			why := t.problem(i, j, c.shown())
			c.place().mark(why != "")
			if why != "" {
				lines = append(lines, f.T("rows.problem", map[string]any{
					"Row": i + 1, "Column": f.T(t.cols[j].header), "Reason": why,
				}))
			}
		}
	}
	lines = append(lines, notes...)
	const most = 8
	if len(lines) > most {
		rest := len(lines) - most
		lines = append(lines[:most], f.env.ui.N("rows.more", rest, nil))
	}
	text := f.vis(strings.Join(lines, "\n"))
	if t.why.Text != text {
		t.why.SetText(text)
	}
	if text == "" || !t.on {
		t.why.Hide()
	} else {
		t.why.Show()
	}
}

// move focuses the cell of column j in row i, if there is one.
func (t *rowTable) move(i, j int) {
	if i < 0 || i >= len(t.rows) || j < 0 || j >= len(t.cols) {
		return
	}
	c := t.rows[i][j]
	f := t.f
	f.scrollTo(c.place().box)
	if f.env.win != nil {
		f.env.win.Canvas().Focus(c)
	}
}

// pasteColumns are the columns as forms.ReadPasted reads them: each named
// by its field, its header and its field label in the six languages.
func (t *rowTable) pasteColumns() []forms.PasteColumn {
	if t.pasteNames == nil {
		for _, c := range t.cols {
			var names []string
			pattern := forms.LabelKey(c.path(0))
			for _, loc := range t.langs.all() {
				names = append(names, loc.T(c.header), loc.T("field."+pattern))
			}
			t.pasteNames = append(t.pasteNames, names)
		}
	}
	out := make([]forms.PasteColumn, len(t.cols))
	for j, c := range t.cols {
		out[j] = forms.PasteColumn{
			Field:    fieldName(forms.LabelKey(c.path(0))),
			Names:    t.pasteNames[j],
			Required: c.required,
			Read:     c.read,
		}
	}
	return out
}

// pasteText appends the rows of tab-separated text to the list, as one
// edit of the list. It reports how many rows it added.
func (t *rowTable) pasteText(text string) int {
	f := t.f
	got := forms.ReadPasted(text, t.pasteColumns())
	if len(got.Rows) == 0 {
		return 0
	}
	first := t.list.count()
	t.list.appendBlank(len(got.Rows))
	var notes []string
	for _, name := range got.Unmatched {
		notes = append(notes, f.T("rows.noColumn", map[string]any{"Name": name}))
	}
	for k, r := range got.Rows {
		i := first + k
		for j, cell := range r.Cells {
			if cell.Text != "" {
				t.write(i, j, cell.Text)
			}
		}
		for _, x := range r.Extra {
			notes = append(notes, f.T("rows.extra", map[string]any{"Row": i + 1, "Text": x.Text}))
		}
	}
	f.loading++
	t.list.reload()
	f.loading--
	if t.on {
		t.build()
	}
	f.edited(t.list.listPath())
	f.remark()
	t.showProblems(notes)
	if t.on && len(t.rows) > first {
		t.move(first, 0)
	}
	return len(got.Rows)
}

// pasteClipboard pastes the clipboard's rows.
func (t *rowTable) pasteClipboard() {
	if a := fyne.CurrentApp(); a != nil {
		t.pasteText(a.Clipboard().Content())
	}
}

// tsv is the whole table as tab-separated text, with a header.
func (t *rowTable) tsv() string {
	f := t.f
	var rows [][]string
	var head []string
	for _, c := range t.cols {
		head = append(head, f.T(c.header))
	}
	rows = append(rows, head)
	for i := range t.list.count() {
		var r []string
		for _, c := range t.cols {
			s := c.copy(i)
			if typed, ok := t.typed[c.path(i)]; ok {
				s = typed
			}
			r = append(r, s)
		}
		rows = append(rows, r)
	}
	return forms.WriteTSV(rows)
}

// copyClipboard puts the whole table on the clipboard.
func (t *rowTable) copyClipboard() {
	if a := fyne.CurrentApp(); a != nil {
		a.Clipboard().SetContent(t.tsv())
	}
}

// cellView is a cell's widget as the table uses it: a text cell
// (tableCell) or a drop-down (tableChoice).
type cellView interface {
	fyne.Focusable
	place() *cellPlace
	// shown is the cell's text: what was typed, or the label chosen.
	shown() string
	// load shows a text read from the draft, reporting no edit.
	load(s string)
}

// cellPlace is what every cell has: its place in the table, and the frame
// that marks it.
type cellPlace struct {
	table    *rowTable
	row, col int
	frame    *canvas.Rectangle
	box      *fyne.Container // the cell's widget under its frame
	marked   bool
}

func (p *cellPlace) place() *cellPlace { return p }

// frameIn puts the cell's widget w under its frame.
func (p *cellPlace) frameIn(w fyne.CanvasObject) {
	p.frame = canvas.NewRectangle(color.Transparent)
	p.frame.StrokeWidth = 2
	p.frame.CornerRadius = theme.InputRadiusSize()
	p.box = container.NewStack(w, p.frame)
}

// mark frames the cell in the error colour.
func (p *cellPlace) mark(on bool) {
	if p.marked == on {
		return
	}
	p.marked = on
	if on {
		p.frame.StrokeColor = theme.Color(theme.ColorNameError)
	} else {
		p.frame.StrokeColor = color.Transparent
	}
	p.frame.Refresh()
}

// navigate takes the keys every cell shares: Up to the row above, Down and
// Enter to the row below, Tab and Shift+Tab to the next and previous cell.
// It reports whether it took k.
func (p *cellPlace) navigate(self fyne.CanvasObject, k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyUp:
		p.table.move(p.row-1, p.col)
		return true
	case fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		p.table.move(p.row+1, p.col)
		return true
	}
	return tabLeaves(self, k)
}

// pasted reads a paste: the rows of a spreadsheet (text with a tab or a
// line break, the line break a copied cell ends with aside) are appended to
// the table, and rows is true; otherwise one is the one cell's text.
func (p *cellPlace) pasted(s *fyne.ShortcutPaste) (one string, rows bool) {
	clip := s.Clipboard
	if clip == nil {
		if a := fyne.CurrentApp(); a != nil {
			clip = a.Clipboard()
		}
	}
	if clip == nil {
		return "", false
	}
	text := clip.Content()
	one = strings.TrimRight(text, "\r\n")
	if strings.ContainsAny(one, "\t\r\n") {
		p.table.pasteText(text)
		return "", true
	}
	return one, false
}

// tableCell is a text cell: a one-line bidirectional entry (a company's
// Latin name with its Arabic country in brackets, an Arabic name with a
// Latin acronym, each in its order on screen) that moves up and down the
// column with the arrow keys and takes rows pasted from a spreadsheet.
// Line feeds and tabs typed or pasted into one cell become spaces.
type tableCell struct {
	bidientry.Entry
	cellPlace
}

func (c *tableCell) shown() string { return c.Text() }
func (c *tableCell) load(s string) { c.SetText(s) } // no OnChanged, nothing when unchanged

// TypedKey moves to the row above or below on Up and Down, and the focus on
// Tab and Shift+Tab.
func (c *tableCell) TypedKey(k *fyne.KeyEvent) {
	if !c.navigate(c, k) {
		c.Entry.TypedKey(k)
	}
}

// TypedShortcut pastes rows when the clipboard holds more than one cell;
// one cell's text goes into the cell, at the caret.
func (c *tableCell) TypedShortcut(s fyne.Shortcut) {
	if p, ok := s.(*fyne.ShortcutPaste); ok {
		if one, rows := c.pasted(p); !rows {
			c.Entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: &oneCellClipboard{text: one}})
		}
		return
	}
	c.Entry.TypedShortcut(s)
}

// oneCellClipboard is one cell's text handed to the entry as its clipboard.
type oneCellClipboard struct{ text string }

func (c *oneCellClipboard) Content() string     { return c.text }
func (c *oneCellClipboard) SetContent(s string) { c.text = s }

// tableChoice is the cell of an enumerated field (a category, a kind, yes
// or no): a drop-down of the values' labels in the interface language,
// with a blank choice first where the field may be left empty. Space or
// Alt+Down opens it, Left and Right step through the labels, typing the
// first letters of a label chooses it; Up, Down, Enter and Tab move as
// in every cell. A pasted text that is none of the values is shown as it
// was pasted, framed red, until a label is chosen: the drop-down's text is
// then no label of its list.
type tableChoice struct {
	widget.Select
	cellPlace
	blank string // the blank choice's label; "" when the field is required
	// prefix is the start of a label being typed, and when its last letter
	// was typed: a pause starts another.
	prefix  string
	typedAt time.Time
}

// typeAheadPause ends the typing of a label's first letters.
const typeAheadPause = time.Second

// newChoice makes the drop-down cell of column j of item i.
func (t *rowTable) newChoice(i, j int) *tableChoice {
	col := t.cols[j]
	c := &tableChoice{cellPlace: cellPlace{table: t, row: i, col: j}}
	c.ExtendBaseWidget(c)
	c.Options = col.choices
	if !col.required && !col.yesNo {
		c.blank = t.f.T("rows.choice.none")
		c.Options = append([]string{c.blank}, col.choices...)
	}
	c.Alignment = t.f.dir.startAlign()
	// An empty cell shows nothing (Fyne shows "(Select one)" for an empty
	// placeholder): the red frame says when it must not be empty.
	c.PlaceHolder = " "
	c.load(t.cellText(i, j))
	c.frameIn(c)
	c.OnChanged = func(s string) {
		if c.blank != "" && s == c.blank {
			c.Selected = "" // shown empty, as the draft holds it
			s = ""
		}
		t.typedInto(&c.cellPlace, s)
	}
	return c
}

func (c *tableChoice) shown() string { return c.Selected }

func (c *tableChoice) load(s string) {
	if c.Selected != s {
		c.Selected = s // not SetSelected: a text pasted may be no label
		c.Refresh()
	}
}

// TypedKey moves as every cell does; Space opens the list, Left and Right
// step through it.
func (c *tableChoice) TypedKey(k *fyne.KeyEvent) {
	if !c.navigate(c, k) {
		c.Select.TypedKey(k)
	}
}

// TypedRune chooses the first label that starts with the letters typed
// without a pause; the same letter again goes to the next such label.
func (c *tableChoice) TypedRune(r rune) {
	now := time.Now()
	if now.Sub(c.typedAt) > typeAheadPause {
		c.prefix = ""
	}
	c.typedAt = now
	c.prefix += string(r)
	k := fold(c.prefix)
	from := 0
	if again := []rune(k); len(again) == 2 && again[0] == again[1] {
		// The same letter twice: the next label with that letter.
		k = string(again[:1])
		c.prefix = string(r)
		from = c.SelectedIndex() + 1
	}
	for n := range len(c.Options) {
		o := (from + n) % len(c.Options)
		if strings.HasPrefix(fold(c.Options[o]), k) {
			if o != c.SelectedIndex() {
				c.SetSelectedIndex(o)
			}
			return
		}
	}
}

// TypedShortcut opens the list on Alt+Down (as a date field's calendar),
// pastes rows or one label, and copies the label shown.
func (c *tableChoice) TypedShortcut(s fyne.Shortcut) {
	if isOpenPicker(s) {
		c.Select.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		return
	}
	switch s := s.(type) {
	case *fyne.ShortcutPaste:
		if one, rows := c.pasted(s); !rows && one != "" {
			c.table.typedInto(&c.cellPlace, one)
			// The label of the value read, or the text kept: then marked.
			c.load(c.table.cellText(c.row, c.col))
			c.table.showProblems(nil)
		}
	case *fyne.ShortcutCopy:
		if c.Selected != "" {
			clipboardOf(s.Clipboard).SetContent(c.Selected)
		}
	}
}

// clipboardOf is c, or the application's clipboard when c is nil.
func clipboardOf(c fyne.Clipboard) fyne.Clipboard {
	if c == nil {
		return fyne.CurrentApp().Clipboard()
	}
	return c
}

// The list editor's side of the table.

func (l *listEditor[T]) count() int       { return len(*l.items()) }
func (l *listEditor[T]) listPath() string { return l.path }

func (l *listEditor[T]) appendBlank(n int) {
	items := l.items()
	for range n {
		*items = append(*items, l.blank())
	}
	l.sync()
}

func (l *listEditor[T]) showCards(on bool) {
	for _, o := range []fyne.CanvasObject{l.box, l.empty, l.addEnd} {
		if on {
			o.Show()
		} else {
			o.Hide()
		}
	}
	if on {
		l.sync() // the empty note and the second Add button as the list is
	}
}
