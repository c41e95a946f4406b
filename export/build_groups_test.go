package export_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/locales"
)

// sectionTexts are the paragraphs and list items of a section and its
// subsections, in order.
func sectionTexts(s *export.Section) []string {
	var out []string
	for _, b := range s.Blocks {
		switch b := b.(type) {
		case export.Paragraph:
			out = append(out, b.Text)
		case export.List:
			out = append(out, b.Items...)
		}
	}
	for i := range s.Sub {
		out = append(out, sectionTexts(&s.Sub[i])...)
	}
	return out
}

// opening renders the first sentence of the proposal section, key, for p
// (GoodProposal's meeting in Geneva, 20-31 January 2027) addressed to TSAG or
// a study group; number is the study group TSAG is asked to designate.
func opening(loc *locales.Localizer, p *forms.Proposal, key string, number int) string {
	kind, num := "tsag", map[string]any{"Number": p.Contribution.ParentGroup.Number}
	if p.Contribution.ParentGroup.Kind == forms.StudyGroup {
		kind = "sg"
	}
	dates := loc.T("doc.dates.sameMonth", map[string]any{"StartDay": 20, "EndDay": 31,
		"Month": loc.T("month.1"), "MonthNumber": 1, "Year": 2027})
	data := map[string]any{
		"Parent":   loc.T("doc.group."+kind, num),
		"ParentOf": loc.T("doc.group."+kind+".of", num),
		"ParentTo": loc.T("doc.group."+kind+".to", num),
		"FG":       loc.T("doc.fg.ref", map[string]any{"Name": p.FocusGroup.Name, "Acronym": p.FocusGroup.Acronym}),
		"Place":    p.Contribution.Meeting.Place,
		"Dates":    dates,
		"Number":   number,
	}
	data["Meeting"] = loc.T("doc.proposal.meeting", data)
	return loc.T(key, data)
}

// The document says exactly what the proposer answered about the parent
// group and the other study groups (A.7 2.1 a/b), in every language.
func TestParentAndOtherGroupsWording(t *testing.T) {
	sg := func(n int) forms.Group { return forms.Group{Kind: forms.StudyGroup, Number: n} }
	tsag := forms.Group{Kind: forms.TSAG}
	tests := []struct {
		name       string
		parent     forms.Group
		designated forms.Group
		groups     []forms.AffectedGroup
		multi      bool
		// opening is the message key of the section's first sentence
		opening string
		// message keys (with their params) the proposal section and the ToR
		// annex must and must not contain
		want, absent map[string]map[string]any
		annex        string
		annexParams  map[string]any
	}{
		{name: "TSAG acts as parent", parent: tsag, designated: tsag, opening: "doc.proposal.atMeeting",
			absent: map[string]map[string]any{"doc.proposal.multiMandate": nil},
			annex:  "doc.tor.parentIs"},
		{name: "TSAG designates SG13", parent: tsag, designated: sg(13), opening: "doc.proposal.atMeeting.designate",
			groups: []forms.AffectedGroup{{Number: 13, WithinMandate: true}, {Number: 20, WithinMandate: true}},
			want: map[string]map[string]any{"doc.proposal.withinMandate": nil,
				"doc.group.sg.full": {"Number": 20}},
			absent: map[string]map[string]any{"doc.proposal.affectsWork": nil},
			annex:  "doc.tor.parentIs.designated", annexParams: map[string]any{"Number": 13}},
		{name: "TSAG, parent not said", parent: tsag, multi: true, opening: "doc.proposal.atMeeting.open",
			want:  map[string]map[string]any{"doc.proposal.multiMandate": nil},
			annex: "doc.tor.parentIs.open"},
		{name: "SG17: one group's mandate, one group's work", parent: sg(17), opening: "doc.proposal.atMeeting",
			groups: []forms.AffectedGroup{{Number: 13, WithinMandate: true}, {Number: 11, ChairConsulted: true}},
			want: map[string]map[string]any{"doc.proposal.alsoWithinMandate": nil, "doc.proposal.affectsWork": nil,
				"doc.group.sg.full": {"Number": 13}},
			absent: map[string]map[string]any{"doc.proposal.withinMandate": nil, "doc.proposal.multiMandate": nil},
			annex:  "doc.tor.parentIs"},
		{name: "SG17: groups only affected", parent: sg(17), opening: "doc.proposal.atMeeting",
			groups: []forms.AffectedGroup{{Number: 13, ChairConsulted: true}, {Number: 11}},
			want:   map[string]map[string]any{"doc.proposal.affectsWork": nil},
			absent: map[string]map[string]any{"doc.proposal.alsoWithinMandate": nil, "doc.proposal.withinMandate": nil, "doc.proposal.multiMandate": nil},
			annex:  "doc.tor.parentIs"},
	}
	for _, tt := range tests {
		for _, lang := range forms.Languages() {
			t.Run(tt.name+"/"+string(lang), func(t *testing.T) {
				p := exporttest.GoodProposal()
				p.Contribution.ParentGroup = tt.parent
				p.FocusGroup.DesignatedParent = tt.designated
				p.FocusGroup.AffectedGroups = tt.groups
				p.FocusGroup.MultiGroupMandate = tt.multi
				loc := exporttest.Cat.In(lang)
				doc := build(t, p, lang)
				body := sectionTexts(section(doc, export.SecProposal))
				has := func(s string) bool {
					return slices.ContainsFunc(body, func(x string) bool { return strings.Contains(x, s) })
				}
				if want := opening(loc, p, tt.opening, tt.designated.Number); len(body) == 0 || body[0] != want {
					t.Errorf("proposal opens %q, want %q", body[:min(1, len(body))], want)
				}
				for key, params := range tt.want {
					if s := loc.T(key, params); !has(s) {
						t.Errorf("proposal section lacks %s %q:\n%s", key, s, strings.Join(body, "\n"))
					}
				}
				for key, params := range tt.absent {
					if s := loc.T(key, params); has(s) {
						t.Errorf("proposal section has %s %q", key, s)
					}
				}
				for _, g := range tt.groups {
					name := loc.T("doc.group.sg.full", map[string]any{"Number": g.Number})
					if !g.WithinMandate {
						item := loc.T("doc.proposal.notConsulted", map[string]any{"Group": name})
						if g.ChairConsulted {
							item = loc.T("doc.proposal.consulted", map[string]any{"Group": name})
						}
						if !slices.Contains(body, item) {
							t.Errorf("no item %q", item)
						}
					} else if !slices.Contains(body, name) {
						t.Errorf("no item %q for a group within whose mandate the topic falls", name)
					}
				}
				params := map[string]any{"ParentFull": loc.T("doc.group.tsag.full"), "Parent": loc.T("doc.group.tsag"), "Number": 0}
				if tt.parent.Kind == forms.StudyGroup {
					num := map[string]any{"Number": tt.parent.Number}
					params["ParentFull"], params["Parent"] = loc.T("doc.group.sg.full", num), loc.T("doc.group.sg", num)
				}
				for k, v := range tt.annexParams {
					params[k] = v
				}
				annex := sectionTexts(section(doc, "annex-a-relationships"))
				if want := loc.T(tt.annex, params); len(annex) == 0 || annex[0] != want {
					t.Errorf("annex A relationships start %q, want %q", annex, want)
				}
			})
		}
	}
}

// The between-meetings route prints the urgent market need; the gap analysis
// prints the statement that no body outside ITU-T works on the topic.
func TestUrgentNeedAndNoOtherWorkPrinted(t *testing.T) {
	p := exporttest.GoodProposal()
	p.Contribution.Route = forms.BetweenMeetings
	p.Contribution.Meeting = forms.Event{}
	p.Contribution.PostingDate = exporttest.Day(2026, time.November, 2)
	p.Contribution.UrgentMarketNeed = "Agents reach the market this winter; operators need common requirements before then."
	p.GapAnalysis.NoOtherWork = "A search of the ISO, IEC, IETF and ETSI work programmes found no work on agent security."
	for _, lang := range forms.Languages() {
		loc := exporttest.Cat.In(lang)
		doc := build(t, p, lang)
		body := sectionTexts(section(doc, export.SecProposal))
		i := slices.Index(body, loc.T("doc.proposal.urgentNeed"))
		if i < 0 || i+1 >= len(body) || body[i+1] != p.Contribution.UrgentMarketNeed {
			t.Errorf("%s: urgent market need not printed under its heading: %q", lang, body)
		}
		gap := sectionTexts(section(doc, export.SecGapAnalysis))
		j := slices.Index(gap, loc.T("doc.gap.noOtherWork"))
		if j < 0 || j+1 >= len(gap) || gap[j+1] != p.GapAnalysis.NoOtherWork {
			t.Errorf("%s: no-other-work statement not printed under its heading: %q", lang, gap)
		}
	}
	// At a meeting, no urgent-need heading.
	p.Contribution.Route = forms.AtMeeting
	doc := build(t, p, forms.English)
	if slices.Contains(sectionTexts(section(doc, export.SecProposal)), exporttest.Cat.In(forms.English).T("doc.proposal.urgentNeed")) {
		t.Error("urgent market need printed for a proposal at a meeting")
	}
}

// In the timeline and the terms of reference "the parent group" is the focus
// group's own: the study group TSAG is asked to designate, while the cover
// and the body still address TSAG.
func TestDesignatedParentInTimelineAndTerms(t *testing.T) {
	p := exporttest.GoodProposal()
	p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
	p.FocusGroup.DesignatedParent = forms.Group{Kind: forms.StudyGroup, Number: 13}
	for _, lang := range forms.Languages() {
		loc := exporttest.Cat.In(lang)
		doc := build(t, p, lang)
		tsag := loc.T("doc.group.tsag.full")
		sg13 := loc.T("doc.group.sg.full", map[string]any{"Number": 13})
		count := func(texts []string, s string) int {
			n := 0
			for _, x := range texts {
				if strings.Contains(x, s) {
					n++
				}
			}
			return n
		}
		annex := sectionTexts(section(doc, export.SecAnnexA))
		if n := count(annex, tsag); n > 0 {
			t.Errorf("%s: the terms of reference name %q as parent %d times", lang, tsag, n)
		}
		if n := count(annex, sg13); n < 2 {
			t.Errorf("%s: the terms of reference name %q %d times, want the lead and the leadership at least", lang, sg13, n)
		}
		if doc.Cover.DocNumber != loc.T("doc.cover.docNumber.tsag") || strings.Contains(strings.ToUpper(doc.Cover.Group), strings.ToUpper(sg13)) {
			t.Errorf("%s: cover %q %q, want the one addressed to TSAG", lang, doc.Cover.Group, doc.Cover.DocNumber)
		}
	}
	// The timeline's parent lane holds the designated study group's meetings,
	// not the TSAG meeting that decides.
	doc := build(t, p, forms.English)
	loc := exporttest.Cat.In(forms.English)
	wantLane := loc.T("doc.chart.lane.parent", map[string]any{"ParentShort": loc.T("doc.group.sg.short", map[string]any{"Number": 13})})
	found := false
	for _, bl := range section(doc, export.SecTimeline).Blocks {
		ch, ok := bl.(export.Chart)
		if !ok {
			continue
		}
		for _, l := range ch.Lanes {
			if l.ID != export.LaneParent {
				continue
			}
			found = true
			if l.Label != wantLane {
				t.Errorf("parent lane %q, want %q", l.Label, wantLane)
			}
			for _, m := range l.Marks {
				if m.Field == "contribution.meeting.start" {
					t.Errorf("the TSAG meeting that decides is in the lane of the designated study group")
				}
			}
		}
	}
	if !found {
		t.Error("no parent lane in the timeline chart")
	}

	// Without a designated study group, TSAG is the parent throughout.
	p.FocusGroup.DesignatedParent = forms.Group{Kind: forms.TSAG}
	doc = build(t, p, forms.English)
	if n := len(sectionTexts(section(doc, export.SecAnnexA))); n == 0 ||
		!slices.ContainsFunc(sectionTexts(section(doc, export.SecAnnexA)), func(s string) bool {
			return strings.Contains(s, exporttest.Cat.In(forms.English).T("doc.group.tsag.full"))
		}) {
		t.Error("TSAG as parent: the terms of reference do not name TSAG")
	}
}
