package app

import (
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
	if msg, ok := ui.FileProblem(err); ok {
		return msg
	}
	return ui.T("translate.import.unreadable")
}
