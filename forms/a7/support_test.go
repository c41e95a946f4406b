package a7

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"fgdraft/forms"
)

func sp(entity string, cat forms.Category, country string, committed bool) forms.Supporter {
	return forms.Supporter{Entity: entity, Category: cat, Country: country, Committed: committed}
}

func TestCountSupport(t *testing.T) {
	tests := []struct {
		name        string
		supporters  []forms.Supporter
		members     []int
		countries   []string
		nonMembers  []int
		uncommitted []int
		noCountry   []int
		repeats     []Repeat
		placeholder []int
		met         bool
		missing     int
	}{
		{name: "none", missing: 4},
		{
			// Issue 19, item 1: placeholders counted as supporters.
			name: "placeholders name nobody",
			supporters: []forms.Supporter{
				sp("TBD", forms.MemberState, "CN", true), sp("N/A", forms.SectorMember, "DE", true),
				sp("...", forms.Associate, "FR", true), sp("-", forms.Academia, "US", true),
				sp("xxx", forms.SectorMember, "BR", true), sp("To be confirmed", forms.SectorMember, "JP", true),
				sp("Huawei", forms.SectorMember, "CN", true),
			},
			members: []int{6}, countries: []string{"CN"}, placeholder: []int{0, 1, 2, 3, 4, 5}, missing: 3,
		},
		{
			// Issue 19, item 5: one entity spelt five ways.
			name: "one entity however it is spelt",
			supporters: []forms.Supporter{
				sp("Telecomunica\u00e7\u00f5es Brasil", forms.SectorMember, "BR", true),
				sp("Telecomunicac\u0327o\u0303es Brasil", forms.SectorMember, "PT", true),
				sp("Ｈｕａｘｉｎ", forms.SectorMember, "CN", true), sp("Huaxin", forms.SectorMember, "DE", true),
				sp("Exam\u200bple Networks", forms.SectorMember, "FR", true), sp("Example Networks", forms.SectorMember, "US", true),
				sp("Acme Co., Ltd", forms.SectorMember, "JP", true), sp("Acme Co., Ltd.", forms.SectorMember, "KR", true),
				sp("Acme Co. Ltd.", forms.SectorMember, "IN", true),
				sp("Zeta Inc", forms.SectorMember, "EG", true), sp("Zeta Inc.", forms.SectorMember, "SA", true),
			},
			members: []int{0, 2, 4, 6, 9}, countries: []string{"BR", "CN", "FR", "JP", "EG"},
			repeats: []Repeat{{Row: 1, Of: 0}, {Row: 3, Of: 2}, {Row: 5, Of: 4}, {Row: 7, Of: 6}, {Row: 8, Of: 6}, {Row: 10, Of: 9}}, met: true,
		},
		{
			name: "four members, four countries",
			supporters: []forms.Supporter{
				sp("A Telecom", forms.MemberState, "CN", true), sp("B Telecom", forms.SectorMember, "DE", true),
				sp("C Telecom", forms.Associate, "FR", true), sp("D Telecom", forms.Academia, "US", true),
			},
			members: []int{0, 1, 2, 3}, countries: []string{"CN", "DE", "FR", "US"}, met: true,
		},
		{
			name: "non-members and uncommitted excluded",
			supporters: []forms.Supporter{
				sp("A Telecom", forms.MemberState, "CN", true), sp("B Telecom", forms.NonMember, "DE", true),
				sp("C Telecom", forms.Associate, "FR", false), sp("D Telecom", forms.Academia, "US", true), sp("E Telecom", "", "BR", true),
			},
			members: []int{0, 3}, countries: []string{"CN", "US"},
			nonMembers: []int{1, 4}, uncommitted: []int{2}, missing: 2,
		},
		{
			name: "duplicate countries, case-insensitive",
			supporters: []forms.Supporter{
				sp("A Telecom", forms.MemberState, "CN", true), sp("B Telecom", forms.SectorMember, "cn", true),
				sp("C Telecom", forms.SectorMember, " Cn ", true), sp("D Telecom", forms.Academia, "us", true), sp("E Telecom", forms.Associate, "US", true),
			},
			members: []int{0, 1, 2, 3, 4}, countries: []string{"CN", "US"}, missing: 2,
		},
		{
			name: "empty country is no country",
			supporters: []forms.Supporter{
				sp("A Telecom", forms.MemberState, "CN", true), sp("B Telecom", forms.SectorMember, "", true),
				sp("C Telecom", forms.SectorMember, "  ", true), sp("D Telecom", forms.Academia, "us", true),
			},
			members: []int{0, 1, 2, 3}, countries: []string{"CN", "US"}, noCountry: []int{1, 2}, missing: 2,
		},
		{
			name: "lower-case codes, distinct",
			supporters: []forms.Supporter{
				sp("A Telecom", forms.MemberState, "cn", true), sp("B Telecom", forms.SectorMember, "de", true),
				sp("C Telecom", forms.Associate, "fr", true), sp("D Telecom", forms.Academia, "us", true),
			},
			members: []int{0, 1, 2, 3}, countries: []string{"CN", "DE", "FR", "US"}, met: true,
		},
		{
			name:       "unnamed rows are not supporters",
			supporters: []forms.Supporter{sp("", forms.MemberState, "CN", true), sp(" ", forms.NonMember, "", false)},
			missing:    4,
		},
		{
			name: "five members, three countries",
			supporters: []forms.Supporter{
				sp("A Telecom", forms.MemberState, "CN", true), sp("B Telecom", forms.SectorMember, "CN", true), sp("C Telecom", forms.SectorMember, "DE", true),
				sp("D Telecom", forms.SectorMember, "DE", true), sp("E Telecom", forms.Academia, "FR", true),
			},
			members: []int{0, 1, 2, 3, 4}, countries: []string{"CN", "DE", "FR"}, missing: 1,
		},
		{
			name: "one entity twice, under two countries",
			supporters: []forms.Supporter{
				sp("Huaxin Comm", forms.SectorMember, "CN", true), sp("B Telecom", forms.SectorMember, "DE", true),
				sp("C Telecom", forms.Associate, "FR", true), sp(" huaxin  COMM ", forms.SectorMember, "US", true),
			},
			members: []int{0, 1, 2}, countries: []string{"CN", "DE", "FR"}, repeats: []Repeat{{Row: 3, Of: 0}}, missing: 1,
		},
		{
			name: "one entity twice in one country",
			supporters: []forms.Supporter{
				sp("A Telecom", forms.MemberState, "CN", true), sp("A Telecom", forms.MemberState, "CN", true),
				sp("C Telecom", forms.Associate, "FR", true), sp("D Telecom", forms.Academia, "US", true),
			},
			members: []int{0, 2, 3}, countries: []string{"CN", "FR", "US"}, repeats: []Repeat{{Row: 1, Of: 0}}, missing: 1,
		},
		{
			name: "the committed row stands for the entity",
			supporters: []forms.Supporter{
				sp("A Telecom", forms.SectorMember, "CN", false), sp("B Telecom", forms.SectorMember, "DE", true), sp("a Telecom", forms.SectorMember, "CN", true),
			},
			members: []int{1, 2}, countries: []string{"DE", "CN"}, repeats: []Repeat{{Row: 0, Of: 2}}, missing: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CountSupport(&forms.Proposal{Supporters: tt.supporters})
			if !slices.Equal(got.Members, tt.members) || !slices.Equal(got.Countries, tt.countries) ||
				!slices.Equal(got.NonMembers, tt.nonMembers) || !slices.Equal(got.Uncommitted, tt.uncommitted) ||
				!slices.Equal(got.NoCountry, tt.noCountry) || !slices.Equal(got.Repeats, tt.repeats) ||
				!slices.Equal(got.Placeholders, tt.placeholder) {
				t.Errorf("got %+v", got)
			}
			if got.Met() != tt.met || got.Missing() != tt.missing {
				t.Errorf("met %v missing %d, want %v %d", got.Met(), got.Missing(), tt.met, tt.missing)
			}
		})
	}
}

func TestPlaceholdersAndSubstance(t *testing.T) {
	for _, s := range []string{"TBD", "tbd.", "TODO", "xxx", "XXXX", "...", "—", "N/A", "待定", "Lorem ipsum", "à compléter", "To be defined", "-"} {
		if forms.Present(s) {
			t.Errorf("%q counts as present", s)
		}
	}
	for _, s := range []string{"SG17", "5G", "Geneva", "AI", "中文", "ISO"} {
		if !forms.Present(s) {
			t.Errorf("%q does not count as present", s)
		}
	}
	long := "Operators are deploying the new algorithms in their core networks. Vendors ship products. " +
		"Regulators ask for one global migration path. Users expect it."
	if !forms.Says(long, forms.RoleArgument) {
		t.Error("long text not substantive")
	}
	if forms.Says("Lorem ipsum dolor sit amet. "+long, forms.RoleArgument) {
		t.Error("lorem ipsum substantive")
	}
	// About 40 Chinese characters are enough, 20 are not.
	zh := "后量子密码迁移受到运营商设备商和监管机构的广泛关注相关算法已完成标准化产品陆续上市亟需国际标准"
	if n := len([]rune(zh)); n < 40 || !forms.Says(zh, forms.RoleArgument) {
		t.Errorf("%d Chinese characters not substantive", n)
	}
	if forms.Says(string([]rune(zh)[:20]), forms.RoleArgument) {
		t.Error("20 Chinese characters substantive")
	}
}

func TestWellFormedEmail(t *testing.T) {
	for s, want := range map[string]bool{
		"li.wei@example.cn": true, "a+b@sub.example.org": true, " x@y.int ": true,
		"": false, "x": false, "x@": false, "@y.org": false, "x@y": false, "x@y.": false, "x@.org": false,
		"x@@y.org": false, "x y@z.org": false, "Name <x@y.org>": false, "x@y.c": false, ".x@y.org": false,
	} {
		if got := wellFormedEmail(s); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}

// largeProposal is the clean proposal grown to the size of a large draft:
// 200 supporters, 100 gap entries, 50 deliverables, about 50 KB of free text.
func largeProposal() *forms.Proposal {
	p := cleanProposal()
	para := strings.Repeat("The focus group studies the migration of network security protocols to post-quantum algorithms. ", 10)
	p.FocusGroup.Background = strings.Repeat(para, 15)
	p.FocusGroup.Scope = strings.Repeat(para, 10)
	p.FocusGroup.Interest = strings.Repeat(para, 10)
	p.FocusGroup.ActionPlan = strings.Repeat(para, 10)
	p.FocusGroup.Urgency = strings.Repeat(para, 5)
	countries := []string{"CN", "DE", "FR", "US", "BR", "IN", "JP", "KR", "RU", "EG", "SA", "ES"}
	cats := []forms.Category{forms.MemberState, forms.SectorMember, forms.Associate, forms.Academia, forms.NonMember}
	p.Supporters = nil
	for i := 0; i < 200; i++ {
		p.Supporters = append(p.Supporters, forms.Supporter{
			Entity: "Supporter " + strconv.Itoa(i), Category: cats[i%len(cats)],
			Country: countries[i%len(countries)], Committed: i%7 != 0,
		})
	}
	p.GapAnalysis.Entries = nil
	kinds := forms.BodyKinds()
	for i := 0; i < 100; i++ {
		p.GapAnalysis.Entries = append(p.GapAnalysis.Entries, forms.GapEntry{
			Body: "Body " + strconv.Itoa(i), Kind: kinds[i%len(kinds)], Coverage: forms.CoveragePartial,
			Work: "Existing work on algorithms.", Gap: "No migration guidance.",
		})
	}
	p.FocusGroup.Deliverables = nil
	for i := 0; i < 50; i++ {
		p.FocusGroup.Deliverables = append(p.FocusGroup.Deliverables, forms.Deliverable{
			Title: "Deliverable " + strconv.Itoa(i), Type: forms.DeliverableTypes()[i%8], OtherType: "Other",
			Due: forms.NewDate(2027, 4, 1).AddDays(i * 5),
		})
	}
	return p
}

func TestLargeProposalSize(t *testing.T) {
	p := largeProposal()
	n := 0
	for _, f := range p.TextFields() {
		n += len(f.Get())
	}
	if n < 50_000 {
		t.Errorf("large proposal has only %d bytes of free text", n)
	}
}

func BenchmarkValidateLarge(b *testing.B) {
	p := largeProposal()
	opt := testOptions()
	b.ReportAllocs()
	for b.Loop() {
		Validate(p, opt)
	}
}

func BenchmarkValidateLargeExport(b *testing.B) {
	p := largeProposal()
	opt := testOptions()
	opt.ExportLang = forms.French
	b.ReportAllocs()
	for b.Loop() {
		Validate(p, opt)
	}
}
