package export

import (
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// ---------------------------------------------------------------- annex A: terms of reference

// annexA is the draft terms of reference: what the proposer wrote, then the
// working procedures every focus group follows, in the project's own words.
func (b *builder) annexA() Section {
	s := Section{ID: SecAnnexA, Level: 1, Title: b.t("doc.sec.annexA")}
	s.Blocks = append(s.Blocks, b.para("doc.annexA.lead"))
	fg := &b.p.FocusGroup
	n := 0
	sub := func(id, key string, blocks ...Block) {
		n++
		s.Sub = append(s.Sub, Section{ID: "annex-a-" + id, Level: 2, Title: title(itemNum("A", n), b.t(key)), Blocks: blocks})
	}
	cat := func(parts ...[]Block) []Block {
		var out []Block
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	one := func(bl ...Block) []Block { return bl }

	sub("background", "doc.tor.background", b.text(forms.FGBackground)...)
	sub("scope", "doc.tor.scope", b.text(forms.FGScope)...)
	sub("action-plan", "doc.tor.actionPlan", b.text(forms.FGActionPlan)...)
	sub("deliverables", "doc.tor.deliverables", b.deliverables()...)
	sub("duration", "doc.tor.duration", b.duration()...)
	sub("relationships", "doc.tor.relationships", b.relationships()...)
	sub("urgency", "doc.tor.urgency", b.text(forms.FGUrgency)...)
	sub("why-not-study-groups", "doc.tor.whyNot", b.text(forms.FGWhyNotStudyGroups)...)
	sub("leadership", "doc.tor.leadership", b.leadership()...)

	participation := one(b.para("doc.tor.participation.open"))
	if fg.Implications.Strategic {
		participation = append(participation, b.para("doc.tor.participation.members"))
	}
	participation = append(participation, b.para("doc.tor.participation.expertise"))
	sub("participation", "doc.tor.participation", participation...)

	// The value goes inside a sentence that ends with its own full stop.
	if wl := strings.TrimRight(strings.TrimSpace(fg.WorkingLanguage), ".。"); wl != "" {
		sub("working-language", "doc.tor.workingLanguage",
			Paragraph{Text: b.t("doc.tor.workingLanguage.agreed", "Language", wl), Field: forms.FGWorkingLanguage.Path()})
	} else {
		sub("working-language", "doc.tor.workingLanguage", b.para("doc.tor.workingLanguage.open"))
	}
	sub("contributions", "doc.tor.contributions", b.para("doc.tor.contributions.text"))
	sub("guidelines", "doc.tor.guidelines", b.para("doc.tor.guidelines.text"))
	sub("announcements", "doc.tor.announcements", b.para("doc.tor.announcements.text"))
	sub("progress-reports", "doc.tor.progress", b.progressReports()...)
	sub("financing", "doc.tor.financing", cat(one(b.para("doc.tor.financing.text")), b.proposed(forms.FGFinancing))...)
	sub("administrative-support", "doc.tor.adminSupport", cat(one(b.para("doc.tor.adminSupport.text")), b.proposed(forms.FGAdminSupport))...)
	sub("logistics", "doc.tor.logistics", b.para("doc.tor.logistics.text"))
	sub("ipr", "doc.tor.ipr", b.para("doc.tor.ipr.text"))
	sub("approval", "doc.tor.approval", b.para("doc.tor.approval.text"))
	return s
}

// proposed is the proposer's own arrangements under a fixed clause, if any.
func (b *builder) proposed(f forms.Field[string]) []Block {
	if forms.Blank(f.Get(b.p)) {
		return nil
	}
	return append([]Block{b.bold("doc.tor.proposed")}, b.text(f)...)
}

func (b *builder) deliverables() []Block {
	ds := b.p.FocusGroup.Deliverables
	if len(ds) == 0 {
		return []Block{b.para("doc.deliv.none")}
	}
	t := Table{
		Header:  []string{b.t("doc.deliv.col.title"), b.t("doc.deliv.col.type"), b.t("doc.deliv.col.due"), b.t("doc.deliv.col.target")},
		Weights: []float64{4, 2.5, 1.5, 1.5},
	}
	rec := false
	for i, d := range ds {
		typ := b.valueLabel("deliverableType", string(d.Type))
		if d.Type == forms.OtherDeliverable && !forms.Blank(d.OtherType) {
			typ = b.t("doc.deliv.other", "Type", strings.TrimSpace(d.OtherType))
		}
		if r := strings.TrimSpace(d.IntendedRecommendation); r != "" {
			typ = b.t("doc.deliv.intended", "Type", typ, "Recommendation", r)
		}
		due := b.loc.Date(d.Due)
		if due == "" {
			due = b.t("doc.none")
		}
		t.Rows = append(t.Rows, []string{orMissing(b, d.Title), typ, due, b.targetGroup(d.TargetGroup)})
		t.Fields = append(t.Fields, []string{orNone(d.Title, forms.DeliverableTitle.At(i).Path()), "", "", ""})
		rec = rec || d.BecomesRecommendation()
	}
	out := []Block{t}
	if rec {
		out = append(out, b.para("doc.deliv.recForm"))
	}
	return out
}

// targetGroup is a deliverable's target group as ITU writes it in the
// document language ("SG13" is "CE 13" in French, "ИК13" in Russian,
// "第13研究组" in Chinese; "TSAG" is "GCNT" in French), or as the proposer
// wrote it when it names another body; "none" when blank.
func (b *builder) targetGroup(written string) string {
	if forms.Blank(written) {
		return b.t("doc.none")
	}
	g, ok := a7.ParseGroupName(written)
	switch {
	case ok && g.Kind == forms.StudyGroup:
		return b.loc.T("doc.group.sg.short", map[string]any{"Number": g.Number})
	case ok && g.Kind == forms.TSAG:
		return b.loc.T("doc.group.tsag.short")
	}
	return strings.TrimSpace(written)
}

func (b *builder) duration() []Block {
	t := &b.p.Timeline
	var out []Block
	if end := t.End(); !end.IsZero() {
		out = append(out, Paragraph{Text: b.n("doc.tor.duration.text", t.DurationMonths,
			"Start", b.loc.Date(t.Start), "End", b.loc.Date(end))})
	} else {
		out = append(out, b.para("doc.tor.duration.missing"))
	}
	return append(out, b.para("doc.tor.duration.extension"))
}

func (b *builder) relationships() []Block {
	fg := &b.p.FocusGroup
	out := []Block{b.parentIs()}
	out = append(out, b.bold("doc.tor.parentRelationship"))
	out = append(out, b.text(forms.FGParentRelationship)...)
	out = append(out, b.bold("doc.tor.others"))
	var items []string
	for _, r := range fg.Relationships {
		body, desc := strings.TrimSpace(r.Body), strings.Join(strings.Fields(r.Description), " ")
		switch {
		case body != "" && desc != "":
			items = append(items, b.t("doc.tor.relationshipItem", "Body", body, "Description", desc))
		case body != "":
			items = append(items, body)
		case desc != "":
			items = append(items, desc)
		}
	}
	switch {
	case len(items) > 0:
		out = append(out, List{Items: items})
	case fg.NoRelationships:
		out = append(out, b.para("doc.tor.noRelationships"))
	default:
		out = append(out, b.para("doc.missing"))
	}
	var mandate, affected []string
	for _, g := range fg.AffectedGroups {
		if g.Number <= 0 {
			continue
		}
		name := b.t("doc.group.sg.full", "Number", g.Number)
		if g.WithinMandate {
			mandate = append(mandate, name)
		} else {
			affected = append(affected, name)
		}
	}
	if len(mandate) > 0 {
		out = append(out, b.para("doc.tor.withinMandate", "Groups", b.loc.List(mandate)))
	}
	if len(affected) > 0 {
		out = append(out, b.para("doc.tor.affectsWork", "Groups", b.loc.List(affected)))
	}
	return out
}

// parentIs names the focus group's parent group: the group addressed, or for
// a proposal to TSAG the group the proposer asks TSAG to make the parent.
func (b *builder) parentIs() Paragraph {
	if b.p.Contribution.ParentGroup.Kind == forms.TSAG {
		switch d := b.p.FocusGroup.DesignatedParent; {
		case d.Kind == forms.StudyGroup && d.Number > 0:
			return b.para("doc.tor.parentIs.designated", "Number", d.Number)
		case d.Kind != forms.TSAG:
			return b.para("doc.tor.parentIs.open")
		}
	}
	return b.para("doc.tor.parentIs")
}

func (b *builder) leadership() []Block {
	l := &b.p.Leadership
	out := []Block{b.para("doc.tor.leadership.lead")}
	var items []string
	if l.Chair.IsZero() {
		items = append(items, b.t("doc.tor.noChair"))
	} else {
		items = append(items, b.t("doc.tor.chair", "Person", b.person(l.Chair)))
	}
	for _, v := range l.ViceChairs {
		if !v.IsZero() {
			items = append(items, b.t("doc.tor.viceChair", "Person", b.person(v)))
		}
	}
	out = append(out, List{Items: items})
	return append(out, b.para("doc.tor.leadership.rule"))
}

// person writes a nominee: "Name (Organization, category, Country)".
func (b *builder) person(n forms.Nominee) string {
	var details []string
	if s := strings.TrimSpace(n.Organization); s != "" {
		details = append(details, s)
	}
	if n.Category != "" {
		details = append(details, b.valueLabel("category", string(n.Category)))
	}
	if s := strings.TrimSpace(n.Country); s != "" {
		details = append(details, b.loc.MemberStateName(s))
	}
	name := strings.TrimSpace(n.Name)
	if name == "" {
		name = b.t("doc.missing")
	}
	if len(details) == 0 {
		return name
	}
	return b.t("doc.tor.person", "Name", name, "Details", strings.Join(details, b.loc.T("list.separator")))
}

func (b *builder) progressReports() []Block {
	out := []Block{b.para("doc.tor.progress.text")}
	var items []string
	for _, d := range b.deadline {
		if d.Kind == a7.DeadlineProgressReport {
			items = append(items, b.t("doc.tor.progress.item", "Due", b.loc.Date(d.Date), "Meeting", b.loc.Date(d.From)))
		}
	}
	if len(items) > 0 {
		out = append(out, b.para("doc.tor.progress.dates"), List{Items: items})
	}
	return out
}

// ---------------------------------------------------------------- annex B: compliance

// clauseRef is the short reference to the clause a rule stands on, in the
// way of ITU's texts: "A.7 clause 2.1.1.1"; a rule on another Recommendation as a
// whole names it alone ("A.1").
func (b *builder) clauseRef(clause string) string {
	if a7.IsA7Clause(clause) {
		return b.t("doc.annexB.clauseRef", "Rec", "A.7", "Clause", clause)
	}
	if rec, sub, ok := strings.Cut(clause, " "); ok && a7.IsA7Clause(sub) {
		return b.t("doc.annexB.clauseRef", "Rec", rec, "Clause", sub)
	}
	return clause
}

// compliance is the state of the draft against one rule, said to the
// meeting that considers the proposal: met, with the facts that show it
// where they tell (the support counted, the submission date), or for each
// finding a plain statement of what is not met or to be noted, in the
// document's language. Never the findings panel's sentences, which tell
// the proposer what to do and count the days left (issue 20, item 8).
func (b *builder) compliance(rule string, fs []a7.Finding) string {
	var parts []string
	for _, f := range fs {
		if f.Rule == "deadline.contribution" && f.Severity == a7.Info {
			if met := b.submittedInTime(); met != "" {
				return met
			}
		}
		parts = append(parts, b.t("doc.status."+f.Severity.String(), "Message", b.loc.FindingStatement("doc.annexB.state."+f.Rule, f)))
	}
	if len(parts) > 0 {
		return strings.Join(parts, " ")
	}
	switch rule {
	case "criteria.support":
		c := a7.CountSupport(b.p)
		return b.t("doc.status.metWith", "Message", b.t("doc.annexB.met.criteria.support", "Members", len(c.Members), "Countries", len(c.Countries)))
	case "deadline.contribution":
		if met := b.submittedInTime(); met != "" {
			return met
		}
	}
	return b.t("doc.status.met")
}

// submittedInTime says that the contribution was (or is to be) submitted by
// its deadline, with the date it gives; "" when it gives none or the route
// has no meeting.
func (b *builder) submittedInTime() string {
	c := &b.p.Contribution
	if !forms.Applies(b.p, forms.ContribMeetingStart) || c.Meeting.Start.IsZero() || c.SubmissionDate.IsZero() {
		return ""
	}
	deadline := a7.SubmissionDeadline(c.Meeting.Start)
	if c.SubmissionDate.After(deadline) {
		return ""
	}
	return b.t("doc.status.metWith", "Message", b.t("doc.annexB.met.deadline.contribution",
		"Submitted", b.loc.Date(c.SubmissionDate), "Deadline", b.loc.Date(deadline), "Meeting", b.loc.Date(c.Meeting.Start)))
}

// annexB is one row per rule of the catalogue with this draft's state: the
// requirement in the document's language, the stable rule ID under it as a
// reference, the clause the rule has for this draft (the one the findings
// name).
func (b *builder) annexB() Section {
	s := Section{ID: SecAnnexB, Level: 1, Title: b.t("doc.sec.annexB")}
	s.Blocks = append(s.Blocks, b.para("doc.annexB.lead", "Date", b.loc.Date(b.opt.Today)))
	byRule := map[string][]a7.Finding{}
	errs, warns := 0, 0
	for _, f := range b.findings {
		byRule[f.Rule] = append(byRule[f.Rule], f)
		switch f.Severity {
		case a7.Error:
			errs++
		case a7.Warning:
			warns++
		}
	}
	// the rule's ID only as a reference under the requirement: the annex
	// speaks to the meeting, the ID to the drafting tool's user
	t := Table{
		Header:  []string{b.t("doc.annexB.col.requirement"), b.t("doc.annexB.col.clause"), b.t("doc.annexB.col.status")},
		Weights: []float64{3.4, 1.3, 5.3},
	}
	for _, r := range a7.Catalogue() {
		status := b.compliance(r.ID, byRule[r.ID])
		requirement := b.loc.T("ruletitle."+r.ID) + "\n\n" + b.t("doc.annexB.ruleRef", "ID", r.ID)
		t.Rows = append(t.Rows, []string{requirement, b.clauseRef(r.ClauseFor(b.src)), status})
	}
	s.Blocks = append(s.Blocks, t)
	if errs == 0 {
		s.Blocks = append(s.Blocks, b.para("doc.annexB.allMet"))
	} else {
		s.Blocks = append(s.Blocks, Paragraph{Text: b.n("doc.annexB.errors", errs), Bold: true})
	}
	if warns > 0 {
		s.Blocks = append(s.Blocks, Paragraph{Text: b.n("doc.annexB.warnings", warns)})
	}
	return s
}
