package a7

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"fgdraft/forms"
)

// ruleCase is one case of one rule: a change to the clean proposal and
// whether the rule then fires. When it fires, want* (when set) are checked
// against the rule's first finding.
type ruleCase struct {
	rule       string
	name       string
	mutate     func(p *forms.Proposal)
	opt        func(o *Options)
	fire       bool
	wantSev    *Severity
	wantClause string
	wantFields []string
	wantParams map[string]any
	wantCount  int // number of findings of the rule, when > 0
}

func sev(s Severity) *Severity { return &s }

func setSupporter(i int, f func(s *forms.Supporter)) func(p *forms.Proposal) {
	return func(p *forms.Proposal) { f(&p.Supporters[i]) }
}

// ruleCases are the table of every rule: at least one case that fires and
// one that does not (TestRuleCasesCoverCatalogue checks it).
var ruleCases = []ruleCase{
	// criteria.interest
	{rule: "criteria.interest", name: "clean", fire: false},
	{rule: "criteria.interest", name: "empty", mutate: func(p *forms.Proposal) { p.FocusGroup.Interest = "  " }, fire: true,
		wantFields: []string{"focusGroup.interest"}, wantParams: map[string]any{"Empty": 1}},
	{rule: "criteria.interest", name: "TBD", mutate: func(p *forms.Proposal) { p.FocusGroup.Interest = "TBD" }, fire: true, wantParams: map[string]any{"Empty": 0}},
	{rule: "criteria.interest", name: "TODO", mutate: func(p *forms.Proposal) { p.FocusGroup.Interest = "TODO." }, fire: true},
	{rule: "criteria.interest", name: "xxx", mutate: func(p *forms.Proposal) { p.FocusGroup.Interest = "xxx xxx" }, fire: true},
	{rule: "criteria.interest", name: "待定", mutate: func(p *forms.Proposal) { p.FocusGroup.Interest = "待定" }, fire: true},
	{rule: "criteria.interest", name: "lorem ipsum", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Interest = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
	}, fire: true},
	// Issue 19, item 6: filler passed as substance.
	{rule: "criteria.interest", name: "120 x", mutate: func(p *forms.Proposal) { p.FocusGroup.Interest = strings.Repeat("x", 120) }, fire: true,
		wantParams: map[string]any{"Empty": 0, "Placeholder": strings.Repeat("x", 24) + "…"}},
	{rule: "criteria.interest", name: "TBD. 30 times", mutate: func(p *forms.Proposal) { p.FocusGroup.Interest = strings.Repeat("TBD. ", 30) }, fire: true},
	{rule: "criteria.interest", name: "one real sentence, then lorem ipsum", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Interest = "Operators, vendors and regulators are paying close attention to the migration to post-quantum cryptography. " +
			strings.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ", 4)
	}, fire: true},
	{rule: "criteria.interest", name: "one short sentence", mutate: func(p *forms.Proposal) { p.FocusGroup.Interest = "There is strong interest in this topic." }, fire: true},
	{rule: "criteria.interest", name: "short Chinese", mutate: func(p *forms.Proposal) { p.FocusGroup.Interest = "业界对该专题高度关注。" }, fire: true},
	{rule: "criteria.interest", name: "two sentences", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Interest = "Operators are deploying this now. Vendors need one global standard soon."
	}, fire: false},
	{rule: "criteria.interest", name: "Chinese, 40 characters", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Interest = "后量子密码迁移受到运营商、设备商和监管机构的广泛关注，相关算法已完成标准化，产品陆续上市，亟需国际标准。"
	}, fire: false},
	{rule: "criteria.interest", name: "Russian, long", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Interest = "Операторы, производители и регуляторные органы уделяют большое внимание переходу на постквантовую криптографию, рынок созрел"
	}, fire: false},

	// criteria.no-duplication
	{rule: "criteria.no-duplication", name: "clean", fire: false},
	{rule: "criteria.no-duplication", name: "no ITU-T entry", mutate: func(p *forms.Proposal) { p.GapAnalysis.Entries = p.GapAnalysis.Entries[1:] }, fire: true,
		wantFields: []string{"gapAnalysis.entries"}, wantParams: map[string]any{"NoITUT": 1, "NoOther": 0}},
	{rule: "criteria.no-duplication", name: "ITU-T only", mutate: func(p *forms.Proposal) { p.GapAnalysis.Entries = p.GapAnalysis.Entries[:1] }, fire: true,
		wantParams: map[string]any{"NoITUT": 0, "NoOther": 1}},
	{rule: "criteria.no-duplication", name: "no entries", mutate: func(p *forms.Proposal) { p.GapAnalysis.Entries = nil }, fire: true,
		wantParams: map[string]any{"NoITUT": 1, "NoOther": 1}},
	{rule: "criteria.no-duplication", name: "entry without gap", mutate: func(p *forms.Proposal) { p.GapAnalysis.Entries[1].Gap = "" }, fire: true,
		wantFields: []string{"gapAnalysis.entries[1].gap"}, wantParams: map[string]any{"Number": 2, "Body": "ISO/IEC JTC 1/SC 27"}},
	{rule: "criteria.no-duplication", name: "only other entry incomplete", mutate: func(p *forms.Proposal) {
		p.GapAnalysis.Entries = p.GapAnalysis.Entries[:2]
		p.GapAnalysis.Entries[1].Work = "TBD"
		p.GapAnalysis.Entries[1].Kind = ""
	}, fire: true, wantCount: 2, wantFields: []string{"gapAnalysis.entries[1].kind", "gapAnalysis.entries[1].work"}},
	{rule: "criteria.no-duplication", name: "consortium counts", mutate: func(p *forms.Proposal) {
		p.GapAnalysis.Entries = p.GapAnalysis.Entries[:2]
		p.GapAnalysis.Entries[1].Kind = forms.Consortium
	}, fire: false},
	{rule: "criteria.no-duplication", name: "ITU-T only, no other work stated", mutate: func(p *forms.Proposal) {
		p.GapAnalysis.Entries = p.GapAnalysis.Entries[:1]
		p.GapAnalysis.NoOtherWork = "A search of the work programmes of ISO, IEC, IETF, 3GPP and ETSI found no work on migrating telecommunication protocols."
	}, fire: false},
	{rule: "criteria.no-duplication", name: "ITU-T only, no other work: placeholder", mutate: func(p *forms.Proposal) {
		p.GapAnalysis.Entries = p.GapAnalysis.Entries[:1]
		p.GapAnalysis.NoOtherWork = "None."
	}, fire: true, wantFields: []string{"gapAnalysis.entries", "gapAnalysis.noOtherWork"},
		wantParams: map[string]any{"NoITUT": 0, "NoOther": 1, "WeakStatement": 1}},
	{rule: "criteria.no-duplication", name: "no other work stated, no ITU-T entry", mutate: func(p *forms.Proposal) {
		p.GapAnalysis.Entries = nil
		p.GapAnalysis.NoOtherWork = "A search of the work programmes of ISO, IEC, IETF, 3GPP and ETSI found no work on migrating telecommunication protocols."
	}, fire: true, wantFields: []string{"gapAnalysis.entries"}, wantParams: map[string]any{"NoITUT": 1, "NoOther": 0, "WeakStatement": 0}},

	// criteria.covered-elsewhere
	{rule: "criteria.covered-elsewhere", name: "clean", fire: false},
	{rule: "criteria.covered-elsewhere", name: "another body covers it fully: warning", mutate: func(p *forms.Proposal) { p.GapAnalysis.Entries[1].Coverage = forms.CoverageFull }, fire: true,
		wantSev: sev(Warning), wantFields: []string{"gapAnalysis.entries[1].coverage", "gapAnalysis.entries[1].gap"}, wantParams: map[string]any{"Number": 2, "ITUT": 0}},
	{rule: "criteria.covered-elsewhere", name: "ITU-T work covers it fully: error", mutate: func(p *forms.Proposal) { p.GapAnalysis.Entries[0].Coverage = forms.CoverageFull }, fire: true,
		wantSev: sev(Error), wantFields: []string{"gapAnalysis.entries[0].coverage", "gapAnalysis.entries[0].gap"},
		wantParams: map[string]any{"Number": 1, "Body": "ITU-T SG17", "ITUT": 1}},
	{rule: "criteria.covered-elsewhere", name: "ITU-T work covers part", mutate: func(p *forms.Proposal) { p.GapAnalysis.Entries[0].Coverage = forms.CoveragePartial }, fire: false},

	// criteria.support
	{rule: "criteria.support", name: "clean", fire: false},
	{rule: "criteria.support", name: "one non-member", mutate: setSupporter(3, func(s *forms.Supporter) { s.Category = forms.NonMember }), fire: true,
		wantFields: []string{"supporters", "supporters[3].category", "supporters[4].category"},
		wantParams: map[string]any{"Count": 1, "Members": 3, "Countries": 3, "NonMembers": 2, "Uncommitted": 0}},
	{rule: "criteria.support", name: "uncommitted", mutate: setSupporter(0, func(s *forms.Supporter) { s.Committed = false }), fire: true,
		wantFields: []string{"supporters", "supporters[4].category", "supporters[0].committed"},
		wantParams: map[string]any{"Count": 1, "Members": 3, "Countries": 3, "Uncommitted": 1}},
	{rule: "criteria.support", name: "same country", mutate: setSupporter(3, func(s *forms.Supporter) { s.Country = "DE" }), fire: true,
		wantParams: map[string]any{"Count": 1, "Members": 4, "Countries": 3}},
	{rule: "criteria.support", name: "lower-case duplicate", mutate: setSupporter(3, func(s *forms.Supporter) { s.Country = " fr" }), fire: true,
		wantParams: map[string]any{"Count": 1, "Members": 4, "Countries": 3}},
	{rule: "criteria.support", name: "no country", mutate: setSupporter(3, func(s *forms.Supporter) { s.Country = "" }), fire: true,
		wantParams: map[string]any{"Count": 1, "Members": 4, "Countries": 3, "NoCountry": 1}},
	{rule: "criteria.support", name: "none", mutate: func(p *forms.Proposal) { p.Supporters = nil }, fire: true,
		wantFields: []string{"supporters"}, wantParams: map[string]any{"Count": 4, "Members": 0, "Countries": 0}},
	{rule: "criteria.support", name: "one entity under two countries", mutate: setSupporter(3, func(s *forms.Supporter) { s.Entity = "  CHINA " }), fire: true,
		wantCount: 2, wantFields: []string{"supporters", "supporters[4].category", "supporters[3].entity"},
		wantParams: map[string]any{"Count": 1, "Members": 3, "Countries": 3, "Repeats": 1, "Merged": []string{"4"}}},
	{rule: "criteria.support", name: "repeated row while met", mutate: func(p *forms.Proposal) {
		p.Supporters = append(p.Supporters, forms.Supporter{Entity: "EXAMPLE networks gmbh", Category: forms.SectorMember, Country: "DE", Committed: true})
	}, fire: true, wantCount: 1, wantSev: sev(Warning), wantFields: []string{"supporters[5].entity"},
		wantParams: map[string]any{"Row": 6, "Of": 2, "Entity": "EXAMPLE networks gmbh"}},
	// Issue 19, item 1: a placeholder counted as a supporter.
	{rule: "criteria.support", name: "a TBD supporter", mutate: setSupporter(3, func(s *forms.Supporter) { s.Entity = "TBD" }), fire: true,
		wantFields: []string{"supporters", "supporters[4].category", "supporters[3].entity"},
		wantParams: map[string]any{"Count": 1, "Members": 3, "Placeholders": 1, "Placeholder": "TBD"}},
	{rule: "criteria.support", name: "To be confirmed", mutate: setSupporter(0, func(s *forms.Supporter) { s.Entity = "To be confirmed" }), fire: true,
		wantParams: map[string]any{"Members": 3, "Placeholders": 1}},
	// Issue 19, item 5: one entity spelt another way.
	{rule: "criteria.support", name: "full-width and zero-width spellings of one entity", mutate: func(p *forms.Proposal) {
		p.Supporters[3].Entity = "Ｅｘａｍｐｌｅ Ｎｅｔ\u200bworks"
	}, fire: true, wantParams: map[string]any{"Members": 3, "Repeats": 1}},
	{rule: "criteria.support", name: "a near duplicate: warning naming both rows", mutate: func(p *forms.Proposal) {
		p.Supporters = append(p.Supporters, forms.Supporter{Entity: "Exmple Networks", Category: forms.SectorMember, Country: "BR", Committed: true})
	}, fire: true, wantCount: 1, wantSev: sev(Warning), wantFields: []string{"supporters[5].entity", "supporters[1].entity"},
		wantParams: map[string]any{"Row": 6, "Of": 2, "Entity": "Exmple Networks", "Near": 1}},
	{rule: "criteria.support", name: "lower-case codes, all distinct", mutate: func(p *forms.Proposal) {
		for i := range p.Supporters {
			p.Supporters[i].Country = strings.ToLower(p.Supporters[i].Country)
		}
	}, fire: false},

	// criteria.support: countries count as their ITU Member State (issue 19, items 2 and 3)
	{rule: "criteria.support", name: "territory counts under its Member State", mutate: setSupporter(3, func(s *forms.Supporter) { s.Country = "RE" }), fire: true,
		wantParams: map[string]any{"Count": 1, "Members": 4, "Countries": 3, "BadCountry": 0}},
	{rule: "criteria.support", name: "Taiwan counts under China", mutate: setSupporter(3, func(s *forms.Supporter) { s.Country = "TW" }), fire: true,
		wantParams: map[string]any{"Count": 1, "Members": 4, "Countries": 3}},
	{rule: "criteria.support", name: "a country of no Member State adds none", mutate: setSupporter(3, func(s *forms.Supporter) { s.Country = "CAN" }), fire: true,
		wantFields: []string{"supporters", "supporters[4].category", "supporters[3].country"},
		wantParams: map[string]any{"Count": 1, "Members": 4, "Countries": 3, "BadCountry": 1, "NoCountry": 0}},
	{rule: "criteria.support", name: "a territory of a new Member State counts", mutate: setSupporter(3, func(s *forms.Supporter) { s.Country = "PR" }), fire: false},

	// supporters.country
	{rule: "supporters.country", name: "clean", fire: false},
	{rule: "supporters.country", name: "lower-case and spaced codes", mutate: func(p *forms.Proposal) {
		p.Supporters[0].Country = " cn "
		p.Leadership.Chair.Country = "de"
	}, fire: false},
	{rule: "supporters.country", name: "empty is left to other rules", mutate: setSupporter(2, func(s *forms.Supporter) { s.Country = "" }), fire: false},
	{rule: "supporters.country", name: "??", mutate: setSupporter(2, func(s *forms.Supporter) { s.Country = "??" }), fire: true, wantCount: 1,
		wantFields: []string{"supporters[2].country"}, wantParams: map[string]any{"Value": "??", "Place": ""}},
	{rule: "supporters.country", name: "XX", mutate: setSupporter(2, func(s *forms.Supporter) { s.Country = "XX" }), fire: true,
		wantFields: []string{"supporters[2].country"}, wantParams: map[string]any{"Value": "XX"}},
	{rule: "supporters.country", name: "EU", mutate: setSupporter(1, func(s *forms.Supporter) { s.Country = "EU" }), fire: true,
		wantFields: []string{"supporters[1].country"}, wantParams: map[string]any{"Value": "EU"}},
	{rule: "supporters.country", name: "1", mutate: setSupporter(2, func(s *forms.Supporter) { s.Country = "1" }), fire: true,
		wantFields: []string{"supporters[2].country"}, wantParams: map[string]any{"Value": "1"}},
	{rule: "supporters.country", name: "Canada spelt out", mutate: setSupporter(2, func(s *forms.Supporter) { s.Country = " Canada " }), fire: true,
		wantFields: []string{"supporters[2].country"}, wantParams: map[string]any{"Value": "Canada"}},
	{rule: "supporters.country", name: "alpha-3 CAN", mutate: setSupporter(2, func(s *forms.Supporter) { s.Country = "CAN" }), fire: true,
		wantFields: []string{"supporters[2].country"}, wantParams: map[string]any{"Value": "CAN"}},
	{rule: "supporters.country", name: "Palestine: an observer, no Member State", mutate: setSupporter(2, func(s *forms.Supporter) { s.Country = "PS" }), fire: true,
		wantSev: sev(Error), wantFields: []string{"supporters[2].country"}, wantParams: map[string]any{"Value": "PS", "Place": CountryCode("PS")}},
	{rule: "supporters.country", name: "Antarctica", mutate: setSupporter(2, func(s *forms.Supporter) { s.Country = "aq" }), fire: true,
		wantParams: map[string]any{"Value": "aq", "Place": CountryCode("AQ")}},
	{rule: "supporters.country", name: "territory: info naming its Member State", mutate: setSupporter(2, func(s *forms.Supporter) { s.Country = "re" }), fire: true,
		wantSev: sev(Info), wantFields: []string{"supporters[2].country"},
		wantParams: map[string]any{"Code": "RE", "Territory": CountryCode("RE"), "State": CountryCode("FR")}},
	{rule: "supporters.country", name: "Hong Kong under China", mutate: setSupporter(0, func(s *forms.Supporter) { s.Country = "HK" }), fire: true,
		wantSev: sev(Info), wantParams: map[string]any{"Territory": CountryCode("HK"), "State": CountryCode("CN")}},
	{rule: "supporters.country", name: "chair nominee", mutate: func(p *forms.Proposal) { p.Leadership.Chair.Country = "UK" }, fire: true,
		wantFields: []string{"leadership.chair.country"}, wantParams: map[string]any{"Value": "UK"}},
	{rule: "supporters.country", name: "vice-chair nominee", mutate: func(p *forms.Proposal) { p.Leadership.ViceChairs[0].Country = "FRA" }, fire: true,
		wantFields: []string{"leadership.viceChairs[0].country"}},
	{rule: "supporters.country", name: "contact", mutate: func(p *forms.Proposal) { p.Contribution.Contacts[0].Country = "China" }, fire: true,
		wantFields: []string{"contribution.contacts[0].country"}, wantParams: map[string]any{"Value": "China"}},
	{rule: "supporters.country", name: "one finding a field", mutate: func(p *forms.Proposal) {
		p.Supporters[1].Country = "XX"
		p.Supporters[2].Country = "GP"
		p.Contribution.Contacts[0].Country = "EU"
	}, fire: true, wantCount: 3, wantFields: []string{"supporters[1].country"}},

	// Issue 19, item 6: the same hole in every field that must merely be present.
	{rule: "tor.scope", name: "120 x", mutate: func(p *forms.Proposal) { p.FocusGroup.Scope = strings.Repeat("x", 120) }, fire: true,
		wantFields: []string{"focusGroup.scope"}, wantParams: map[string]any{"Placeholder": strings.Repeat("x", 24) + "…"}},
	{rule: "tor.urgency", name: "lorem ipsum after a real sentence", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Urgency = "Networks must migrate before large quantum computers exist. Lorem ipsum dolor sit amet, consectetur adipiscing elit."
	}, fire: true},

	// criteria.other-mechanisms
	{rule: "criteria.other-mechanisms", name: "clean", fire: false},
	{rule: "criteria.other-mechanisms", name: "missing", mutate: func(p *forms.Proposal) { p.FocusGroup.Alternatives = "" }, fire: true,
		wantFields: []string{"focusGroup.alternatives"}},
	{rule: "criteria.other-mechanisms", name: "placeholder", mutate: func(p *forms.Proposal) { p.FocusGroup.Alternatives = "n/a" }, fire: true},

	// parent.multi-group
	{rule: "parent.multi-group", name: "clean", fire: false},
	{rule: "parent.multi-group", name: "multi-group topic to a study group", mutate: func(p *forms.Proposal) { p.FocusGroup.MultiGroupMandate = true }, fire: true,
		wantFields: []string{"contribution.parentGroup.kind", "focusGroup.multiGroupMandate"},
		wantParams: map[string]any{"Parent": 17, "Groups": []string{}}},
	{rule: "parent.multi-group", name: "no affected group listed", mutate: func(p *forms.Proposal) {
		p.FocusGroup.MultiGroupMandate = true
		p.FocusGroup.AffectedGroups = nil
	}, fire: true, wantParams: map[string]any{"Groups": []string{}}},
	{rule: "parent.multi-group", name: "multi-group topic to TSAG", mutate: func(p *forms.Proposal) {
		p.FocusGroup.MultiGroupMandate = true
		p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
	}, fire: false},
	{rule: "parent.multi-group", name: "listed group's mandate", mutate: func(p *forms.Proposal) {
		p.FocusGroup.AffectedGroups = append(p.FocusGroup.AffectedGroups, forms.AffectedGroup{Number: 2, WithinMandate: true, ChairConsulted: true})
	}, fire: true, wantFields: []string{"contribution.parentGroup.kind", "focusGroup.affectedGroups[1].withinMandate"},
		wantParams: map[string]any{"Parent": 17, "Groups": []string{"17", "2"}}},
	{rule: "parent.multi-group", name: "listed groups only affected", mutate: func(p *forms.Proposal) {
		p.FocusGroup.AffectedGroups = append(p.FocusGroup.AffectedGroups, forms.AffectedGroup{Number: 2})
	}, fire: false},
	{rule: "parent.multi-group", name: "parent itself marked", mutate: func(p *forms.Proposal) {
		p.FocusGroup.AffectedGroups = []forms.AffectedGroup{{Number: 17, WithinMandate: true}}
	}, fire: false},

	// parent.consultation
	{rule: "parent.consultation", name: "clean", fire: false},
	{rule: "parent.consultation", name: "chair not consulted", mutate: func(p *forms.Proposal) {
		p.FocusGroup.AffectedGroups = append(p.FocusGroup.AffectedGroups, forms.AffectedGroup{Number: 2}, forms.AffectedGroup{Number: 17})
	}, fire: true, wantFields: []string{"focusGroup.affectedGroups[1].chairConsulted"},
		wantParams: map[string]any{"Parent": 17, "Groups": []string{"2"}, "Count": 1}},
	{rule: "parent.consultation", name: "to TSAG", mutate: func(p *forms.Proposal) {
		p.FocusGroup.AffectedGroups[0].ChairConsulted = false
		p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
	}, fire: false},
	{rule: "parent.consultation", name: "multi-group reported instead", mutate: func(p *forms.Proposal) {
		p.FocusGroup.AffectedGroups[0].ChairConsulted = false
		p.FocusGroup.MultiGroupMandate = true
	}, fire: false},
	{rule: "parent.consultation", name: "a group's mandate: multi-group instead", mutate: func(p *forms.Proposal) {
		p.FocusGroup.AffectedGroups = append(p.FocusGroup.AffectedGroups, forms.AffectedGroup{Number: 2}, forms.AffectedGroup{Number: 5, WithinMandate: true})
	}, fire: false},

	// parent.designation
	{rule: "parent.designation", name: "to a study group", fire: false},
	{rule: "parent.designation", name: "to TSAG, not said", mutate: func(p *forms.Proposal) { p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG} }, fire: true,
		wantSev: sev(Warning), wantFields: []string{"focusGroup.designatedParent.kind"}, wantParams: map[string]any{"NoNumber": 0}},
	{rule: "parent.designation", name: "to TSAG, study group without number", mutate: func(p *forms.Proposal) {
		p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
		p.FocusGroup.DesignatedParent = forms.Group{Kind: forms.StudyGroup}
	}, fire: true, wantFields: []string{"focusGroup.designatedParent.number"}, wantParams: map[string]any{"NoNumber": 1}},
	{rule: "parent.designation", name: "to TSAG, TSAG as parent", mutate: func(p *forms.Proposal) {
		p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
		p.FocusGroup.DesignatedParent = forms.Group{Kind: forms.TSAG}
	}, fire: false},
	{rule: "parent.designation", name: "to TSAG, designates SG17", mutate: func(p *forms.Proposal) {
		p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
		p.FocusGroup.DesignatedParent = forms.Group{Kind: forms.StudyGroup, Number: 17}
	}, fire: false},

	// deadline.contribution
	{rule: "deadline.contribution", name: "on time, ahead: info", fire: true, wantSev: sev(Info),
		wantParams: map[string]any{"Deadline": date("2027-02-17"), "Count": 44, "Late": 0, "LastDay": 0}},
	{rule: "deadline.contribution", name: "submitted 12 days before: on time", mutate: func(p *forms.Proposal) {
		p.Contribution.SubmissionDate = date("2027-02-17")
	}, fire: true, wantSev: sev(Info)},
	{rule: "deadline.contribution", name: "submitted 11 days before: late", mutate: func(p *forms.Proposal) {
		p.Contribution.SubmissionDate = date("2027-02-18")
	}, fire: true, wantSev: sev(Error), wantFields: []string{"contribution.submissionDate", "contribution.meeting.start"},
		wantParams: map[string]any{"Deadline": date("2027-02-17"), "Submitted": date("2027-02-18"), "Meeting": date("2027-03-01"), "Late": 1, "Count": 1,
			"Planned": 1, "Open": 1}},
	{rule: "deadline.contribution", name: "planned late, deadline passed", mutate: func(p *forms.Proposal) {
		p.Contribution.SubmissionDate = date("2027-02-22")
	}, opt: func(o *Options) { o.Today = date("2027-02-20") }, fire: true, wantSev: sev(Error),
		wantParams: map[string]any{"Late": 1, "Count": 5, "Planned": 1, "Open": 0}},
	{rule: "deadline.contribution", name: "submitted late in the past: a fact", mutate: func(p *forms.Proposal) {
		p.Contribution.SubmissionDate = date("2027-02-19")
	}, opt: func(o *Options) { o.Today = date("2027-02-20") }, fire: true, wantSev: sev(Error),
		wantParams: map[string]any{"Late": 1, "Count": 2, "Planned": 0, "Open": 0}},
	{rule: "deadline.contribution", name: "no submission date, today past deadline", mutate: func(p *forms.Proposal) {
		p.Contribution.SubmissionDate = forms.Date{}
	}, opt: func(o *Options) { o.Today = date("2027-02-20") }, fire: true, wantSev: sev(Error),
		wantParams: map[string]any{"Submitted": forms.Date{}, "Count": 3}},
	{rule: "deadline.contribution", name: "no submission date, today is the deadline", mutate: func(p *forms.Proposal) {
		p.Contribution.SubmissionDate = forms.Date{}
	}, opt: func(o *Options) { o.Today = date("2027-02-17") }, fire: true, wantSev: sev(Info), wantParams: map[string]any{"Count": 0, "LastDay": 1}},
	{rule: "deadline.contribution", name: "leap year", mutate: func(p *forms.Proposal) {
		p.Contribution.Meeting.Start = date("2028-03-01")
		p.Contribution.SubmissionDate = date("2028-02-19")
	}, fire: true, wantSev: sev(Error), wantParams: map[string]any{"Deadline": date("2028-02-18")}},
	{rule: "deadline.contribution", name: "TSAG clause", mutate: func(p *forms.Proposal) {
		p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
		p.Contribution.SubmissionDate = date("2027-02-20")
	}, fire: true, wantSev: sev(Error)},
	{rule: "deadline.contribution", name: "submitted on time, deadline passed: nothing", opt: func(o *Options) { o.Today = date("2027-02-25") }, fire: false},
	{rule: "deadline.contribution", name: "between meetings", mutate: func(p *forms.Proposal) { p.Contribution.Route = forms.BetweenMeetings }, fire: false},

	// deadline.translation
	{rule: "deadline.translation", name: "meeting", fire: true, wantSev: sev(Info), wantClause: ClauseA1,
		wantParams: map[string]any{"Date": date("2027-01-01"), "Deadline": date("2027-02-17")}},
	{rule: "deadline.translation", name: "end of month clamps", mutate: func(p *forms.Proposal) { p.Contribution.Meeting.Start = date("2028-04-30") }, fire: true,
		wantParams: map[string]any{"Date": date("2028-02-29")}},
	{rule: "deadline.translation", name: "between meetings", mutate: func(p *forms.Proposal) { p.Contribution.Route = forms.BetweenMeetings }, fire: false},

	// route.between-meetings.policy
	{rule: "route.between-meetings.policy", name: "clean", fire: false},
	{rule: "route.between-meetings.policy", name: "policy at a meeting", mutate: func(p *forms.Proposal) { p.FocusGroup.Implications.Policy = true }, fire: false},
	{rule: "route.between-meetings.policy", name: "policy between meetings", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Implications.Policy = true
		p.Contribution.Route = forms.BetweenMeetings
	}, fire: true, wantSev: sev(Error), wantFields: []string{"contribution.route", "focusGroup.implications.policy"}},
	// Issue 19, item 8: strategic, structural or operational implications
	// make participation members-only; they do not bar the route.
	{rule: "route.between-meetings.policy", name: "strategic between meetings", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Implications.Strategic = true
		p.Contribution.Route = forms.BetweenMeetings
	}, fire: false},
	{rule: "route.between-meetings.policy", name: "strategic at a meeting", mutate: func(p *forms.Proposal) { p.FocusGroup.Implications.Strategic = true }, fire: false},

	// route.between-meetings.urgency
	{rule: "route.between-meetings.urgency", name: "at a meeting", fire: false},
	{rule: "route.between-meetings.urgency", name: "between meetings, no need stated", mutate: func(p *forms.Proposal) { p.Contribution.Route = forms.BetweenMeetings }, fire: true,
		wantSev: sev(Error), wantClause: "2.1.1.2", wantFields: []string{"contribution.urgentMarketNeed"}, wantParams: map[string]any{"Empty": 1}},
	{rule: "route.between-meetings.urgency", name: "to TSAG between meetings, placeholder", mutate: func(p *forms.Proposal) {
		p.Contribution.Route = forms.BetweenMeetings
		p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
		p.Contribution.UrgentMarketNeed = "Urgent."
	}, fire: true, wantClause: "2.1.2.2", wantParams: map[string]any{"Empty": 0}},
	{rule: "route.between-meetings.urgency", name: "between meetings, need stated", mutate: func(p *forms.Proposal) {
		p.Contribution.Route = forms.BetweenMeetings
		p.Contribution.UrgentMarketNeed = "Operators must publish migration plans by mid-2027 under national programmes; waiting for the next study group meeting would leave them without a common reference."
	}, fire: false},

	// route.between-meetings.comments
	{rule: "route.between-meetings.comments", name: "at a meeting", fire: false},
	{rule: "route.between-meetings.comments", name: "posted", mutate: func(p *forms.Proposal) {
		p.Contribution.Route = forms.BetweenMeetings
		p.Contribution.PostingDate = date("2027-01-10")
	}, fire: true, wantFields: []string{"contribution.postingDate"},
		wantParams: map[string]any{"Posted": date("2027-01-10"), "Earliest": date("2027-02-07"), "TooEarly": 0}},
	{rule: "route.between-meetings.comments", name: "start too early", mutate: func(p *forms.Proposal) {
		p.Contribution.Route = forms.BetweenMeetings
		p.Contribution.PostingDate = date("2027-02-15")
	}, fire: true, wantFields: []string{"contribution.postingDate", "timeline.start"},
		wantParams: map[string]any{"Earliest": date("2027-03-15"), "TooEarly": 1}},
	{rule: "route.between-meetings.comments", name: "not yet posted", mutate: func(p *forms.Proposal) { p.Contribution.Route = forms.BetweenMeetings }, fire: true,
		wantParams: map[string]any{"Posted": forms.Date{}, "Earliest": forms.Date{}}},

	// route.revision
	{rule: "route.revision", name: "revision at a meeting", mutate: func(p *forms.Proposal) { p.Contribution.Revision = 1 }, fire: true, wantSev: sev(Info),
		wantFields: []string{"contribution.revision", "contribution.meeting.start"}},
	{rule: "route.revision", name: "first filing", fire: false},
	{rule: "route.revision", name: "revision between meetings", mutate: func(p *forms.Proposal) {
		p.Contribution.Revision = 2
		p.Contribution.Route = forms.BetweenMeetings
	}, fire: false},

	// terms of reference: texts
	{rule: "tor.scope", name: "clean", fire: false},
	{rule: "tor.scope", name: "missing", mutate: func(p *forms.Proposal) { p.FocusGroup.Scope = "" }, fire: true, wantFields: []string{"focusGroup.scope"}},
	{rule: "tor.scope", name: "TBD", mutate: func(p *forms.Proposal) { p.FocusGroup.Scope = "TBD" }, fire: true},
	{rule: "tor.action-plan", name: "clean", fire: false},
	{rule: "tor.action-plan", name: "missing", mutate: func(p *forms.Proposal) { p.FocusGroup.ActionPlan = "\n" }, fire: true, wantFields: []string{"focusGroup.actionPlan"}},
	{rule: "tor.parent-relationship", name: "clean", fire: false},
	{rule: "tor.parent-relationship", name: "missing", mutate: func(p *forms.Proposal) { p.FocusGroup.ParentRelationship = "" }, fire: true,
		wantFields: []string{"focusGroup.parentRelationship"}},
	{rule: "tor.urgency", name: "clean", fire: false},
	{rule: "tor.urgency", name: "missing", mutate: func(p *forms.Proposal) { p.FocusGroup.Urgency = "…" }, fire: true, wantFields: []string{"focusGroup.urgency"}},
	{rule: "tor.why-not-study-groups", name: "clean", fire: false},
	{rule: "tor.why-not-study-groups", name: "missing", mutate: func(p *forms.Proposal) { p.FocusGroup.WhyNotStudyGroups = "" }, fire: true,
		wantFields: []string{"focusGroup.whyNotStudyGroups"}},

	// tor.deliverables
	{rule: "tor.deliverables", name: "clean", fire: false},
	{rule: "tor.deliverables", name: "none", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables = nil }, fire: true, wantFields: []string{"focusGroup.deliverables"}},
	{rule: "tor.deliverables", name: "only an empty row", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables = []forms.Deliverable{{}} }, fire: true},
	{rule: "tor.deliverables", name: "a placeholder title beside real ones", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Deliverables = append(p.FocusGroup.Deliverables, forms.Deliverable{Title: "TBD", Type: forms.Roadmap})
	}, fire: true, wantCount: 1, wantFields: []string{"focusGroup.deliverables[2].title"}, wantParams: map[string]any{"Number": 3, "Title": "TBD"}},

	// tor.timeline
	{rule: "tor.timeline", name: "clean", fire: false},
	{rule: "tor.timeline", name: "no start", mutate: func(p *forms.Proposal) { p.Timeline.Start = forms.Date{} }, fire: true, wantFields: []string{"timeline.start"}},
	{rule: "tor.timeline", name: "no duration", mutate: func(p *forms.Proposal) { p.Timeline.DurationMonths = 0 }, fire: true, wantFields: []string{"timeline.durationMonths"}},

	// tor.duration
	{rule: "tor.duration", name: "9 months", fire: false},
	{rule: "tor.duration", name: "10 months: info", mutate: func(p *forms.Proposal) { p.Timeline.DurationMonths = 10 }, fire: true, wantSev: sev(Info),
		wantFields: []string{"timeline.durationMonths"}, wantParams: map[string]any{"Count": 10, "Max": 12, "Hard": 0}},
	{rule: "tor.duration", name: "12 months: info", mutate: func(p *forms.Proposal) { p.Timeline.DurationMonths = 12 }, fire: true, wantSev: sev(Info)},
	{rule: "tor.duration", name: "13 months", mutate: func(p *forms.Proposal) { p.Timeline.DurationMonths = 13 }, fire: true, wantSev: sev(Error),
		wantParams: map[string]any{"Count": 13, "Max": 12, "Hard": 1}},
	{rule: "tor.duration", name: "6 months", mutate: func(p *forms.Proposal) { p.Timeline.DurationMonths = 6 }, fire: false},

	// tor.relationships
	{rule: "tor.relationships", name: "clean", fire: false},
	{rule: "tor.relationships", name: "none", mutate: func(p *forms.Proposal) { p.FocusGroup.Relationships = nil }, fire: true,
		wantFields: []string{"focusGroup.relationships", "focusGroup.noRelationships"}},
	{rule: "tor.relationships", name: "blank row", mutate: func(p *forms.Proposal) { p.FocusGroup.Relationships = []forms.Relationship{{}} }, fire: true},
	{rule: "tor.relationships", name: "a placeholder row beside a real one", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Relationships = append(p.FocusGroup.Relationships, forms.Relationship{Body: "N/A", Description: "…"})
	}, fire: true, wantCount: 1, wantFields: []string{"focusGroup.relationships[1].body", "focusGroup.relationships[1].description"},
		wantParams: map[string]any{"Number": 2}},
	{rule: "tor.relationships", name: "none, stated", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Relationships = nil
		p.FocusGroup.NoRelationships = true
	}, fire: false},

	// deliverable.type
	{rule: "deliverable.type", name: "clean", fire: false},
	{rule: "deliverable.type", name: "no type", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[1].Type = "" }, fire: true,
		wantFields: []string{"focusGroup.deliverables[1].type"}, wantParams: map[string]any{"Number": 2, "Title": "Migration roadmap"}},
	{rule: "deliverable.type", name: "unknown type", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[0].Type = "white-paper" }, fire: true},
	{rule: "deliverable.type", name: "other, unnamed", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[0].Type = forms.OtherDeliverable }, fire: true,
		wantFields: []string{"focusGroup.deliverables[0].otherType"}},
	{rule: "deliverable.type", name: "other, named", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Deliverables[0].Type = forms.OtherDeliverable
		p.FocusGroup.Deliverables[0].OtherType = "Test suite"
	}, fire: false},

	// deliverable.within-duration (lifetime 2027-03-10 .. 2027-12-09)
	{rule: "deliverable.within-duration", name: "clean", fire: false},
	{rule: "deliverable.within-duration", name: "due on the last day", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[1].Due = date("2027-12-09") }, fire: false},
	{rule: "deliverable.within-duration", name: "due on the first day", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[0].Due = date("2027-03-10") }, fire: false},
	{rule: "deliverable.within-duration", name: "due after the end", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[1].Due = date("2027-12-10") }, fire: true,
		wantFields: []string{"focusGroup.deliverables[1].due", "timeline.start", "timeline.durationMonths"},
		wantParams: map[string]any{"Number": 2, "Due": date("2027-12-10"), "Start": date("2027-03-10"), "End": date("2027-12-09")}},
	{rule: "deliverable.within-duration", name: "due before the start", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[0].Due = date("2027-03-09") }, fire: true},
	{rule: "deliverable.within-duration", name: "no due date", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[0].Due = forms.Date{} }, fire: true,
		wantFields: []string{"focusGroup.deliverables[0].due"}, wantParams: map[string]any{"Due": forms.Date{}}},
	{rule: "deliverable.within-duration", name: "no due date, no lifetime", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Deliverables[0].Due = forms.Date{}
		p.Timeline.Start = forms.Date{}
	}, fire: true, wantParams: map[string]any{"End": forms.Date{}}},

	// deliverable.submission-deadline (parent meeting 2027-09-01: hand over by 2027-08-04)
	{rule: "deliverable.submission-deadline", name: "clean", fire: false},
	{rule: "deliverable.submission-deadline", name: "due 28 days before", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[0].Due = date("2027-08-04") }, fire: false},
	{rule: "deliverable.submission-deadline", name: "due 27 days before", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[0].Due = date("2027-08-05") }, fire: true,
		wantFields: []string{"focusGroup.deliverables[0].due", "timeline.parentMeetings[0].start"},
		wantParams: map[string]any{"Number": 1, "Due": date("2027-08-05"), "Deadline": date("2027-08-04"), "Meeting": date("2027-09-01")}},
	{rule: "deliverable.submission-deadline", name: "due on the meeting day", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[0].Due = date("2027-09-01") }, fire: true},
	{rule: "deliverable.submission-deadline", name: "due after the last meeting", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[0].Due = date("2028-02-01") }, fire: false},
	{rule: "deliverable.submission-deadline", name: "no parent meetings", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Deliverables[0].Due = date("2027-08-05")
		p.Timeline.ParentMeetings = nil
	}, fire: false},

	// deliverable.recommendation-form
	{rule: "deliverable.recommendation-form", name: "clean", fire: false},
	{rule: "deliverable.recommendation-form", name: "base text", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[1].Type = forms.BaseTextRecommendation }, fire: true,
		wantSev: sev(Info), wantFields: []string{"focusGroup.deliverables[1].type"}, wantParams: map[string]any{"Number": 2}},
	{rule: "deliverable.recommendation-form", name: "intended Recommendation", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Deliverables[0].IntendedRecommendation = "ITU-T X.pqm"
	}, fire: true},

	// deliverable.target-group (parent SG17)
	{rule: "deliverable.target-group", name: "clean", fire: false},
	{rule: "deliverable.target-group", name: "parent written other ways", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Deliverables[0].TargetGroup = "ITU-T SG 17"
		p.FocusGroup.Deliverables[1].TargetGroup = "第17研究组"
	}, fire: false},
	// Issue 19, item 8: no target group is no error; the parent coordinates.
	{rule: "deliverable.target-group", name: "empty: info", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[1].TargetGroup = " \u200b" }, fire: true,
		wantSev: sev(Info), wantFields: []string{"focusGroup.deliverables[1].targetGroup"}, wantParams: map[string]any{"Number": 2, "Title": "Migration roadmap", "Group": ""}},
	{rule: "deliverable.target-group", name: "another study group: info", mutate: func(p *forms.Proposal) { p.FocusGroup.Deliverables[0].TargetGroup = "SG13" }, fire: true,
		wantSev: sev(Info), wantFields: []string{"focusGroup.deliverables[0].targetGroup"}, wantParams: map[string]any{"Number": 1, "Group": "SG13"}},
	{rule: "deliverable.target-group", name: "TSAG parent designating SG17", mutate: func(p *forms.Proposal) {
		p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
		p.FocusGroup.DesignatedParent = forms.Group{Kind: forms.StudyGroup, Number: 17}
		p.FocusGroup.Deliverables[1].TargetGroup = "TSAG"
	}, fire: false},
	{rule: "deliverable.target-group", name: "TSAG parent as parent, SG17 target: info", mutate: func(p *forms.Proposal) {
		p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
		p.FocusGroup.DesignatedParent = forms.Group{Kind: forms.TSAG}
	}, fire: true, wantSev: sev(Info), wantCount: 2},
	{rule: "deliverable.target-group", name: "TSAG parent, TSAG target", mutate: func(p *forms.Proposal) {
		p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
		p.FocusGroup.Deliverables[0].TargetGroup = "tsag"
		p.FocusGroup.Deliverables[1].TargetGroup = "ITU-T TSAG"
	}, fire: false},

	// leadership.chair
	{rule: "leadership.chair", name: "clean", fire: false},
	{rule: "leadership.chair", name: "Member State", mutate: func(p *forms.Proposal) { p.Leadership.Chair.Category = forms.MemberState }, fire: false},
	{rule: "leadership.chair", name: "no chair: warning", mutate: func(p *forms.Proposal) { p.Leadership.Chair = forms.Nominee{} }, fire: true,
		wantSev: sev(Warning), wantFields: []string{"leadership.chair.name"}, wantParams: map[string]any{"NoNominee": 1}},
	{rule: "leadership.chair", name: "Academia: error", mutate: func(p *forms.Proposal) { p.Leadership.Chair.Category = forms.Academia }, fire: true,
		wantSev: sev(Error), wantFields: []string{"leadership.chair.category"}, wantParams: map[string]any{"Name": "Anna Schmidt", "NoNominee": 0}},
	{rule: "leadership.chair", name: "placeholder name is no name", mutate: func(p *forms.Proposal) { p.Leadership.Chair.Name = "TBD" }, fire: true,
		wantSev: sev(Warning), wantFields: []string{"leadership.chair.name"}, wantParams: map[string]any{"Name": ""}},
	{rule: "leadership.chair", name: "Associate", mutate: func(p *forms.Proposal) { p.Leadership.Chair.Category = forms.Associate }, fire: true},
	{rule: "leadership.chair", name: "outside expert", mutate: func(p *forms.Proposal) { p.Leadership.Chair.Category = forms.NonMember }, fire: true},

	// leadership.vice-chair
	{rule: "leadership.vice-chair", name: "clean", fire: false},
	{rule: "leadership.vice-chair", name: "none", mutate: func(p *forms.Proposal) { p.Leadership.ViceChairs = nil }, fire: true,
		wantFields: []string{"leadership.viceChairs"}, wantParams: map[string]any{"Chair": 0}},
	{rule: "leadership.vice-chair", name: "only a placeholder", mutate: func(p *forms.Proposal) { p.Leadership.ViceChairs[0].Name = "TBD" }, fire: true,
		wantFields: []string{"leadership.viceChairs"}, wantParams: map[string]any{"Chair": 0, "Placeholder": "TBD"}},
	// Issue 19, item 7: the chair listed again as the only vice-chair.
	{rule: "leadership.vice-chair", name: "the chair as the only vice-chair", mutate: func(p *forms.Proposal) {
		p.Leadership.ViceChairs[0] = p.Leadership.Chair
	}, fire: true, wantSev: sev(Warning), wantCount: 1, wantFields: []string{"leadership.viceChairs[0].name", "leadership.chair.name"},
		wantParams: map[string]any{"Chair": 1, "Number": 1, "Name": "Anna Schmidt"}},
	{rule: "leadership.vice-chair", name: "the chair spelt another way, besides a vice-chair", mutate: func(p *forms.Proposal) {
		p.Leadership.ViceChairs = append(p.Leadership.ViceChairs, forms.Nominee{Name: "ANNA Schm\u200bidt", Category: forms.SectorMember})
	}, fire: true, wantCount: 1, wantFields: []string{"leadership.viceChairs[1].name", "leadership.chair.name"}, wantParams: map[string]any{"Chair": 1, "Number": 2}},
	{rule: "leadership.vice-chair", name: "two different vice-chairs", mutate: func(p *forms.Proposal) {
		p.Leadership.ViceChairs = append(p.Leadership.ViceChairs, forms.Nominee{Name: "Li Wei", Category: forms.SectorMember})
	}, fire: false},

	// leadership.vice-chair-member
	{rule: "leadership.vice-chair-member", name: "clean (Academia is an ITU member)", fire: false},
	{rule: "leadership.vice-chair-member", name: "no vice-chair", mutate: func(p *forms.Proposal) { p.Leadership.ViceChairs = nil }, fire: false},
	{rule: "leadership.vice-chair-member", name: "only outside experts", mutate: func(p *forms.Proposal) {
		p.Leadership.ViceChairs[0].Category = forms.NonMember
		p.Leadership.ViceChairs = append(p.Leadership.ViceChairs, forms.Nominee{}, forms.Nominee{Name: "Jane Roe", Category: forms.NonMember})
	}, fire: true, wantSev: sev(Info), wantFields: []string{"leadership.viceChairs[0].category", "leadership.viceChairs[2].category"},
		wantParams: map[string]any{"Count": 2}},
	{rule: "leadership.vice-chair-member", name: "one member among outside experts", mutate: func(p *forms.Proposal) {
		p.Leadership.ViceChairs = append(p.Leadership.ViceChairs, forms.Nominee{Name: "Jane Roe", Category: forms.NonMember})
	}, fire: false},

	// participation.members-only
	{rule: "participation.members-only", name: "clean", fire: false},
	{rule: "participation.members-only", name: "strategic with a non-member supporter", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Implications.Strategic = true
		p.Leadership.ViceChairs[0].Category = forms.NonMember
	}, fire: true, wantFields: []string{"focusGroup.implications.strategic", "supporters[4].category", "leadership.viceChairs[0].category"},
		wantParams: map[string]any{"Count": 2, "Names": []string{"Open Crypto Alliance", "Pierre Martin"}}},
	{rule: "participation.members-only", name: "strategic, members only", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Implications.Strategic = true
		p.Supporters = p.Supporters[:4]
	}, fire: false},

	// progress.reports
	{rule: "progress.reports", name: "one parent meeting inside, one receiving the final deliverables", fire: true, wantSev: sev(Info), wantCount: 2,
		wantFields: []string{"timeline.parentMeetings[0].start"}, wantParams: map[string]any{"Date": date("2027-08-20"), "Meeting": date("2027-09-01"), "Final": 0}},
	{rule: "progress.reports", name: "only the meeting after the end", mutate: func(p *forms.Proposal) { p.Timeline.ParentMeetings = p.Timeline.ParentMeetings[1:] }, fire: true,
		wantCount: 1, wantFields: []string{"timeline.parentMeetings[0].start"}, wantParams: map[string]any{"Date": date("2028-01-05"), "Meeting": date("2028-01-17"), "Final": 1}},
	{rule: "progress.reports", name: "only the first meeting after the end counts", mutate: func(p *forms.Proposal) {
		p.Timeline.ParentMeetings = append(p.Timeline.ParentMeetings[1:], forms.Event{Start: date("2028-05-01")})
	}, fire: true, wantCount: 1},
	{rule: "progress.reports", name: "no parent meetings", mutate: func(p *forms.Proposal) { p.Timeline.ParentMeetings = nil }, fire: true,
		wantFields: []string{"timeline.parentMeetings"}, wantParams: map[string]any{"NoMeetings": 1}},
	{rule: "progress.reports", name: "no lifetime", mutate: func(p *forms.Proposal) { p.Timeline.DurationMonths = 0 }, fire: false},
	{rule: "progress.reports", name: "parent meeting before the start only", mutate: func(p *forms.Proposal) { p.Timeline.ParentMeetings = []forms.Event{{Start: date("2027-01-20")}} }, fire: false},

	// meetings.announcement (meetings 2027-04-26, 2027-06-21, 2027-09-13)
	{rule: "meetings.announcement", name: "clean", fire: false},
	{rule: "meetings.announcement", name: "42 days after the previous", mutate: func(p *forms.Proposal) { p.Timeline.Meetings[1].Start = date("2027-06-07") }, fire: false},
	{rule: "meetings.announcement", name: "41 days after the previous", mutate: func(p *forms.Proposal) { p.Timeline.Meetings[1].Start = date("2027-06-06") }, fire: true,
		wantSev: sev(Warning), wantFields: []string{"timeline.meetings[1].start"},
		wantParams: map[string]any{"Meeting": date("2027-06-06"), "Announce": date("2027-04-25"), "After": date("2027-04-26"), "Previous": 1}},
	{rule: "meetings.announcement", name: "first meeting at establishment, second too soon", mutate: func(p *forms.Proposal) {
		p.Timeline.Meetings = []forms.Event{{Start: date("2027-03-10")}, {Start: date("2027-04-01")}}
	}, fire: true, wantCount: 2, wantSev: sev(Warning), wantFields: []string{"timeline.meetings[1].start"}, wantParams: map[string]any{"After": date("2027-03-10"), "Previous": 0}},
	// Issue 19, item 7: a first meeting before establishment is an error, not
	// an info that it is "less than six weeks after" it.
	{rule: "meetings.announcement", name: "first meeting before establishment: error", mutate: func(p *forms.Proposal) { p.Timeline.Meetings[0].Start = date("2027-03-08") }, fire: true,
		wantSev: sev(Error), wantCount: 1, wantFields: []string{"timeline.meetings[0].start", "timeline.start"},
		wantParams: map[string]any{"Meeting": date("2027-03-08"), "After": date("2027-03-10"), "First": 1, "Before": 1}},
	{rule: "meetings.announcement", name: "listed out of order", mutate: func(p *forms.Proposal) {
		p.Timeline.Meetings[0], p.Timeline.Meetings[2] = p.Timeline.Meetings[2], p.Timeline.Meetings[0]
	}, fire: false},
	{rule: "meetings.announcement", name: "single meeting", mutate: func(p *forms.Proposal) { p.Timeline.Meetings = p.Timeline.Meetings[:1] }, fire: false},
	{rule: "meetings.announcement", name: "first meeting 42 days after establishment", mutate: func(p *forms.Proposal) { p.Timeline.Meetings[0].Start = date("2027-04-21") }, fire: false},
	{rule: "meetings.announcement", name: "first meeting 41 days after establishment: info", mutate: func(p *forms.Proposal) { p.Timeline.Meetings[0].Start = date("2027-04-20") }, fire: true,
		wantSev: sev(Info), wantCount: 1, wantFields: []string{"timeline.meetings[0].start"},
		wantParams: map[string]any{"Meeting": date("2027-04-20"), "After": date("2027-03-10"), "First": 1, "Before": 0}},

	// meetings.within-lifetime (lifetime 2027-03-10 to 2027-12-09)
	{rule: "meetings.within-lifetime", name: "clean", fire: false},
	{rule: "meetings.within-lifetime", name: "last meeting ends on the last day", mutate: func(p *forms.Proposal) {
		p.Timeline.Meetings[2] = forms.Event{Place: "Berlin", Start: date("2027-12-07"), End: date("2027-12-09")}
	}, fire: false},
	// Issue 19, item 7: a meeting after the lifetime ends.
	{rule: "meetings.within-lifetime", name: "meeting after the end", mutate: func(p *forms.Proposal) {
		p.Timeline.Meetings[2] = forms.Event{Place: "Berlin", Start: date("2028-01-10")}
	}, fire: true, wantSev: sev(Error), wantFields: []string{"timeline.meetings[2].start", "timeline.start", "timeline.durationMonths"},
		wantParams: map[string]any{"Number": 3, "Meeting": date("2028-01-10"), "End": date("2027-12-09")}},
	{rule: "meetings.within-lifetime", name: "meeting running past the end", mutate: func(p *forms.Proposal) {
		p.Timeline.Meetings[2] = forms.Event{Place: "Berlin", Start: date("2027-12-08"), End: date("2027-12-10")}
	}, fire: true, wantCount: 1},
	{rule: "meetings.within-lifetime", name: "no duration", mutate: func(p *forms.Proposal) {
		p.Timeline.DurationMonths = 0
		p.Timeline.Meetings[2] = forms.Event{Place: "Berlin", Start: date("2028-01-10")}
	}, fire: false},

	// tor.start (deciding meeting 2027-03-01 to 2027-03-10; the clean
	// proposal starts on its last day)
	{rule: "tor.start", name: "start on the meeting's last day: info", fire: true, wantSev: sev(Info),
		wantFields: []string{"timeline.start", "contribution.meeting.start"},
		wantParams: map[string]any{"Start": date("2027-03-10"), "Meeting": date("2027-03-01"), "MeetingEnd": date("2027-03-10"), "During": 1}},
	{rule: "tor.start", name: "start after the meeting", mutate: func(p *forms.Proposal) { p.Timeline.Start = date("2027-03-11") }, fire: false},
	// Issue 19, item 7: a lifetime that starts before the meeting deciding on it.
	{rule: "tor.start", name: "start before the meeting: error", mutate: func(p *forms.Proposal) { p.Timeline.Start = date("2027-02-28") }, fire: true,
		wantSev: sev(Error), wantParams: map[string]any{"Start": date("2027-02-28"), "During": 0}},
	{rule: "tor.start", name: "between meetings", mutate: func(p *forms.Proposal) {
		p.Contribution.Route = forms.BetweenMeetings
		p.Timeline.Start = date("2027-02-28")
	}, fire: false},
	{rule: "tor.start", name: "one-day meeting, start that day", mutate: func(p *forms.Proposal) {
		p.Contribution.Meeting.End = forms.Date{}
		p.Timeline.Start = date("2027-03-01")
	}, fire: true, wantSev: sev(Info), wantParams: map[string]any{"MeetingEnd": date("2027-03-01"), "During": 1}},

	// financing.stated
	{rule: "financing.stated", name: "clean", fire: false},
	{rule: "financing.stated", name: "financing missing", mutate: func(p *forms.Proposal) { p.FocusGroup.Financing = "" }, fire: true, wantFields: []string{"focusGroup.financing"}},
	{rule: "financing.stated", name: "both missing", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Financing = ""
		p.FocusGroup.AdminSupport = ""
	}, fire: true, wantFields: []string{"focusGroup.financing", "focusGroup.administrativeSupport"}},

	// language.parent
	{rule: "language.parent", name: "English", fire: false},
	{rule: "language.parent", name: "Chinese in Chinese", mutate: func(p *forms.Proposal) { p.FocusGroup.WorkingLanguage = "英文和中文" }, fire: false},
	{rule: "language.parent", name: "French in French", mutate: func(p *forms.Proposal) { p.FocusGroup.WorkingLanguage = "Français" }, fire: false},
	{rule: "language.parent", name: "not stated", mutate: func(p *forms.Proposal) { p.FocusGroup.WorkingLanguage = "" }, fire: true, wantSev: sev(Info),
		wantFields: []string{"focusGroup.workingLanguage"}, wantParams: map[string]any{"Language": ""}},
	{rule: "language.parent", name: "not official", mutate: func(p *forms.Proposal) { p.FocusGroup.WorkingLanguage = "Esperanto" }, fire: true,
		wantParams: map[string]any{"Language": "Esperanto"}},

	// cover.required
	{rule: "cover.required", name: "clean", fire: false},
	{rule: "cover.required", name: "between meetings, no meeting", mutate: func(p *forms.Proposal) {
		p.Contribution.Route = forms.BetweenMeetings
		p.Contribution.Meeting = forms.Event{}
	}, fire: false},
	{rule: "cover.required", name: "no title", mutate: func(p *forms.Proposal) { p.Contribution.Title = "" }, fire: true,
		wantFields: []string{"contribution.title"}, wantParams: map[string]any{"Count": 1}},
	{rule: "cover.required", name: "empty cover", mutate: func(p *forms.Proposal) { p.Contribution = forms.Contribution{} }, fire: true,
		wantFields: []string{"contribution.title", "contribution.source", "contribution.parentGroup.kind", "contribution.route", "contribution.studyPeriod"},
		wantParams: map[string]any{"Count": 5}},
	{rule: "cover.required", name: "study group without number", mutate: func(p *forms.Proposal) { p.Contribution.ParentGroup.Number = 0 }, fire: true,
		wantFields: []string{"contribution.parentGroup.number"}},
	{rule: "cover.required", name: "meeting without date", mutate: func(p *forms.Proposal) { p.Contribution.Meeting.Start = forms.Date{} }, fire: true,
		wantFields: []string{"contribution.meeting.start"}},

	// cover.contact
	{rule: "cover.contact", name: "clean", fire: false},
	{rule: "cover.contact", name: "no contact", mutate: func(p *forms.Proposal) { p.Contribution.Contacts = nil }, fire: true, wantFields: []string{"contribution.contacts"}},
	{rule: "cover.contact", name: "bad e-mail", mutate: func(p *forms.Proposal) { p.Contribution.Contacts[0].Email = "li.wei@example" }, fire: true,
		wantCount: 2, wantFields: []string{"contribution.contacts[0].email"}},
	{rule: "cover.contact", name: "bad second address", mutate: func(p *forms.Proposal) {
		p.Contribution.Contacts = append(p.Contribution.Contacts, forms.Contact{Name: "X Y", Organization: "Z", Country: "DE", Email: "x.y at example.org"})
	}, fire: true, wantCount: 1, wantSev: sev(Warning), wantFields: []string{"contribution.contacts[1].email"},
		wantParams: map[string]any{"Number": 2, "Email": "x.y at example.org"}},
	{rule: "cover.contact", name: "no country, no name", mutate: func(p *forms.Proposal) {
		p.Contribution.Contacts[0].Country = ""
		p.Contribution.Contacts[0].Name = ""
	}, fire: true, wantFields: []string{"contribution.contacts[0].name", "contribution.contacts[0].country"}},
	{rule: "cover.contact", name: "second contact complete", mutate: func(p *forms.Proposal) {
		p.Contribution.Contacts = append([]forms.Contact{{Name: "X Y"}}, p.Contribution.Contacts...)
	}, fire: false},

	// text.placeholder
	{rule: "text.placeholder", name: "clean", fire: false},
	{rule: "text.placeholder", name: "background TBD", mutate: func(p *forms.Proposal) { p.FocusGroup.Background = "TBD" }, fire: true,
		wantSev: sev(Warning), wantFields: []string{"focusGroup.background"},
		wantParams: map[string]any{"Fields": []string{"focusGroup.background"}, "Text": "TBD", "Little": 0}},
	{rule: "text.placeholder", name: "lorem ipsum after a real sentence", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Background += " Lorem ipsum dolor sit amet."
	}, fire: true, wantFields: []string{"focusGroup.background"}},
	{rule: "text.placeholder", name: "a supporter's notes repeated", mutate: func(p *forms.Proposal) { p.Supporters[0].Notes = strings.Repeat("TBD ", 10) }, fire: true,
		wantFields: []string{"supporters[0].notes"}},
	{rule: "text.placeholder", name: "one-letter keyword", mutate: func(p *forms.Proposal) { p.Contribution.Keywords = append(p.Contribution.Keywords, "x") }, fire: true,
		wantFields: []string{"contribution.keywords[3]"}, wantParams: map[string]any{"Text": "x", "Little": 1}},
	{rule: "text.placeholder", name: "placeholders in the six languages", mutate: func(p *forms.Proposal) {
		p.FocusGroup.Background = "待补充"
		p.GapAnalysis.Summary = "À compléter"
		p.Supporters[0].Notes = "Por determinar"
		p.Supporters[1].Notes = "Уточняется"
		p.Supporters[2].Notes = "يُحدد لاحقاً"
		p.Supporters[3].Notes = "To be confirmed"
	}, fire: true, wantCount: 6},
	// One problem, one finding: a field a rule requires is that rule's.
	{rule: "text.placeholder", name: "interest TBD is criteria.interest's", mutate: func(p *forms.Proposal) { p.FocusGroup.Interest = "TBD" }, fire: false},
	{rule: "text.placeholder", name: "a TBD supporter is criteria.support's", mutate: setSupporter(3, func(s *forms.Supporter) { s.Entity = "TBD" }), fire: false},
	{rule: "text.placeholder", name: "codes are not free text", mutate: func(p *forms.Proposal) { p.Contribution.StudyPeriod = "x" }, fire: false},

	// translation.missing
	{rule: "translation.missing", name: "no export language", fire: false},
	{rule: "translation.missing", name: "export in the draft's language", opt: func(o *Options) { o.ExportLang = forms.English }, fire: false},
	{rule: "translation.missing", name: "export in French, one field", mutate: func(p *forms.Proposal) {
		for _, f := range p.TextFields() {
			if f.Get() != "" && f.Path != "focusGroup.scope" {
				p.SetTranslation(f, forms.French, "fr: "+f.Get())
			}
		}
	}, opt: func(o *Options) { o.ExportLang = forms.French }, fire: true,
		wantFields: []string{"focusGroup.scope"},
		wantParams: map[string]any{"Count": 1, "Language": forms.French, "Steps": []StepCount{{Step: forms.StepTerms, Count: 1}}}},
	{rule: "translation.missing", name: "stale translation is reported", mutate: func(p *forms.Proposal) {
		for _, f := range p.TextFields() {
			if f.Get() != "" {
				p.SetTranslation(f, forms.French, "fr: "+f.Get())
			}
		}
		p.FocusGroup.Scope += " Changed."
	}, opt: func(o *Options) { o.ExportLang = forms.French }, fire: true,
		wantFields: []string{"focusGroup.scope"},
		wantParams: map[string]any{"Count": 1, "Language": forms.French, "Steps": []StepCount{{Step: forms.StepTerms, Count: 1}}, "Stale": 1}},
	{rule: "translation.missing", name: "export in Arabic, nothing translated", opt: func(o *Options) { o.ExportLang = forms.Arabic }, fire: true},
}

func runCase(tc ruleCase) []Finding {
	p := cleanProposal()
	if tc.mutate != nil {
		tc.mutate(p)
	}
	opt := testOptions()
	if tc.opt != nil {
		tc.opt(&opt)
	}
	return Validate(p, opt)
}

func TestRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			all := runCase(tc)
			got := findingsOf(all, tc.rule)
			if !tc.fire {
				if len(got) > 0 {
					t.Fatalf("fired: %+v", got)
				}
				return
			}
			if len(got) == 0 {
				t.Fatalf("did not fire; findings: %+v", all)
			}
			if tc.wantCount > 0 && len(got) != tc.wantCount {
				t.Errorf("%d findings, want %d: %+v", len(got), tc.wantCount, got)
			}
			f := got[0]
			r, _ := RuleByID(tc.rule)
			want := r.Severity
			if tc.wantSev != nil {
				want = *tc.wantSev
			}
			if f.Severity != want {
				t.Errorf("severity %v, want %v", f.Severity, want)
			}
			if tc.wantClause != "" && f.Clause != tc.wantClause {
				t.Errorf("clause %q, want %q", f.Clause, tc.wantClause)
			}
			if tc.wantFields != nil && !equalStrings(f.Fields, tc.wantFields) {
				t.Errorf("fields %q, want %q", f.Fields, tc.wantFields)
			}
			for k, v := range tc.wantParams {
				if !reflect.DeepEqual(f.Params[k], v) {
					t.Errorf("param %s = %#v, want %#v", k, f.Params[k], v)
				}
			}
			for _, g := range got {
				checkFinding(t, g)
			}
		})
	}
}

// checkFinding checks what every finding must have: a known rule, its
// clause, at least one field path the GUI can jump to, params of the
// documented types only.
func checkFinding(t *testing.T, f Finding) {
	t.Helper()
	if _, ok := RuleByID(f.Rule); !ok {
		t.Errorf("unknown rule %q", f.Rule)
	}
	if f.Clause == "" {
		t.Errorf("%s: no clause", f.Rule)
	}
	if len(f.Fields) == 0 {
		t.Errorf("%s: no fields", f.Rule)
	}
	for _, p := range f.Fields {
		if p == "" || strings.ContainsAny(p, " \t") {
			t.Errorf("%s: bad field path %q", f.Rule, p)
		}
	}
	for k, v := range f.Params {
		switch v.(type) {
		case string, int, forms.Date, []string, forms.Lang, CountryCode, []StepCount:
		default:
			t.Errorf("%s: param %s has type %T", f.Rule, k, v)
		}
	}
	if c, ok := f.Params["Count"]; ok {
		if _, isInt := c.(int); !isInt {
			t.Errorf("%s: Count is %T, not int", f.Rule, c)
		}
	}
}

// Every rule of the catalogue has a case that fires and one that does not.
func TestRuleCasesCoverCatalogue(t *testing.T) {
	fires, quiet := map[string]bool{}, map[string]bool{}
	for _, tc := range ruleCases {
		if _, ok := RuleByID(tc.rule); !ok {
			t.Errorf("case %q: unknown rule %q", tc.name, tc.rule)
		}
		if tc.fire {
			fires[tc.rule] = true
		} else {
			quiet[tc.rule] = true
		}
	}
	for _, r := range Catalogue() {
		if !fires[r.ID] {
			t.Errorf("%s: no case that fires", r.ID)
		}
		if !quiet[r.ID] {
			t.Errorf("%s: no case that does not fire", r.ID)
		}
	}
}

// The catalogue has exactly the rules of a7-rules.md, in its order.
func TestCatalogue(t *testing.T) {
	want := []struct {
		id, clause string
		sev        Severity
	}{
		{"criteria.interest", "2.1", Error},
		{"criteria.no-duplication", "2.1", Error},
		{"criteria.covered-elsewhere", "2.1", Error},
		{"criteria.support", "2.1", Error},
		{"supporters.country", "2.1", Error},
		{"criteria.other-mechanisms", "2.1", Error},
		{"parent.multi-group", "2.1 b)", Error},
		{"parent.consultation", "2.1 a)", Warning},
		{"parent.designation", "2.1 b)", Warning},
		{"deadline.contribution", "2.1.1.1", Error},
		{"deadline.translation", "A.1", Info},
		{"route.between-meetings.policy", "2.1.1.2", Error},
		{"route.between-meetings.urgency", "2.1.1.2", Error},
		{"route.between-meetings.comments", "2.1.1.2", Info},
		{"route.revision", "2.1.1.1", Info},
		{"tor.scope", "2.2", Error},
		{"tor.action-plan", "2.2", Error},
		{"tor.deliverables", "2.2", Error},
		{"tor.timeline", "2.2", Error},
		{"tor.duration", "2.2", Error},
		{"tor.parent-relationship", "2.2", Error},
		{"tor.relationships", "2.2", Error},
		{"tor.urgency", "2.2", Error},
		{"tor.why-not-study-groups", "2.2", Error},
		{"deliverable.type", "8", Error},
		{"deliverable.within-duration", "8", Error},
		{"deliverable.submission-deadline", "8", Warning},
		{"deliverable.target-group", "8", Info},
		{"deliverable.recommendation-form", "8", Info},
		{"leadership.chair", "2.3", Error},
		{"leadership.vice-chair", "2.3", Warning},
		{"leadership.vice-chair-member", "2.3", Info},
		{"participation.members-only", "3.1", Warning},
		{"progress.reports", "3.6", Info},
		{"meetings.announcement", "3.5", Error},
		{"meetings.within-lifetime", "2.2", Error},
		{"tor.start", "2.1.1.1", Error},
		{"financing.stated", "4", Warning},
		{"language.parent", "3.2", Info},
		{"cover.required", "2.1.1.1", Error},
		{"cover.contact", "2.1.1.1", Error},
		{"text.placeholder", "2.1.1.1", Warning},
		{"translation.missing", "2.1.1.1", Warning},
	}
	got := Catalogue()
	if len(got) != len(want) {
		t.Fatalf("%d rules, want %d", len(got), len(want))
	}
	for i, w := range want {
		r := got[i]
		if r.ID != w.id || r.Clause != w.clause || r.Severity != w.sev || r.check == nil {
			t.Errorf("rule %d: %s %s %v, want %s %s %v", i, r.ID, r.Clause, r.Severity, w.id, w.clause, w.sev)
		}
	}
	// Catalogue hands out copies.
	got[0].ID = "changed"
	if Catalogue()[0].ID != "criteria.interest" {
		t.Error("Catalogue returned shared state")
	}
}

func TestCleanProposal(t *testing.T) {
	p := cleanProposal()
	for _, f := range Validate(p, testOptions()) {
		if f.Severity != Info {
			t.Errorf("clean proposal: %s %s %v %v", f.Severity, f.Rule, f.Fields, f.Params)
		}
	}
	// Validate leaves the proposal alone.
	if !reflect.DeepEqual(p, cleanProposal()) {
		t.Error("Validate changed the proposal")
	}
}

func TestValidateOrder(t *testing.T) {
	p := cleanProposal()
	p.FocusGroup.Interest = ""                   // error, rule 0
	p.GapAnalysis.Entries[0].Coverage = "full"   // warning, rule 2
	p.Timeline.DurationMonths = 10               // warning (tor.duration, usually error)
	p.Leadership.Chair.Category = forms.Academia // error
	p.FocusGroup.Scope = ""                      // error
	fs := Validate(p, testOptions())
	index := map[string]int{}
	for i, r := range Catalogue() {
		index[r.ID] = i
	}
	for i := 1; i < len(fs); i++ {
		a, b := fs[i-1], fs[i]
		if a.Severity < b.Severity || (a.Severity == b.Severity && index[a.Rule] > index[b.Rule]) {
			t.Errorf("out of order: %s %s before %s %s", a.Severity, a.Rule, b.Severity, b.Rule)
		}
	}
	if fs[0].Rule != "criteria.interest" || fs[0].Severity != Error {
		t.Errorf("first finding %s %s", fs[0].Severity, fs[0].Rule)
	}
}

func TestValidateTodayDefault(t *testing.T) {
	p := cleanProposal()
	p.Contribution.SubmissionDate = forms.Date{}
	p.Contribution.Meeting.Start = forms.Today().AddDays(SubmissionLeadDays + 3)
	fs := findingsOf(Validate(p, Options{}), "deadline.contribution")
	if len(fs) != 1 || fs[0].Severity != Info || fs[0].Params["Count"] != 3 {
		t.Errorf("zero Today must mean the machine's date: %+v", fs)
	}
}

func TestRuleCheck(t *testing.T) {
	r, _ := RuleByID("tor.scope")
	p := cleanProposal()
	if fs := r.Check(p, testOptions()); len(fs) != 0 {
		t.Errorf("clean: %+v", fs)
	}
	p.FocusGroup.Scope = ""
	if fs := r.Check(p, testOptions()); len(fs) != 1 || fs[0].Rule != "tor.scope" {
		t.Errorf("no scope: %+v", fs)
	}
}

var update = flag.Bool("update", false, "rewrite testdata/findings.golden.json")

// goldenFinding is a finding as testdata/findings.golden.json keeps it, with
// each param's Go type, so that the locales tests can rebuild the finding
// and render it in every language.
type goldenFinding struct {
	Case     string                 `json:"case"`
	Rule     string                 `json:"rule"`
	Severity Severity               `json:"severity"`
	Clause   string                 `json:"clause"`
	Fields   []string               `json:"fields"`
	Params   map[string]goldenParam `json:"params"`
}

type goldenParam struct {
	Type  string `json:"type"` // string, int, date, list, lang, steps
	Value any    `json:"value"`
}

// TestFindingsGolden keeps every finding the rule cases produce in
// testdata/findings.golden.json (go test -run FindingsGolden -update
// rewrites it). The locales tests render each of them in the six languages.
func TestFindingsGolden(t *testing.T) {
	var out []goldenFinding
	seen := map[string]bool{}
	for _, tc := range ruleCases {
		for _, f := range runCase(tc) {
			g := goldenFinding{Case: tc.rule + "/" + tc.name, Rule: f.Rule, Severity: f.Severity, Clause: f.Clause,
				Fields: f.Fields, Params: map[string]goldenParam{}}
			for k, v := range f.Params {
				switch v := v.(type) {
				case string:
					g.Params[k] = goldenParam{"string", v}
				case int:
					g.Params[k] = goldenParam{"int", v}
				case forms.Date:
					g.Params[k] = goldenParam{"date", v.String()}
				case []string:
					g.Params[k] = goldenParam{"list", v}
				case forms.Lang:
					g.Params[k] = goldenParam{"lang", string(v)}
				case CountryCode:
					g.Params[k] = goldenParam{"country", string(v)}
				case []StepCount:
					g.Params[k] = goldenParam{"steps", v}
				default:
					t.Fatalf("%s: param %s of type %T", f.Rule, k, v)
				}
			}
			key, _ := json.Marshal(struct {
				R string
				S Severity
				F []string
				P map[string]goldenParam
			}{g.Rule, g.Severity, g.Fields, g.Params})
			if seen[string(key)] {
				continue
			}
			seen[string(key)] = true
			out = append(out, g)
		}
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	const path = "testdata/findings.golden.json"
	if *update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile(path)
	if err != nil || string(old) != string(data) {
		t.Errorf("%s is out of date: run go test ./forms/a7 -run FindingsGolden -update (%v)", path, err)
	}
}

func ExampleValidate() {
	p := cleanProposal()
	p.Supporters[3].Category = forms.NonMember
	for _, f := range Validate(p, Options{Today: forms.NewDate(2027, 1, 4)}) {
		if f.Severity == Error {
			fmt.Println(f.Rule, f.Clause, f.Fields, f.Params["Count"])
		}
	}
	// Output:
	// criteria.support 2.1 [supporters supporters[3].category supporters[4].category] 1
}

// docs/rules.md documents every rule of the catalogue.
func TestRulesDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Catalogue() {
		if !strings.Contains(string(doc), "| `"+r.ID+"` | "+r.Severity.String()) {
			t.Errorf("docs/rules.md has no row for %s (%s)", r.ID, r.Severity)
		}
	}
}
