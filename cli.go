package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"
)

// jsonFinding is a finding as `validate --json` prints it.
type jsonFinding struct {
	Rule     string         `json:"rule"`
	Severity string         `json:"severity"`
	Clause   string         `json:"clause"`
	Fields   []string       `json:"fields"`
	Message  string         `json:"message"`
	Params   map[string]any `json:"params,omitempty"`
}

const validateUsage = `Usage: fgdraft validate [--json] [--lang L] [--today YYYY-MM-DD] [--for L] DRAFT

Checks DRAFT against every rule of Recommendation ITU-T A.7 and prints the
findings, grouped by severity, with what to do about each.

Exit status: 0 no error, 1 at least one error, 2 the draft cannot be read.
`

func runValidate(args []string, stdout, stderr io.Writer) int {
	c := newCommand("validate", validateUsage, stderr)
	asJSON := c.flags.Bool("json", false, "print the findings as a JSON array")
	langp := c.lang("lang", "language of the messages: ar, zh, en, fr, ru or es (default: the draft's)", false)
	today := c.date("today", "date to measure deadlines from, YYYY-MM-DD (default: today)")
	forLang := c.lang("for", "also check what is untranslated into this language (translation.missing)", false)
	pos, code, ok := c.parse(args, 1, "name exactly one draft file")
	if !ok {
		return code
	}
	c.speakIn(*langp)
	p, _, err := c.loadDraft(pos[0])
	if err != nil {
		return c.fail(err)
	}
	lang := *langp
	if lang == "" {
		lang = p.Language
	}
	c.speakIn(lang)
	cat, err := locales.Load(lang)
	if err != nil {
		return c.fail(err)
	}
	loc := cat.In(lang)
	findings := a7.Validate(p, a7.Options{Today: *today, ExportLang: *forLang})

	if *asJSON {
		out := make([]jsonFinding, 0, len(findings))
		for _, f := range findings {
			fields := f.Fields
			if fields == nil {
				fields = []string{}
			}
			out = append(out, jsonFinding{f.Rule, f.Severity.String(), f.Clause, fields, loc.Finding(f), jsonParams(f.Params)})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return c.fail(err)
		}
	} else {
		printFindings(stdout, loc, findings)
	}
	if hasError(findings) {
		return exitFindings
	}
	return exitOK
}

// jsonParams writes dates in ISO form so that scripts can read them.
func jsonParams(params map[string]any) map[string]any {
	if len(params) == 0 {
		return nil
	}
	out := make(map[string]any, len(params))
	for k, v := range params {
		if d, ok := v.(forms.Date); ok {
			out[k] = d.String()
			continue
		}
		out[k] = v
	}
	return out
}

func hasError(findings []a7.Finding) bool {
	for _, f := range findings {
		if f.Severity == a7.Error {
			return true
		}
	}
	return false
}

// printFindings writes the findings for a person: grouped by severity, each
// with its rule, clause, message and the fields to edit.
func printFindings(w io.Writer, loc *locales.Localizer, findings []a7.Finding) {
	if len(findings) == 0 {
		fmt.Fprintln(w, loc.T("cli.no-findings"))
		return
	}
	for _, sev := range []a7.Severity{a7.Error, a7.Warning, a7.Info} {
		var group []a7.Finding
		for _, f := range findings {
			if f.Severity == sev {
				group = append(group, f)
			}
		}
		if len(group) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s\n", loc.N("cli.heading."+sev.String(), len(group), nil))
		for _, f := range group {
			fmt.Fprintf(w, "  %s [%s, %s]\n", loc.Finding(f), f.Rule, clauseRef(loc, f.Clause))
			if len(f.Fields) > 0 {
				head := loc.T("cli.fields")
				if !strings.HasSuffix(head, "：") { // a full-width colon has its own space
					head += " "
				}
				fmt.Fprintf(w, "      %s%s\n", head, fieldSummary(loc, f.Fields))
			}
		}
		fmt.Fprintln(w)
	}
	errs, placeholders := 0, 0
	for _, f := range findings {
		switch {
		case f.Severity == a7.Error:
			errs++
		case f.Rule == a7.PlaceholderRuleID:
			placeholders++
		}
	}
	switch {
	case errs > 0:
		fmt.Fprintln(w, loc.N("cli.summary.errors", errs, nil))
	case placeholders > 0:
		// Not an error of A.7, but a draft full of "TBD" is not ready to file.
		fmt.Fprintln(w, loc.N("cli.summary.placeholders", placeholders, nil))
	default:
		fmt.Fprintln(w, loc.T("cli.summary.ok"))
	}
}

// clauseRef names a finding's clause for the command line in the words the
// findings panel uses ("A.7 clause 2.1", "A.7، الفقرة 2.1", "A.7第2.1节"), or
// names the other Recommendation a rule rests on ("Recommendation ITU-T
// A.1", "ITU-T A.1建议书").
func clauseRef(loc *locales.Localizer, clause string) string {
	if a7.IsA7Clause(clause) {
		return loc.T("ui.finding.clause", map[string]any{"Clause": clause})
	}
	return loc.T("ui.finding.rec", map[string]any{"Rec": clause})
}
