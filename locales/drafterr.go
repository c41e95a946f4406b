package locales

import (
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
)

// DraftError says why a draft file cannot be opened, in this language: the
// problem, then the file (its path), the position and the field (by its
// label and its path), each on a line of its own. The operating system's or
// a PDF library's own words, where the problem has them, stay as they are.
func (l *Localizer) DraftError(e *draftfile.Error) string {
	lines := []string{l.draftProblem(e)}
	if e.File != "" {
		lines = append(lines, l.T("drafterr.file", map[string]any{"File": e.File}))
	}
	if e.Line > 0 {
		lines = append(lines, l.T("drafterr.position", map[string]any{"Line": e.Line, "Column": e.Column}))
	}
	if e.Field != "" {
		lines = append(lines, l.draftField(e.Field))
	}
	return strings.Join(lines, "\n")
}

// draftField names a field of a draft by its label where the interface has
// one, and always by its path, which is what a person editing the file finds.
func (l *Localizer) draftField(path string) string {
	if l.Has("field." + forms.LabelKey(path)) {
		return l.T("drafterr.field", map[string]any{"Label": l.FieldLabel(path), "Path": path})
	}
	return l.T("drafterr.fieldPath", map[string]any{"Path": path})
}

// draftProblem is the sentence for the problem, with its particulars.
func (l *Localizer) draftProblem(e *draftfile.Error) string {
	p := e.Params
	data := map[string]any{
		"Got":        p.Got,
		"Value":      p.Value,
		"Allowed":    l.List(p.Allowed),
		"Suggestion": p.Suggestion,
		"Count":      p.Count,
		"Limit":      p.Limit,
		"Version":    p.Version,
		"Detail":     p.Detail,
	}
	switch e.Problem {
	case draftfile.TooLarge:
		data["Limit"] = p.Limit >> 20 // in MiB, as the interface speaks of file sizes
	case draftfile.WrongType:
		data["Expected"] = l.T("drafterr.value."+string(p.Expected), map[string]any{"Limit": p.Limit})
	case draftfile.TooComplex:
		limit := p.Limit
		if p.Value == "inflated" {
			limit >>= 20 // in MiB
		}
		data["What"] = l.T("drafterr.limit."+p.Value, map[string]any{"Limit": limit})
	case draftfile.NotFormat, draftfile.BadContainer:
		data["Format"] = l.T("drafterr.format." + p.Format)
	case "":
		// An Error made without a problem (by code outside draftfile that
		// predates the kinds): its English reason is all there is.
		return e.Reason
	}
	msg := l.T("drafterr.problem."+string(e.Problem), data)
	if e.Problem == draftfile.UnknownField {
		if p.Suggestion != "" {
			msg = l.T("drafterr.then", map[string]any{"First": msg, "Then": l.T("drafterr.suggestion", data)})
		}
		if p.More > 0 {
			msg = l.T("drafterr.then", map[string]any{"First": msg, "Then": l.N("drafterr.more", p.More, nil)})
		}
	}
	return msg
}
