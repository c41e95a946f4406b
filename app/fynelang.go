package app

import (
	"os"

	"fgdraft/forms"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// fyneLocales are the locales Fyne 2.7.1's lang package can settle on: the
// ones it ships translations for, plus the six ITU languages (which we add).
// Fyne picks the one closest to the system locale and offers no way to pick
// another; so to show its dialogs in the language the user chose, the
// chosen language's strings are registered under every one of them.
var fyneLocales = []fyne.Locale{
	"en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk", "zh-Hans",
	"ar", "zh",
}

// useFyneLanguage makes Fyne's own strings (dialog buttons, the file dialog)
// come out in l, whatever the system locale.
func useFyneLanguage(l forms.Lang) {
	data := locales.FyneStrings(l)
	for _, loc := range fyneLocales {
		if err := lang.AddTranslationsForLocale(data, loc); err != nil {
			fyne.LogError("Fyne translations for "+string(loc), err)
		}
	}
}

// systemLanguage is the system's language when it is one of the six, else
// English.
func systemLanguage() forms.Lang {
	if l, ok := locales.LangOfLocale(lang.SystemLocale().LanguageString()); ok {
		return l
	}
	if l, ok := locales.EnvironmentLang(os.Getenv); ok {
		return l
	}
	return forms.English
}
