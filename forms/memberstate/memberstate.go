// Package memberstate knows which ISO 3166-1 alpha-2 codes name an ITU
// Member State, and to which Member State the code of a territory belongs.
// The tables are generated from states.tsv and territories.tsv in this
// directory (the sources, with their references); the names of the Member
// States in the six languages live in locales, from the same files.
package memberstate

import (
	"slices"
	"strings"
)

//go:generate go run ../internal/memberstategen -root ../..

// territory is a code that is not a Member State's, with the Member State
// it belongs to ("" for none).
type territory struct{ code, state string }

// Normalize is the form of a country code the tables use: trimmed and upper
// case ("fr " → "FR").
func Normalize(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }

// IsMemberState reports whether code (in any case, spaces around it
// ignored) is the ISO 3166-1 alpha-2 code of an ITU Member State.
func IsMemberState(code string) bool {
	_, ok := slices.BinarySearch(memberStates[:], Normalize(code))
	return ok
}

// MemberStateOf is the Member State a country code counts under: the code
// itself for a Member State; for a territory (RE, HK, TW…) the Member State
// it belongs to, with isTerritory set. ok is false when the code counts
// under no Member State: a territory of none (AQ, PS; isTerritory set) or a
// value that is no code of the tables at all ("XX", "CAN", "EU", "").
func MemberStateOf(code string) (state string, isTerritory, ok bool) {
	code = Normalize(code)
	if IsMemberState(code) {
		return code, false, true
	}
	i, found := slices.BinarySearchFunc(territories[:], code, func(t territory, c string) int { return strings.Compare(t.code, c) })
	if !found {
		return "", false, false
	}
	return territories[i].state, true, territories[i].state != ""
}

// Codes lists the codes of the ITU Member States, sorted. The slice is a
// fresh copy.
func Codes() []string { return slices.Clone(memberStates[:]) }

// Territories lists the codes of the territory table, sorted (fresh copy):
// each is either counted under a Member State or under none (MemberStateOf).
func Territories() []string {
	out := make([]string, len(territories))
	for i, t := range territories {
		out[i] = t.code
	}
	return out
}
