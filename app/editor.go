// Package app is the Fyne GUI: the wizard window, its step forms, the findings
// panel, preview, files and preferences. It holds no A.7 logic of its own: it
// edits a forms.Proposal and shows what forms, locales and export compute.
//
// The package never imports fyne.io/fyne/v2/app, so that its tests run headless
// with fyne.io/fyne/v2/test (no display, no cgo); main creates the fyne.App.
package app

import (
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
)

// editorEnv is what a step form needs from the window around it.
type editorEnv struct {
	draft *forms.Proposal // edited in place; forms are rebuilt when the window opens another draft
	// changed is called after every edit with the path of the field edited; the
	// window re-validates, updates badges and marks, and notes unsaved changes.
	changed func(path string)
	ui      *locales.Localizer // the interface language
	win     fyne.Window
	today   func() forms.Date
	// goTo shows the step of a field path and focuses its widget (a chart mark
	// of a deliverable leads to the Terms of reference); nil when the form
	// stands alone, as in tests and the translation view.
	goTo func(path string)
	// unreadable is called when the widget of path holds text that is no
	// value of its field (an impossible date), which the draft therefore
	// does not have, and with text "" when it holds a value again; nil
	// when nobody counts such texts.
	unreadable func(path, text string)
	// tables holds the list paths the user shows as a table (table_rows.go),
	// kept by the window so that a list stays a table when the wizard is
	// made again (an undo, another interface language); nil when the form
	// stands alone.
	tables map[string]bool
	// textFonts break the lines of text the form sets itself (the support
	// count's note); nil when the form stands alone.
	textFonts *exportFonts
}

// stepForm is the form of one wizard step.
type stepForm interface {
	// Content is the form's widget tree (scrollable as a whole).
	Content() fyne.CanvasObject
	// Reload re-reads every widget from the draft, e.g. after the window
	// replaced list items or recovered an autosave.
	Reload()
	// Focus shows and focuses the widget of a field path ("supporters[2].country");
	// it reports false when the form has no widget for that path.
	Focus(path string) bool
	// Mark shows which fields have findings: field path → most serious severity.
	Mark(marks map[string]a7.Severity)
}
