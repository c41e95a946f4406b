package export_test

import (
	"slices"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/memberstate"
)

// No export prints a name that is not ITU's for a Member State: every one of
// the 194, in every language, in the supporters' table, the nominees and the
// contacts (issue 19, item 4). The catalogue's names are the states file's
// (locales.TestCountryNamesAreITUs), so the catalogue is the reference here.
func TestEveryMemberStateByITUName(t *testing.T) {
	t.Parallel()
	codes := memberstate.Codes()
	if len(codes) != 194 {
		t.Fatalf("%d codes; want 194", len(codes))
	}
	p := exporttest.GoodProposal()
	p.Supporters = nil
	for i, code := range codes {
		// Lower case on odd rows: the code is read in either case.
		if i%2 == 1 {
			code = strings.ToLower(code)
		}
		p.Supporters = append(p.Supporters, forms.Supporter{Entity: "Entity " + code, Category: forms.SectorMember, Country: code, Committed: true})
	}
	p.Leadership.Chair.Country = "MK"
	p.Leadership.ViceChairs[0].Country = "sz"
	p.Contribution.Contacts[0].Country = " TR "
	for _, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			itu := exporttest.Cat.In(lang).Country
			doc := build(t, p, lang)
			sup := firstTable(t, section(doc, export.SecSupporters))
			if len(sup.Rows) != len(codes) {
				t.Fatalf("%d rows, want %d", len(sup.Rows), len(codes))
			}
			for i, code := range codes {
				if got, want := sup.Rows[i][2], itu(code); got != want {
					t.Errorf("%s: printed %q, ITU's name is %q", code, got, want)
				}
			}
			all := strings.Join(texts(doc), "\n")
			for _, code := range []string{"MK", "SZ", "TR"} {
				if !strings.Contains(all, itu(code)) {
					t.Errorf("%s (a nominee's or contact's country) not printed as %q", code, itu(code))
				}
			}
		})
	}
}

// A territory prints the Member State it counts under, as the support is
// counted; a value of no Member State is printed as typed (issue 19, item 3:
// a Chinese export printed 台湾 and 中国香港特别行政区 as countries). Only
// Annex B, the list of the checks' findings, names the territory, in the
// supporters.country note that says it is counted under its Member State.
func TestTerritoryPrintsItsMemberState(t *testing.T) {
	t.Parallel()
	p := exporttest.GoodProposal()
	p.Supporters = []forms.Supporter{
		{Entity: "A", Category: forms.SectorMember, Country: "TW", Committed: true},
		{Entity: "B", Category: forms.SectorMember, Country: "hk", Committed: true},
		{Entity: "C", Category: forms.Academia, Country: "RE", Committed: true},
		{Entity: "D", Category: forms.Associate, Country: "CAN", Committed: true},
	}
	p.Leadership.Chair.Country = "MO"
	p.Contribution.Contacts[0].Country = "GP"
	want := map[forms.Lang][]string{
		forms.Chinese: {"中国", "中国", "法国", "CAN"},
		forms.English: {"China", "China", "France", "CAN"},
		forms.Arabic:  {"الصين", "الصين", "فرنسا", "CAN"},
	}
	for lang, w := range want {
		doc := build(t, p, lang)
		sup := firstTable(t, section(doc, export.SecSupporters))
		var got []string
		for _, r := range sup.Rows {
			got = append(got, r[2])
		}
		if !slices.Equal(got, w) {
			t.Errorf("%s: countries printed %q, want %q", lang, got, w)
		}
		doc.Sections = slices.DeleteFunc(doc.Sections, func(s export.Section) bool { return s.ID == export.SecAnnexB })
		all := strings.Join(texts(doc), "\n")
		for _, territory := range []string{"TW", "HK", "MO", "RE", "GP"} {
			name := exporttest.Cat.In(lang).Country(territory)
			if i := strings.Index(all, name); i >= 0 {
				t.Errorf("%s: the territory's name %q is printed: %q", lang, name, all[max(0, i-200):i+50])
			}
		}
		for _, banned := range []string{"台湾", "香港", "澳门", "Taiwan", "Hong Kong", "Macao", "Réunion"} {
			if strings.Contains(all, banned) {
				t.Errorf("%s: %q printed", lang, banned)
			}
		}
	}
}
