package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"
)

func english(t *testing.T) *locales.Localizer {
	t.Helper()
	cat, err := locales.LoadReference(forms.English)
	if err != nil {
		t.Fatal(err)
	}
	return cat.In(forms.English)
}

// The committed references (docs/rules.md, docs/rules.LANG.md) are what the
// generator writes from today's catalogue and message files.
func TestCommittedRulesDocIsCurrent(t *testing.T) {
	cat, err := locales.LoadReference()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range forms.Languages() {
		want := Render(cat.In(lang), a7.DocumentedRules())
		name := FileName(lang)
		got, err := os.ReadFile(filepath.Join("..", "..", "..", "docs", name))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("docs/%s is stale: the catalogue or locales/ruledoc.%s.toml changed; run `go generate ./...` and commit the result", name, lang)
		}
	}
}

// Every rule is documented under a section, and every documentation text
// belongs to a rule: a text left behind by a renamed rule would never be shown.
func TestEveryRuleDocumentedAndNoTextOrphaned(t *testing.T) {
	loc := english(t)
	keys := map[string]bool{}
	for _, r := range a7.DocumentedRules() {
		d := r.Doc()
		if d.Section == "" || !loc.Has(d.Section) {
			t.Errorf("rule %s has no section heading (%q): add its ID's first part to ruleSections", r.ID, d.Section)
		}
		if !loc.Has(d.Check) {
			t.Errorf("rule %s is not documented: add %q to locales/ruledoc.en.toml", r.ID, d.Check)
		}
		keys[d.Section], keys[d.Check], keys[d.Severity], keys[d.Reading] = true, true, true, true
	}
	cat, err := locales.LoadReference(forms.English)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range cat.Keys("ruledoc", forms.English) {
		perRule := strings.HasPrefix(k, "ruledoc.check.") || strings.HasPrefix(k, "ruledoc.severity.") ||
			strings.HasPrefix(k, "ruledoc.reading.") || strings.HasPrefix(k, "ruledoc.section.")
		if perRule && !keys[k] {
			t.Errorf("locales/ruledoc.en.toml: %q documents no rule of the catalogue", k)
		}
	}
}

// A rule's row shows its own severity text when its findings vary, and the
// plain severity otherwise; readings follow the tables.
func TestRenderRows(t *testing.T) {
	doc := Render(english(t), a7.DocumentedRules())
	for _, row := range []string{
		"| `tor.scope` | error | ",
		"| `tor.duration` | error when the duration exceeds 12 months; info when it is 10 to 12 | ",
		"| `text.one-line` | warning | ",
	} {
		if !strings.Contains(doc, row) {
			t.Errorf("docs/rules.md lacks the row %q", row)
		}
	}
	if strings.Index(doc, "- `leadership.chair` is a warning") < strings.Index(doc, "| `translation.missing` |") {
		t.Error("the readings are not after the tables")
	}
}
