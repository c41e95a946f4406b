package main

import (
	"fmt"

	"fgdraft/forms"
)

// loadDraft reads the draft at path. What interrupted saves left beside it
// is tidied away first, and what the user may want of it (a complete draft
// other than the file's, kept under a new name) is said on stderr.
func (c *command) loadDraft(path string) (*forms.Proposal, error) {
	kept, _ := forms.TidyTemporaries(path)
	for _, r := range kept {
		fmt.Fprintf(c.stderr, "%s: %s: %v\n", c.prefix(), path, r)
	}
	return forms.Load(path)
}
