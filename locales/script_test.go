package locales

import (
	"regexp"
	"testing"

	"github.com/BurntSushi/toml"
)

// Russian texts write ITU-T as МСЭ-Т with a Cyrillic Т, as doc.ru.toml does:
// a word that mixes Cyrillic and Latin letters looks right but is not found
// by a search, and reads inconsistently next to the document's own text.
// (МСЭ-R keeps its Latin R, as ITU writes it.)
func TestRussianWordsAreNotMixedScript(t *testing.T) {
	word := regexp.MustCompile(`[\p{L}-]+`)
	cyr := regexp.MustCompile(`\p{Cyrillic}`)
	lat := regexp.MustCompile(`\p{Latin}`)
	for _, area := range []string{"doc", "rules", "fields", "cli"} {
		raw, err := files.ReadFile(area + ".ru.toml")
		if err != nil {
			t.Fatal(err)
		}
		var msgs map[string]any
		if err := toml.Unmarshal(raw, &msgs); err != nil {
			t.Fatal(err)
		}
		var check func(id string, v any)
		check = func(id string, v any) {
			switch v := v.(type) {
			case string:
				for _, w := range word.FindAllString(v, -1) {
					if cyr.MatchString(w) && lat.MatchString(w) && w != "МСЭ-R" {
						t.Errorf("%s.ru.toml %q: mixed-script word %q", area, id, w)
					}
				}
			case map[string]any:
				for _, f := range v {
					check(id, f)
				}
			}
		}
		for id, v := range msgs {
			check(id, v)
		}
	}
}
