package session

import (
	"os"
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
// format, in that order.
func (s *Session) ExportNames(langs []forms.Lang, formats []export.Format) []string {
	names := make([]string, 0, len(langs)*len(formats))
	for _, l := range langs {
		for _, f := range formats {
			names = append(names, export.FileName(s.draft, l, f))
		}
	}
	return names
}

// Untranslated lists, per language other than the draft's, the paths of
// the fields that have no translation into it and so stay in the draft's
// language; languages with none are left out.
func (s *Session) Untranslated(langs []forms.Lang) map[forms.Lang][]string {
	out := map[forms.Lang][]string{}
	for _, l := range langs {
		if l == s.draft.Language {
			continue
		}
		if _, missing := s.draft.Localized(l); len(missing) > 0 {
			out[l] = missing
		}
	}
	return out
}

// ExistingExports are the files of an export into dir that are there
// already and would be written over.
func (s *Session) ExistingExports(dir string, langs []forms.Lang, formats []export.Format) []string {
	var existing []string
	for _, name := range s.ExportNames(langs, formats) {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			existing = append(existing, name)
		}
	}
	return existing
}
