package app

import (
	"path/filepath"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// confirmChangedContribution asks before opening the draft inside a PDF
// fgdraft wrote that was changed afterwards (an incremental update, or
// files embedded beside its draft): the draft inside may not be what its
// pages show. open runs only if the user opens it anyway; Cancel (and
// Escape) leaves the window as it was.
func (f *fileFlow) confirmChangedContribution(path string, open func()) {
	ui := f.env.ui
	msg := f.message(ui.T("files.changedAfterFgdraft", map[string]any{"File": filepath.Base(path)}) + "\n\n" + ui.T("files.changedAfterFgdraft.question"))
	var d *dialog.CustomDialog
	anyway := newKeyButton(ui.T("files.changedAfterFgdraft.open"), nil, func() {
		d.Hide()
		open()
	})
	anyway.Importance = widget.WarningImportance
	cancel := newKeyButton(ui.T("ui.unsaved.cancel"), nil, func() { d.Hide() })
	cancel.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(uiText(ui, ui.T("files.changedAfterFgdraft.title")), msg, f.win)
	d.SetButtons(f.env.dir().dialogButtons(anyway, cancel))
	d.Resize(fyne.NewSize(480, 0))
	// Enter and Escape both keep the window as it was: opening a file that
	// may not be what it shows is a choice made with the mouse or Tab
	dialogKeys(f.win.Canvas(), d, d.Hide, d.Hide)
	d.Show()
}

// maxCompareRows bounds the fields the compare view lists, and
// maxCompareText the characters shown of each value: two drafts may differ
// in thousands of fields of 200,000 characters, and the view is for
// deciding which version to keep, not for reading them whole.
const (
	maxCompareRows = 200
	maxCompareText = 400
)

// compareWithFile shows which fields differ between the draft's file as it
// is now on disk and the draft in this window, each with both values; Back
// returns to the choice of changedOnDisk.
func (f *fileFlow) compareWithFile(path string) {
	ui := f.env.ui
	name := filepath.Base(path)
	var rows []fyne.CanvasObject
	onDisk, err := draftfile.Load(path)
	switch {
	case err != nil:
		rows = append(rows, f.message(ui.T("files.compare.unreadable", map[string]any{"Name": name, "Problem": f.loadProblem(err)})))
	default:
		diffs := forms.Diff(onDisk, f.sess.Draft())
		if len(diffs) == 0 {
			rows = append(rows, f.message(ui.T("files.compare.none", map[string]any{"Name": name})))
			break
		}
		rows = append(rows, f.message(ui.T("files.compare.intro", map[string]any{"Name": name})))
		if len(diffs) > maxCompareRows {
			rows = append(rows, f.message(ui.T("files.compare.more", map[string]any{"Shown": maxCompareRows, "Total": len(diffs)})))
			diffs = diffs[:maxCompareRows]
		}
		for _, d := range diffs {
			rows = append(rows, widget.NewSeparator(), f.env.dir().heading(uiText(ui, f.diffLabel(d)), ""))
			rows = append(rows, f.compareValue("files.compare.file", d.Old), f.compareValue("files.compare.window", d.New))
		}
	}
	scroll := container.NewVScroll(container.NewVBox(rows...))
	scroll.SetMinSize(fyne.NewSize(560, 360))
	var d *dialog.CustomDialog
	back := newKeyButton(ui.T("files.compare.back"), nil, func() {
		d.Hide()
		f.changedOnDisk(path)
	})
	back.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(uiText(ui, ui.T("files.compare.title")), scroll, f.win)
	d.SetButtons([]fyne.CanvasObject{back})
	dialogKeys(f.win.Canvas(), d, back.OnTapped, back.OnTapped)
	d.Show()
}

// diffLabel names a differing field for a reader: its label, and the
// language of a translation.
func (f *fileFlow) diffLabel(d forms.FieldDiff) string {
	ui := f.env.ui
	label := d.Path
	if ui.Has("field." + forms.LabelKey(d.Path)) {
		label = ui.FieldLabel(d.Path)
	}
	if d.Lang == "" {
		return label
	}
	return ui.T("files.compare.translation", map[string]any{"Label": label, "Language": ui.LanguageName(d.Lang)})
}

// compareValue is one side of a differing field: "In the file:" and its
// value, cut to maxCompareText characters.
func (f *fileFlow) compareValue(side, value string) fyne.CanvasObject {
	ui := f.env.ui
	if value == "" {
		value = ui.T("files.compare.empty")
	}
	if r := []rune(value); len(r) > maxCompareText {
		value = string(r[:maxCompareText]) + "…"
	}
	return f.message(ui.T(side) + " " + value)
}

// message is text of several lines for a dialog, in the interface
// language: broken into lines by the text layer where the window has its
// fonts (right-to-left and Chinese text wrap in order), a label otherwise.
func (f *fileFlow) message(s string) fyne.CanvasObject {
	if f.env.textFonts != nil {
		return newWrapText(s, f.env.ui.Lang(), f.env.textFonts)
	}
	return messageLabel(f.env.ui, s)
}
