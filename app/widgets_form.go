package app

import (
	"image/color"
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// form is the common implementation of stepForm: a scrollable column of
// sections, each a grid of label/field pairs or a list editor. It keeps a
// registry of field paths → widgets (for Focus and Mark) and the functions
// that re-read widgets from the draft (for Reload).
//
// Widgets are built once. An edit writes into env.draft and calls
// env.changed(path); nothing is rebuilt on a keystroke. List editors add or
// drop rows only when the number of items changes.
type form struct {
	env  *editorEnv
	dir  direction
	col  *labelColumn // shared label-column width, so that all grids align
	body *fyne.Container
	// page is the form's outer scroller, as laid out; scroll is the same
	// scroller, the one Focus scrolls.
	page   *pageScroll
	scroll *container.Scroll

	fields    map[string]*fieldRef
	reloaders []reloader
	// hooks run after every edit of this form and after Reload and Mark (the
	// supporters count, the chart): cheap functions that check themselves
	// whether anything they show changed.
	hooks []func()
	// loading is non-zero while widgets are being set from the draft, so that
	// their change callbacks do not write back or report edits.
	loading int

	icons   markIcons
	shown   map[*severityMarker]a7.Severity // markers currently on
	lastSet map[string]a7.Severity          // the marks of the last Mark call
}

type reloader interface{ reload() }

// fieldRef is what the form knows about the widget of one field path.
type fieldRef struct {
	focus  fyne.Focusable    // what Focus focuses (nil: nothing focusable)
	show   fyne.CanvasObject // what Focus scrolls into view
	marker *severityMarker
}

func newForm(env *editorEnv) *form {
	f := &form{
		env:     env,
		dir:     directionOf(env.ui.Lang()),
		col:     newLabelColumn(),
		fields:  map[string]*fieldRef{},
		shown:   map[*severityMarker]a7.Severity{},
		lastSet: map[string]a7.Severity{},
		icons:   newMarkIcons(),
	}
	f.body = container.NewVBox()
	f.page = newPageScroll(container.NewPadded(f.body))
	f.scroll = &f.page.Scroll
	return f
}

// Content implements stepForm.
func (f *form) Content() fyne.CanvasObject { return f.page }

// Reload implements stepForm.
func (f *form) Reload() {
	f.loading++
	for _, r := range f.reloaders {
		r.reload()
	}
	f.loading--
	f.runHooks()
}

// edited is called by every widget after the user changed it.
func (f *form) edited(path string) {
	if f.loading > 0 {
		return
	}
	if f.env.changed != nil {
		f.env.changed(path)
	}
	f.runHooks()
}

// unreadable reports that the widget of path holds text that is no value
// of the field (text "": it holds a value again).
func (f *form) unreadable(path, text string) {
	if f.env.unreadable != nil {
		f.env.unreadable(path, text)
	}
}

func (f *form) runHooks() {
	for _, h := range f.hooks {
		h()
	}
}

// T renders a message of the interface language.
func (f *form) T(id string, data ...map[string]any) string { return f.env.ui.T(id, data...) }

// vis prepares interface text for a label (visual order in Arabic).
func (f *form) vis(s string) string { return uiText(f.env.ui, s) }

// fieldLabel is the label of a field path without list positions.
func (f *form) fieldLabel(path string) string { return f.T("field." + forms.LabelKey(path)) }

// register records the widget of a path.
func (f *form) register(path string, ref *fieldRef) { f.fields[path] = ref }

func (f *form) unregister(paths []string) {
	for _, p := range paths {
		if ref := f.fields[p]; ref != nil && ref.marker != nil {
			delete(f.shown, ref.marker)
		}
		delete(f.fields, p)
	}
}

// lookup finds the widget of a path, or of the nearest enclosing path that has
// one within the same list item: "timeline.meetings[1].foo" falls back to
// "timeline.meetings[1]", but "timeline.meetings[7].start" of a list with two
// items finds nothing.
func (f *form) lookup(path string) (*fieldRef, bool) {
	for p := path; p != ""; p = parentPath(p) {
		if ref, ok := f.fields[p]; ok {
			return ref, true
		}
		if strings.HasSuffix(p, "]") {
			return nil, false // never drop a list index
		}
	}
	return nil, false
}

// parentPath drops the last segment of a field path: "a.b[2].c" → "a.b[2]" →
// "a.b" → "a" → "".
func parentPath(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		switch p[i] {
		case '.':
			return p[:i]
		case '[':
			return p[:i]
		}
	}
	return ""
}

// Focus implements stepForm.
func (f *form) Focus(path string) bool {
	ref, ok := f.lookup(path)
	if !ok {
		return false
	}
	f.scrollTo(ref.show)
	if ref.focus != nil && f.env.win != nil {
		if c := f.env.win.Canvas(); c != nil {
			c.Focus(ref.focus)
		}
	}
	return true
}

// scrollTo scrolls the form so that obj is near the top of the visible area.
func (f *form) scrollTo(obj fyne.CanvasObject) {
	if obj == nil || f.scroll.Content == nil || fyne.CurrentApp() == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(obj) == nil || d.CanvasForObject(f.scroll.Content) == nil {
		return
	}
	y := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(f.scroll.Content).Y
	view := f.scroll.Size().Height
	top := f.scroll.Offset.Y
	h := obj.Size().Height
	if y >= top && y+h <= top+view {
		return // already fully visible
	}
	off := y - theme.Padding()*4
	if max := f.scroll.Content.MinSize().Height - view; off > max {
		off = max
	}
	if off < 0 {
		off = 0
	}
	f.scroll.ScrollToOffset(fyne.NewPos(0, off))
}

// Mark implements stepForm. It changes only the markers whose state differs
// from the previous call.
func (f *form) Mark(marks map[string]a7.Severity) {
	want := map[*severityMarker]a7.Severity{}
	for p, sev := range marks {
		ref, ok := f.lookup(p)
		if !ok || ref.marker == nil {
			continue
		}
		if old, ok := want[ref.marker]; !ok || sev > old {
			want[ref.marker] = sev
		}
	}
	for m := range f.shown {
		if _, ok := want[m]; !ok {
			m.set(false, 0, f.icons)
			delete(f.shown, m)
		}
	}
	for m, sev := range want {
		if old, ok := f.shown[m]; ok && old == sev {
			continue
		}
		m.set(true, sev, f.icons)
		f.shown[m] = sev
	}
	f.lastSet = marks
	f.runHooks()
}

// remark re-applies the last marks, after list rows were added or dropped.
func (f *form) remark() {
	if len(f.lastSet) > 0 {
		f.Mark(f.lastSet)
	}
}

// markIcons are the three finding icons, coloured by severity.
type markIcons struct{ err, warn, info fyne.Resource }

func newMarkIcons() markIcons {
	return markIcons{
		err:  theme.NewErrorThemedResource(theme.ErrorIcon()),
		warn: theme.NewWarningThemedResource(theme.WarningIcon()),
		info: theme.NewPrimaryThemedResource(theme.InfoIcon()),
	}
}

// severityMarker is the icon slot before a field's label; the label takes the
// severity's colour too.
type severityMarker struct {
	icon  *widget.Icon
	label *widget.Label
	on    bool
	sev   a7.Severity
}

func newSeverityMarker(label *widget.Label) *severityMarker {
	return &severityMarker{icon: widget.NewIcon(nil), label: label}
}

func (m *severityMarker) set(on bool, sev a7.Severity, icons markIcons) {
	if m.on == on && (!on || m.sev == sev) {
		return
	}
	m.on, m.sev = on, sev
	imp := widget.MediumImportance
	var res fyne.Resource
	if on {
		switch sev {
		case a7.Error:
			res, imp = icons.err, widget.DangerImportance
		case a7.Warning:
			res, imp = icons.warn, widget.WarningImportance
		default:
			res, imp = icons.info, widget.HighImportance
		}
	}
	m.icon.SetResource(res)
	if m.label != nil && m.label.Importance != imp {
		m.label.Importance = imp
		m.label.Refresh()
	}
}

// labelCell is a field's label with its marker slot in front of it (to its
// right in a right-to-left interface).
func (f *form) labelCell(text string) (fyne.CanvasObject, *widget.Label, *severityMarker) {
	l := widget.NewLabel(f.vis(text))
	l.Wrapping = fyne.TextWrapWord
	m := newSeverityMarker(l)
	slot := container.New(&fixedSizeLayout{size: fyne.NewSquareSize(theme.IconInlineSize())}, m.icon)
	f.dir.atStart(l)
	cell := f.dir.row(slot, nil, l)
	f.col.cells[cell] = l
	return cell, l, m
}

// heading is a section title.
func (f *form) heading(text string) *widget.Label {
	return f.dir.heading(f.vis(text), theme.SizeNameSubHeadingText)
}

// section appends a titled grid to the form and returns the grid to fill.
func (f *form) section(title string) *grid {
	g := f.newGrid()
	if title != "" {
		f.body.Add(f.heading(title))
	}
	f.body.Add(g.box)
	f.reloaders = append(f.reloaders, g)
	return g
}

// grid is a column of label/field pairs. It remembers the paths it registered
// and how to re-read its widgets, so that a list row can be dropped whole.
type grid struct {
	f       *form
	box     *fyne.Container
	paths   []string
	cells   []fyne.CanvasObject // label cells, forgotten with the grid
	reloads []func()
}

func (f *form) newGrid() *grid {
	return &grid{f: f, box: container.New(&pairsLayout{dir: f.dir, col: f.col})}
}

func (g *grid) reload() {
	g.f.loading++
	for _, r := range g.reloads {
		r()
	}
	g.f.loading--
}

// add appends a pair: the label of path (or label, when not empty) and w.
// focus is the widget Focus(path) focuses.
func (g *grid) add(path, label string, w fyne.CanvasObject, focus fyne.Focusable) {
	if label == "" {
		label = g.f.fieldLabel(path)
	}
	cell, _, m := g.f.labelCell(label)
	if oneLineFyneEntry(focus) {
		// Fyne's one-line entry keeps the wheel for its sideways scroller,
		// even when its text fits: a layer over it hands it to the page.
		w = container.NewStack(w, newWheelChain(nil, g.f.page))
	}
	g.cells = append(g.cells, cell)
	g.box.Add(cell)
	g.box.Add(w)
	g.f.register(path, &fieldRef{focus: focus, show: w, marker: m})
	g.paths = append(g.paths, path)
}

// onReload adds a function that re-reads a widget from the draft.
func (g *grid) onReload(r func()) { g.reloads = append(g.reloads, r) }

// labelColumn is the label column shared by the grids of a form, so that they
// align: its width is the widest label's, up to maxLabelWidth; longer labels
// wrap onto more lines.
type labelColumn struct {
	width float32
	// cells maps a label cell (marker slot + label) to its label, whose
	// wrapped height the layout computes itself.
	cells map[fyne.CanvasObject]*widget.Label
	// heights caches wrapped label heights by text and width.
	heights map[labelKey]float32
}

type labelKey struct {
	text  string
	bold  bool
	width float32
}

// maxLabelWidth is the widest the label column gets.
const maxLabelWidth = 210

func newLabelColumn() *labelColumn {
	return &labelColumn{cells: map[fyne.CanvasObject]*widget.Label{}, heights: map[labelKey]float32{}}
}

// cellExtra is the part of a label cell that is not text: the marker slot,
// the space after it and the label's own padding.
func cellExtra() float32 {
	return theme.IconInlineSize() + theme.Padding() + 2*theme.InnerPadding()
}

// natural is the width a cell needs to show its label on one line.
func (c *labelColumn) natural(cell fyne.CanvasObject) float32 {
	l, ok := c.cells[cell]
	if !ok {
		return cell.MinSize().Width
	}
	key := labelKey{l.Text, l.TextStyle.Bold, -1}
	if w, ok := c.heights[key]; ok {
		return w
	}
	w := fyne.MeasureText(l.Text, theme.TextSize(), l.TextStyle).Width + cellExtra()
	c.heights[key] = w
	return w
}

// height is the height of a cell at width w, its label wrapped by words (or
// by characters in a word too long for a line, as Chinese labels are).
func (c *labelColumn) height(cell fyne.CanvasObject, w float32) float32 {
	l, ok := c.cells[cell]
	if !ok {
		return cell.MinSize().Height
	}
	key := labelKey{l.Text, l.TextStyle.Bold, w}
	if h, ok := c.heights[key]; ok {
		return h
	}
	size := theme.TextSize()
	avail := w - cellExtra()
	lineH := fyne.MeasureText("M", size, l.TextStyle).Height
	lines := 1
	if avail > 0 {
		space := fyne.MeasureText(" ", size, l.TextStyle).Width
		var x float32
		for _, word := range strings.Fields(l.Text) {
			ww := fyne.MeasureText(word, size, l.TextStyle).Width
			switch {
			case x == 0:
				x = ww
			case x+space+ww <= avail:
				x += space + ww
			default:
				lines++
				x = ww
			}
			for x > avail { // a word wider than the line breaks inside
				lines++
				x -= avail
			}
		}
	}
	h := lineH*float32(lines) + 2*theme.InnerPadding()
	c.heights[key] = h
	return h
}

// pairsLayout lays out (label, field) pairs in two columns: labels on the
// left and fields on the right, or mirrored for right-to-left interfaces.
type pairsLayout struct {
	dir direction
	col *labelColumn
}

func (l *pairsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var fw float32
	n := 0
	for i := 0; i+1 < len(objs); i += 2 {
		if !objs[i+1].Visible() {
			continue
		}
		if w := min(l.col.natural(objs[i]), maxLabelWidth); w > l.col.width {
			l.col.width = w
		}
		fw = max(fw, objs[i+1].MinSize().Width)
		n++
	}
	if n == 0 {
		return fyne.Size{}
	}
	var h float32
	for i := 0; i+1 < len(objs); i += 2 {
		if objs[i+1].Visible() {
			h += max(l.col.height(objs[i], l.col.width), objs[i+1].MinSize().Height)
		}
	}
	return fyne.NewSize(l.col.width+pad+fw, h+pad*float32(n-1))
}

func (l *pairsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	lw := l.col.width
	if lw > size.Width/2 {
		lw = size.Width / 2
	}
	fw := size.Width - lw - pad
	var y float32
	for i := 0; i+1 < len(objs); i += 2 {
		label, field := objs[i], objs[i+1]
		if !field.Visible() {
			label.Hide()
			continue
		}
		label.Show()
		lh := l.col.height(label, lw)
		fh := field.MinSize().Height
		rh := max(lh, fh)
		label.Move(fyne.NewPos(l.dir.x(0, lw, size.Width), y))
		field.Move(fyne.NewPos(l.dir.x(lw+pad, fw, size.Width), y))
		label.Resize(fyne.NewSize(lw, lh))
		field.Resize(fyne.NewSize(fw, fh)) // at the top of a row made taller by its label
		y += rh + pad
	}
}

// fixedSizeLayout gives its objects one fixed size.
type fixedSizeLayout struct{ size fyne.Size }

func (l *fixedSizeLayout) MinSize([]fyne.CanvasObject) fyne.Size { return l.size }

// Layout centres the objects on the first line of text beside them.
func (l *fixedSizeLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height + 2*theme.InnerPadding()
	y := (min(size.Height, line) - l.size.Height) / 2
	for _, o := range objs {
		o.Resize(l.size)
		o.Move(fyne.NewPos(0, max(y, 0)))
	}
}

// narrowLayout lays its single object out at a fixed width (or the full width
// when narrower), at the start of its cell: left, or right in a
// right-to-left interface.
type narrowLayout struct {
	width float32
	dir   direction
}

func (l *narrowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	// The width is what the field prefers, not what it needs: a small
	// screen may give it less.
	return s
}

func (l *narrowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(l.width, size.Width)
	for _, o := range objs {
		w := max(w, o.MinSize().Width)
		o.Move(fyne.NewPos(l.dir.x(0, w, size.Width), 0))
		o.Resize(fyne.NewSize(w, o.MinSize().Height))
	}
}

// narrow puts obj at a fixed width at the leading edge of its cell.
func (f *form) narrow(obj fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.New(&narrowLayout{width: width, dir: f.dir}, obj)
}

// frame draws a thin rounded border around a list row.
func frame(content fyne.CanvasObject) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.StrokeColor = theme.Color(theme.ColorNameSeparator)
	r.StrokeWidth = 1
	r.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(r, container.NewPadded(content))
}

// errorText is a red line of text under a field, hidden when empty.
func errorText() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

func setErrorText(l *widget.Label, msg string) {
	if msg == "" {
		if l.Visible() {
			l.SetText("")
			l.Hide()
		}
		return
	}
	if l.Text != msg {
		l.SetText(msg)
	}
	if !l.Visible() {
		l.Show()
	}
}

// hint is a short explanation shown above a part of a form.
func (f *form) hint(id string) *widget.Label {
	l := f.dir.label(f.vis(f.T(id)))
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.LowImportance
	return l
}

// reserveLines gives its objects at least the height of a number of lines
// of text, so that a message that grows from one line to that many moves
// nothing under it.
type reserveLines struct{ lines int }

func (l *reserveLines) MinSize(objs []fyne.CanvasObject) fyne.Size {
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
	s := fyne.NewSize(0, line*float32(l.lines)+2*theme.InnerPadding())
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

func (l *reserveLines) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
	}
}

// rtlLine shows one line of right-to-left text (in visual order) that may
// be wider than its place: it keeps the right end, where the reading
// starts, and cuts the left. Fyne's truncation would cut the end of the
// string, which in visual order is the start of an Arabic line.
func rtlLine(l *widget.Label) fyne.CanvasObject {
	l.Wrapping = fyne.TextWrapOff
	l.Truncation = fyne.TextTruncateOff
	clip := container.NewScroll(container.New(rightAnchor{}, l)) // a scroller clips what it holds
	clip.Direction = container.ScrollNone
	return clip
}

// rightAnchor lays its objects out at their natural width against the
// right edge, overflowing to the left; it asks for no width of its own.
type rightAnchor struct{}

func (rightAnchor) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(0, h)
}

func (rightAnchor) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		w := max(o.MinSize().Width, size.Width)
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos(size.Width-w, 0))
	}
}
