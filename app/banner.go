package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// exampleBanner says in the window, not only in its title, that the draft
// is the bundled example, and offers to start a proposal of one's own. It
// shows while the draft is the unsaved example.
type exampleBanner struct {
	box *fyne.Container
}

// newExampleBanner makes the banner, shown when example is set; its button
// calls newDraft, which starts a new proposal (asking first about unsaved
// changes).
func newExampleBanner(env *uiEnv, newDraft func(), example bool) *exampleBanner {
	ui := env.ui
	// Broken into lines by the text layer: in Arabic and Chinese a wrapped
	// label would order or break the lines wrongly.
	msg := newWrapText(ui.T("wizard.example.banner"), ui.Lang(), env.textFonts)
	start := newKeyButton(ui.T("wizard.example.start"), theme.DocumentCreateIcon(), newDraft)
	start.Importance = widget.HighImportance
	icon := widget.NewIcon(theme.NewPrimaryThemedResource(theme.InfoIcon()))
	row := env.dir().row(container.NewVBox(icon), start, msg)
	b := &exampleBanner{box: container.NewVBox(row, widget.NewSeparator())}
	b.set(example)
	return b
}

// set shows the banner for the example, hides it otherwise.
func (b *exampleBanner) set(example bool) {
	if example == b.box.Visible() {
		return
	}
	if example {
		b.box.Show()
	} else {
		b.box.Hide()
	}
}

// showStartError says why the draft named on the command line, or the one
// of the last session, could not be opened at start: nothing was open
// before, so the message says what is shown instead.
func (w *window) showStartError(err error) {
	w.showError(w.ui.T("ui.open.failed"), w.ui.T("wizard.open.failedAtStart", map[string]any{"Problem": w.files.loadProblem(err)}))
}
