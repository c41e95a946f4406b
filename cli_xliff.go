package main

import (
	"fmt"
	"io"
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
		return c.refuse("cli.xliff.needLang", nil)
	}
	p, _, err := c.loadDraft(pos[0])
	if err != nil {
		return c.fail(err)
	}
	data, err := xliff.Export(p, lang, p.ID)
	if err != nil {
		return c.fail(err)
	}
	target := *out
	if target == "" {
		target = strings.TrimSuffix(pos[0], filepath.Ext(pos[0])) + "." + string(lang) + ".xlf"
	}
	if sameFile(target, pos[0]) {
		return c.refuse("cli.sameFile", map[string]any{"File": target})
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
		return c.fail(draftfile.ReadError(xlfPath, err))
	}
	// What the file is comes first: "names no target language" would mislead
	// about an XLIFF 1.2, UTF-16 or binary file.
	head, err := xliff.ReadHeader(data)
	if err != nil {
		return c.fail(&fileError{xlfPath, err})
	}
	lang := *langp
	if lang == "" {
		lang = forms.Lang(strings.ToLower(head.Target))
	}
	if !lang.Valid() {
		return c.refuse("cli.xliff.noTarget", map[string]any{"File": xlfPath, "Named": c.ui().T("files.xliff.code", map[string]any{"Code": draftfile.Clip(head.Target)})})
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
		return c.refuse("cli.contribution", map[string]any{"File": draftPath, "Format": c.ui().T("drafterr.format." + string(origin.Format)), "Command": "xliff import"})
	}
	res, err := xliff.Import(p, data, lang)
	if err != nil {
		return c.fail(&fileError{xlfPath, err})
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
