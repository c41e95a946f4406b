package main

import (
	"fmt"
	"strings"

	"fgdraft/export"
)

// format defines a file-format flag: pdf, docx, or all (both). Unset, it is
// PDF alone.
func (c *command) format(name, usage string) *[]export.Format {
	formats := []export.Format{export.PDF}
	c.flags.Func(name, usage, func(s string) error {
		switch v := export.Format(strings.ToLower(s)); v {
		case export.PDF, export.DOCX:
			formats = []export.Format{v}
		case "all":
			formats = []export.Format{export.PDF, export.DOCX}
		default:
			return fmt.Errorf("%q is not a format fgdraft writes; use pdf, docx or all", s)
		}
		return nil
	})
	return &formats
}
