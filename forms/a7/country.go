package a7

import (
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/memberstate"
)

// CountryCode is a finding parameter that is a country code; locales
// renders it as the country's ITU name in the reader's language.
type CountryCode string

// supporters.country: every country a proposal gives — a supporter's, the
// chair and vice-chair nominees', a contact's — is an ITU Member State by its
// ISO 3166-1 alpha-2 code (forms/memberstate). A territory's code (RE, HK,
// TW…) is accepted, counted under its Member State: an info finding names
// both (params Fields, Code, Territory, State). Anything else ("XX", "EU",
// "CAN", "Canada", a place of no Member State such as PS or AQ) is an error
// on that field (params Fields, Value as typed, and Place when the value is
// the code of a known place). An empty country is left to the rules that
// need one (criteria.support, cover.contact).
func checkCountries(c *checker) {
	for _, f := range countryFields(c.p) {
		typed := strings.TrimSpace(*f.value)
		if typed == "" {
			continue
		}
		fields := []string{f.path}
		state, territory, ok := memberstate.MemberStateOf(typed)
		code := memberstate.Normalize(typed)
		switch {
		case ok && !territory:
			// A Member State.
		case ok:
			c.addAs(Info, "", fields, map[string]any{
				"Fields": fields, "Code": code, "Territory": CountryCode(code), "State": CountryCode(state),
			})
		default:
			params := map[string]any{"Fields": fields, "Value": typed, "Place": ""}
			if territory {
				params["Place"] = CountryCode(code)
			}
			c.add(fields, params)
		}
	}
}

// countryField is one country a proposal gives, with its field path.
type countryField struct {
	path  string
	value *string
}

// countryFields are the proposal's countries in field order: supporters,
// the chair nominee, the vice-chair nominees, the contacts.
func countryFields(p *forms.Proposal) []countryField {
	out := make([]countryField, 0, len(p.Supporters)+1+len(p.Leadership.ViceChairs)+len(p.Contribution.Contacts))
	for i := range p.Supporters {
		out = append(out, countryField{forms.SupporterCountry.At(i).Path(), &p.Supporters[i].Country})
	}
	out = append(out, countryField{forms.ChairCountry.Path(), &p.Leadership.Chair.Country})
	for i := range p.Leadership.ViceChairs {
		out = append(out, countryField{forms.ViceChairCountry.At(i).Path(), &p.Leadership.ViceChairs[i].Country})
	}
	for i := range p.Contribution.Contacts {
		out = append(out, countryField{forms.ContactCountry.At(i).Path(), &p.Contribution.Contacts[i].Country})
	}
	return out
}
