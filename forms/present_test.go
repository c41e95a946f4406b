package forms

import (
	"strings"
	"testing"
)

func TestFiller(t *testing.T) {
	t.Parallel()
	realSentence := "Operators are deploying post-quantum algorithms in their networks now. "
	cases := []struct {
		name string
		text string
		role Role
		want FillerKind
	}{
		{"blank", " \u200b\t", RoleText, NoFiller},
		{"TBD", "TBD", RoleName, Placeholder},
		{"N/A", "N/A", RoleName, Placeholder},
		{"dots", "...", RoleName, Placeholder},
		{"ellipsis", "…", RoleName, Placeholder},
		{"dash", "-", RoleName, Placeholder},
		{"xxx", "xxx", RoleName, Repetition},
		{"To be confirmed", "To be confirmed", RoleName, Placeholder},
		{"待定", "待定", RoleName, Placeholder},
		{"à compléter", "À compléter", RoleName, Placeholder},
		{"por determinar", "Por determinar", RoleName, Placeholder},
		{"уточняется", "Уточняется", RoleName, Placeholder},
		{"Arabic with vowel marks", "يُحدد لاحقاً", RoleName, Placeholder},
		{"120 x", strings.Repeat("x", 120), RoleArgument, Repetition},
		{"TBD. × 30", strings.Repeat("TBD. ", 30), RoleArgument, Placeholder},
		{"word repeated", strings.Repeat("filler ", 20), RoleArgument, Repetition},
		{"Chinese repeated", strings.Repeat("待定", 10), RoleArgument, Repetition},
		{"lorem after a real sentence", realSentence + strings.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 3), RoleArgument, LoremIpsum},
		{"lorem far in", strings.Repeat(realSentence, 10) + "lorem ipsum", RoleText, LoremIpsum},
		{"one letter name", "X", RoleName, TooLittle},
		{"two letters", "AI", RoleName, NoFiller},
		{"Chinese surname", "王", RoleName, NoFiller},
		{"Lulu is a name", "Lulu", RoleName, NoFiller},
		{"short prose", "Yes.", RoleText, TooLittle},
		{"short note", "Confirmed.", RoleText, NoFiller},
		{"one sentence argument", "There is strong interest in this topic.", RoleArgument, TooLittle},
		{"two sentences argument", "Operators are deploying this now. Vendors need one global standard soon.", RoleArgument, NoFiller},
		{"Chinese argument", "后量子密码迁移受到运营商、设备商和监管机构的广泛关注，相关算法已完成标准化，产品陆续上市，亟需国际标准。", RoleArgument, NoFiller},
		{"short Chinese argument", "业界对该专题高度关注。", RoleArgument, TooLittle},
	}
	for _, c := range cases {
		if got := Filler(c.text, c.role); got != c.want {
			t.Errorf("%s: Filler(%q) = %d, want %d", c.name, c.text, got, c.want)
		}
	}
}

func TestPresentAndBlank(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"", "  ", "\u200b", "\ufeff \u200d"} {
		if !Blank(s) || Present(s) {
			t.Errorf("%q: blank, not present", s)
		}
	}
	for _, s := range []string{"TBD", "n/a", "-", "xxx", "To be confirmed", "..."} {
		if Blank(s) || Present(s) {
			t.Errorf("%q: not blank, not present", s)
		}
	}
	for _, s := range []string{"Example Networks GmbH", "李明", "KT"} {
		if !Present(s) {
			t.Errorf("%q: present", s)
		}
	}
	if Says("OK", RoleText) || !Says("OK", RoleName) {
		t.Error(`"OK" is a name's worth, not a text's`)
	}
}

func TestQuote(t *testing.T) {
	t.Parallel()
	if got := Quote("  TBD "); got != "TBD" {
		t.Errorf("Quote = %q", got)
	}
	if got := Quote(strings.Repeat("x", 120)); got != strings.Repeat("x", 24)+"…" {
		t.Errorf("Quote of 120 x = %q", got)
	}
}

func TestEntityKey(t *testing.T) {
	t.Parallel()
	nfc := "Telecomunica\u00e7\u00f5es Brasil S.A."
	nfd := "Telecomunicac\u0327o\u0303es Brasil SA"
	same := [][]string{
		{nfc, nfd},
		{"Example Networks", "Ｅｘａｍｐｌｅ Ｎｅｔｗｏｒｋｓ"},             // full-width letters
		{"Example Networks", "Exam\u200bple Networks"},       // zero-width space inside
		{"Example Networks", "\ufeffExample Networks\u200d"}, // byte-order mark, joiner
		{"Huaxin Co., Ltd", "Huaxin Co., Ltd.", "Huaxin Co. Ltd.", "HUAXIN CO LTD", "Huaxin"},
		{"Acme Inc", "Acme Inc.", "ACME, Inc.", "Acme"},
		{"Example Networks GmbH", "example networks", "Example-Networks"},
		{"Orange S.A.S.", "Orange SAS", "Orange"},
		{"华信通信有限公司", "华信通信股份有限公司", "华信通信"},
		{"株式会社東芝", "東芝株式会社"},
		{"ООО «Ромашка»", "Ромашка ООО", "ромашка"},
		{"شركة النور ش.م.م", "شركة النور"},
		{"Straße AG", "STRASSE"},
	}
	for _, group := range same {
		want := EntityKey(group[0])
		for _, s := range group[1:] {
			if got := EntityKey(s); got != want {
				t.Errorf("EntityKey(%q) = %q, EntityKey(%q) = %q: want one entity", group[0], want, s, got)
			}
		}
	}
	different := [][2]string{
		{"Example Networks", "Example Networks Europe"},
		{"China Mobile", "China Unicom"},
		{"AB", "AG"}, // nothing but legal forms: kept
	}
	for _, d := range different {
		if EntityKey(d[0]) == EntityKey(d[1]) {
			t.Errorf("%q and %q are different entities", d[0], d[1])
		}
	}
	if EntityKey(" \u200b ") != "" {
		t.Error("blank name: empty key")
	}
}

func TestNearDuplicate(t *testing.T) {
	t.Parallel()
	near := [][2]string{
		{"Example Networks", "Exmple Networks"},
		{"Orange", "Orangr"},
		{"Deutsche Telekom AG", "Deutshe Telekom"},
		{"Telecommunications Research Institute", "Telecomunications Reserch Institute"},
	}
	for _, n := range near {
		if !NearDuplicate(n[0], n[1]) {
			t.Errorf("%q and %q: near duplicates", n[0], n[1])
		}
	}
	far := [][2]string{
		{"Example Networks", "Example Networks GmbH"}, // the same entity, not a near one
		{"KT", "SKT"},        // too short to tell
		{"Orange", "Oracle"}, // two edits on a short name
		{"China Mobile", "China Unicom"},
	}
	for _, f := range far {
		if NearDuplicate(f[0], f[1]) {
			t.Errorf("%q and %q: not near duplicates", f[0], f[1])
		}
	}
}
