package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fgdraft/export"
	"fgdraft/export/fonts"
	"fgdraft/export/pdf"
	"fgdraft/forms"
	"fgdraft/internal/buildinfo"
	"fgdraft/locales"
)

const exportUsage = `Usage: fgdraft export [--lang ar|zh|en|fr|ru|es|all] [-o PATH] [--today YYYY-MM-DD] DRAFT

Writes the contribution as a PDF in the document language. Free text comes from
the draft's translations into that language; fields without one are printed in
the draft's own language, and the command says which.

Exit status: 0 written, 1 written but the draft does not meet A.7 (the PDF is
marked as a draft), 2 nothing written.
`

func runExport(args []string, ver buildinfo.Version, stdout, stderr io.Writer) int {
	c := newCommand("export", exportUsage, stderr)
	langp := c.lang("lang", "document language: ar, zh, en, fr, ru, es, or all (default: the draft's)", true)
	out := c.flags.String("o", "", "output file, or folder for the default names (an existing folder, a path ending in /, or any path with --lang all); default: next to the draft, named from acronym, parent group and language")
	today := c.date("today", "date to measure deadlines from, YYYY-MM-DD (default: today)")
	pos, code, ok := c.parse(args, 1, "name exactly one draft file")
	if !ok {
		return code
	}
	draftPath := pos[0]
	p, err := forms.Load(draftPath)
	if err != nil {
		return c.fail(err)
	}
	lang := *langp
	langs := []forms.Lang{lang}
	switch lang {
	case "":
		langs = []forms.Lang{p.Language}
	case "all":
		langs = forms.Languages()
	}

	// -o names a folder with --lang all, when it ends with a separator, or
	// when it is an existing folder; the files in it get their default names.
	dir := filepath.Dir(draftPath)
	if *out != "" {
		if lang == "all" || strings.HasSuffix(*out, "/") || strings.HasSuffix(*out, string(filepath.Separator)) || isDir(*out) {
			dir = *out
		} else {
			dir = ""
		}
	}
	targets := make(map[forms.Lang]string, len(langs))
	for _, l := range langs {
		target := *out
		if dir != "" {
			target = filepath.Join(dir, export.FileName(p, l, export.PDF))
		}
		if sameFile(target, draftPath) {
			return c.fail(fmt.Errorf("%s is the draft itself; name another output file", target))
		}
		targets[l] = target
	}
	if dir != "" && *out != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return c.fail(err)
		}
	}

	cat, err := locales.Load(append(langs, p.Language)...)
	if err != nil {
		return c.fail(err)
	}
	faces, err := fonts.Load()
	if err != nil {
		return c.fail(err)
	}
	renderer := pdf.New(faces)
	renderer.Producer = ver.Producer()
	ui := cat.In(p.Language)
	failed, hasErrors := 0, false
	for _, l := range langs {
		opt := forms.Options{Today: *today, ExportLang: l}
		res, err := export.WriteFile(targets[l], p, l, cat, renderer, opt)
		if err != nil {
			fmt.Fprintf(stderr, "fgdraft export: %s: %v\n", l, err)
			failed++
			continue
		}
		fmt.Fprintln(stdout, targets[l])
		if len(res.Untranslated) > 0 {
			fmt.Fprintf(stderr, "  %s\n", ui.N("cli.export.untranslated", len(res.Untranslated), map[string]any{
				"Language": ui.LanguageName(l), "Fields": untranslatedSummary(ui, res.Untranslated)}))
		}
		if res.Errors > 0 {
			hasErrors = true
		}
	}
	switch {
	case failed > 0:
		if failed < len(langs) {
			fmt.Fprintln(stderr, ui.T("cli.export.partial", map[string]any{"Written": len(langs) - failed, "Total": len(langs)}))
		}
		return exitUnusable
	case hasErrors:
		fmt.Fprintln(stderr, ui.T("cli.export.draft-mark"))
		return exitFindings
	}
	return exitOK
}

// untranslatedSummary names the untranslated fields when they are few, and
// counts them per wizard step when they are many (a whole draft not yet
// translated would otherwise fill the terminal).
func untranslatedSummary(ui *locales.Localizer, paths []string) string {
	if len(paths) <= 8 {
		labels := make([]string, len(paths))
		for i, p := range paths {
			labels[i] = ui.FieldLabel(p)
		}
		return strings.Join(labels, ui.T("cli.fields.separator"))
	}
	perStep := map[forms.Step]int{}
	for _, p := range paths {
		perStep[forms.StepOf(p)]++
	}
	var parts []string
	for _, st := range forms.Steps() {
		if n := perStep[st]; n > 0 {
			parts = append(parts, ui.T("cli.export.stepCount", map[string]any{"Step": ui.T("step." + string(st)), "Count": n}))
		}
	}
	return strings.Join(parts, ui.T("cli.fields.separator"))
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// sameFile tells whether a and b name the same existing file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}
