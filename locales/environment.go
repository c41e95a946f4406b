package locales

import (
	"strings"

	"fgdraft/forms"
)

// languageVariables are the environment variables that name the user's
// language, in the order they are read: POSIX's LC_ALL, LC_MESSAGES and
// LANG, then GNU's LANGUAGE.
var languageVariables = []string{"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"}

// EnvironmentLang is the first ITU language the environment names
// (getenv is os.Getenv, or a stand-in in tests): "fr_FR.UTF-8" is French,
// "zh_CN" Chinese. A variable naming another language ("de_DE") or none
// ("C") is passed over; ok is false when none names an ITU language. The
// window and the command line pick their language from it.
func EnvironmentLang(getenv func(string) string) (lang forms.Lang, ok bool) {
	for _, name := range languageVariables {
		if l, ok := LangOfLocale(getenv(name)); ok {
			return l, true
		}
	}
	return "", false
}

// LangOfLocale is the ITU language of a locale name such as "fr_FR.UTF-8",
// "es-419" or "zh" (its first two letters); ok is false for any other.
func LangOfLocale(name string) (forms.Lang, bool) {
	name = strings.ToLower(name)
	if len(name) < 2 {
		return "", false
	}
	l := forms.Lang(name[:2])
	return l, l.Valid()
}
