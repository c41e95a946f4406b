package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"
	"fgdraft/forms/xliff"
	"fgdraft/internal/atomicfile"
	"fgdraft/internal/regularfile"
)

func runXLIFF(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || (args[0] != "export" && args[0] != "import") {
		if len(args) > 0 && strings.Contains(args[0], "help") {
			fmt.Fprint(stdout, xliffUsage)
			return exitOK
		}
		fmt.Fprint(stderr, xliffUsage)
		return exitUnusable
	}
	if args[0] == "export" {
		return runXLIFFExport(args[1:], stdout, stderr)
	}
	return runXLIFFImport(args[1:], stdout, stderr)
}

const xliffUsage = `Usage:
  fgdraft xliff export --lang L [-o FILE] DRAFT
      writes the draft's free text, with the translations it already has, as an
      XLIFF 2.0 file for translation into L (default FILE: next to the draft,
      DRAFT-NAME.L.xlf)
  fgdraft xliff import [--lang L] DRAFT FILE
      records the translations of FILE in DRAFT (saved in place, atomically);
      refuses a file made for another draft or language; translations the file
      leaves empty are kept as they are
`

func runXLIFFExport(args []string, stdout, stderr io.Writer) int {
	c := newCommand("xliff export", xliffUsage, stderr)
	langp := c.lang("lang", "target language: ar, zh, en, fr, ru or es", false)
	out := c.flags.String("o", "", "output file (default: next to the draft, DRAFT-NAME.L.xlf)")
	pos, code, ok := c.parse(args, 1, "name one draft file")
	if !ok {
		return code
	}
	lang := *langp
	if lang == "" {
		return c.fail(errors.New("name the target language with --lang"))
	}
	p, _, err := c.loadDraft(pos[0])
	if err != nil {
		return c.fail(err)
	}
	data, err := xliff.Export(p, lang, p.ID)
	if err != nil {
		// the command already names itself: "fgdraft xliff export: reason"
		return c.fail(errors.New(strings.TrimPrefix(err.Error(), "xliff export: ")))
	}
	target := *out
	if target == "" {
		target = strings.TrimSuffix(pos[0], filepath.Ext(pos[0])) + "." + string(lang) + ".xlf"
	}
	if sameFile(target, pos[0]) {
		return c.fail(fmt.Errorf("%s is the draft itself; name another output file", target))
	}
	if err := atomicfile.Write(target, data, 0o644); err != nil {
		return c.fail(err)
	}
	fmt.Fprintln(stdout, target)
	return exitOK
}

// maxSkippedListed is how many skipped units an import lists one by one.
const maxSkippedListed = 20

func runXLIFFImport(args []string, stdout, stderr io.Writer) int {
	c := newCommand("xliff import", xliffUsage, stderr)
	langp := c.lang("lang", "target language (default: the file's trgLang)", false)
	pos, code, ok := c.parse(args, 2, "name the draft and the XLIFF file")
	if !ok {
		return code
	}
	draftPath, xlfPath := pos[0], pos[1]
	data, err := regularfile.Read(xlfPath, xliff.MaxSize)
	if err != nil {
		return c.fail(xliffFileError(xlfPath, err))
	}
	// What the file is comes first: "names no target language" would mislead
	// about an XLIFF 1.2, UTF-16 or binary file.
	head, err := xliff.ReadHeader(data)
	if err != nil {
		return c.fail(fmt.Errorf("%s: %s", xlfPath, strings.TrimPrefix(err.Error(), "xliff import: ")))
	}
	lang := *langp
	if lang == "" {
		lang = forms.Lang(strings.ToLower(head.Target))
	}
	if !lang.Valid() {
		return c.fail(fmt.Errorf("%s names no ITU target language (trgLang=%q); give one with --lang", xlfPath, head.Target))
	}
	// what the draft is before it is read: it is replaced only if it is
	// still so, that another writer's work is not lost (issue 26)
	read, err := draftfile.StampOf(draftPath)
	if err != nil {
		read = draftfile.Stamp{} // the load says why the file cannot be read
	}
	p, origin, err := c.loadDraft(draftPath)
	if err != nil {
		return c.fail(err)
	}
	if origin.Contribution() {
		// the translations are saved in place, and a contribution is not
		// rewritten: its draft has to become a draft file first
		return c.fail(fmt.Errorf("%s is a contribution (%s), not a draft file; xliff import saves into a draft file: open the contribution with fgdraft and save its draft first", draftPath, strings.ToUpper(string(origin.Format))))
	}
	res, err := xliff.Import(p, data, lang)
	if err != nil {
		// the command already names itself: "fgdraft xliff import: FILE: reason"
		return c.fail(fmt.Errorf("%s: %s", xlfPath, strings.TrimPrefix(err.Error(), "xliff import: ")))
	}
	if res.Unmarked {
		fmt.Fprintf(stdout, "%s: the file no longer carries fgdraft's draft ID (a translation tool removed it); accepted because its units are this draft's fields with this draft's text\n", xlfPath)
	}
	if res.Changed() {
		if err := c.saveDraft(draftPath, p, read); err != nil {
			return c.fail(err)
		}
	}
	fmt.Fprintf(stdout, "%s: %d translations recorded, %d unchanged, %d left untranslated", draftPath, res.Applied, res.Unchanged, res.Untranslated)
	if len(res.Stale) > 0 {
		fmt.Fprintf(stdout, ", %d marked stale (source text changed since the translation): %s", len(res.Stale), strings.Join(res.Stale, ", "))
	}
	if !res.Changed() {
		fmt.Fprint(stdout, "; nothing changed, the draft was not written")
	}
	fmt.Fprintln(stdout)
	if stale := p.StaleTranslations(lang); len(stale) > 0 {
		fmt.Fprintf(stdout, "%s: %d translations into %s are stale (made before their field's text changed; confirm or correct them): %s\n", draftPath, len(stale), lang, strings.Join(stale, ", "))
	}
	// a file of millions of units is summarised, not listed line by line
	for i, s := range res.Skipped {
		if i == maxSkippedListed {
			fmt.Fprintf(stdout, "  … and %d more units skipped\n", len(res.Skipped)-i)
			break
		}
		fmt.Fprintf(stdout, "  skipped: %v\n", s)
	}
	return exitOK
}

// xliffFileError says why the XLIFF file could not be read as the draft's
// errors do ("FILE: cannot open: no such file or directory"), not as the
// system call that failed ("stat FILE: …").
func xliffFileError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: cannot open: %w", path, pe.Err)
	}
	return err
}
