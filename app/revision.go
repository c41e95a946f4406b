package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"fgdraft/export"
	"fgdraft/export/reopen"
	"fgdraft/forms"
)

// revisionDialog asks for the filed contribution an export revises (the
// PDF or Word file fgdraft wrote, or the draft file it came from), then
// exports the draft in the document language as its next revision, the
// changes marked (export --revision-of; docs/word-edits.md, "Revisions"),
// through the folder picker and confirmations of any export.
func (e *exportFlow) revisionDialog() {
	ui := e.env.ui
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			e.host.showError(ui.T("ui.revision.failed"), err.Error())
			return
		}
		if rc == nil {
			return // cancelled
		}
		path := rc.URI().Path()
		rc.Close()
		filed, err := e.revisionBase(path)
		if err != nil {
			e.host.showError(ui.T("ui.revision.failed"), err.Error())
			return
		}
		e.exportLangsDialog(e.sess.ExportLangs(false), filed)
	}, e.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf", ".docx", ".json"}))
	d.SetTitleText(ui.T("ui.revision.pickTitle"))
	setDialogFolder(e.sess.Folder(), d.SetLocation)
	d.Resize(dialogSize(e.win))
	d.Show()
}

// revisionBase reads the draft the filed contribution at path carries and
// checks that it is an earlier version of the session's draft.
func (e *exportFlow) revisionBase(path string) (*forms.Proposal, error) {
	ui := e.env.ui
	filed, _, err := reopen.Load(path)
	if err != nil {
		return nil, err
	}
	if err := export.CheckRevisionBase(ui, path, filed, e.sess.Draft()); err != nil {
		return nil, err
	}
	return filed, nil
}
