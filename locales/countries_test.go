package locales

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/memberstate"
)

// readStatesFile reads forms/memberstate/states.tsv: code → the six names
// (ar, zh, en, fr, ru, es).
func readStatesFile(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open("../forms/memberstate/states.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			cols := strings.Split(line, "\t")
			out[cols[0]] = cols[1:]
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Every Member State is named, in every language, exactly as the states
// file says; CLDR names nothing the file covers.
func TestCountryNamesAreITUs(t *testing.T) {
	t.Parallel()
	cat := MustLoad()
	want := readStatesFile(t)
	codes := memberstate.Codes()
	if len(codes) != 194 || len(want) != 194 {
		t.Fatalf("%d Member States in the table, %d in the file; ITU has 194", len(codes), len(want))
	}
	for i, lang := range forms.Languages() {
		l := cat.In(lang)
		for _, code := range codes {
			if got := l.Country(code); got != want[code][i] {
				t.Errorf("%s: Country(%s) = %q, ITU's name is %q", lang, code, got, want[code][i])
			}
			if got := l.Country(" " + strings.ToLower(code) + " "); got != want[code][i] {
				t.Errorf("%s: Country of lower-case %s = %q", lang, code, got)
			}
		}
	}
}

// The names issue 19 found taken from old CLDR data are ITU's now.
func TestCountryNamesIssue19(t *testing.T) {
	t.Parallel()
	cat := MustLoad()
	tests := []struct {
		lang       forms.Lang
		code, want string
	}{
		{forms.English, "MK", "North Macedonia"},
		{forms.English, "SZ", "Eswatini"},
		{forms.English, "TR", "Türkiye"},
		{forms.English, "CV", "Cabo Verde"},
		{forms.English, "MM", "Myanmar"},
		{forms.English, "CZ", "Czech Republic"},
		{forms.English, "CI", "Côte d'Ivoire"},
		{forms.English, "GB", "United Kingdom"},
		{forms.English, "US", "United States"},
		{forms.English, "KR", "Republic of Korea"},
		{forms.English, "VA", "Vatican"},
		{forms.English, "HK", "Hong Kong, China"},
		{forms.English, "PS", "State of Palestine"},
		{forms.Russian, "GB", "Соединенное Королевство"},
		{forms.Arabic, "US", "الولايات المتحدة الأمريكية"},
		{forms.Chinese, "MK", "北马其顿"},
		{forms.Chinese, "TR", "土耳其"},
		{forms.Chinese, "TW", "中国台湾"},
		{forms.Chinese, "HK", "中国香港"},
		{forms.French, "RE", "La Réunion"},
	}
	for _, tt := range tests {
		if got := cat.In(tt.lang).Country(tt.code); got != tt.want {
			t.Errorf("%s: Country(%s) = %q, want %q", tt.lang, tt.code, got, tt.want)
		}
	}
}

// A value that is no code of the tables is returned as typed (trimmed):
// nothing the user wrote is lost, and nothing is made up.
func TestCountryOfNoCodeIsAsTyped(t *testing.T) {
	t.Parallel()
	l := MustLoad().In(forms.English)
	for in, want := range map[string]string{"CAN": "CAN", " Canada ": "Canada", "XX": "XX", "??": "??", "EU": "EU", "1": "1", "": "", "deu": "deu", "419": "419"} {
		if got := l.Country(in); got != want {
			t.Errorf("Country(%q) = %q, want %q", in, got, want)
		}
		if _, ok := CountryNames(in); ok {
			t.Errorf("CountryNames(%q) found names", in)
		}
	}
}

// A document names the Member State a code counts under: a territory its
// Member State, a place of none by its own name, anything else as typed.
func TestMemberStateName(t *testing.T) {
	t.Parallel()
	cat := MustLoad()
	tests := []struct {
		lang       forms.Lang
		code, want string
	}{
		{forms.French, "RE", "France"},
		{forms.Chinese, "HK", "中国"},
		{forms.Chinese, "tw", "中国"},
		{forms.English, "GL", "Denmark"},
		{forms.Russian, "DE", "Германия"},
		{forms.English, "PS", "State of Palestine"},
		{forms.English, "CAN", "CAN"},
	}
	for _, tt := range tests {
		if got := cat.In(tt.lang).MemberStateName(tt.code); got != tt.want {
			t.Errorf("%s: MemberStateName(%s) = %q, want %q", tt.lang, tt.code, got, tt.want)
		}
	}
}
