package locales

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"fgdraft/forms"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// mustLoadReference loads every area of the six languages, with the texts
// of the rules' reference, which Load leaves out.
func mustLoadReference(t *testing.T) *Catalog {
	t.Helper()
	cat, err := LoadReference()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// Every key of every area exists in all six languages.
func TestEveryKeyInEveryLanguage(t *testing.T) {
	cat := mustLoadReference(t)
	for _, area := range cat.Areas() {
		var all []string
		for _, lang := range forms.Languages() {
			all = append(all, cat.Keys(area, lang)...)
		}
		slices.Sort(all)
		all = slices.Compact(all)
		for _, lang := range forms.Languages() {
			have := cat.Keys(area, lang)
			for _, k := range all {
				if _, found := slices.BinarySearch(have, k); !found {
					t.Errorf("%s.%s.toml lacks %q", area, lang, k)
				}
			}
		}
	}
}

// Every plural message has every plural form its language needs (CLDR rules as
// go-i18n applies them: Arabic six, Russian four, Chinese one).
func TestPluralFormsComplete(t *testing.T) {
	cat := mustLoadReference(t)
	counts := []int{0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 102, 111, 1000000}
	for _, area := range cat.Areas() {
		for _, lang := range forms.Languages() {
			raw, err := files.ReadFile(area + "." + string(lang) + ".toml")
			if err != nil {
				t.Fatal(err)
			}
			var msgs map[string]any
			if err := toml.Unmarshal(raw, &msgs); err != nil {
				t.Fatal(err)
			}
			loc := i18n.NewLocalizer(cat.bundle, string(lang))
			for id, v := range msgs {
				m, ok := v.(map[string]any)
				if !ok || m["other"] == nil {
					continue
				}
				for _, n := range counts {
					_, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: n, TemplateData: map[string]any{"Count": n}})
					if err != nil {
						t.Errorf("%s.%s.toml %q, count %d: %v", area, lang, id, n, err)
					}
				}
			}
		}
	}
}

// blankOnPurpose is a message that is only a template comment: it prints
// nothing, and says why.
var blankOnPurpose = regexp.MustCompile(`^\{\{/\*[^}]*\*/\}\}$`)

// messageSource is the text of message id as its message file has it.
func messageSource(area string, lang forms.Lang, id string) string {
	for _, f := range compiledFiles {
		if f.area != area || f.lang != string(lang) {
			continue
		}
		for _, m := range f.messages {
			if m.ID == id {
				return m.Other
			}
		}
	}
	return ""
}

// No translation is left as a placeholder or marked unconfirmed.
func TestNoPlaceholders(t *testing.T) {
	cat := mustLoadReference(t)
	for _, area := range cat.Areas() {
		for _, lang := range forms.Languages() {
			loc := cat.In(lang)
			for _, id := range cat.Keys(area, lang) {
				s := loc.N(id, 2, nil)
				// A message that is only a template comment is blank on
				// purpose, and its comment says why (Russian covers leave
				// "Вопрос(ы):" empty where there is no Question).
				if blankOnPurpose.MatchString(messageSource(area, lang, id)) {
					continue
				}
				if strings.Contains(s, "(?)") || strings.Contains(s, "TODO") || strings.TrimSpace(s) == "" {
					t.Errorf("%s.%s.toml %q is not a finished text: %q", area, lang, id, s)
				}
			}
		}
	}
}
