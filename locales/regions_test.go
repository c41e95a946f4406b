package locales

import (
	"fmt"
	"strings"
	"testing"

	"fgdraft/forms"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Country names every region as CLDR does (where countries.LANG.toml has no
// name of ITU's own), from the compiled table, for any code language
// understands: two letters in either case, three letters, three digits.
func TestCountryNamesAsCLDR(t *testing.T) {
	cat := MustLoad()
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for c := 'A'; c <= 'Z'; c++ {
			codes = append(codes, string([]rune{a, c}))
		}
	}
	for n := 0; n < 1000; n += 7 {
		codes = append(codes, fmt.Sprintf("%03d", n))
	}
	codes = append(codes, "fr", "FRA", "deu", "419", "", "F", "FRAN", "12")
	for _, lang := range forms.Languages() {
		l := cat.In(lang)
		namer := display.Regions(language.MustParse(string(lang)))
		for _, code := range codes {
			if code != "" && l.Has("country."+strings.ToUpper(code)) {
				continue
			}
			want := code
			if r, err := language.ParseRegion(code); err == nil && code != "" {
				if name := namer.Name(r); name != "" {
					want = name
				}
			}
			if got := l.Country(code); got != want {
				t.Errorf("%s: Country(%q) = %q, CLDR says %q", lang, code, got, want)
			}
		}
	}
}
