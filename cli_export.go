package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"fgdraft/export"
	"fgdraft/export/docx"
	"fgdraft/export/fonts"
	"fgdraft/export/pdf"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/internal/buildinfo"
	"fgdraft/locales"
)

const exportUsage = `Usage: fgdraft export [--format pdf|docx|all] [--lang ar|zh|en|fr|ru|es|all] [-o PATH] [--today YYYY-MM-DD] [--date DATE] [--revision-of FILED] DRAFT

Writes the contribution as a PDF, a Word document (DOCX) or both, in the
document language. Free text comes from the draft's translations into that
language; fields without one are printed in the draft's own language, and the
command says which. The draft travels inside every file written, so that the
contribution reopens as a draft. DRAFT may also be a PDF or DOCX that fgdraft
wrote.

The files carry the time of the export as their date, unless --date or the
environment variable SOURCE_DATE_EPOCH (seconds since 1970, UTC) sets it:
then two exports of one draft give the same bytes.

With --revision-of, the contribution is the next revision of the filed one
(FILED: the PDF or Word file fgdraft wrote, or the draft file it was exported
from): the Word file carries the changes as tracked changes, the PDF as
revision marks, the cover says "Rev.N", and the draft file keeps N.

Exit status: 0 written, 1 written but the draft does not meet A.7 (the files
are marked as a draft), 2 nothing written.
`

func runExport(args []string, ver buildinfo.Version, stdout, stderr io.Writer) int {
	c := newCommand("export", exportUsage, stderr)
	langp := c.lang("lang", "document language: ar, zh, en, fr, ru, es, or all (default: the draft's)", true)
	formats := c.format("format", "file format: pdf, docx (Word), or all (both); default: pdf")
	out := c.flags.String("o", "", "output file, or folder for the default names (an existing folder, a path ending in /, or any path with --lang all or --format all); default: next to the draft, named from acronym, parent group and language")
	today := c.date("today", "date to measure deadlines from, YYYY-MM-DD (default: today)")
	fileDate := c.flags.String("date", "", "date written into the files, YYYY-MM-DD or RFC 3339 (default: $SOURCE_DATE_EPOCH, else now)")
	revisionOf := c.flags.String("revision-of", "", "the filed contribution (PDF, DOCX or draft file) this export revises: changes marked against it")
	pos, code, ok := c.parse(args, 1, "name exactly one draft file")
	if !ok {
		return code
	}
	stamp, err := documentDate(*fileDate, os.Getenv("SOURCE_DATE_EPOCH"))
	if err != nil {
		return c.fail(err)
	}
	draftPath := pos[0]
	read, err := draftfile.StampOf(draftPath)
	if err != nil {
		read = draftfile.Stamp{} // the load says why the file cannot be read
	}
	p, origin, err := c.loadDraft(draftPath)
	if err != nil {
		return c.fail(err)
	}
	c.speakIn(p.Language) // as the export's other messages
	var filed *forms.Proposal
	if *revisionOf != "" {
		if filed, err = c.revisionBase(*revisionOf, p); err != nil {
			return c.fail(err)
		}
		if n := filed.Contribution.Revision + 1; n != p.Contribution.Revision {
			p.Contribution.Revision = n
			if !origin.Contribution() {
				// the draft keeps its revision number, so that the
				// next revision is numbered after this one
				if err := c.saveDraft(draftPath, p, read); err != nil {
					return c.fail(err)
				}
			}
		}
	}
	lang := *langp
	langs := []forms.Lang{lang}
	switch lang {
	case "":
		langs = []forms.Lang{p.Language}
	case "all":
		langs = forms.Languages()
	}

	// -o names a folder when several files are written, when it ends with a
	// separator, or when it is an existing folder; the files in it get their
	// default names.
	dir := filepath.Dir(draftPath)
	if *out != "" {
		if len(langs)*len(*formats) > 1 || strings.HasSuffix(*out, "/") || strings.HasSuffix(*out, string(filepath.Separator)) || isDir(*out) {
			dir = *out
		} else {
			dir = ""
		}
	}
	plan := export.NewPlan(p, langs, *formats, dir)
	for i, t := range plan.Targets {
		if dir == "" {
			t.Path = *out
			plan.Targets[i] = t
		}
		if sameFile(t.Path, draftPath) {
			return c.refuse("cli.sameFile", map[string]any{"File": t.Path})
		}
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
	dr := docx.New()
	dr.Producer = ver.Producer()
	dr.Date = stamp
	renderers := map[export.Format]export.Renderer{export.DOCX: dr}
	if slices.Contains(*formats, export.PDF) {
		faces, err := fonts.Load()
		if err != nil {
			return c.fail(err)
		}
		r := pdf.New(faces)
		r.Producer = ver.Producer()
		r.Date = stamp
		renderers[export.PDF] = r
	}
	ui := cat.In(p.Language)
	failed, hasErrors := 0, false
	told := map[forms.Lang]bool{} // untranslated and stale fields are told once per language
	for _, t := range plan.Targets {
		l := t.Lang
		opt := a7.Options{Today: *today, ExportLang: l}
		res, err := export.WriteRevision(t.Path, p, filed, l, cat, renderers[t.Format], opt)
		if err != nil {
			fmt.Fprintf(stderr, "fgdraft export: %s, %s: %s\n", l, strings.ToUpper(string(t.Format)), export.Describe(err, ui))
			failed++
			continue
		}
		fmt.Fprintln(stdout, t.Path)
		if !told[l] {
			told[l] = true
			if missing := plan.Untranslated[l]; len(missing) > 0 {
				fmt.Fprintf(stderr, "  %s\n", ui.N("cli.export.untranslated", len(missing), map[string]any{
					"Language": ui.LanguageName(l), "Fields": fieldSummary(ui, missing)}))
			}
			if stale := plan.Stale[l]; len(stale) > 0 {
				fmt.Fprintf(stderr, "  %s\n", ui.N("files.export.stale", len(stale), map[string]any{
					"Language": ui.LanguageName(l), "Fields": fieldSummary(ui, stale)}))
			}
		}
		if res.Errors > 0 {
			hasErrors = true
		}
	}
	switch {
	case failed > 0:
		if failed < len(plan.Targets) {
			fmt.Fprintln(stderr, ui.T("cli.export.partial", map[string]any{"Written": len(plan.Targets) - failed, "Total": len(plan.Targets)}))
		}
		return exitUnusable
	case hasErrors:
		fmt.Fprintln(stderr, ui.T("cli.export.draft-mark"))
		return exitFindings
	}
	return exitOK
}

// revisionBase reads the draft a filed contribution carries, the version a
// revision of p is compared with. A file of another draft (another ID) is
// refused by name: its changes against p would be all of p.
func (c *command) revisionBase(path string, p *forms.Proposal) (*forms.Proposal, error) {
	filed, _, err := c.loadDraft(path)
	if err != nil {
		return nil, err
	}
	if err := export.CheckRevisionBase(c.ui(), path, filed, p); err != nil {
		return nil, err
	}
	return filed, nil
}

// fieldSummary names the fields when they are few, and counts them per
// wizard step when they are many (the untranslated fields of a whole draft
// would otherwise fill the terminal).
func fieldSummary(ui *locales.Localizer, paths []string) string {
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

// documentDate is the date an export writes into its files: flag (YYYY-MM-DD,
// midnight UTC, or RFC 3339), else epoch (SOURCE_DATE_EPOCH, the
// reproducible-builds convention: whole seconds since 1970 UTC), else the zero
// time, which lets the renderers write the time of the export.
func documentDate(flag, epoch string) (time.Time, error) {
	switch {
	case flag != "":
		if d, err := time.Parse(time.DateOnly, flag); err == nil {
			return d, nil
		}
		d, err := time.Parse(time.RFC3339, flag)
		if err != nil {
			return time.Time{}, fmt.Errorf("--date %q is neither YYYY-MM-DD nor an RFC 3339 time such as 2026-03-01T12:00:00Z", flag)
		}
		return d.UTC(), nil
	case epoch != "":
		secs, err := strconv.ParseInt(epoch, 10, 64)
		// PDF and DOCX dates have four-digit years
		if err != nil || secs < 0 || secs > 253402300799 {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q is not a count of seconds since 1970 (such as 1767225600)", epoch)
		}
		return time.Unix(secs, 0).UTC(), nil
	}
	return time.Time{}, nil
}
