package locales

import (
	"testing"

	"fgdraft/forms"
)

func TestEnvironmentLang(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		env  map[string]string
		want forms.Lang // "": none
	}{
		{"nothing set", nil, ""},
		{"C locale", map[string]string{"LANG": "C.UTF-8"}, ""},
		{"LANG", map[string]string{"LANG": "fr_FR.UTF-8"}, forms.French},
		{"LC_ALL over LANG", map[string]string{"LC_ALL": "ru_RU.UTF-8", "LANG": "fr_FR.UTF-8"}, forms.Russian},
		{"LC_MESSAGES over LANG", map[string]string{"LC_MESSAGES": "ar_EG", "LANG": "es_ES"}, forms.Arabic},
		{"another language passed over", map[string]string{"LC_ALL": "de_DE.UTF-8", "LANG": "zh_CN.UTF-8"}, forms.Chinese},
		{"GNU LANGUAGE last", map[string]string{"LANG": "C", "LANGUAGE": "es:en"}, forms.Spanish},
		{"upper case", map[string]string{"LANG": "EN_GB"}, forms.English},
	} {
		got, ok := EnvironmentLang(func(k string) string { return c.env[k] })
		if got != c.want || ok != (c.want != "") {
			t.Errorf("%s: %q, %v; want %q", c.name, got, ok, c.want)
		}
	}
}
