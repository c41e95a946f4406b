package app

import (
	"errors"

	"fgdraft/internal/regularfile"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

// regularFiles is a file-dialog filter: files with one of the extensions
// that are regular files. Fyne's open dialog opens the file it hands back,
// and opening a named pipe would block the interface until something writes
// to it, so the dialog must not offer one.
func regularFiles(exts ...string) storage.FileFilter {
	return regularFileFilter{storage.NewExtensionFileFilter(exts)}
}

type regularFileFilter struct{ byName storage.FileFilter }

func (f regularFileFilter) Matches(u fyne.URI) bool {
	if !f.byName.Matches(u) {
		return false
	}
	_, err := regularfile.Check(u.Path())
	return err == nil
}

// readProblem names, in the interface language, why a file the user chose
// could not be read.
func readProblem(ui *locales.Localizer, err error) string {
	if msg, ok := fileProblem(ui, err); ok {
		return msg
	}
	return ui.T("translate.import.unreadable")
}

// fileProblem says, in the interface language, that a file is not a regular
// file or is too large, when err says so.
func fileProblem(ui *locales.Localizer, err error) (string, bool) {
	var nr *regularfile.NotRegularError
	var tl *regularfile.TooLargeError
	switch {
	case errors.As(err, &nr):
		return ui.T("files.notRegular", map[string]any{"File": nr.Path}), true
	case errors.As(err, &tl):
		return ui.T("files.tooLarge", map[string]any{"File": tl.Path, "Size": tl.Size >> 20, "Limit": tl.Limit >> 20}), true
	}
	return "", false
}
