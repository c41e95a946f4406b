package app

import (
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/memberstate"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// countryOption is how a country is offered and shown: "FR — France". A
// territory a draft names is shown with the Member State it counts under,
// "RE — Réunion → France" (the arrow turned in a right-to-left language);
// any other value as it is.
func countryOption(ui *locales.Localizer, code string) string {
	if forms.Blank(code) {
		return ""
	}
	code = strings.TrimSpace(code)
	up := memberstate.Normalize(code)
	state, territory, ok := memberstate.MemberStateOf(up)
	switch {
	case ok && !territory:
		return up + " — " + ui.Country(up)
	case ok:
		arrow := " → "
		if ui.Lang().RTL() {
			arrow = " ← " // the arrow points the way the line is read
		}
		return up + " — " + ui.Country(up) + arrow + ui.Country(state)
	case territory:
		return up + " — " + ui.Country(up)
	}
	return code
}

// countryList is the ITU Member States offered in one interface language,
// sorted by code, and what finds them: the code, or the name in any of the
// six languages.
type countryList struct {
	ui      *locales.Localizer
	codes   []string          // the Member States' codes, sorted
	options []string          // "FR — France", in code order
	search  []string          // for each option: its code, option and six names, folded
	byName  map[string]string // folded option or name in any language → code
}

func newCountryList(ui *locales.Localizer) *countryList {
	l := &countryList{ui: ui, codes: memberstate.Codes(), byName: map[string]string{}}
	for _, c := range l.codes {
		o := countryOption(ui, c)
		l.options = append(l.options, o)
		l.byName[fold(o)] = c
		names, _ := locales.CountryNames(c)
		for _, n := range names {
			l.byName[fold(n)] = c
		}
		l.search = append(l.search, fold(o+"\n"+strings.Join(names, "\n")))
	}
	return l
}

func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// resolve finds the code a typed text means: a Member State's code ("fr",
// "FR"), its name in any of the six languages ("France", "法国") or an
// option ("FR — France"). The code of a territory that counts under a Member
// State ("RE") is kept, as a draft may name one; anything else is no
// country.
func (l *countryList) resolve(s string) (string, bool) {
	if forms.Blank(s) {
		return "", true
	}
	t := strings.TrimSpace(s)
	if len(t) == 2 {
		up := memberstate.Normalize(t)
		if _, _, ok := memberstate.MemberStateOf(up); ok {
			return up, true
		}
	}
	if c, ok := l.byName[fold(t)]; ok {
		return c, true
	}
	// "FR — anything", "RE — Réunion → France": the code decides.
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

// matching lists the options whose code or name, in any of the six
// languages, contains the typed text.
func (l *countryList) matching(s string) []string {
	t := fold(s)
	if t == "" {
		return l.options
	}
	if c, ok := l.resolve(s); ok && c != "" && fold(countryOption(l.ui, c)) == t {
		return l.options // a complete choice: offer everything again
	}
	var out []string
	for i, o := range l.options {
		if strings.Contains(l.search[i], t) {
			out = append(out, o)
		}
	}
	return out
}

// countryEntry is an entry for a country with a drop-down list of the ITU
// Member States: the user types a code or a name in any of the six
// languages, or picks "FR — France" from the list (which narrows to what
// matches the text). The draft gets the ISO code. A value from the draft that
// is no Member State's is kept, shown as it is with a message, until the user
// chooses a country. The
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
	c.SetPlaceHolder(uiText(ui, ui.T("editor.country.placeholder")))
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
			c.notMemberState(s)
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

// notMemberState says under the entry that a text names no ITU Member State.
func (c *countryEntry) notMemberState(text string) {
	setErrorText(c.msg, uiText(c.list.ui, c.list.ui.T("editor.country.unknown", map[string]any{"Text": strings.TrimSpace(text)})))
}

// setCode shows the country of a code from the draft; a value that counts
// under no Member State is shown as it is, with a message.
func (c *countryEntry) setCode(code string) {
	want := countryOption(c.list.ui, code)
	if c.Text != want {
		c.loading = true
		c.SetText(want)
		c.loading = false
	}
	if _, _, ok := memberstate.MemberStateOf(code); ok || forms.Blank(code) {
		setErrorText(c.msg, "")
	} else {
		c.notMemberState(code)
	}
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
	c.notMemberState(c.Text)
}
