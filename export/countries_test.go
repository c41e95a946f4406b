package export_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/memberstate"
)

// itusNames reads the source of the Member States' names,
// forms/memberstate/states.tsv: code → names in the order of forms.Languages.
func itusNames(t *testing.T) map[string][]string {
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

// No export prints a name that is not ITU's for a Member State: every one of
// the 194, in every language, in the supporters' table, the nominees and the
// contacts (issue 19, item 4).
func TestEveryMemberStateByITUName(t *testing.T) {
	t.Parallel()
	names := itusNames(t)
	codes := memberstate.Codes()
	if len(names) != 194 || len(codes) != 194 {
		t.Fatalf("%d names, %d codes; want 194", len(names), len(codes))
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
	for col, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			doc := build(t, p, lang)
			sup := firstTable(t, section(doc, export.SecSupporters))
			if len(sup.Rows) != len(codes) {
				t.Fatalf("%d rows, want %d", len(sup.Rows), len(codes))
			}
			for i, code := range codes {
				if got, want := sup.Rows[i][2], names[code][col]; got != want {
					t.Errorf("%s: printed %q, ITU's name is %q", code, got, want)
				}
			}
			all := strings.Join(texts(doc), "\n")
			for _, code := range []string{"MK", "SZ", "TR"} {
				if !strings.Contains(all, names[code][col]) {
					t.Errorf("%s (a nominee's or contact's country) not printed as %q", code, names[code][col])
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
