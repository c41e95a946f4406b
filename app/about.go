package app

import (
	"fgdraft/assets"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// appIcon is the application icon, for the About box.
var appIcon = fyne.NewStaticResource("fgdraft.png", assets.Icon)

// licenceText is one licence as the About box lists it.
type licenceText struct {
	name string // what it covers: "fgdraft", "Noto Sans", …
	text string
}

// licences lists fgdraft's licence and those of the bundled fonts, whose
// licence (SIL OFL 1.1) asks to travel with them.
func (w *window) licences() []licenceText {
	out := []licenceText{{"fgdraft", w.opts.Licence}}
	for _, f := range assets.FontFamilies() {
		out = append(out, licenceText{f.Name, f.Licence})
	}
	return out
}

// versionLines are the version and the commit as the About box says them.
func (w *window) versionLines() (version, commit string) {
	v := w.opts.Version
	version = w.ui.T("about.version", map[string]any{"Number": v.Number, "Build": v.Build})
	if v.Commit == "" {
		return version, w.ui.T("about.commitUnknown")
	}
	return version, w.ui.T("about.commit", map[string]any{"Commit": v.Commit})
}

// aboutMenuItem is Help → About fgdraft.
func (w *window) aboutMenuItem() *fyne.MenuItem {
	// In visual order: the Arabic label mixes in the Latin name.
	return fyne.NewMenuItem(w.visual(w.ui.T("about.menu.about")), w.showAbout)
}

// showAbout opens Help → About: the version, what fgdraft is, and the
// licences of fgdraft and its fonts (their texts in English, in an accordion
// so the dialog stays short).
func (w *window) showAbout() {
	version, commit := w.versionLines()
	// Wrapped by the text layer, so that a right-to-left line that mixes in
	// Latin (fgdraft, ITU-T A.7, MIT) keeps its order when it breaks.
	label := func(s string, bold bool) *wrapText {
		t := newWrapText(s, w.ui.Lang(), &w.exportFonts)
		if bold {
			t.setStyle(theme.SizeNameText, true)
		}
		return t
	}
	icon := canvas.NewImageFromResource(appIcon)
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSquareSize(72))
	heading := container.NewVBox(
		label("fgdraft", true),
		label(version, false),
		label(commit, false),
	)
	top := w.dir().row(icon, nil, heading)

	texts := widget.NewAccordion()
	for _, l := range w.licences() {
		body := widget.NewLabelWithStyle(l.text, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
		scroll := container.NewVScroll(body)
		scroll.SetMinSize(fyne.NewSize(0, 220))
		texts.Append(widget.NewAccordionItem(l.name, scroll))
	}

	content := container.NewVBox(top, widget.NewSeparator(),
		label(w.ui.T("about.summary"), false),
		label(w.ui.T("about.licence"), false),
		label(w.ui.T("about.fonts"), false),
		label(w.ui.T("about.texts"), false),
		texts)

	var d *dialog.CustomDialog
	copyVersion := newKeyButton(w.ui.T("about.copy"), nil, func() {
		w.app.Clipboard().SetContent(w.opts.Version.Producer())
	})
	closeBtn := newKeyButton(w.ui.T("ui.dialog.close"), nil, func() { d.Hide() })
	closeBtn.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(w.visual(w.ui.T("about.title")), container.NewVScroll(content), w.win)
	d.SetButtons(w.dir().dialogButtons(copyVersion, closeBtn))
	d.Resize(fyne.NewSize(600, 560))
	d.Show()
}
