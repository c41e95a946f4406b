package locales

import (
	"testing"
	"time"

	"fgdraft/forms"
)

func TestDate(t *testing.T) {
	cat := MustLoad()
	tests := []struct {
		lang forms.Lang
		d    forms.Date
		want string
	}{
		{forms.English, forms.NewDate(2027, time.January, 8), "8 January 2027"},
		{forms.French, forms.NewDate(2027, time.January, 8), "8 janvier 2027"},
		{forms.French, forms.NewDate(2027, time.March, 1), "1er mars 2027"},
		{forms.Spanish, forms.NewDate(2027, time.January, 8), "8 de enero de 2027"},
		{forms.Russian, forms.NewDate(2027, time.January, 8), "8 января 2027\u00a0г."},
		{forms.Chinese, forms.NewDate(2027, time.January, 8), "2027年1月8日"},
		{forms.Arabic, forms.NewDate(2027, time.January, 8), "8 يناير 2027"},
		{forms.English, forms.Date{}, ""},
	}
	for _, tt := range tests {
		if got := cat.In(tt.lang).Date(tt.d); got != tt.want {
			t.Errorf("%s %v: got %q, want %q", tt.lang, tt.d, got, tt.want)
		}
	}
}

func TestCountryAndList(t *testing.T) {
	cat := MustLoad()
	if got := cat.In(forms.French).Country("DE"); got != "Allemagne" {
		t.Errorf("French name of DE: %q", got)
	}
	if got := cat.In(forms.Chinese).Country("CN"); got != "中国" {
		t.Errorf("Chinese name of CN: %q", got)
	}
	// ITU's own names where they differ from the common ones.
	for lang, want := range map[forms.Lang]string{forms.English: "Republic of Korea", forms.French: "République de Corée", forms.Russian: "Республика Корея"} {
		if got := cat.In(lang).Country("kr"); got != want {
			t.Errorf("%s name of KR: %q, want %q", lang, got, want)
		}
	}
	if got := cat.In(forms.English).List([]string{"a", "b", "c"}); got != "a, b and c" {
		t.Errorf("list: %q", got)
	}
}

func TestHas(t *testing.T) {
	cat := MustLoad()
	for _, lang := range forms.Languages() {
		loc := cat.In(lang)
		if !loc.Has("month.1") {
			t.Errorf("%s: Has(month.1) = false", lang)
		}
		if !loc.Has("cli.heading.error") {
			t.Errorf("%s: Has(plural cli.heading.error) = false", lang)
		}
		if loc.Has("no.such.key") {
			t.Errorf("%s: Has(no.such.key) = true", lang)
		}
	}
}

// Spanish joins the last item with "e" before the sound /i/ ("Francia e
// Italia", "España e Hispanoamérica") and keeps "y" before a semivowel
// ("agua y hielo") or any other sound; other languages are unchanged.
func TestListJoinerBeforeI(t *testing.T) {
	t.Parallel()
	cat := MustLoad()
	tests := []struct {
		lang  forms.Lang
		items []string
		want  string
	}{
		{forms.Spanish, []string{"Francia", "Italia"}, "Francia e Italia"},
		{forms.Spanish, []string{"Alemania", "Francia", "Irán"}, "Alemania, Francia e Irán"},
		{forms.Spanish, []string{"España", "Hispanoamérica"}, "España e Hispanoamérica"},
		{forms.Spanish, []string{"agua", "hielo"}, "agua y hielo"},
		{forms.Spanish, []string{"Francia", "Alemania"}, "Francia y Alemania"},
		{forms.Spanish, []string{"A", "I"}, "A e I"},
		{forms.English, []string{"France", "Italy"}, "France and Italy"},
		{forms.French, []string{"France", "Italie"}, "France et Italie"},
	}
	for _, tt := range tests {
		if got := cat.In(tt.lang).List(tt.items); got != tt.want {
			t.Errorf("%s %q: %q, want %q", tt.lang, tt.items, got, tt.want)
		}
	}
}
