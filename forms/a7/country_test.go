package a7

import (
	"slices"
	"testing"

	"fgdraft/forms"
)

// A supporter's country counts as the ITU Member State it is or belongs to;
// a value of no Member State adds no country (issue 19, items 2 and 3).
func TestCountSupportCountsMemberStates(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		countries  []string // of committed Sector Members, one a row
		want       []string
		badCountry []int
	}{
		{"DE, KR, CAN, CA make three countries, not four (CAN is no code)", []string{"DE", "KR", "CAN", "CA"}, []string{"DE", "KR", "CA"}, []int{2}},
		{"not codes of Member States add none", []string{"??", "XX", "EU", "1", "Canada", "DE"}, []string{"DE"}, []int{0, 1, 2, 3, 4}},
		{"FR and RE make one", []string{"FR", "RE"}, []string{"FR"}, nil},
		{"RE alone counts as FR", []string{"re", "GP", "MQ"}, []string{"FR"}, nil},
		{"CN, HK and TW make one", []string{"CN", "HK", "TW"}, []string{"CN"}, nil},
		{"territories of other States", []string{"PR", "GL", "CW", "GI"}, []string{"US", "DK", "NL", "GB"}, nil},
		{"Palestine and Antarctica add none", []string{"PS", "AQ", "EH"}, nil, []int{0, 1, 2}},
		{"four Member States", []string{"cn", "De", " fr ", "US"}, []string{"CN", "DE", "FR", "US"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := &forms.Proposal{}
			for i, c := range tt.countries {
				// A name of one letter alone would be a placeholder.
				p.Supporters = append(p.Supporters, sp(string(rune('A'+i))+" Telecom", forms.SectorMember, c, true))
			}
			got := CountSupport(p)
			if !slices.Equal(got.Countries, tt.want) || !slices.Equal(got.BadCountry, tt.badCountry) || len(got.Members) != len(tt.countries) {
				t.Errorf("countries %v, bad %v, %d members; want %v, %v, %d", got.Countries, got.BadCountry, len(got.Members), tt.want, tt.badCountry, len(tt.countries))
			}
		})
	}
}
