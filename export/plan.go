package export

import (
	"os"
	"path/filepath"

	"fgdraft/forms"
)

// Plan is what an export of a draft will write, decided before anything is
// written: the files, and per language the fields that will be printed in
// the draft's own language or from a translation made before their text
// changed. The command line, the export dialog and the translation view
// ask the same plan, so they tell the user the same things.
type Plan struct {
	Targets []Target
	// Untranslated and Stale hold, per language that has any, the paths of
	// the fields printed untranslated or from a stale translation.
	Untranslated map[forms.Lang][]string
	Stale        map[forms.Lang][]string
}

// Target is one file of an export.
type Target struct {
	Lang   forms.Lang
	Format Format
	// Path is the file's path: in the plan's folder under its default name
	// (FileName), or as the caller set it.
	Path string
}

// NewPlan plans the export of p in langs and formats (each language in each
// format, in that order) into dir under the default names.
func NewPlan(p *forms.Proposal, langs []forms.Lang, formats []Format, dir string) Plan {
	pl := Plan{Untranslated: map[forms.Lang][]string{}, Stale: map[forms.Lang][]string{}}
	for _, l := range langs {
		for _, f := range formats {
			pl.Targets = append(pl.Targets, Target{Lang: l, Format: f, Path: filepath.Join(dir, FileName(p, l, f))})
		}
		if l == p.Language {
			continue
		}
		if _, missing := p.Localized(l); len(missing) > 0 {
			pl.Untranslated[l] = missing
		}
		if stale := p.StaleTranslations(l); len(stale) > 0 {
			pl.Stale[l] = stale
		}
	}
	return pl
}

// Existing lists the targets whose file is there already and would be
// replaced.
func (pl Plan) Existing() []Target {
	var out []Target
	for _, t := range pl.Targets {
		if _, err := os.Stat(t.Path); err == nil {
			out = append(out, t)
		}
	}
	return out
}
