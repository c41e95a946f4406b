package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"
)

const rulesUsage = `Usage: fgdraft rules [--lang L]

Lists the rules of Recommendation ITU-T A.7 that fgdraft checks: each rule's
ID (as validate prints it), most serious severity, clause (of A.7, or
the other Recommendation it rests on) and title.
`

func runRules(args []string, stdout, stderr io.Writer) int {
	c := newCommand("rules", rulesUsage, stderr)
	langp := c.lang("lang", "language of the titles (default: English)", false)
	if _, code, ok := c.parse(args, 0, "takes no arguments"); !ok {
		return code
	}
	lang := forms.English
	if *langp != "" {
		lang = *langp
	}
	c.speakIn(lang)
	cat, err := locales.Load(lang)
	if err != nil {
		return c.fail(err)
	}
	loc := cat.In(lang)
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	for _, r := range a7.Catalogue() {
		// A.7's clauses by number, another Recommendation by name, as the
		// document's Annex B lists them.
		clause := r.Clause
		if !a7.IsA7Clause(clause) {
			clause = loc.T("doc.annexB.otherRec", map[string]any{"Rec": clause})
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", r.ID, loc.T("severity."+r.Severity.String()), clause, loc.T("ruletitle."+r.ID))
	}
	if err := w.Flush(); err != nil {
		return c.fail(err)
	}
	return exitOK
}
