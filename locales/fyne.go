package locales

import (
	"embed"

	"fgdraft/forms"
)

// Fyne's own strings (dialog buttons, the file dialog, the calendar) in the
// six languages, as the JSON that fyne.io/fyne/v2/lang reads. Fyne ships no
// Arabic, and its Russian swaps Tuesday and Thursday; these files replace its
// translations whatever the system locale (see app/fynelang.go).
//
//go:embed fyne.*.json
var fyneFiles embed.FS

// FyneStrings returns the JSON message file of Fyne's own strings in lang
// (English for a language that is not one of the six).
func FyneStrings(lang forms.Lang) []byte {
	if !lang.Valid() {
		lang = forms.English
	}
	data, err := fyneFiles.ReadFile("fyne." + string(lang) + ".json")
	if err != nil {
		panic("locales: missing embedded " + "fyne." + string(lang) + ".json")
	}
	return data
}
