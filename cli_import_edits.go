package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"fgdraft/export/docx"
	"fgdraft/forms/draftfile"
	"fgdraft/internal/regularfile"
	"fgdraft/locales"
)

const importEditsUsage = `Usage: fgdraft import-edits [--list | --accept-all] [--lang L] CONTRIBUTION.docx DRAFT

Reads a Word file fgdraft exported from DRAFT, as co-proposers, editors or
translators edited it since, and compares it field by field with DRAFT: text
changed, tracked insertions and deletions, comments. Text outside the draft's
fields is listed as not taken back. A Word file in another language than the
draft's gives that language's translations.

  --list        print the changes as JSON; nothing is applied
  --accept-all  take every change into DRAFT (saved in place, atomically)
  neither       show each change and ask, on a terminal
`

// editsReport is what --list prints.
type editsReport struct {
	Document string `json:"document"`
	Draft    string `json:"draft"`
	Language string `json:"language"`
	// Translation tells that the document is in another language than the
	// draft: its fields come back as translations.
	Translation  bool           `json:"translation"`
	Changes      []docx.Change  `json:"changes"`
	NotTakenBack []docx.Outside `json:"notTakenBack"`
}

// runImportEdits runs import-edits; in is read for the answers when
// interactive (a terminal).
func runImportEdits(args []string, in io.Reader, interactive bool, stdout, stderr io.Writer) int {
	c := newCommand("import-edits", importEditsUsage, stderr)
	list := c.flags.Bool("list", false, "print the changes as JSON, apply nothing")
	acceptAll := c.flags.Bool("accept-all", false, "take every change into the draft")
	langp := c.lang("lang", "language of the messages: ar, zh, en, fr, ru or es (default: the draft's)", false)
	pos, code, ok := c.parse(args, 2, "name the Word file and the draft")
	if !ok {
		return code
	}
	c.speakIn(*langp)
	if *list && *acceptAll {
		return c.refuse("cli.edits.exclusive", nil)
	}
	docPath, draftPath := pos[0], pos[1]
	p, origin, err := c.loadDraft(draftPath)
	if err != nil {
		return c.fail(err)
	}
	lang := *langp
	if lang == "" {
		lang = p.Language
	}
	c.speakIn(lang)
	// the messages' language and the document's, whichever it is
	cat, err := locales.Load()
	if err != nil {
		return c.fail(err)
	}
	loc := cat.In(lang)
	data, err := regularfile.Read(docPath, docx.MaxPackageSize)
	if err != nil {
		return c.fail(draftfile.ReadError(docPath, err))
	}
	edits, err := docx.CompareWithDraft(p, data, cat)
	if err != nil {
		var refusal *docx.EditsRefusal
		if errors.As(err, &refusal) {
			return c.refuse("files.edits."+string(refusal.Problem), map[string]any{"File": docPath, "Draft": draftPath, "Other": refusal.Other})
		}
		return c.fail(&fileError{docPath, err})
	}
	translation := edits.Translation(p)
	if *list {
		changes := edits.Changes
		if changes == nil {
			changes = []docx.Change{}
		}
		outside := edits.NotTakenBack
		if outside == nil {
			outside = []docx.Outside{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(editsReport{docPath, draftPath, string(edits.Lang), translation, changes, outside}); err != nil {
			return c.fail(err)
		}
		return exitOK
	}
	if origin.Contribution() {
		return c.refuse("cli.contribution", map[string]any{"File": draftPath, "Format": loc.T("drafterr.format." + string(origin.Format)), "Command": "import-edits"})
	}
	accepted := func(int) bool { return true }
	if !*acceptAll {
		if !interactive {
			return c.refuse("cli.edits.no-terminal", nil)
		}
		answers := askEdits(edits, loc, in, stdout)
		accepted = func(i int) bool { return answers[i] }
	}
	printNotTakenBack(stdout, loc, edits.NotTakenBack)
	applied := len(edits.ApplyTo(p, accepted))
	if applied == 0 {
		fmt.Fprintln(stdout, loc.T("cli.edits.nothing-taken"))
		return exitOK
	}
	if err := draftfile.Save(draftPath, p); err != nil {
		return c.fail(err)
	}
	if translation {
		fmt.Fprintln(stdout, loc.N("cli.edits.translated", applied, map[string]any{"Draft": draftPath, "Language": loc.LanguageName(edits.Lang)}))
	} else {
		fmt.Fprintln(stdout, loc.N("cli.edits.applied", applied, map[string]any{"Draft": draftPath}))
	}
	return exitOK
}

// askEdits shows each change and asks whether to take it; comments are
// shown, not asked about. An answer that is not yes is no.
func askEdits(edits docx.Edits, loc *locales.Localizer, in io.Reader, out io.Writer) map[int]bool {
	answers := map[int]bool{}
	r := bufio.NewReader(io.LimitReader(in, 1<<20))
	yes := strings.ToLower(loc.T("cli.edits.yes"))
	for i, ch := range edits.Changes {
		fmt.Fprintf(out, "\n%s — %s (%s)\n", loc.T("files.edits.kind."+string(ch.Kind)), loc.FieldLabel(ch.Field), ch.Field)
		if ch.Author != "" {
			fmt.Fprintf(out, "  %s %s\n", loc.T("files.edits.author"), ch.Author)
		}
		if ch.Kind == docx.Comment {
			fmt.Fprintf(out, "  %s\n", ch.Text)
			continue
		}
		fmt.Fprintf(out, "  %s %s\n  %s %s\n", loc.T("files.edits.old"), ch.Old, loc.T("files.edits.new"), ch.New)
		fmt.Fprint(out, loc.T("cli.edits.ask"))
		answer, _ := r.ReadString('\n')
		answer = strings.ToLower(strings.TrimSpace(answer))
		answers[i] = answer == "y" || answer == "yes" || answer == yes || answer != "" && strings.HasPrefix(yes, answer)
	}
	fmt.Fprintln(out)
	return answers
}

// printNotTakenBack lists the text outside the draft's fields.
func printNotTakenBack(w io.Writer, loc *locales.Localizer, outside []docx.Outside) {
	if len(outside) == 0 {
		return
	}
	fmt.Fprintln(w, loc.N("files.edits.notTakenBack", len(outside), nil))
	for _, o := range outside {
		after := loc.T("files.edits.atStart")
		if o.After != "" {
			after = loc.FieldLabel(o.After)
		}
		fmt.Fprintf(w, "  %s\n", loc.T("files.edits.position", map[string]any{"Paragraph": o.Position, "After": after, "Text": o.Text}))
	}
}

// isTerminal tells whether f is a terminal to ask on: a character device
// other than the null device.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(st, null)
}
