package forms

import (
	"reflect"
	"testing"
)

func TestChanges(t *testing.T) {
	t.Parallel()
	base := func() *Proposal {
		p := &Proposal{Language: English}
		p.FocusGroup.Name = "FG on AI for RAN"
		p.Supporters = []Supporter{{Entity: "ETRI", Country: "KR"}}
		p.Contribution.Keywords = []string{"RAN"}
		p.SetTranslation(TextField{Path: FGName.Path(), ptr: &p.FocusGroup.Name}, French, "GS sur l'IA")
		return p
	}
	cases := []struct {
		name string
		edit func(p *Proposal)
		want []Change
	}{
		{"nothing", func(*Proposal) {}, nil},
		{"a string", func(p *Proposal) { p.FocusGroup.Scope = "x" }, []Change{{Path: "focusGroup.scope"}}},
		{"an item's field", func(p *Proposal) { p.Supporters[0].Country = "DE" }, []Change{{Path: "supporters[0].country"}}},
		{"a list item of plain values", func(p *Proposal) { p.Contribution.Keywords[0] = "AI" }, []Change{{Path: "contribution.keywords[0]"}}},
		{"a date", func(p *Proposal) { p.Timeline.Start = NewDate(2027, 1, 1) }, []Change{{Path: "timeline.start"}}},
		{"a choice", func(p *Proposal) { p.Contribution.ParentGroup.Number = 13 }, []Change{{Path: "contribution.parentGroup.number"}}},
		{"a row added", func(p *Proposal) { p.Supporters = append(p.Supporters, Supporter{}) }, []Change{{Path: "supporters", Items: 1}}},
		{"a row removed", func(p *Proposal) { p.Supporters = nil }, []Change{{Path: "supporters", Items: -1}}},
		{"a translation changed", func(p *Proposal) {
			p.Translations[French]["focusGroup.name"] = Translation{Text: "GS", Source: p.FocusGroup.Name}
		},
			[]Change{{Path: "focusGroup.name", Lang: French}}},
		{"a translation added", func(p *Proposal) {
			p.SetTranslation(TextField{Path: FGName.Path(), ptr: &p.FocusGroup.Name}, Chinese, "焦点组")
		}, []Change{{Path: "focusGroup.name", Lang: Chinese}}},
		{"a translation removed", func(p *Proposal) { p.Translations = nil }, []Change{{Path: "focusGroup.name", Lang: French}}},
		{"two fields, in model order", func(p *Proposal) { p.Timeline.DurationMonths = 9; p.Contribution.Title = "T" },
			[]Change{{Path: "contribution.title"}, {Path: "timeline.durationMonths"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a := base()
			b := a.Clone()
			c.edit(b)
			if got := Changes(a, b); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Changes = %+v, want %+v", got, c.want)
			}
		})
	}
}
