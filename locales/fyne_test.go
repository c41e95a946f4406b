package locales

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"fgdraft/forms"
)

// Every language's file of Fyne strings has exactly the English keys, and no
// value is empty.
func TestFyneStringsComplete(t *testing.T) {
	keys := func(lang forms.Lang) []string {
		var m map[string]any
		if err := json.Unmarshal(FyneStrings(lang), &m); err != nil {
			t.Fatalf("fyne.%s.json: %v", lang, err)
		}
		var out []string
		for k, v := range m {
			out = append(out, k)
			switch v := v.(type) {
			case string:
				if strings.TrimSpace(v) == "" {
					t.Errorf("fyne.%s.json %q is empty", lang, k)
				}
			case map[string]any:
				if s, _ := v["other"].(string); strings.TrimSpace(s) == "" {
					t.Errorf("fyne.%s.json %q has no \"other\" form", lang, k)
				}
			default:
				t.Errorf("fyne.%s.json %q: unexpected value %v", lang, k, v)
			}
		}
		slices.Sort(out)
		return out
	}
	want := keys(forms.English)
	for _, lang := range forms.Languages() {
		if got := keys(lang); !slices.Equal(got, want) {
			t.Errorf("fyne.%s.json keys differ from English:\n got %v\nwant %v", lang, got, want)
		}
	}
}
