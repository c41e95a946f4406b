package locales

import (
	"errors"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
	"fgdraft/forms/xliff"
	"fgdraft/internal/regularfile"
)

// Problem says err in the localizer's language, by its kind: a file that is
// not a regular file or is too large (FileProblem), what is wrong in a
// draft file (DraftError), an XLIFF file refused or a draft that cannot be
// exported as XLIFF (XLIFFProblem). An error of no kind fgdraft knows —
// the operating system's own words — is returned as it is. The graphical
// interface and the command line both say their errors through it.
func (l *Localizer) Problem(err error) string {
	// A draft file that is a named pipe or too large is one of those first:
	// the file, not its content, is the problem.
	if msg, ok := l.FileProblem(err); ok {
		return msg
	}
	var de *draftfile.Error
	if errors.As(err, &de) {
		return l.DraftError(de)
	}
	if msg, ok := l.XLIFFProblem(err); ok {
		return msg
	}
	return err.Error()
}

// FileProblem says that a file is not a regular file or is too large, when
// err says so; ok is false otherwise.
func (l *Localizer) FileProblem(err error) (msg string, ok bool) {
	var nr *regularfile.NotRegularError
	var tl *regularfile.TooLargeError
	switch {
	case errors.As(err, &nr):
		return l.T("files.notRegular", map[string]any{"File": nr.Path}), true
	case errors.As(err, &tl):
		return l.T("files.tooLarge", map[string]any{"File": tl.Path, "Size": tl.Size >> 20, "Limit": tl.Limit >> 20}), true
	}
	return "", false
}

// XLIFFProblem says why an XLIFF file was refused, or why a draft cannot be
// exported as XLIFF, when err is an *xliff.Error; ok is false otherwise.
func (l *Localizer) XLIFFProblem(err error) (msg string, ok bool) {
	var e *xliff.Error
	if !errors.As(err, &e) {
		return "", false
	}
	// named is a language the file names: its name when it is an ITU
	// language, else the code as written, quoted.
	named := func(code string) string {
		if lang := forms.Lang(code); lang.Valid() {
			return l.LanguageName(lang)
		}
		return l.T("files.xliff.code", map[string]any{"Code": code})
	}
	switch e.Problem {
	case xliff.TooLarge:
		return l.T("files.xliff.tooLarge", map[string]any{"Size": e.Size >> 20, "Limit": xliff.MaxSize >> 20}), true
	case xliff.NotXML, xliff.NotXLIFF:
		return l.T("translate.import.notXLIFF"), true
	case xliff.NotUTF8:
		return l.T("files.xliff.notUTF8"), true
	case xliff.UnknownVersion:
		return l.T("files.xliff.version"), true
	case xliff.BadCharRef:
		return l.T("files.xliff.charRef", map[string]any{"Line": e.Line}), true
	case xliff.NoTarget:
		return l.T("files.xliff.noTarget", map[string]any{"Language": named(string(e.Lang))}), true
	case xliff.OwnLanguage:
		if e.Export {
			return l.T("files.xliff.exportOwnLanguage", map[string]any{"Language": l.LanguageName(e.Lang)}), true
		}
		return l.T("files.xliff.ownLanguage", map[string]any{"Language": l.LanguageName(e.Lang)}), true
	case xliff.OtherSource:
		return l.T("translate.import.otherSource", map[string]any{"File": named(e.Named), "Source": l.LanguageName(e.Lang)}), true
	case xliff.OtherTarget:
		return l.T("translate.import.otherTarget", map[string]any{"File": named(e.Named), "Language": l.LanguageName(e.Lang)}), true
	case xliff.OtherDraft:
		return l.T("translate.import.otherDraft"), true
	case xliff.NoDraftID:
		return l.T("files.xliff.noDraftID"), true
	case xliff.TextMismatch:
		return l.T("files.xliff.textMismatch"), true
	case xliff.BadDraft:
		return l.T("files.xliff.badDraft"), true
	}
	return l.T("translate.import.unreadable"), true
}
