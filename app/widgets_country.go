package app

import (
	"sort"
	"strings"

	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// isoCountries lists the ISO 3166-1 alpha-2 codes of countries and
// territories (249 codes, as assigned in 2024).
const isoCountries = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ " +
	"BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM " +
	"DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS " +
	"GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN " +
	"KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ " +
	"MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM " +
	"PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV " +
	"SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI " +
	"VN VU WF WS YE YT ZA ZM ZW"

// countryCodes returns the ISO codes in code order.
func countryCodes() []string { return strings.Fields(isoCountries) }

// countryOption is how a country is offered and shown: "FR — France".
func countryOption(ui *locales.Localizer, code string) string {
	if code == "" {
		return ""
	}
	return code + " — " + ui.Country(code)
}

// countryList is the countries of one interface language, sorted by code.
type countryList struct {
	ui      *locales.Localizer
	codes   []string
	options []string          // "FR — France", in code order
	byName  map[string]string // folded name or option → code
}

func newCountryList(ui *locales.Localizer) *countryList {
	l := &countryList{ui: ui, codes: countryCodes(), byName: map[string]string{}}
	for _, c := range l.codes {
		o := countryOption(ui, c)
		l.options = append(l.options, o)
		l.byName[fold(o)] = c
		l.byName[fold(ui.Country(c))] = c
	}
	return l
}

func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// resolve finds the code a typed text means: a code ("fr", "FR"), a name in
// the interface language ("France") or an option ("FR — France").
func (l *countryList) resolve(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if t == "" {
		return "", true
	}
	if len(t) == 2 {
		up := strings.ToUpper(t)
		i := sort.SearchStrings(l.codes, up)
		if i < len(l.codes) && l.codes[i] == up {
			return up, true
		}
	}
	if c, ok := l.byName[fold(t)]; ok {
		return c, true
	}
	// "FR — anything": the code decides.
	if len(t) > 3 && t[2] == ' ' {
		return l.resolve(t[:2])
	}
	return "", false
}

// resolveTyping is resolve for a text still being typed: a two-letter code
// counts only in capitals, since "At" may be the start of "Atlantis" rather
// than Austria. Leaving the entry resolves lower-case codes too.
func (l *countryList) resolveTyping(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if len(t) == 2 && t != strings.ToUpper(t) {
		return "", false
	}
	return l.resolve(s)
}

// matching lists the options whose code or name contains the typed text.
func (l *countryList) matching(s string) []string {
	t := fold(s)
	if t == "" {
		return l.options
	}
	if c, ok := l.resolve(s); ok && c != "" && fold(countryOption(l.ui, c)) == t {
		return l.options // a complete choice: offer everything again
	}
	var out []string
	for _, o := range l.options {
		if strings.Contains(fold(o), t) {
			out = append(out, o)
		}
	}
	return out
}

// countryEntry is an entry for a country with a drop-down list: the user
// types a code or a name, or picks "FR — France" from the list (which
// narrows to what matches the text). The draft gets the ISO code. The
// list's button takes no focus (one Tab stop per field); Alt+Down opens the
// list from the keyboard, Escape closes it.
type countryEntry struct {
	widget.Entry
	list    *countryList
	options []string // what the drop-down offers: the matches of the text
	pick    *pickButton
	popUp   *widget.PopUpMenu
	onCode  func(code string)
	msg     *widget.Label
	// loading suppresses onCode while the entry is set from the draft.
	loading bool
}

func newCountryEntry(ui *locales.Localizer) *countryEntry {
	c := &countryEntry{list: newCountryList(ui)}
	c.ExtendBaseWidget(c)
	c.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	c.options = c.list.options
	c.pick = newPickButton(theme.MenuDropDownIcon(), c.openList)
	c.ActionItem = c.pick
	c.SetPlaceHolder(ui.T("editor.country.placeholder"))
	c.msg = errorText()
	c.OnChanged = c.typed
	return c
}

// openList shows the countries that match the text under the entry.
func (c *countryEntry) openList() {
	if fyne.CurrentApp() == nil {
		return
	}
	cv := fyne.CurrentApp().Driver().CanvasForObject(c)
	if cv == nil {
		return
	}
	items := make([]*fyne.MenuItem, len(c.options))
	for i, o := range c.options {
		items[i] = fyne.NewMenuItem(o, func() {
			c.SetText(o)
			cv.Focus(c)
		})
	}
	c.popUp = widget.NewPopUpMenu(fyne.NewMenu("", items...), cv)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(c).Add(fyne.NewPos(0, c.Size().Height))
	c.popUp.ShowAtPosition(pos)
	c.popUp.Resize(fyne.NewSize(c.Size().Width, min(c.popUp.MinSize().Height, 320)))
	c.popUp.OnDismiss = func() {
		c.popUp.Hide()
		cv.Focus(c)
	}
}

// TypedShortcut opens the list on Alt+Down.
func (c *countryEntry) TypedShortcut(s fyne.Shortcut) {
	if isOpenPicker(s) {
		c.openList()
		return
	}
	c.Entry.TypedShortcut(s)
}

// Disable disables the entry and its list button.
func (c *countryEntry) Disable() {
	c.Entry.Disable()
	c.pick.Disable()
}

// Enable enables the entry and its list button.
func (c *countryEntry) Enable() {
	c.Entry.Enable()
	c.pick.Enable()
}

func (c *countryEntry) typed(s string) {
	c.options = c.list.matching(s)
	code, ok := c.list.resolveTyping(s)
	if !ok {
		if len(strings.TrimSpace(s)) > 2 && len(c.list.matching(s)) == 0 {
			setErrorText(c.msg, uiText(c.list.ui, c.list.ui.T("editor.country.unknown", map[string]any{"Text": strings.TrimSpace(s)})))
		} else {
			setErrorText(c.msg, "")
		}
		return
	}
	c.accept(code)
}

// accept takes code as the entry's country.
func (c *countryEntry) accept(code string) {
	setErrorText(c.msg, "")
	if !c.loading && c.onCode != nil {
		c.onCode(code)
	}
}

// setCode shows the country of a code from the draft.
func (c *countryEntry) setCode(code string) {
	setErrorText(c.msg, "")
	want := countryOption(c.list.ui, code)
	if c.Text == want {
		return
	}
	c.loading = true
	c.SetText(want)
	c.loading = false
}

// FocusLost writes the full "FR — France" form of what was typed, or reports
// a text that names no country.
func (c *countryEntry) FocusLost() {
	c.Entry.FocusLost()
	if code, ok := c.list.resolve(c.Text); ok {
		c.accept(code)
		c.setCode(code)
		return
	}
	setErrorText(c.msg, uiText(c.list.ui, c.list.ui.T("editor.country.unknown", map[string]any{"Text": strings.TrimSpace(c.Text)})))
}
