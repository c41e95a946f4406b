package locales

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// Every rule of the catalogue has a message and a title in every language,
// and every severity a name.
func TestEveryRuleHasMessages(t *testing.T) {
	cat := MustLoad()
	for _, lang := range forms.Languages() {
		have := hasKey(cat, "rules", lang)
		for _, r := range a7.Catalogue() {
			for _, id := range []string{"rule." + r.ID, "ruletitle." + r.ID} {
				if !have(id) {
					t.Errorf("rules.%s.toml lacks %q", lang, id)
				}
			}
		}
		for _, s := range []a7.Severity{a7.Error, a7.Warning, a7.Info} {
			if !have("severity." + s.String()) {
				t.Errorf("rules.%s.toml lacks severity.%s", lang, s)
			}
		}
	}
}

// goldenFinding mirrors forms/a7's testdata/findings.golden.json: every finding
// the forms rule tests produce, with the Go type of each param.
type goldenFinding struct {
	Case     string                     `json:"case"`
	Rule     string                     `json:"rule"`
	Severity string                     `json:"severity"`
	Clause   string                     `json:"clause"`
	Fields   []string                   `json:"fields"`
	Params   map[string]json.RawMessage `json:"params"`
}

func loadGoldenFindings(t *testing.T) []a7.Finding {
	t.Helper()
	data, err := os.ReadFile("../forms/a7/testdata/findings.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var golden []goldenFinding
	if err := json.Unmarshal(data, &golden); err != nil {
		t.Fatal(err)
	}
	var out []a7.Finding
	for _, g := range golden {
		f := a7.Finding{Rule: g.Rule, Clause: g.Clause, Fields: g.Fields, Params: map[string]any{}}
		for k, raw := range g.Params {
			var p struct {
				Type  string          `json:"type"`
				Value json.RawMessage `json:"value"`
			}
			if err := json.Unmarshal(raw, &p); err != nil {
				t.Fatal(err)
			}
			var err error
			switch p.Type {
			case "string":
				var s string
				err = json.Unmarshal(p.Value, &s)
				f.Params[k] = s
			case "int":
				var n int
				err = json.Unmarshal(p.Value, &n)
				f.Params[k] = n
			case "date":
				var d forms.Date
				err = json.Unmarshal(p.Value, &d)
				f.Params[k] = d
			case "list":
				var l []string
				err = json.Unmarshal(p.Value, &l)
				f.Params[k] = l
			case "lang":
				var l forms.Lang
				err = json.Unmarshal(p.Value, &l)
				f.Params[k] = l
			case "country":
				var c a7.CountryCode
				err = json.Unmarshal(p.Value, &c)
				f.Params[k] = c
			case "steps":
				var l []a7.StepCount
				err = json.Unmarshal(p.Value, &l)
				f.Params[k] = l
			default:
				t.Fatalf("%s: param %s of unknown type %q", g.Case, k, p.Type)
			}
			if err != nil {
				t.Fatalf("%s: param %s: %v", g.Case, k, err)
			}
		}
		out = append(out, f)
	}
	return out
}

// Every finding the rule tests produce renders in all six languages: no
// missing message, no "<no value>", no template left over, every rule covered.
func TestFindingMessagesRender(t *testing.T) {
	cat := MustLoad()
	findings := loadGoldenFindings(t)
	rendered := map[string]bool{}
	for _, lang := range forms.Languages() {
		loc := cat.In(lang)
		for _, f := range findings {
			msg := loc.Finding(f)
			rendered[f.Rule] = true
			switch {
			case strings.Contains(msg, "<no value>"), strings.Contains(msg, "{{"), strings.Contains(msg, "}}"):
				t.Errorf("%s %s %v: %q", lang, f.Rule, f.Params, msg)
			case strings.HasPrefix(msg, "[rule."), strings.TrimSpace(msg) == "":
				t.Errorf("%s %s: no message: %q", lang, f.Rule, msg)
			case strings.Contains(msg, "  "), strings.Contains(msg, " ."), strings.Contains(msg, "()"):
				t.Errorf("%s %s: bad spacing: %q", lang, f.Rule, msg)
			case doubledPunct(msg):
				// e.g. a Russian date ("17 февраля 2027 г.") ending a sentence
				t.Errorf("%s %s: doubled punctuation: %q", lang, f.Rule, msg)
			}
			// Dates are written for the reader, not in ISO form.
			for _, v := range f.Params {
				if d, ok := v.(forms.Date); ok && !d.IsZero() {
					if !strings.Contains(msg, loc.Date(d)) {
						t.Errorf("%s %s: date %s not in %q", lang, f.Rule, d, msg)
					}
					if strings.Contains(msg, d.String()) {
						t.Errorf("%s %s: ISO date in %q", lang, f.Rule, msg)
					}
				}
			}
			if title := loc.T("ruletitle." + f.Rule); strings.HasPrefix(title, "[") {
				t.Errorf("%s: no title for %s", lang, f.Rule)
			}
		}
	}
	for _, r := range a7.Catalogue() {
		if !rendered[r.ID] {
			t.Errorf("no finding of %s was rendered", r.ID)
		}
	}
}

// Plural messages agree with their count in the languages that inflect.
func TestFindingPlurals(t *testing.T) {
	cat := MustLoad()
	f := a7.Finding{Rule: "tor.duration", Params: map[string]any{"Count": 13, "Max": 12, "Hard": 1}}
	for lang, want := range map[forms.Lang]string{
		forms.English: "13 months", forms.French: "13 mois", forms.Russian: "13 месяцев",
		forms.Spanish: "13 meses", forms.Chinese: "13个月",
	} {
		if got := cat.In(lang).Finding(f); !strings.Contains(got, want) {
			t.Errorf("%s: %q lacks %q", lang, got, want)
		}
	}
	f = a7.Finding{Rule: "deadline.contribution", Params: map[string]any{"Count": 1, "Late": 0,
		"Deadline": forms.NewDate(2027, 2, 17), "Meeting": forms.NewDate(2027, 3, 1)}}
	for lang, want := range map[forms.Lang]string{
		forms.English: "1 day left", forms.Russian: "1 день", forms.French: "1 jour",
	} {
		if got := cat.In(lang).Finding(f); !strings.Contains(got, want) {
			t.Errorf("%s: %q lacks %q", lang, got, want)
		}
	}
}

// doubledPunct finds ".." (not an ellipsis), ",,", "::", ";;" or "。。".
func doubledPunct(s string) bool {
	for _, bad := range []string{",,", "::", ";;", "。。", "，，"} {
		if strings.Contains(s, bad) {
			return true
		}
	}
	return strings.Contains(strings.ReplaceAll(s, "...", ""), "..")
}
