package app

import (
	"path/filepath"
	"strings"
	"time"

	"fgdraft/app/session"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// window is the main window: the wizard around one draft.
//
// The session holds the draft and what is known about it (its file, unsaved
// state, findings); widgets read the draft and write into it, then tell the
// session, which tells the window what to show again (findings, badges,
// marks, the summary line, the title). Changing the interface language or
// opening another draft throws the widgets away and builds them again.
type window struct {
	*uiEnv // the interface language, fonts, app and day, shared with the screens
	win    fyne.Window
	opts   Options
	prefs  fyne.Preferences

	env *editorEnv

	sess    *session.Session
	current forms.Step

	stepForms map[forms.Step]stepForm // made when a step is first shown
	tables    map[string]bool         // the lists shown as a table (editorEnv.tables)
	review    *reviewStep

	// Widgets of the current build of the interface.
	stepRows    map[forms.Step]*stepRow
	stepTitle   *widget.Label
	stepBody    *fyne.Container
	back, next  *keyButton
	summary     *widget.Label
	summaryIcon *widget.Icon
	panel       *findingsPanel
	split       *container.Split // the step and the findings panel
	stepArea    fyne.CanvasObject
	work        *fyne.Container // holds split, or stepArea alone with the panel hidden
	banner      *exampleBanner

	autosave    autosaver
	exportFonts exportFonts
	exports     *exportFlow   // the export from the review step
	files       *fileFlow     // new, open, save, close
	translate   translateLink // the translation window, when open
	edit        editMenuState // Undo and Redo in the Edit menu (undo.go)
	find        *findBar      // the find bar (find.go)
}

// newWindow makes the main window with its first draft and interface; it
// does not show it. Tests drive the returned window.
func newWindow(a fyne.App, opts Options) *window {
	opts.fill(a)
	w := &window{
		uiEnv: &uiEnv{
			cat:    opts.Catalog,
			fonts:  newFontSet(),
			app:    a,
			today:  opts.Today,
			screen: opts.Screen,
		},
		opts:    opts,
		prefs:   a.Preferences(),
		current: forms.StepContribution,
		tables:  map[string]bool{},
	}
	w.textFonts = &w.exportFonts
	w.exportFonts.producer = opts.Version.Producer()
	w.win = a.NewWindow("fgdraft")
	w.win.Resize(w.startSize())
	w.win.SetMaster()
	if opts.StartStep != "" {
		w.current = opts.StartStep
	}
	// A placeholder draft until the one to show is opened below.
	w.sess = session.New(session.Blank(forms.English), w.today)
	w.sess.Remember(w.prefs)
	w.exports = &exportFlow{env: w.uiEnv, host: w, sess: w.sess, win: w.win, prefs: w.prefs}
	w.files = &fileFlow{env: w.uiEnv, host: w, sess: w.sess, win: w.win, autosave: &w.autosave}
	w.win.SetCloseIntercept(w.files.closeRequested)
	w.win.SetOnDropped(w.files.dropped)
	w.setLanguage(w.sess.StartInterfaceLang(w.opts.Lang, systemLanguage), false)
	w.sess.Subscribe(w.sessionChanged)
	w.sess.OnHistory(w.labelHistory)
	w.autosave.init(w)

	var startErr error
	loaded := false
	switch {
	case opts.Example:
	case opts.Draft != "":
		loaded, startErr = w.files.load(opts.Draft, nil)
	case w.sess.LastFile() != "":
		loaded, startErr = w.files.load(w.sess.LastFile(), nil)
	}
	if !loaded {
		w.files.openExample()
	}
	w.rebuild()
	if startErr != nil {
		w.showStartError(startErr)
	}
	w.autosave.offerRecovery()
	w.warnMissingInputMethod()
	return w
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
		w.sess.ChooseInterfaceLang(lang)
		w.rebuild()
	}
}

// rebuild makes the whole interface again from the draft: menus, step forms,
// panels. It keeps the current step.
func (w *window) rebuild() {
	w.env = &editorEnv{
		draft:   w.sess.Draft(),
		changed: w.changed,
		ui:      w.ui,
		win:     w.win,
		today:   w.today,
		goTo:    w.goToField,

		unreadable: w.sess.SetUnreadable,
		tables:     w.tables,
		textFonts:  w.textFonts,
	}
	w.sess.ForgetUnreadable() // the widgets are made anew from the draft
	w.stepForms = map[forms.Step]stepForm{}
	w.review = newReviewStep(w.uiEnv, w, w.exports, w.sess)

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

	w.back = newKeyButton(w.ui.T("ui.nav.back"), theme.NavigateBackIcon(), func() { w.move(-1) })
	w.next = newKeyButton(w.ui.T("ui.nav.next"), theme.NavigateNextIcon(), func() { w.move(+1) })
	nav := dir.navBar(w.back, w.next) // right to left, "back" points right and sits on the right

	w.panel = newFindingsPanel(w.uiEnv, w)

	stepArea := container.NewBorder(
		container.NewVBox(w.stepTitle, widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), nav),
		nil, nil, w.stepBody)
	stepsTitle := widget.NewLabel(w.visual(w.ui.T("ui.steps.title")))
	stepsTitle.TextStyle.Bold = true
	dir.atStart(stepsTitle)
	stepsPanel := container.NewBorder(stepsTitle, nil, nil, nil, container.NewVScroll(steps))

	sidebar := dir.tight(stepsPanel, widget.NewSeparator())
	panel := container.New(&findingsWidthLayout{w: w, sidebar: sidebar, step: stepArea}, w.panel.content)
	split := dir.split(stepArea, panel, w.findingsOffset())
	w.work = container.NewStack(split)
	centre := dir.row(sidebar, nil, w.work)
	w.split, w.stepArea = split, stepArea
	w.showFindingsPanel(!w.prefs.Bool(prefFindingsHidden) && w.startSize().Width >= narrowWindow)
	top := dir.row(w.summaryIcon, nil, dir.line(w.summary))
	w.banner = newExampleBanner(w.uiEnv, w.files.newDraft, w.sess.Example())
	w.find = newFindBar(w, w.find)
	w.win.SetContent(container.NewBorder(container.NewVBox(top, widget.NewSeparator(), w.banner.box), w.find.box, nil, nil, centre))
	w.win.SetMainMenu(w.mainMenu())
	w.addShortcuts()

	w.sess.Revalidate()
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
		f.Mark(w.sess.Marks())
	}
	return f
}

// showStep makes s the current step.
func (w *window) showStep(s forms.Step) {
	if w.current != s && w.sess.Dirty() {
		w.autosave.now()
	}
	w.current = s
	f := w.formFor(s)
	if s == forms.StepReview {
		w.review.refresh()
	} else {
		f.Mark(w.sess.Marks())
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
	w.sess.Edited()
	w.autosave.edited()
}

// reloadForms re-reads every step form made so far from the draft (its
// fields were changed from outside them: a Word file's changes taken).
func (w *window) reloadForms() {
	for _, f := range w.stepForms {
		f.Reload()
	}
	w.review.refresh()
}

// sessionChanged is the session's listener: it shows again what changed.
func (w *window) sessionChanged(c session.Change) {
	switch c {
	case session.DraftReplaced:
		if w.stepRows != nil { // the interface exists: build it around the new draft
			w.rebuild()
		}
	case session.NameChanged:
		w.updateTitle()
	case session.FindingsChanged:
		w.showFindings()
	}
}

// showFindings updates everything that shows findings: the panel, the step
// badges, the marks of the current form, the summary line and, when it is
// shown, the review step.
func (w *window) showFindings() {
	if w.panel == nil { // the interface is not built yet
		return
	}
	for s, row := range w.stepRows {
		row.setCount(w.sess.Count(s), w.ui)
	}
	w.panel.update(w.sess.Findings())
	w.translate.sync(w.uiEnv, w, w.exports, w.sess)
	if f, ok := w.stepForms[w.current]; ok {
		f.Mark(w.sess.Marks())
	}
	if w.current == forms.StepReview && w.review != nil {
		w.review.updateFindings()
	}
	w.updateSummary()
}

// updateSummary writes the most urgent thing about the draft in one line.
func (w *window) updateSummary() {
	text, sev := summaryLine(w.ui, w.sess.Draft(), w.sess.Total(), w.sess.ValidateOptions(), w.today())
	w.summary.SetText(w.visual(text))
	switch sev {
	case a7.Error:
		w.summaryIcon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
	case a7.Warning:
		w.summaryIcon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
	default:
		w.summaryIcon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
	}
}

// summaryLine is the summary text and how serious it is. The submission
// deadline comes first when it is near (a week or less) or past.
func summaryLine(ui *locales.Localizer, p *forms.Proposal, total session.StepCount, opt a7.Options, today forms.Date) (string, a7.Severity) {
	var parts []string
	sev := a7.Info
	var status string
	switch {
	case total.Errors > 0:
		status = ui.N("ui.summary.errors", total.Errors, nil)
		sev = a7.Error
	case total.Placeholders > 0:
		// No error of A.7, but a draft with "TBD" in it is not ready to file.
		status = ui.N("ui.summary.placeholders", total.Placeholders, nil)
		sev = a7.Warning
	case total.Warnings > 0:
		status = ui.N("ui.summary.warnings", total.Warnings, nil)
		sev = a7.Warning
	default:
		status = ui.T("ui.summary.ready")
	}
	var deadline string
	urgent := false
	for _, d := range a7.DerivedDates(p, opt) {
		if d.Kind != a7.DeadlineSubmission && d.Kind != a7.DeadlineCommentsEnd {
			continue
		}
		left := today.DaysUntil(d.Date)
		date := ui.Date(d.Date)
		switch {
		case d.Kind == a7.DeadlineCommentsEnd:
			deadline = ui.T("ui.summary.commentsEnd", map[string]any{"Date": date})
		case left < 0:
			deadline = ui.N("ui.summary.deadlinePassed", -left, map[string]any{"Date": date})
			urgent = true
			sev = a7.Error
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
		w.banner.set(w.sess.Example())
	}
}

func (w *window) title() string {
	name := w.displayName()
	if w.sess.Dirty() {
		name = "• " + name
	}
	return name + " — fgdraft"
}

// displayName names the draft in messages.
func (w *window) displayName() string {
	if r := w.sess.Reopened(); r != "" {
		// Says where the draft came from: a PDF or Word file fgdraft wrote.
		return w.ui.T("ui.title.reopened", map[string]any{"File": filepath.Base(r)})
	}
	return w.sess.Name(w.ui.T("ui.title.example"), w.ui.T("ui.title.untitled"))
}

// showError shows a message with an OK button. The message is interface
// text (a label would set an Arabic one left to right, in logical order).
func (w *window) showError(title, text string) {
	l := newWrapText(text, w.ui.Lang(), w.textFonts)
	d := dialog.NewCustom(title, w.ui.T("ui.dialog.ok"), container.NewVScroll(l), w.win)
	d.Resize(fyne.NewSize(520, 240))
	dialogKeys(w.win.Canvas(), d, d.Hide, d.Hide)
	d.Show()
}

// idle lets timers of this window fire on the UI goroutine.
func (w *window) after(d time.Duration, f func()) *time.Timer {
	return time.AfterFunc(d, func() { fyne.Do(f) })
}
