package locales

import (
	"testing"

	"fgdraft/forms"
)

// A command parses only the languages it writes in, and English, the
// fallback; asking for another language is a programming error that the
// command tests catch, never English text passed off as Arabic.
func TestLoadParsesOnlyTheLanguagesAsked(t *testing.T) {
	c, err := Load(forms.French)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range forms.Languages() {
		has := len(c.Keys("rules", l)) > 0
		if want := l == forms.French || l == forms.English; has != want {
			t.Errorf("%s parsed: %v, want %v", l, has, want)
		}
	}
	if got := c.In(forms.French).T("severity.error"); got == "[severity.error]" || got == MustLoad().In(forms.English).T("severity.error") {
		t.Errorf("French message is %q", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("In(ar) on a catalog without Arabic did not panic")
		}
	}()
	c.In(forms.Arabic)
}

func TestLoadRefusesUnknownLanguage(t *testing.T) {
	if _, err := Load("de"); err == nil {
		t.Error("Load(de) did not fail")
	}
}

// The reference of the rules is read only when asked for: every command
// loads messages at start-up, and none shows it.
func TestReferenceOnlyWhenAsked(t *testing.T) {
	cat, err := Load(forms.English)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(cat.Keys(ReferenceArea, forms.English)); n != 0 {
		t.Errorf("Load read %d texts of the rules' reference", n)
	}
	ref, err := LoadReference(forms.English)
	if err != nil {
		t.Fatal(err)
	}
	if len(ref.Keys(ReferenceArea, forms.English)) == 0 || !ref.In(forms.English).Has("ruledoc.title") {
		t.Error("LoadReference did not read the rules' reference")
	}
}
