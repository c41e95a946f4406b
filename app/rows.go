package app

import (
	"image/color"

	"fgdraft/app/session"
	"fgdraft/forms/a7"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tapRow is a row of arbitrary content that reacts to a tap, with a hover
// and a selected background.
type tapRow struct {
	widget.BaseWidget
	content  fyne.CanvasObject
	onTap    func()
	bg       *canvas.Rectangle
	hovered  bool
	selected bool
}

func newTapRow(content fyne.CanvasObject, onTap func()) *tapRow {
	r := &tapRow{content: content, onTap: onTap, bg: canvas.NewRectangle(color.Transparent)}
	r.bg.CornerRadius = theme.InputRadiusSize()
	r.ExtendBaseWidget(r)
	return r
}

func (r *tapRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.bg, r.content))
}

// Tapped implements fyne.Tappable.
func (r *tapRow) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

// MouseIn implements desktop.Hoverable.
func (r *tapRow) MouseIn(*desktop.MouseEvent) { r.hovered = true; r.paint() }

// MouseMoved implements desktop.Hoverable.
func (r *tapRow) MouseMoved(*desktop.MouseEvent) {}

// MouseOut implements desktop.Hoverable.
func (r *tapRow) MouseOut() { r.hovered = false; r.paint() }

// Cursor implements desktop.Cursorable.
func (r *tapRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (r *tapRow) setSelected(b bool) {
	if r.selected != b {
		r.selected = b
		r.paint()
	}
}

func (r *tapRow) paint() {
	th := r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	switch {
	case r.selected:
		r.bg.FillColor = th.Color(theme.ColorNameSelection, v)
	case r.hovered:
		r.bg.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		r.bg.FillColor = color.Transparent
	}
	r.bg.Refresh()
}

// stepRow is one step in the steps list: status icon, name, and a caption
// with the counts of errors and warnings.
type stepRow struct {
	row     *tapRow // the widget in the list
	icon    *widget.Icon
	name    *widget.Label
	caption *widget.Label
	count   session.StepCount
	shown   bool // count has been shown once
	visual  func(string) string
}

func newStepRow(name string, dir direction, visual func(string) string, onTap func()) *stepRow {
	s := &stepRow{icon: widget.NewIcon(theme.ConfirmIcon()), visual: visual}
	s.name = widget.NewLabel(visual(name))
	s.name.TextStyle.Bold = true
	s.caption = widget.NewLabel("")
	s.caption.SizeName = theme.SizeNameCaptionText
	text := container.New(&tightVBox{}, s.name, s.caption)
	dir.atStart(s.name, s.caption)
	content := dir.row(s.icon, nil, text)
	s.row = newTapRow(container.NewPadded(content), onTap)
	return s
}

func (s *stepRow) setSelected(b bool) { s.row.setSelected(b) }

// setCount shows the step's findings.
func (s *stepRow) setCount(c session.StepCount, ui *locales.Localizer) {
	if s.shown && c == s.count {
		return
	}
	s.shown, s.count = true, c
	var caption string
	switch {
	case c.Errors > 0 && c.Warnings > 0:
		caption = ui.N("ui.badge.errors", c.Errors, nil) + ui.T("ui.summary.separator") + ui.N("ui.badge.warnings", c.Warnings, nil)
	case c.Errors > 0:
		caption = ui.N("ui.badge.errors", c.Errors, nil)
	case c.Warnings > 0:
		caption = ui.N("ui.badge.warnings", c.Warnings, nil)
	default:
		caption = ui.T("ui.badge.complete")
	}
	s.caption.SetText(s.visual(caption))
	s.icon.SetResource(severityIcon(c.Status()))
}

// severityIcon is the icon of a severity, coloured; Info means "all well".
func severityIcon(s a7.Severity) fyne.Resource {
	switch s {
	case a7.Error:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case a7.Warning:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	}
	return theme.NewSuccessThemedResource(theme.ConfirmIcon())
}

// findingIcon is the icon of a finding's severity.
func findingIcon(s a7.Severity) fyne.Resource {
	if s == a7.Info {
		return theme.NewPrimaryThemedResource(theme.InfoIcon())
	}
	return severityIcon(s)
}

// tightVBox stacks objects vertically with no gap.
type tightVBox struct{}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
	}
	// Labels carry their own padding; overlap it a little.
	if n := len(objs); n > 1 {
		s.Height -= float32(n-1) * theme.Padding() * 1.5
	}
	return s
}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.Padding()*1.5
	}
}
