package app

import (
	"fgdraft/forms"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
)

// uiEnv is what every part of the interface reads about it: the interface
// language and its direction, the messages of every language, the fonts,
// the application, the day and the screen. The window makes one and passes
// it to the screens it builds (the review step, the findings panel, the
// banner, the preview, the file and export flows, the translation window),
// which ask the window itself only for what it does.
//
// The window changes the language in place (setLanguage), so the flows,
// which outlive a rebuild, read the language of the moment.
type uiEnv struct {
	ui        *locales.Localizer // the interface language's messages
	cat       *locales.Catalog   // every language's messages, for documents in any of them
	fonts     *fontSet           // the bundled faces as Fyne resources (theme, preview, translation view)
	textFonts *exportFonts       // break the lines of wrapped labels, and of the documents
	app       fyne.App
	today     func() forms.Date
	screen    fyne.Size // the screen the main window opened on (zero: unknown)
}

// dir is the layout direction of the interface.
func (e *uiEnv) dir() direction { return directionOf(e.ui.Lang()) }

// visual is a text of the interface language made ready for a label
// (uiText).
func (e *uiEnv) visual(s string) string { return uiText(e.ui, s) }
