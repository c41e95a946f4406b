package memberstate

import (
	"slices"
	"testing"
)

func TestMemberStateOf(t *testing.T) {
	t.Parallel()
	tests := []struct {
		code, state   string
		territory, ok bool
	}{
		{"FR", "FR", false, true},
		{" fr ", "FR", false, true},
		{"VA", "VA", false, true},
		{"RE", "FR", true, true},
		{"re", "FR", true, true},
		{"HK", "CN", true, true},
		{"MO", "CN", true, true},
		{"TW", "CN", true, true},
		{"PR", "US", true, true},
		{"GL", "DK", true, true},
		{"CW", "NL", true, true},
		{"GI", "GB", true, true},
		{"PS", "", true, false},
		{"AQ", "", true, false},
		{"EH", "", true, false},
		{"XK", "", true, false},
		{"XX", "", false, false},
		{"EU", "", false, false},
		{"CAN", "", false, false},
		{"Canada", "", false, false},
		{"??", "", false, false},
		{"1", "", false, false},
		{"", "", false, false},
	}
	for _, tt := range tests {
		state, territory, ok := MemberStateOf(tt.code)
		if state != tt.state || territory != tt.territory || ok != tt.ok {
			t.Errorf("MemberStateOf(%q) = %q, %v, %v; want %q, %v, %v", tt.code, state, territory, ok, tt.state, tt.territory, tt.ok)
		}
		if got := IsMemberState(tt.code); got != (ok && !territory) {
			t.Errorf("IsMemberState(%q) = %v", tt.code, got)
		}
	}
}

// 194 Member States, sorted and distinct; no territory is one.
func TestTables(t *testing.T) {
	t.Parallel()
	codes := Codes()
	if len(codes) != 194 || !slices.IsSorted(codes) || len(slices.Compact(slices.Clone(codes))) != 194 {
		t.Fatalf("Codes() = %d codes, sorted %v", len(codes), slices.IsSorted(codes))
	}
	codes[0] = "ZZ"
	if Codes()[0] == "ZZ" {
		t.Error("Codes hands out the table itself")
	}
	for _, c := range Territories() {
		if IsMemberState(c) {
			t.Errorf("territory %s is a Member State", c)
		}
	}
}
