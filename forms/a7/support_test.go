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
		met         bool
		missing     int
	}{
		{name: "none", missing: 4},
		{
			name: "four members, four countries",
			supporters: []forms.Supporter{
				sp("A", forms.MemberState, "CN", true), sp("B", forms.SectorMember, "DE", true),
				sp("C", forms.Associate, "FR", true), sp("D", forms.Academia, "US", true),
			},
			members: []int{0, 1, 2, 3}, countries: []string{"CN", "DE", "FR", "US"}, met: true,
		},
		{
			name: "non-members and uncommitted excluded",
			supporters: []forms.Supporter{
				sp("A", forms.MemberState, "CN", true), sp("B", forms.NonMember, "DE", true),
				sp("C", forms.Associate, "FR", false), sp("D", forms.Academia, "US", true), sp("E", "", "BR", true),
			},
			members: []int{0, 3}, countries: []string{"CN", "US"},
			nonMembers: []int{1, 4}, uncommitted: []int{2}, missing: 2,
		},
		{
			name: "duplicate countries, case-insensitive",
			supporters: []forms.Supporter{
				sp("A", forms.MemberState, "CN", true), sp("B", forms.SectorMember, "cn", true),
				sp("C", forms.SectorMember, " Cn ", true), sp("D", forms.Academia, "us", true), sp("E", forms.Associate, "US", true),
			},
			members: []int{0, 1, 2, 3, 4}, countries: []string{"CN", "US"}, missing: 2,
		},
		{
			name: "empty country is no country",
			supporters: []forms.Supporter{
				sp("A", forms.MemberState, "CN", true), sp("B", forms.SectorMember, "", true),
				sp("C", forms.SectorMember, "  ", true), sp("D", forms.Academia, "us", true),
			},
			members: []int{0, 1, 2, 3}, countries: []string{"CN", "US"}, noCountry: []int{1, 2}, missing: 2,
		},
		{
			name: "lower-case codes, distinct",
			supporters: []forms.Supporter{
				sp("A", forms.MemberState, "cn", true), sp("B", forms.SectorMember, "de", true),
				sp("C", forms.Associate, "fr", true), sp("D", forms.Academia, "us", true),
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
				sp("A", forms.MemberState, "CN", true), sp("B", forms.SectorMember, "CN", true), sp("C", forms.SectorMember, "DE", true),
				sp("D", forms.SectorMember, "DE", true), sp("E", forms.Academia, "FR", true),
			},
			members: []int{0, 1, 2, 3, 4}, countries: []string{"CN", "DE", "FR"}, missing: 1,
		},
		{
			name: "one entity twice, under two countries",
			supporters: []forms.Supporter{
				sp("Huaxin Comm", forms.SectorMember, "CN", true), sp("B", forms.SectorMember, "DE", true),
				sp("C", forms.Associate, "FR", true), sp(" huaxin  COMM ", forms.SectorMember, "US", true),
			},
			members: []int{0, 1, 2}, countries: []string{"CN", "DE", "FR"}, repeats: []Repeat{{Row: 3, Of: 0}}, missing: 1,
		},
		{
			name: "one entity twice in one country",
			supporters: []forms.Supporter{
				sp("A", forms.MemberState, "CN", true), sp("A", forms.MemberState, "CN", true),
				sp("C", forms.Associate, "FR", true), sp("D", forms.Academia, "US", true),
			},
			members: []int{0, 2, 3}, countries: []string{"CN", "FR", "US"}, repeats: []Repeat{{Row: 1, Of: 0}}, missing: 1,
		},
		{
			name: "the committed row stands for the entity",
			supporters: []forms.Supporter{
				sp("A", forms.SectorMember, "CN", false), sp("B", forms.SectorMember, "DE", true), sp("a", forms.SectorMember, "CN", true),
			},
			members: []int{1, 2}, countries: []string{"DE", "CN"}, repeats: []Repeat{{Row: 0, Of: 2}}, missing: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CountSupport(&forms.Proposal{Supporters: tt.supporters})
			if !slices.Equal(got.Members, tt.members) || !slices.Equal(got.Countries, tt.countries) ||
				!slices.Equal(got.NonMembers, tt.nonMembers) || !slices.Equal(got.Uncommitted, tt.uncommitted) ||
				!slices.Equal(got.NoCountry, tt.noCountry) || !slices.Equal(got.Repeats, tt.repeats) {
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
		if present(s) {
			t.Errorf("%q counts as present", s)
		}
	}
	for _, s := range []string{"SG17", "5G", "Geneva", "AI", "中文", "ISO"} {
		if !present(s) {
			t.Errorf("%q does not count as present", s)
		}
	}
	long := strings.Repeat("Operators need this. ", 5)
	if !substantive(long) {
		t.Error("long text not substantive")
	}
	if substantive("Lorem ipsum dolor sit amet. " + long) {
		t.Error("lorem ipsum substantive")
	}
	// About 40 Chinese characters are enough, 20 are not.
	zh := "后量子密码迁移受到运营商设备商和监管机构的广泛关注相关算法已完成标准化产品陆续上市亟需国际标准"
	if n := len([]rune(zh)); n < 40 || !substantive(zh) {
		t.Errorf("%d Chinese characters not substantive", n)
	}
	if substantive(string([]rune(zh)[:20])) {
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
