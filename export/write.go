package export

import (
	"strings"
	"unicode"

	"fgdraft/forms"
	"fgdraft/internal/atomicfile"
	"fgdraft/locales"
)

// Result says what an export wrote besides the PDF.
type Result struct {
	// Untranslated are the paths of the non-empty free-text fields printed in
	// the draft's own language for want of a translation.
	Untranslated []string
	// Errors counts the A.7 errors; when not zero the PDF carries the draft mark.
	Errors int
}

// PDF builds the contribution in lang and renders it.
func PDF(p *forms.Proposal, lang forms.Lang, cat *locales.Catalog, fonts *Fonts, opt forms.Options) ([]byte, Result, error) {
	opt.ExportLang = lang
	if lp, _ := p.Localized(lang); lp != nil {
		if err := fieldGlyphs(p, lp, lang, fonts); err != nil {
			return nil, Result{}, err
		}
	}
	doc := Build(p, lang, cat, opt)
	data, err := RenderPDF(doc, fonts)
	if err != nil {
		return nil, Result{}, err
	}
	var res Result
	_, res.Untranslated = p.Localized(lang)
	for _, f := range forms.Validate(p, opt) {
		if f.Severity == forms.Error {
			res.Errors++
		}
	}
	return data, res, nil
}

// WritePDF exports the contribution in lang to path, replacing an existing
// file atomically: the file is either the old one or the complete new one.
func WritePDF(path string, p *forms.Proposal, lang forms.Lang, cat *locales.Catalog, fonts *Fonts, opt forms.Options) (Result, error) {
	data, res, err := PDF(p, lang, cat, fonts, opt)
	if err != nil {
		return Result{}, err
	}
	if err := atomicfile.Write(path, data, 0o644); err != nil {
		return Result{}, err
	}
	return res, nil
}

// FileName is the default name of the PDF of a draft in lang, built from the
// focus group's acronym, the parent group and the language:
// "FG-NetDT_SG13_fr.pdf". Characters that are awkward in file names are
// replaced, so that the name works on every system.
func FileName(p *forms.Proposal, lang forms.Lang) string {
	parts := []string{safeName(p.FocusGroup.Acronym), safeName(p.Contribution.ParentGroup.Short()), string(lang)}
	if parts[0] == "" {
		parts[0] = "focus-group-proposal"
	}
	if parts[1] == "" {
		parts = append(parts[:1], parts[2])
	}
	return strings.Join(parts, "_") + ".pdf"
}

func safeName(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == '-' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case unicode.IsSpace(r) || r == '_' || r == '/':
			b.WriteRune('-')
		}
	}
	return strings.Trim(b.String(), "-.")
}
