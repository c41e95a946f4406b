package app

import "fgdraft/locales"

// uiText prepares interface text for a label: unchanged in a left-to-right
// interface, put in visual order in a right-to-left one (see visualRTL).
func uiText(ui *locales.Localizer, s string) string {
	if !ui.Lang().RTL() {
		return s
	}
	return visualRTL(s)
}
