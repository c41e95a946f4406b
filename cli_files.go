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
	return reopen.Load(path)
}

// saveDraft writes the draft back to its file. What interrupted saves left
// beside it is tidied away first, and what the user may want of it (a
// complete draft other than the file's, kept under a new name) is said on
// stderr.
func (c *command) saveDraft(path string, p *forms.Proposal) error {
	kept, _ := draftfile.TidyTemporaries(path)
	for _, r := range kept {
		fmt.Fprintf(c.stderr, "%s: %s: %v\n", c.prefix(), path, r)
	}
	return draftfile.Save(path, p)
}
