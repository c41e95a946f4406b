package export

import (
	"fmt"
	"slices"
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// ---------------------------------------------------------------- 1 introduction

func (b *builder) introduction() Section {
	s := Section{ID: SecIntroduction, Level: 1, Title: title("1", b.t("doc.sec.introduction"))}
	s.Blocks = append(s.Blocks, b.para("doc.intro.lead"))
	s.Blocks = append(s.Blocks, b.text(forms.FGBackground)...)
	return s
}

// ---------------------------------------------------------------- 2 proposal

func (b *builder) proposal() Section {
	s := Section{ID: SecProposal, Level: 1, Title: title("2", b.t("doc.sec.proposal"))}
	c := &b.p.Contribution
	fg := &b.p.FocusGroup
	// The opening sentence says which group is to be the parent: the group
	// addressed, or what TSAG is asked to do (A.7 2.1 b).
	variant, designated := "", 0
	if c.ParentGroup.Kind == forms.TSAG {
		switch d := fg.DesignatedParent; {
		case d.Kind == forms.StudyGroup && d.Number > 0:
			variant, designated = ".designate", d.Number
		case d.Kind != forms.TSAG:
			variant = ".open"
		}
	}
	if forms.Applies(b.p, forms.ContribPostingDate) { // between meetings
		s.Blocks = append(s.Blocks,
			b.para("doc.proposal.between"+variant, "Clause", b.betweenClause(), "Number", designated),
			b.para("doc.proposal.betweenNote"))
		if !c.PostingDate.IsZero() {
			s.Blocks = append(s.Blocks, b.para("doc.proposal.commentPeriod",
				"Posting", b.loc.Date(c.PostingDate), "End", b.loc.Date(a7.CommentPeriodEnd(c.PostingDate))))
		}
		if forms.Applies(b.p, forms.ContribUrgentMarketNeed) && !forms.Blank(c.UrgentMarketNeed) {
			s.Blocks = append(s.Blocks, b.bold("doc.proposal.urgentNeed"))
			s.Blocks = append(s.Blocks, b.text(forms.ContribUrgentMarketNeed)...)
		}
	} else {
		var meeting string
		place := strings.TrimSpace(c.Meeting.Place)
		dates := b.dateRange(c.Meeting.Start, c.Meeting.End)
		switch {
		case place != "" && dates != "":
			meeting = b.t("doc.proposal.meeting", "Place", place, "Dates", dates)
		case dates != "":
			meeting = b.t("doc.proposal.meetingDates", "Dates", dates)
		default:
			meeting = b.t("doc.proposal.nextMeeting")
		}
		s.Blocks = append(s.Blocks, b.para("doc.proposal.atMeeting"+variant, "Meeting", meeting, "Number", designated))
	}
	s.Blocks = append(s.Blocks, b.otherGroups()...)
	im := &fg.Implications
	if im.Policy || im.Strategic || !forms.Blank(im.Statement) {
		s.Blocks = append(s.Blocks, b.bold("doc.proposal.implications"))
		if im.Policy {
			s.Blocks = append(s.Blocks, b.para("doc.proposal.policy"))
		} else {
			s.Blocks = append(s.Blocks, b.para("doc.proposal.noPolicy"))
		}
		if im.Strategic {
			s.Blocks = append(s.Blocks, b.para("doc.proposal.strategic"))
		}
		if !forms.Blank(im.Statement) {
			s.Blocks = append(s.Blocks, b.text(forms.FGImplicationsStatement)...)
		}
	}
	return s
}

// otherGroups says what the proposer answered about the other study groups:
// per listed group, whether the topic falls within its mandate or only
// affects its work (A.7 2.1 a/b).
func (b *builder) otherGroups() []Block {
	c := &b.p.Contribution
	fg := &b.p.FocusGroup
	var out []Block
	var mandate, affected []string
	for _, g := range fg.AffectedGroups {
		if g.Number <= 0 {
			continue
		}
		name := b.t("doc.group.sg.full", "Number", g.Number)
		switch {
		case g.WithinMandate:
			mandate = append(mandate, name)
		case g.ChairConsulted:
			affected = append(affected, b.t("doc.proposal.consulted", "Group", name))
		default:
			affected = append(affected, b.t("doc.proposal.notConsulted", "Group", name))
		}
	}
	switch {
	case len(mandate) > 0 && c.ParentGroup.Kind == forms.StudyGroup:
		out = append(out, b.para("doc.proposal.alsoWithinMandate"), List{Items: mandate})
	case len(mandate) > 0:
		out = append(out, b.para("doc.proposal.withinMandate"), List{Items: mandate})
	case fg.MultiGroupMandate:
		out = append(out, b.para("doc.proposal.multiMandate"))
	}
	if len(affected) > 0 {
		out = append(out, b.para("doc.proposal.affectsWork"), List{Items: affected})
	}
	return out
}

// ---------------------------------------------------------------- 3 justification

func (b *builder) justification() Section {
	s := Section{ID: SecJustification, Level: 1, Title: title("3", b.t("doc.sec.justification"))}
	s.Blocks = append(s.Blocks, b.para("doc.just.lead"))

	interest := Section{ID: "justification-interest", Level: 2, Title: title("3.1", b.t("doc.sec.just.interest"))}
	interest.Blocks = append(interest.Blocks, b.para("doc.just.interest.criterion"))
	interest.Blocks = append(interest.Blocks, b.text(forms.FGInterest)...)

	dup := Section{ID: "justification-no-duplication", Level: 2, Title: title("3.2", b.t("doc.sec.just.noDuplication"))}
	dup.Blocks = append(dup.Blocks, b.para("doc.just.noDuplication.criterion"))
	dup.Blocks = append(dup.Blocks, b.text(forms.GapSummary)...)
	dup.Blocks = append(dup.Blocks, b.para("doc.just.noDuplication.see"))

	sup := Section{ID: "justification-support", Level: 2, Title: title("3.3", b.t("doc.sec.just.support"))}
	sup.Blocks = append(sup.Blocks, b.para("doc.just.support.criterion"))
	sup.Blocks = append(sup.Blocks, b.supportCount()...)
	sup.Blocks = append(sup.Blocks, b.para("doc.just.support.see"))

	other := Section{ID: "justification-other-mechanisms", Level: 2, Title: title("3.4", b.t("doc.sec.just.otherMechanisms"))}
	other.Blocks = append(other.Blocks, b.para("doc.just.otherMechanisms.criterion"))
	other.Blocks = append(other.Blocks, b.text(forms.FGAlternatives)...)

	s.Sub = []Section{interest, dup, sup, other}
	return s
}

// supportCount is the support-count sentence of A.7 clause 2.1 and, when
// listed entities do not count, the sentence that says so.
func (b *builder) supportCount() []Block {
	sc := a7.CountSupport(b.src)
	out := []Block{Paragraph{Text: b.n("doc.just.support.count", len(sc.Members), "Countries", len(sc.Countries))}}
	if n := len(sc.NonMembers) + len(sc.Uncommitted); n > 0 {
		out = append(out, Paragraph{Text: b.n("doc.just.support.notCounted", n)})
	}
	return out
}

// ---------------------------------------------------------------- 4 gap analysis

func (b *builder) gapAnalysis() Section {
	s := Section{ID: SecGapAnalysis, Level: 1, Title: title("4", b.t("doc.sec.gapAnalysis"))}
	s.Blocks = append(s.Blocks, b.para("doc.gap.lead"))
	g := &b.p.GapAnalysis
	if len(g.Entries) == 0 {
		s.Blocks = append(s.Blocks, b.para("doc.gap.none"))
	} else {
		t := Table{
			Header: []string{b.t("doc.gap.col.body"), b.t("doc.gap.col.kind"), b.t("doc.gap.col.work"),
				b.t("doc.gap.col.coverage"), b.t("doc.gap.col.gap")},
			Weights: []float64{2, 1.6, 3.3, 1.8, 3.3},
		}
		for _, e := range g.Entries {
			t.Rows = append(t.Rows, []string{
				orMissing(b, e.Body),
				b.valueLabel("bodyKind", string(e.Kind)),
				orMissing(b, e.Work),
				b.valueLabel("coverage", string(e.Coverage)),
				orMissing(b, e.Gap),
			})
		}
		s.Blocks = append(s.Blocks, t)
	}
	if !forms.Blank(g.NoOtherWork) {
		s.Blocks = append(s.Blocks, b.bold("doc.gap.noOtherWork"))
		s.Blocks = append(s.Blocks, b.text(forms.GapNoOtherWork)...)
	}
	s.Blocks = append(s.Blocks, b.bold("doc.gap.summary"))
	s.Blocks = append(s.Blocks, b.text(forms.GapSummary)...)
	return s
}

// ---------------------------------------------------------------- 5 supporters

func (b *builder) supporters() Section {
	s := Section{ID: SecSupporters, Level: 1, Title: title("5", b.t("doc.sec.supporters"))}
	var rows, fields [][]string
	for i, sp := range b.p.Supporters {
		if forms.Blank(sp.Entity) {
			continue
		}
		// the free text printed as typed (empty when blank), which a Word
		// file's edits can give back: the name and the notes
		fields = append(fields, []string{forms.SupporterEntity.At(i).Path(), "", "", "", "", forms.SupporterNotes.At(i).Path()})
		committed := b.t("doc.sup.notCommitted")
		if sp.Committed {
			committed = b.t("doc.sup.committed")
		}
		rows = append(rows, []string{
			strings.TrimSpace(sp.Entity),
			b.valueLabel("category", string(sp.Category)),
			b.country(sp.Country),
			strings.TrimSpace(sp.Contact),
			committed,
			strings.TrimSpace(sp.Notes),
		})
	}
	if len(rows) == 0 {
		s.Blocks = append(s.Blocks, b.para("doc.sup.none"))
	} else {
		s.Blocks = append(s.Blocks, b.para("doc.sup.lead"), Table{
			Header: []string{b.t("doc.sup.col.entity"), b.t("doc.sup.col.category"), b.t("doc.sup.col.country"),
				b.t("doc.sup.col.contact"), b.t("doc.sup.col.committed"), b.t("doc.sup.col.notes")},
			Weights: []float64{2.4, 2.2, 1.8, 2.2, 1.7, 2.5},
			Rows:    rows,
			Fields:  fields,
		})
	}
	s.Blocks = append(s.Blocks, b.supportCount()...)
	return s
}

// country names a country in the document language by the ITU name of the
// Member State it counts under (a territory prints its Member State, as the
// support is counted), or says none. A value that is no country code is
// printed as typed: the delegation sees what it wrote, and supporters.country
// has already stopped the draft from being ready to file.
func (b *builder) country(code string) string {
	if strings.TrimSpace(code) == "" {
		return b.t("doc.none")
	}
	return b.loc.MemberStateName(code)
}

// ---------------------------------------------------------------- 6 timeline

// event is one dated line of the timeline table.
type event struct {
	start, end forms.Date
	text       string
}

func (b *builder) timeline() Section {
	s := Section{ID: SecTimeline, Level: 1, Title: title("6", b.t("doc.sec.timeline"))}
	t := &b.p.Timeline
	end := t.End()
	if end.IsZero() {
		s.Blocks = append(s.Blocks, b.para("doc.time.noLifetime"))
	} else {
		s.Blocks = append(s.Blocks, Paragraph{Text: b.n("doc.time.lifetime", t.DurationMonths,
			"Start", b.loc.Date(t.Start), "End", b.loc.Date(end))})
	}

	chart := b.chart()
	if len(chart.Lanes) > 0 {
		s.Blocks = append(s.Blocks, b.para("doc.time.chartLead"), chart)
	}

	var events []event
	add := func(start, end forms.Date, text string) {
		events = append(events, event{start, end, text})
	}
	if !end.IsZero() {
		add(t.Start, forms.Date{}, b.t("doc.event.start"))
	}
	meetings := func(event string, list []forms.Event) {
		for _, m := range list {
			if m.Start.IsZero() {
				continue
			}
			if place := strings.TrimSpace(m.Place); place != "" {
				add(m.Start, m.End, b.t(event, "Place", place))
			} else {
				add(m.Start, m.End, b.t(event+"NoPlace"))
			}
		}
	}
	meetings("doc.event.fgMeeting", t.Meetings)
	meetings("doc.event.parentMeeting", t.ParentMeetings)
	for _, d := range b.p.FocusGroup.Deliverables {
		if !d.Due.IsZero() {
			add(d.Due, forms.Date{}, b.t("doc.event.deliverable", "Title", orMissing(b, strings.TrimSpace(d.Title))))
		}
	}
	for _, x := range b.deadline {
		from := b.loc.Date(x.From)
		switch x.Kind {
		case a7.DeadlineEnd:
			add(x.Date, forms.Date{}, b.t("doc.event.end"))
		case a7.DeadlineSubmission:
			add(x.Date, forms.Date{}, b.t("doc.event.submission"))
		case a7.DeadlineTranslation:
			add(x.Date, forms.Date{}, b.t("doc.event.translation"))
		case a7.DeadlineCommentsEnd:
			add(x.Date, forms.Date{}, b.t("doc.event.commentEnd"))
		case a7.DeadlineProgressReport:
			add(x.Date, forms.Date{}, b.t("doc.event.progressReport", "Date", from))
		case a7.DeadlineHandOver:
			add(x.Date, forms.Date{}, b.t("doc.event.handOver", "Date", from))
		case a7.DeadlineAnnouncement:
			add(x.Date, forms.Date{}, b.t("doc.event.announcement", "Date", from))
		}
	}

	slices.SortStableFunc(events, func(x, y event) int { return x.start.Compare(y.start) })
	if len(events) > 0 {
		tb := Table{Header: []string{b.t("doc.time.col.date"), b.t("doc.time.col.event")}, Weights: []float64{1, 3}}
		for _, e := range events {
			tb.Rows = append(tb.Rows, []string{b.dateRange(e.start, e.end), e.text})
		}
		s.Blocks = append(s.Blocks, tb)
	}
	return s
}

// itemNum is "A.3" style numbering.
func itemNum(prefix string, i int) string { return fmt.Sprintf("%s.%d", prefix, i) }
