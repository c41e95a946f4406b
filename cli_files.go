package main

import (
	"fmt"

	"fgdraft/export/reopen"
	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// loadDraft reads the draft at path: a draft file, or a PDF or Word file
// fgdraft wrote, which carries its draft inside (origin says which; a PDF
// or Word file without one is refused with a *reopen.NoDraftError, and the
// command exits with "nothing done"). Reading changes nothing on disk: the
// leftovers of interrupted saves beside the draft are tidied by the command
// that writes it (saveDraft).
func (c *command) loadDraft(path string) (*forms.Proposal, reopen.Origin, error) {
	p, origin, err := reopen.Load(path)
	if err == nil && origin.Changed {
		// said before anything is done with the draft: what its pages show
		// and the draft inside may differ
		fmt.Fprintf(c.stderr, "%s: %s\n", c.prefix(), c.ui().T("files.changedAfterFgdraft", map[string]any{"File": path}))
	}
	return p, origin, err
}

// saveDraft writes the draft back to its file. What interrupted saves left
// beside it is tidied away first, and what the user may want of it (a
// complete draft other than the file's, kept under a new name) is said on
// stderr. The file is replaced only if it is still what the command read
// (read, its stamp before loading): another writer's work is never lost.
func (c *command) saveDraft(path string, p *forms.Proposal, read draftfile.Stamp) error {
	kept, _ := draftfile.TidyTemporaries(path)
	for _, r := range kept {
		fmt.Fprintf(c.stderr, "%s: %s: %v\n", c.prefix(), path, r)
	}
	return draftfile.SaveUnchanged(path, p, read)
}
