package app

import (
	"slices"

	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// panelLimit is how many findings the side panel lists; the review step
// lists them all.
const panelLimit = 150

// findingList is a column of findings grouped by severity, each row taking
// the user to the finding's field. Rows are kept between updates and only
// rewritten when their text changes, so that an edit that leaves most
// findings as they were costs little.
type findingList struct {
	env   *uiEnv
	nav   navigator // where a row leads
	limit int       // 0: no limit
	box   *fyne.Container
	rows  []*findingRow
	heads [3]*widget.Label // per severity
	more  *widget.Label
	empty *widget.Label
	shown []a7.Finding
}

// findingRow is one finding: icon, message, and where it is.
type findingRow struct {
	row   *tapRow
	icon  *widget.Icon
	msg   *wrapText
	where *wrapText
	sev   a7.Severity
	key   string
	field string
}

// newFindingList makes a list of at most limit findings (0: all) whose
// rows lead, through nav, to the step or field of their finding.
func newFindingList(env *uiEnv, nav navigator, limit int) *findingList {
	l := &findingList{env: env, nav: nav, limit: limit, box: container.NewVBox()}
	for s := a7.Info; s <= a7.Error; s++ {
		h := widget.NewLabel("")
		h.TextStyle.Bold = true
		l.heads[s] = env.dir().atStart(h)
	}
	l.more = widget.NewLabel("")
	l.more.Wrapping = fyne.TextWrapWord
	l.empty = widget.NewLabel(env.ui.T("ui.findings.none"))
	l.empty.Wrapping = fyne.TextWrapWord
	env.dir().atStart(l.more, l.empty)
	return l
}

func (l *findingList) newRow() *findingRow {
	r := &findingRow{icon: widget.NewIcon(nil)}
	r.msg = newWrapText("", l.env.ui.Lang(), l.env.textFonts)
	r.where = newWrapText("", l.env.ui.Lang(), l.env.textFonts)
	r.where.setStyle(theme.SizeNameCaptionText, false)
	text := container.New(&tightVBox{}, r.msg, r.where)
	content := l.env.dir().row(container.NewVBox(r.icon), nil, text)
	r.row = newTapRow(content, func() { l.open(r) })
	return r
}

// navigator takes the user to a step or a field: a finding's row does.
type navigator interface {
	showStep(forms.Step)
	goToField(path string)
}

// open takes the user to the finding's field.
func (l *findingList) open(r *findingRow) {
	if r.field == "" {
		l.nav.showStep(forms.StepReview)
		return
	}
	l.nav.goToField(r.field)
}

// update shows findings (sorted by severity, most serious first). It
// reports whether anything shown changed.
func (l *findingList) update(findings []a7.Finding) bool {
	ui := l.env.ui
	n := len(findings)
	if l.limit > 0 && n > l.limit {
		n = l.limit
	}
	for len(l.rows) < n {
		l.rows = append(l.rows, l.newRow())
	}
	var per [3]int
	for _, f := range findings {
		per[f.Severity]++
	}
	changed := false
	objs := make([]fyne.CanvasObject, 0, n+4)
	if len(findings) == 0 {
		objs = append(objs, l.empty)
	}
	last := a7.Severity(-1)
	for i, f := range findings[:n] {
		if f.Severity != last {
			last = f.Severity
			h := l.heads[f.Severity]
			text := uiText(ui, ui.N("ui.findings.group."+f.Severity.String(), per[f.Severity], nil))
			if h.Text != text {
				h.SetText(text)
				changed = true
			}
			objs = append(objs, h)
		}
		r := l.rows[i]
		if l.fill(r, f) {
			changed = true
		}
		objs = append(objs, r.row)
	}
	if n < len(findings) {
		l.more.SetText(uiText(ui, ui.N("ui.findings.more", len(findings)-n, nil)))
		objs = append(objs, l.more)
	}
	l.shown = findings[:n]
	if !slices.Equal(l.box.Objects, objs) {
		l.box.Objects = objs
		l.box.Refresh()
		changed = true
	}
	return changed
}

// fill writes a finding into a row when it differs from what the row shows;
// it reports whether it did.
func (l *findingList) fill(r *findingRow, f a7.Finding) bool {
	ui := l.env.ui
	field := ""
	if len(f.Fields) > 0 {
		field = f.Fields[0]
	}
	msg := ui.Finding(f)
	// A.7 clauses are numbers; a rule resting on another Recommendation
	// (deadline.translation: Rec. ITU-T A.1) names it instead.
	whereKey, clauseKey, clauseParam := "ui.finding.where", "ui.finding.clause", "Clause"
	if !a7.IsA7Clause(f.Clause) {
		whereKey, clauseKey, clauseParam = "ui.finding.whereRec", "ui.finding.rec", "Rec"
	}
	var where string
	if f.Clause == "" && field != "" { // not a rule of A.7: no clause to cite
		where = ui.T("wizard.finding.where", map[string]any{
			"Step":  ui.T("step." + string(forms.StepOf(field))),
			"Field": ui.FieldLabel(field),
		})
	} else if field != "" {
		where = ui.T(whereKey, map[string]any{
			clauseParam: f.Clause,
			"Step":      ui.T("step." + string(forms.StepOf(field))),
			"Field":     ui.FieldLabel(field),
		})
	} else {
		where = ui.T(clauseKey, map[string]any{clauseParam: f.Clause})
	}
	key := f.Severity.String() + "\x00" + msg + "\x00" + where
	r.field = field
	if key == r.key {
		return false
	}
	r.key = key
	if r.sev != f.Severity || r.icon.Resource == nil {
		r.sev = f.Severity
		r.icon.SetResource(findingIcon(f.Severity))
	}
	r.msg.SetText(msg)
	r.where.SetText(where)
	return true
}

// findingsPanel is the side panel: a title and the finding list.
type findingsPanel struct {
	env     *uiEnv
	list    *findingList
	title   *widget.Label
	scroll  *container.Scroll
	content fyne.CanvasObject
}

func newFindingsPanel(env *uiEnv, nav navigator) *findingsPanel {
	p := &findingsPanel{env: env, list: newFindingList(env, nav, panelLimit)}
	p.title = widget.NewLabel(env.ui.T("ui.findings.title"))
	p.title.TextStyle.Bold = true
	env.dir().atStart(p.title)
	p.scroll = container.NewVScroll(p.list.box)
	p.content = container.NewBorder(container.NewVBox(p.title, widget.NewSeparator()), nil, nil, nil, p.scroll)
	return p
}

// update shows findings. When the list changed, it scrolls back to the top,
// where the most serious findings are: an offset kept from the old list
// would show other rows, and could hide the errors the summary counts.
func (p *findingsPanel) update(findings []a7.Finding) {
	if p.list.update(findings) && p.scroll.Offset.Y != 0 {
		p.scroll.ScrollToTop()
	}
	ui := p.env.ui
	title := uiText(ui, ui.N("ui.findings.titleCount", len(findings), nil))
	if p.title.Text != title {
		p.title.SetText(title)
	}
}
