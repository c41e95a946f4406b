package forms

import (
	"reflect"
	"testing"
)

func TestFind(t *testing.T) {
	t.Parallel()
	p := &Proposal{Language: English}
	p.ID = "0123456789abcdef0123456789abcdef"
	p.Contribution.Title = "Proposal for a Focus Group on AI"
	p.FocusGroup.Name = "Focus group on AI for RAN"
	p.FocusGroup.Scope = "focus, FOCUS and focus."
	p.Supporters = []Supporter{{Entity: "Straße AG", Country: "DE"}, {Entity: "中国移动", Country: "CN"}}
	p.SetTranslation(TextField{Path: "focusGroup.name", ptr: &p.FocusGroup.Name}, Arabic, "الفريق المتخصص المعني بالذكاء الاصطناعي")
	p.SetTranslation(TextField{Path: "focusGroup.name", ptr: &p.FocusGroup.Name}, French, "Groupe spécialisé (FOCUS)")
	cases := []struct {
		query string
		want  []Hit
	}{
		{"", nil},
		{"nowhere", nil},
		{"focus", []Hit{
			{Path: "contribution.title", Start: 15, End: 20},
			{Path: "focusGroup.name", Start: 0, End: 5},
			{Path: "focusGroup.scope", Start: 0, End: 5},
			{Path: "focusGroup.scope", Start: 7, End: 12},
			{Path: "focusGroup.scope", Start: 17, End: 22},
			// Arabic comes before French in Languages' order.
			{Path: "focusGroup.name", Lang: French, Start: 19, End: 24},
		}},
		{"STRASSE", []Hit{{Path: "supporters[0].entity", Start: 0, End: 6}}},
		{"移动", []Hit{{Path: "supporters[1].entity", Start: 2, End: 4}}},
		{"المتخصص", []Hit{{Path: "focusGroup.name", Lang: Arabic, Start: 7, End: 14}}},
		// Country codes and the identity are not what a reader sees.
		{"de", nil},
		{"0123", nil},
	}
	for _, c := range cases {
		if got := p.Find(c.query); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Find(%q) = %+v, want %+v", c.query, got, c.want)
		}
	}
}
