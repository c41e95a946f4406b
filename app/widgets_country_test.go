package app

import (
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/memberstate"

	"fyne.io/fyne/v2"
)

// The picker offers the 194 ITU Member States only, each by its code and
// ITU name in the interface language (issue 19, item 3: it offered every ISO
// code, RE, GP, PR, HK, MO, GL…).
func TestCountryPickerOffersMemberStates(t *testing.T) {
	t.Parallel()
	for _, lang := range forms.Languages() {
		ui := stepCatalog().In(lang)
		l := newCountryList(ui)
		if len(l.options) != 194 {
			t.Fatalf("%s: %d options, want the 194 Member States", lang, len(l.options))
		}
		for i, code := range memberstate.Codes() {
			if want := code + " — " + ui.Country(code); l.options[i] != want {
				t.Errorf("%s: option %d = %q, want %q", lang, i, l.options[i], want)
			}
		}
		for _, territory := range []string{"RE", "GP", "PR", "HK", "MO", "TW", "GL", "PS", "AQ"} {
			if slices.ContainsFunc(l.options, func(o string) bool { return strings.HasPrefix(o, territory+" ") }) {
				t.Errorf("%s: %s is offered", lang, territory)
			}
		}
	}
}

// A Member State is found by its code or by its name in any of the six
// languages, whatever the interface language.
func TestCountryPickerSearchesSixLanguages(t *testing.T) {
	t.Parallel()
	l := newCountryList(stepCatalog().In(forms.English))
	for _, typed := range []string{"Germany", "Allemagne", "Alemania", "Германия", "德国", "ألمانيا", "de", "DE", " germ"} {
		got := l.matching(typed)
		if !slices.Contains(got, "DE — Germany") {
			t.Errorf("%q: options %q lack Germany", typed, got)
		}
	}
	for typed, want := range map[string]string{"法国": "FR", "Франция": "FR", "Türkiye": "TR", "Côte d'Ivoire": "CI", "fr": "FR", "Réunion": "", "Taiwan": "", "CAN": ""} {
		code, ok := l.resolve(typed)
		if want == "" && ok || want != "" && code != want {
			t.Errorf("resolve(%q) = %q, %v; want %q", typed, code, ok, want)
		}
	}
	if got := l.matching("Taiwan"); len(got) != 0 {
		t.Errorf("Taiwan offers %q", got)
	}
	zh := newCountryList(stepCatalog().In(forms.Chinese))
	if got := zh.matching("Germany"); !slices.Equal(got, []string{"DE — 德国"}) {
		t.Errorf("Chinese interface, “Germany”: %q", got)
	}
}

// A draft that names a territory keeps it, shown with its Member State; a
// value of no Member State is kept and shown as invalid; nothing the user had
// is lost by opening the step or leaving the field.
func TestCountryEntryKeepsWhatTheDraftSays(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.French)
	p := h.env.draft
	p.Supporters[0].Country = "RE"
	p.Supporters[1].Country = "CAN"
	p.Leadership.Chair.Country = "ps"
	h.form.Reload()

	re := h.focusable("supporters[0].country").(*countryEntry)
	if re.Text != "RE — La Réunion → France" || re.msg.Visible() {
		t.Errorf("territory shown as %q, message %v", re.Text, re.msg.Visible())
	}
	bad := h.focusable("supporters[1].country").(*countryEntry)
	if bad.Text != "CAN" || !bad.msg.Visible() || !strings.Contains(bad.msg.Text, "CAN") {
		t.Errorf("invalid value shown as %q, message %q (visible %v)", bad.Text, bad.msg.Text, bad.msg.Visible())
	}
	ps := h.focusable("leadership.chair.country").(*countryEntry)
	if ps.Text != "PS — État de Palestine" || !ps.msg.Visible() {
		t.Errorf("place of no Member State shown as %q, message %v", ps.Text, ps.msg.Visible())
	}
	for _, e := range []*countryEntry{re, bad, ps} {
		h.win.Canvas().Focus(e)
		e.FocusLost()
	}
	if p.Supporters[0].Country != "RE" || p.Supporters[1].Country != "CAN" || p.Leadership.Chair.Country != "ps" {
		t.Errorf("after leaving the fields: %q, %q, %q", p.Supporters[0].Country, p.Supporters[1].Country, p.Leadership.Chair.Country)
	}
	if !bad.msg.Visible() {
		t.Error("the invalid value's message went away")
	}
	if len(h.changes) != 0 {
		t.Errorf("the draft was changed: %q", h.changes)
	}
	// Choosing a Member State replaces the invalid value.
	h.retype("supporters[1].country", "Canada")
	if p.Supporters[1].Country != "CA" || bad.msg.Visible() {
		t.Errorf("after choosing Canada: %q, message %v", p.Supporters[1].Country, bad.msg.Visible())
	}
}

// The support counter counts a territory under its Member State and says
// which members add no country because theirs is no Member State.
func TestSupportersCounterCountsMemberStates(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	p := h.env.draft
	p.Supporters = []forms.Supporter{ // names of one letter alone would be placeholders
		{Entity: "A Telecom", Category: forms.SectorMember, Country: "FR", Committed: true},
		{Entity: "B Telecom", Category: forms.SectorMember, Country: "RE", Committed: true},
		{Entity: "C Telecom", Category: forms.SectorMember, Country: "CAN", Committed: true},
		{Entity: "D Telecom", Category: forms.SectorMember, Country: "KR", Committed: true},
	}
	h.form.Reload()
	s := h.form.(*supportersStep)
	if !strings.HasPrefix(s.count.Text, "4 of 4 committed ITU members, from 2 of 4 countries") {
		t.Errorf("count = %q", s.count.Text)
	}
	if got := s.notCounted.Text(); !s.notCounted.Visible() || !strings.Contains(got, "C Telecom (country not an ITU Member State") {
		t.Errorf("not counted = %q (visible %v)", got, s.notCounted.Visible())
	}
}

// FGDRAFT_SHOTS=DIR writes the open country list in English, Chinese and
// Arabic as PNG files, to look at.
func TestCountryPickerShots(t *testing.T) {
	dir := os.Getenv("FGDRAFT_SHOTS")
	if dir == "" {
		t.Skip("FGDRAFT_SHOTS not set")
	}
	for _, lang := range []forms.Lang{forms.English, forms.Chinese, forms.Arabic} {
		h := newStepHarness(t, forms.StepSupporters, lang)
		h.env.draft.Supporters[1].Country = "HK"
		h.form.Reload()
		ce := h.focusable("supporters[0].country").(*countryEntry)
		h.win.Canvas().Focus(ce)
		ce.SetText("")
		ce.TypedShortcut(openPickerShortcut)
		h.win.Resize(fyne.NewSize(1000, 700))
		f, err := os.Create(filepath.Join(dir, "country-picker-"+string(lang)+".png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, h.win.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}
