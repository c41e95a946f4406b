package app

import (
	"path/filepath"
	"strings"
	"time"

	"fgdraft/forms"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// window is the main window: the wizard around one draft.
//
// The draft is the model. Widgets read it and write into it; everything the
// window shows about it (findings, badges, marks, the summary line, the
// preview) is recomputed from it. Changing the interface language or opening
// another draft throws the widgets away and builds them again.
type window struct {
	app   fyne.App
	win   fyne.Window
	opts  Options
	cat   *locales.Catalog
	fonts *fontSet
	prefs fyne.Preferences

	ui  *locales.Localizer
	env *editorEnv

	draft *forms.Proposal
	path  string // the file the draft was opened from or saved to; "" when untitled
	// reopened is the PDF or Word file an untitled draft was reopened from,
	// which names it until it is saved.
	reopened string
	example  bool // the draft is the bundled example, not yet saved anywhere
	dirty    bool
	current  forms.Step
	// docLang is the document language chosen on the review step.
	docLang forms.Lang

	// Results of the last validation.
	findings []forms.Finding
	counts   map[forms.Step]stepCount
	total    stepCount
	marks    map[string]forms.Severity

	stepForms map[forms.Step]stepForm // made when a step is first shown
	review    *reviewStep

	// Widgets of the current build of the interface.
	stepRows    map[forms.Step]*stepRow
	stepTitle   *widget.Label
	stepBody    *fyne.Container
	back, next  *widget.Button
	summary     *widget.Label
	summaryIcon *widget.Icon
	panel       *findingsPanel
	split       *container.Split // the step and the findings panel
	stepArea    fyne.CanvasObject
	work        *fyne.Container // holds split, or stepArea alone with the panel hidden
	banner      *exampleBanner

	// unreadable is the text of fields that hold no value of the field
	// (see unreadableRule), by path.
	unreadable map[string]string

	autosave    autosaver
	exportFonts exportFonts
	translate   translateLink // the translation window, when open
}

// stepCount is how many findings of each severity concern a step.
type stepCount struct{ errors, warnings, infos int }

func (c stepCount) status() forms.Severity {
	switch {
	case c.errors > 0:
		return forms.Error
	case c.warnings > 0:
		return forms.Warning
	}
	return forms.Info
}

// newWindow makes the main window with its first draft and interface; it
// does not show it. Tests drive the returned window.
func newWindow(a fyne.App, opts Options) *window {
	opts.fill(a)
	w := &window{
		app:     a,
		opts:    opts,
		cat:     opts.Catalog,
		fonts:   newFontSet(),
		prefs:   a.Preferences(),
		current: forms.StepContribution,
	}
	w.exportFonts.producer = opts.Version.Producer()
	w.win = a.NewWindow("fgdraft")
	w.win.Resize(w.startSize())
	w.win.SetMaster()
	w.win.SetCloseIntercept(w.closeRequested)
	w.win.SetOnDropped(w.dropped)
	if opts.StartStep != "" {
		w.current = opts.StartStep
	}
	w.autosave.init(w)
	w.setLanguage(w.startLanguage(), false)

	var startErr error
	switch {
	case opts.Example:
		w.openExample()
	case opts.Draft != "":
		startErr = w.load(opts.Draft)
	case w.prefs.String(prefLastFile) != "":
		startErr = w.load(w.prefs.String(prefLastFile))
	default:
		w.openExample()
	}
	if w.draft == nil {
		w.openExample()
	}
	w.rebuild()
	if startErr != nil {
		w.showStartError(startErr)
	}
	w.autosave.offerRecovery()
	return w
}

// startLanguage is the remembered interface language, or the system's on the
// first run, or English.
func (w *window) startLanguage() forms.Lang {
	if w.opts.Lang.Valid() {
		return w.opts.Lang
	}
	if l := forms.Lang(w.prefs.String(prefUILanguage)); l.Valid() {
		return l
	}
	return systemLanguage()
}

// setLanguage switches the interface to lang and, when rebuild is set,
// builds every widget again. The draft is untouched.
func (w *window) setLanguage(lang forms.Lang, rebuild bool) {
	if !lang.Valid() {
		lang = forms.English
	}
	w.ui = w.cat.In(lang)
	useFyneLanguage(lang)
	w.app.Settings().SetTheme(newUITheme(w.fonts, lang))
	if rebuild {
		w.prefs.SetString(prefUILanguage, string(lang))
		w.rebuild()
	}
}

// dir is the layout direction of the interface.
func (w *window) dir() direction { return directionOf(w.ui.Lang()) }

func (w *window) today() forms.Date { return w.opts.Today() }

// rebuild makes the whole interface again from the draft: menus, step forms,
// panels. It keeps the current step.
func (w *window) rebuild() {
	w.env = &editorEnv{
		draft:   w.draft,
		changed: w.changed,
		ui:      w.ui,
		win:     w.win,
		today:   w.today,
		goTo:    w.goToField,

		unreadable: w.setUnreadable,
	}
	w.unreadable = nil // the widgets are made anew from the draft
	w.stepForms = map[forms.Step]stepForm{}
	w.review = newReviewStep(w)

	w.summaryIcon = widget.NewIcon(theme.InfoIcon())
	w.summary = widget.NewLabel("")
	w.summary.TextStyle.Bold = true
	// One line, cut short on a narrow window: a summary that wrapped onto a
	// second line as the user typed would move the whole form down.
	w.summary.Wrapping = fyne.TextWrapOff
	w.summary.Truncation = fyne.TextTruncateEllipsis
	dir := w.dir()
	dir.atStart(w.summary)

	w.stepRows = map[forms.Step]*stepRow{}
	steps := container.NewVBox()
	for _, s := range forms.Steps() {
		row := newStepRow(w.ui.T("step."+string(s)), dir, w.visual, func() { w.showStep(s) })
		w.stepRows[s] = row
		steps.Add(row.row)
	}

	w.stepTitle = widget.NewLabel("")
	w.stepTitle.TextStyle.Bold = true
	w.stepTitle.SizeName = theme.SizeNameSubHeadingText
	dir.atStart(w.stepTitle)
	w.stepBody = container.NewStack()

	w.back = widget.NewButtonWithIcon(w.ui.T("ui.nav.back"), theme.NavigateBackIcon(), func() { w.move(-1) })
	w.next = widget.NewButtonWithIcon(w.ui.T("ui.nav.next"), theme.NavigateNextIcon(), func() { w.move(+1) })
	nav := dir.navBar(w.back, w.next) // right to left, "back" points right and sits on the right

	w.panel = newFindingsPanel(w)

	stepArea := container.NewBorder(
		container.NewVBox(w.stepTitle, widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), nav),
		nil, nil, w.stepBody)
	stepsTitle := widget.NewLabel(w.visual(w.ui.T("ui.steps.title")))
	stepsTitle.TextStyle.Bold = true
	dir.atStart(stepsTitle)
	stepsPanel := container.NewBorder(stepsTitle, nil, nil, nil, container.NewVScroll(steps))

	panel := container.New(&minWidthLayout{width: findingsMinWidth}, w.panel.content)
	split := dir.split(stepArea, panel, w.findingsOffset())
	w.work = container.NewStack(split)
	centre := dir.row(dir.tight(stepsPanel, widget.NewSeparator()), nil, w.work)
	w.split, w.stepArea = split, stepArea
	w.showFindingsPanel(!w.prefs.Bool(prefFindingsHidden) && w.startSize().Width >= narrowWindow)
	top := dir.row(w.summaryIcon, nil, dir.line(w.summary))
	w.banner = newExampleBanner(w)
	w.win.SetContent(container.NewBorder(container.NewVBox(top, widget.NewSeparator(), w.banner.box), nil, nil, nil, centre))
	w.win.SetMainMenu(w.mainMenu())
	w.addShortcuts()

	w.revalidate()
	w.showStep(w.current)
	w.updateTitle()
}

// formFor returns the form of a step, making it on first use.
func (w *window) formFor(s forms.Step) stepForm {
	if s == forms.StepReview {
		return w.review
	}
	f, ok := w.stepForms[s]
	if !ok {
		f = newStepForm(s, w.env)
		w.stepForms[s] = f
		f.Mark(w.marks)
	}
	return f
}

// showStep makes s the current step.
func (w *window) showStep(s forms.Step) {
	if w.current != s && w.dirty {
		w.autosave.now()
	}
	w.current = s
	f := w.formFor(s)
	if s == forms.StepReview {
		w.review.refresh()
	} else {
		f.Mark(w.marks)
	}
	w.stepTitle.SetText(w.visual(w.ui.T("step." + string(s))))
	w.stepBody.Objects = []fyne.CanvasObject{f.Content()}
	w.stepBody.Refresh()
	for step, row := range w.stepRows {
		row.setSelected(step == s)
	}
	i := stepIndex(s)
	if i == 0 {
		w.back.Disable()
	} else {
		w.back.Enable()
	}
	if i == len(forms.Steps())-1 {
		w.next.Disable()
	} else {
		w.next.Enable()
	}
}

// move goes delta steps forward or back.
func (w *window) move(delta int) {
	steps := forms.Steps()
	i := stepIndex(w.current) + delta
	if i >= 0 && i < len(steps) {
		w.showStep(steps[i])
	}
}

func stepIndex(s forms.Step) int {
	for i, x := range forms.Steps() {
		if x == s {
			return i
		}
	}
	return 0
}

// goToField shows the step of a field path and focuses its widget.
func (w *window) goToField(path string) {
	s := forms.StepOf(path)
	w.showStep(s)
	w.formFor(s).Focus(path)
}

// changed is env.changed: the draft was edited at path.
func (w *window) changed(path string) {
	if !w.dirty {
		w.dirty = true
		w.updateTitle()
	}
	w.revalidate()
	w.autosave.schedule()
}

// validateOptions are the options of the live check.
func (w *window) validateOptions() forms.Options {
	opt := forms.Options{Today: w.today()}
	if w.docLang.Valid() && w.docLang != w.draft.Language {
		opt.ExportLang = w.docLang
	}
	return opt
}

// revalidate runs the whole catalogue and updates everything that shows
// findings: the panel, the step badges, the marks of the current form, the
// summary line and, when it is shown, the review step.
func (w *window) revalidate() {
	// Errors first: unreadable text is an error.
	w.findings = append(w.unreadableFindings(), forms.Validate(w.draft, w.validateOptions())...)
	counts := map[forms.Step]stepCount{}
	var total stepCount
	marks := make(map[string]forms.Severity, len(w.findings))
	for _, f := range w.findings {
		s := forms.StepReview
		if len(f.Fields) > 0 {
			s = forms.StepOf(f.Fields[0])
		}
		c := counts[s]
		switch f.Severity {
		case forms.Error:
			c.errors++
			total.errors++
		case forms.Warning:
			c.warnings++
			total.warnings++
		default:
			c.infos++
			total.infos++
		}
		counts[s] = c
		for _, p := range f.Fields {
			if old, ok := marks[p]; !ok || f.Severity > old {
				marks[p] = f.Severity
			}
		}
	}
	// The review step lists every finding: its badge is the whole draft's.
	counts[forms.StepReview] = total
	w.counts, w.total, w.marks = counts, total, marks

	for s, row := range w.stepRows {
		row.setCount(counts[s], w.ui)
	}
	w.panel.update(w.findings)
	w.translate.sync(w)
	if f, ok := w.stepForms[w.current]; ok {
		f.Mark(marks)
	}
	if w.current == forms.StepReview && w.review != nil {
		w.review.updateFindings()
	}
	w.updateSummary()
}

// updateSummary writes the most urgent thing about the draft in one line.
func (w *window) updateSummary() {
	text, sev := summaryLine(w.ui, w.draft, w.total, w.validateOptions(), w.today())
	w.summary.SetText(w.visual(text))
	switch sev {
	case forms.Error:
		w.summaryIcon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
	case forms.Warning:
		w.summaryIcon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
	default:
		w.summaryIcon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
	}
}

// summaryLine is the summary text and how serious it is. The submission
// deadline comes first when it is near (a week or less) or past.
func summaryLine(ui *locales.Localizer, p *forms.Proposal, total stepCount, opt forms.Options, today forms.Date) (string, forms.Severity) {
	var parts []string
	sev := forms.Info
	var status string
	switch {
	case total.errors > 0:
		status = ui.N("ui.summary.errors", total.errors, nil)
		sev = forms.Error
	case total.warnings > 0:
		status = ui.N("ui.summary.warnings", total.warnings, nil)
		sev = forms.Warning
	default:
		status = ui.T("ui.summary.ready")
	}
	var deadline string
	urgent := false
	for _, d := range forms.DerivedDates(p, opt) {
		if d.Kind != forms.DeadlineSubmission && d.Kind != forms.DeadlineCommentsEnd {
			continue
		}
		left := today.DaysUntil(d.Date)
		date := ui.Date(d.Date)
		switch {
		case d.Kind == forms.DeadlineCommentsEnd:
			deadline = ui.T("ui.summary.commentsEnd", map[string]any{"Date": date})
		case left < 0:
			deadline = ui.N("ui.summary.deadlinePassed", -left, map[string]any{"Date": date})
			urgent = true
			sev = forms.Error
		case left == 0:
			deadline = ui.T("ui.summary.deadlineToday", map[string]any{"Date": date})
			urgent = true
		default:
			deadline = ui.N("ui.summary.deadline", left, map[string]any{"Date": date})
			urgent = left <= 7
		}
		break
	}
	if deadline != "" && urgent {
		parts = append(parts, deadline, status)
	} else {
		parts = append(parts, status)
		if deadline != "" {
			parts = append(parts, deadline)
		}
	}
	return strings.Join(parts, ui.T("ui.summary.separator")), sev
}

// updateTitle shows the file name and whether it has unsaved changes.
func (w *window) updateTitle() {
	w.win.SetTitle(w.title())
	if w.banner != nil {
		w.banner.set(w.example)
	}
}

func (w *window) title() string {
	name := w.ui.T("ui.title.untitled")
	switch {
	case w.path != "":
		name = filepath.Base(w.path)
	case w.reopened != "":
		name = reopenedName(w.reopened)
	case w.example:
		name = w.ui.T("ui.title.example")
	}
	if w.dirty {
		name = "• " + name
	}
	return name + " — fgdraft"
}

// replaceDraft makes p the draft and rebuilds the interface around it.
func (w *window) replaceDraft(p *forms.Proposal, path string, example, dirty bool) {
	w.draft = p
	w.path = path
	w.reopened = ""
	w.example = example
	w.dirty = dirty
	w.docLang = p.Language
	if w.stepRows != nil { // the interface exists: build it around the new draft
		w.rebuild()
	}
}

// idle lets timers of this window fire on the UI goroutine.
func (w *window) after(d time.Duration, f func()) *time.Timer {
	return time.AfterFunc(d, func() { fyne.Do(f) })
}
