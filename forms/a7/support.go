package a7

import (
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/memberstate"
)

// The support criterion of A.7 clause 2.1: at least four committed ITU
// members from at least four different countries.
const (
	MinSupporters       = 4
	MinSupportCountries = 4
)

// SupportCount is how the supporters count towards the support criterion of
// A.7 clause 2.1, and why the others do not. Indices are into p.Supporters.
// Rows with no entity name are not supporters and appear nowhere.
type SupportCount struct {
	// Members lists the supporters that count: ITU members (Member State,
	// Sector Member, Associate, Academia) committed to support the group.
	Members []int
	// Countries are the distinct ITU Member States of the counted members,
	// as upper-case codes in order of first appearance; a territory's code
	// counts as its Member State's (RE as FR, HK and TW as CN).
	Countries []string
	// NoCountry lists counted members without a country: they count as
	// members but add no country.
	NoCountry []int
	// BadCountry lists counted members whose country is no ITU Member State
	// and belongs to none ("XX", "CAN", "Canada", PS; see supporters.country):
	// like NoCountry, they count as members but add no country.
	BadCountry []int
	// NonMembers lists supporters that are not ITU members (or have no
	// category): they never count.
	NonMembers []int
	// Uncommitted lists ITU-member supporters not committed to support the
	// group actively: they do not count.
	Uncommitted []int
	// Placeholders lists rows whose entity is named by a placeholder ("TBD",
	// "N/A", "...", "To be confirmed": see forms.Says): nobody is named, so
	// they never count. They appear in no other list.
	Placeholders []int
	// Repeats lists rows naming an entity another row already names: an
	// entity is one member, counted once, under one country. They appear in
	// no other list.
	Repeats []Repeat
}

// Repeat is a supporter row that names the same entity as another row
// (names compared by forms.EntityKey), or, among NearDuplicates, one spelt
// almost like another's.
type Repeat struct {
	Row int // the repeating row
	Of  int // the row that stands for the entity: the first that counts, else the first
}

// Met reports whether the criterion is met.
func (s SupportCount) Met() bool {
	return len(s.Members) >= MinSupporters && len(s.Countries) >= MinSupportCountries
}

// Missing is how many more committed ITU members, each from a country not yet
// represented, the criterion needs. Since every counted country has a counted
// member, the countries are always the shortfall.
func (s SupportCount) Missing() int {
	need := MinSupportCountries - len(s.Countries)
	if m := MinSupporters - len(s.Members); m > need {
		need = m
	}
	if need < 0 {
		return 0
	}
	return need
}

// CountSupport counts the supporters as A.7 clause 2.1 does: distinct
// entities (see forms.EntityKey) that are committed ITU members, and the distinct
// ITU Member States they come from (country codes compared without regard to
// case, a territory under its Member State, see memberstate.MemberStateOf;
// an empty country is no country, and so is a code of no Member State).
func CountSupport(p *forms.Proposal) SupportCount {
	var s SupportCount
	standsFor := entityRows(p.Supporters)
	for i := range p.Supporters {
		sp := &p.Supporters[i]
		if forms.Blank(sp.Entity) {
			continue
		}
		if !forms.Says(sp.Entity, forms.RoleName) {
			s.Placeholders = append(s.Placeholders, i)
			continue
		}
		if first := standsFor[forms.EntityKey(sp.Entity)]; first != i {
			s.Repeats = append(s.Repeats, Repeat{Row: i, Of: first})
			continue
		}
		switch {
		case !sp.Category.IsITUMember():
			s.NonMembers = append(s.NonMembers, i)
			continue
		case !sp.Committed:
			s.Uncommitted = append(s.Uncommitted, i)
			continue
		}
		s.Members = append(s.Members, i)
		if strings.TrimSpace(sp.Country) == "" {
			s.NoCountry = append(s.NoCountry, i)
			continue
		}
		cc, _, ok := memberstate.MemberStateOf(sp.Country)
		if !ok {
			s.BadCountry = append(s.BadCountry, i)
			continue
		}
		seen := false
		for _, c := range s.Countries {
			if c == cc {
				seen = true
				break
			}
		}
		if !seen {
			s.Countries = append(s.Countries, cc)
		}
	}
	return s
}

// entityRows picks, for every named entity, the row that stands for it: the
// first row that counts (a committed ITU member), else the first row naming it.
func entityRows(rows []forms.Supporter) map[string]int {
	out := make(map[string]int, len(rows))
	for i := range rows {
		if !forms.Says(rows[i].Entity, forms.RoleName) {
			continue
		}
		key := forms.EntityKey(rows[i].Entity)
		first, seen := out[key]
		switch {
		case !seen:
			out[key] = i
		case !counts(&rows[first]) && counts(&rows[i]):
			out[key] = i
		}
	}
	return out
}

// counts reports whether a supporter row counts towards the criterion when
// its entity is not repeated.
func counts(sp *forms.Supporter) bool { return sp.Category.IsITUMember() && sp.Committed }

// NearDuplicates lists the supporter rows whose entity is spelt almost like
// an earlier row's but is not the same entity (forms.NearDuplicate): probably
// one entity with a typing slip, which would count twice. Of is the earlier
// row. Rows named by a placeholder are left out.
func NearDuplicates(p *forms.Proposal) []Repeat {
	var out []Repeat
	rows := p.Supporters
	for i := range rows {
		if !forms.Says(rows[i].Entity, forms.RoleName) {
			continue
		}
		for j := range i {
			if forms.Says(rows[j].Entity, forms.RoleName) && forms.NearDuplicate(rows[j].Entity, rows[i].Entity) {
				out = append(out, Repeat{Row: i, Of: j})
				break
			}
		}
	}
	return out
}
