package session

import (
	"path/filepath"

	"fgdraft/export"
	"fgdraft/forms"
)

// What an export of the draft will do, decided before anything is written:
// the GUI asks about untranslated fields and files already there from these.

// ExportLangs are the languages an export writes: the document language,
// or all six.
func (s *Session) ExportLangs(all bool) []forms.Lang {
	if all {
		return forms.Languages()
	}
	return []forms.Lang{s.docLang}
}

// ExportNames are the file names an export writes, each language in each
// format, in that order (export.Plan, as the command line plans).
func (s *Session) ExportNames(langs []forms.Lang, formats []export.Format) []string {
	plan := export.NewPlan(s.draft, langs, formats, "")
	names := make([]string, 0, len(plan.Targets))
	for _, t := range plan.Targets {
		names = append(names, filepath.Base(t.Path))
	}
	return names
}

// Untranslated lists, per language other than the draft's, the paths of
// the fields that have no translation into it and so stay in the draft's
// language; languages with none are left out.
func (s *Session) Untranslated(langs []forms.Lang) map[forms.Lang][]string {
	return export.NewPlan(s.draft, langs, nil, "").Untranslated
}

// ExistingExports are the files of an export into dir that are there
// already and would be written over.
func (s *Session) ExistingExports(dir string, langs []forms.Lang, formats []export.Format) []string {
	var existing []string
	for _, t := range export.NewPlan(s.draft, langs, formats, dir).Existing() {
		existing = append(existing, filepath.Base(t.Path))
	}
	return existing
}
