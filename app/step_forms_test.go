package app

import (
	"fmt"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestReviewStepHasNoForm(t *testing.T) {
	test.NewTempApp(t)
	env := &editorEnv{draft: sampleDraft(), ui: stepCatalog().In(forms.English)}
	if f := newStepForm(forms.StepReview, env); f != nil {
		t.Errorf("review step: got a form %T, want nil", f)
	}
}

func TestContributionStepEdits(t *testing.T) {
	h := newStepHarness(t, forms.StepContribution, forms.English)
	p := h.env.draft

	h.typeInto("contribution.title", " on testing")
	if p.Contribution.Title != "Proposal on testing" {
		t.Errorf("title = %q", p.Contribution.Title)
	}
	h.wantChange("contribution.title")

	h.replace("contribution.parentGroup.number", "13")
	if p.Contribution.ParentGroup.Number != 13 {
		t.Errorf("SG number = %d, want 13", p.Contribution.ParentGroup.Number)
	}
	h.wantChange("contribution.parentGroup.number")
	h.replace("contribution.parentGroup.number", "1x")
	if p.Contribution.ParentGroup.Number != 13 {
		t.Errorf("a bad number changed the draft: %d", p.Contribution.ParentGroup.Number)
	}

	// Selects: group kind, route, language.
	kind := h.focusable("contribution.parentGroup.kind").(*widget.Select)
	kind.SetSelectedIndex(1)
	if p.Contribution.ParentGroup.Kind != forms.TSAG {
		t.Errorf("kind = %q, want tsag", p.Contribution.ParentGroup.Kind)
	}
	h.wantChange("contribution.parentGroup.kind")
	if !h.entry("contribution.parentGroup.number").Disabled() {
		t.Error("the SG number stays enabled for TSAG")
	}
	route := h.focusable("contribution.route").(*widget.Select)
	route.SetSelectedIndex(1)
	if p.Contribution.Route != forms.BetweenMeetings {
		t.Errorf("route = %q", p.Contribution.Route)
	}
	h.wantChange("contribution.route")
	lang := h.focusable("language").(*widget.Select)
	lang.SetSelected(h.env.ui.LanguageName(forms.French))
	if p.Language != forms.French {
		t.Errorf("language = %q, want fr", p.Language)
	}
	h.wantChange("language")

	// Dates.
	h.replace("contribution.submissionDate", "2027-01-15")
	if got := p.Contribution.SubmissionDate; got != stepDate(2027, 1, 15) {
		t.Errorf("submission date = %v", got)
	}
	h.wantChange("contribution.submissionDate")

	// A string list: keywords.
	h.typeInto("contribution.keywords[1]", "!")
	if p.Contribution.Keywords[1] != "AI!" {
		t.Errorf("keyword = %q", p.Contribution.Keywords[1])
	}
	h.wantChange("contribution.keywords[1]")

	// Contact fields and the country.
	h.typeInto("contribution.contacts[0].tel", "+33 1")
	if p.Contribution.Contacts[0].Tel != "+33 1" {
		t.Errorf("tel = %q", p.Contribution.Contacts[0].Tel)
	}
	h.wantChange("contribution.contacts[0].tel")
	h.retype("contribution.contacts[0].country", "ch")
	h.focusable("contribution.contacts[0].country").FocusLost()
	if p.Contribution.Contacts[0].Country != "CH" {
		t.Errorf("country = %q, want CH", p.Contribution.Contacts[0].Country)
	}
	h.wantChange("contribution.contacts[0].country")

	// Prose with its word count.
	h.typeInto("contribution.abstract", "Three short words")
	if p.Contribution.Abstract != "Three short words" {
		t.Errorf("abstract = %q", p.Contribution.Abstract)
	}
	h.wantChange("contribution.abstract")
}

func TestDateEntryRejectsImpossibleDates(t *testing.T) {
	h := newStepHarness(t, forms.StepTimeline, forms.English)
	p := h.env.draft
	before := p.Timeline.Start
	n := len(h.changes)

	h.retype("timeline.start", "2027-02-30")
	d := h.focusable("timeline.start").(*dateEntry)
	if !p.Timeline.Start.IsZero() {
		t.Errorf("clearing, then typing an impossible date: draft has %v", p.Timeline.Start)
	}
	h.replace("timeline.start", before.String())
	h.replace("timeline.start", "2027-02-30")
	if p.Timeline.Start != before {
		t.Errorf("an impossible date changed the draft: %v", p.Timeline.Start)
	}
	msg := d.problem()
	if !strings.Contains(msg, "28") || !strings.Contains(msg, "February") {
		t.Errorf("message %q does not say February has 28 days", msg)
	}
	for _, c := range h.changes[n:] {
		if c == "timeline.start" && p.Timeline.Start != before {
			t.Errorf("change reported for a rejected date")
		}
	}

	h.replace("timeline.start", "2027-13-01")
	if msg := d.problem(); !strings.Contains(msg, "13") {
		t.Errorf("month 13: message %q", msg)
	}
	h.replace("timeline.start", "15/03/2027")
	if msg := d.problem(); !strings.Contains(msg, "YYYY-MM-DD") {
		t.Errorf("wrong format: message %q", msg)
	}
	// Typing a date in progress says nothing until the user leaves the entry.
	h.retype("timeline.start", "2027-0")
	if msg := d.problem(); msg != "" {
		t.Errorf("unfinished date while typing: message %q", msg)
	}
	d.FocusLost()
	if msg := d.problem(); msg == "" {
		t.Error("unfinished date after leaving the entry: no message")
	}
	if !p.Timeline.Start.IsZero() {
		t.Errorf("draft changed: %v", p.Timeline.Start)
	}

	h.replace("timeline.start", "2027-02-28")
	if p.Timeline.Start != stepDate(2027, 2, 28) {
		t.Errorf("start = %v", p.Timeline.Start)
	}
	if msg := d.problem(); msg != "" {
		t.Errorf("valid date: message %q", msg)
	}
	h.wantChange("timeline.start")

	// Emptying the entry removes the date.
	h.entry("timeline.start").SetText("")
	if !p.Timeline.Start.IsZero() {
		t.Errorf("empty entry: start = %v", p.Timeline.Start)
	}
}

func TestParseISODate(t *testing.T) {
	t.Parallel()
	ui := stepCatalog().In(forms.English)
	for _, c := range []struct {
		in   string
		ok   bool
		want forms.Date
	}{
		{"", true, forms.Date{}},
		{"2028-02-29", true, stepDate(2028, 2, 29)},
		{"2027-02-29", false, forms.Date{}},
		{"2027-04-31", false, forms.Date{}},
		{"2027-00-10", false, forms.Date{}},
		{"2027-1-10", false, forms.Date{}},
		{"10 March 2027", false, forms.Date{}},
		{" 2027-12-31 ", true, stepDate(2027, 12, 31)},
		// what shows nothing is no date, and no error (forms.Blank): a
		// zero-width space pasted with nothing else
		{"\u200b", true, forms.Date{}},
		{" \ufeff ", true, forms.Date{}},
	} {
		got, problem := parseISODate(c.in, ui)
		if (problem == "") != c.ok || got != c.want {
			t.Errorf("parseISODate(%q) = %v, %q", c.in, got, problem)
		}
	}
}

func TestCountryEntry(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	p := h.env.draft
	c := h.focusable("supporters[0].country").(*countryEntry)
	if c.Text != "FR — France" {
		t.Errorf("shown as %q, want “FR — France”", c.Text)
	}
	// Picking an option sets the ISO code.
	c.SetText("JP — Japan")
	if p.Supporters[0].Country != "JP" {
		t.Errorf("country = %q, want JP", p.Supporters[0].Country)
	}
	h.wantChange("supporters[0].country")
	// Typing a name works too, and narrows the options.
	h.retype("supporters[0].country", "germ")
	if len(c.list.matching("germ")) != 1 {
		t.Errorf("options for “germ”: %v", c.list.matching("germ"))
	}
	h.typeInto("supporters[0].country", "any")
	if p.Supporters[0].Country != "DE" {
		t.Errorf("country = %q, want DE", p.Supporters[0].Country)
	}
	c.FocusLost()
	if c.Text != "DE — Germany" {
		t.Errorf("after leaving: %q", c.Text)
	}
	// Something that is no country is reported and changes nothing.
	h.replace("supporters[0].country", "Atlantis")
	c.FocusLost()
	if p.Supporters[0].Country != "DE" || !c.msg.Visible() {
		t.Errorf("Atlantis: country %q, message shown %v", p.Supporters[0].Country, c.msg.Visible())
	}
}

func TestListEditorAddMoveRemove(t *testing.T) {
	h := newStepHarness(t, forms.StepContribution, forms.English)
	p := h.env.draft
	l := listOf[forms.Contact](h, "contribution.contacts")

	test.Tap(l.add)
	if len(p.Contribution.Contacts) != 2 || len(l.rows) != 2 {
		t.Fatalf("after Add: %d contacts, %d rows", len(p.Contribution.Contacts), len(l.rows))
	}
	h.wantChange("contribution.contacts")
	if got := h.win.Canvas().Focused(); got != h.focusable("contribution.contacts[1].name") {
		t.Errorf("after Add the focus is on %T, want the new row's first field", got)
	}
	h.typeInto("contribution.contacts[1].name", "B. Second")
	if p.Contribution.Contacts[1].Name != "B. Second" {
		t.Errorf("name = %q", p.Contribution.Contacts[1].Name)
	}
	h.wantChange("contribution.contacts[1].name")

	// Move the new one up: data and widgets swap.
	if !l.rows[0].up.Disabled() || l.rows[1].down.Disabled() == false {
		t.Error("first row can move up or last row can move down")
	}
	test.Tap(l.rows[1].up)
	if p.Contribution.Contacts[0].Name != "B. Second" || p.Contribution.Contacts[1].Name != "A. Person" {
		t.Errorf("after Move up: %+v", p.Contribution.Contacts)
	}
	if got := h.entry("contribution.contacts[0].name").Text; got != "B. Second" {
		t.Errorf("row 0 shows %q after the move", got)
	}
	if got := h.entry("contribution.contacts[1].country").Text; got != "FR — France" {
		t.Errorf("row 1 country shows %q after the move", got)
	}
	test.Tap(l.rows[0].down)
	if p.Contribution.Contacts[0].Name != "A. Person" {
		t.Errorf("after Move down: %+v", p.Contribution.Contacts)
	}

	// Remove the first: the second moves into row 0; row 1 goes with its paths.
	test.Tap(l.rows[0].remove)
	if len(p.Contribution.Contacts) != 1 || p.Contribution.Contacts[0].Name != "B. Second" {
		t.Fatalf("after Remove: %+v", p.Contribution.Contacts)
	}
	if len(l.rows) != 1 {
		t.Errorf("%d rows after Remove", len(l.rows))
	}
	if got := h.entry("contribution.contacts[0].name").Text; got != "B. Second" {
		t.Errorf("row 0 shows %q after Remove", got)
	}
	if _, ok := h.f.fields["contribution.contacts[1].name"]; ok {
		t.Error("the removed row's paths are still registered")
	}
	if h.form.Focus("contribution.contacts[1].name") {
		t.Error("Focus on a removed row succeeded")
	}
	// Editing after the changes still writes the right item.
	h.typeInto("contribution.contacts[0].email", "b@example.org")
	if p.Contribution.Contacts[0].Email != "b@example.org" {
		t.Errorf("email = %q", p.Contribution.Contacts[0].Email)
	}

	// Remove everything, then add again.
	test.Tap(l.rows[0].remove)
	if len(p.Contribution.Contacts) != 0 || len(l.rows) != 0 || !l.empty.Visible() {
		t.Errorf("after removing all: %d items, %d rows, empty note %v", len(p.Contribution.Contacts), len(l.rows), l.empty.Visible())
	}
	test.Tap(l.add)
	if len(l.rows) != 1 || h.entry("contribution.contacts[0].name").Text != "" {
		t.Error("a new row after removing all is not blank")
	}
}

func TestStringListAddRemove(t *testing.T) {
	h := newStepHarness(t, forms.StepContribution, forms.English)
	p := h.env.draft
	l := listOf[string](h, "contribution.questions")
	test.Tap(l.add)
	h.typeInto("contribution.questions[1]", "Q7/17")
	if len(p.Contribution.Questions) != 2 || p.Contribution.Questions[1] != "Q7/17" {
		t.Fatalf("questions = %v", p.Contribution.Questions)
	}
	h.wantChange("contribution.questions[1]")
	test.Tap(l.rows[0].remove)
	if len(p.Contribution.Questions) != 1 || p.Contribution.Questions[0] != "Q7/17" {
		t.Errorf("after Remove: %v", p.Contribution.Questions)
	}
	if h.entry("contribution.questions[0]").Text != "Q7/17" {
		t.Error("row 0 does not show the remaining question")
	}
}

func TestTermsStepEdits(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.English)
	p := h.env.draft
	h.typeInto("focusGroup.scope", "The group studies testing.")
	if p.FocusGroup.Scope != "The group studies testing." {
		t.Errorf("scope = %q", p.FocusGroup.Scope)
	}
	h.wantChange("focusGroup.scope")

	// Deliverable type "other" enables its name.
	typ := h.focusable("focusGroup.deliverables[0].type").(*widget.Select)
	other := h.entry("focusGroup.deliverables[0].otherType")
	if !other.Disabled() {
		t.Error("other type enabled for a gap-analysis report")
	}
	typ.SetSelected(h.env.ui.T("deliverableType.other"))
	if p.FocusGroup.Deliverables[0].Type != forms.OtherDeliverable {
		t.Errorf("type = %q", p.FocusGroup.Deliverables[0].Type)
	}
	h.wantChange("focusGroup.deliverables[0].type")
	if other.Disabled() {
		t.Error("other type still disabled")
	}
	h.replace("focusGroup.deliverables[0].due", "2028-01-31")
	if p.FocusGroup.Deliverables[0].Due != stepDate(2028, 1, 31) {
		t.Errorf("due = %v", p.FocusGroup.Deliverables[0].Due)
	}
	h.wantChange("focusGroup.deliverables[0].due")

	// Check boxes.
	c := h.focusable("focusGroup.implications.policy").(*widget.Check)
	test.Tap(c)
	if !p.FocusGroup.Implications.Policy {
		t.Error("policy not set")
	}
	h.wantChange("focusGroup.implications.policy")
	m := h.focusable("focusGroup.multiGroupMandate").(*widget.Check)
	test.Tap(m)
	if !p.FocusGroup.MultiGroupMandate {
		t.Error("multi-group mandate not set")
	}
	h.wantChange("focusGroup.multiGroupMandate")

	// Affected study groups: a list with a number and a check box.
	l := listOf[forms.AffectedGroup](h, "focusGroup.affectedGroups")
	test.Tap(l.add)
	h.typeInto("focusGroup.affectedGroups[0].number", "13")
	if len(p.FocusGroup.AffectedGroups) != 1 || p.FocusGroup.AffectedGroups[0].Number != 13 {
		t.Errorf("affected groups = %+v", p.FocusGroup.AffectedGroups)
	}
	h.wantChange("focusGroup.affectedGroups[0].number")
	test.Tap(h.focusable("focusGroup.affectedGroups[0].chairConsulted").(*widget.Check))
	if !p.FocusGroup.AffectedGroups[0].ChairConsulted {
		t.Error("chair consulted not set")
	}
	rl := listOf[forms.Relationship](h, "focusGroup.relationships")
	test.Tap(rl.add)
	h.typeInto("focusGroup.relationships[0].description", "Liaison")
	if p.FocusGroup.Relationships[0].Description != "Liaison" {
		t.Errorf("relationships = %+v", p.FocusGroup.Relationships)
	}
	h.wantChange("focusGroup.relationships[0].description")
}

func TestGapsStepEdits(t *testing.T) {
	h := newStepHarness(t, forms.StepGaps, forms.English)
	p := h.env.draft
	l := listOf[forms.GapEntry](h, "gapAnalysis.entries")
	test.Tap(l.add)
	h.typeInto("gapAnalysis.entries[1].body", "IETF")
	kind := h.focusable("gapAnalysis.entries[1].kind").(*widget.Select)
	kind.SetSelected(h.env.ui.T("bodyKind.sdo"))
	cov := h.focusable("gapAnalysis.entries[1].coverage").(*widget.Select)
	cov.SetSelected(h.env.ui.T("coverage.partial"))
	h.wantChange("gapAnalysis.entries[1].coverage")
	h.typeInto("gapAnalysis.entries[1].gap", "No profile for X.")
	h.wantChange("gapAnalysis.entries[1].gap")
	e := p.GapAnalysis.Entries[1]
	if e.Body != "IETF" || e.Kind != forms.OtherSDO || e.Coverage != forms.CoveragePartial || e.Gap != "No profile for X." {
		t.Errorf("entry = %+v", e)
	}
	h.typeInto("gapAnalysis.summary", "Summary")
	h.wantChange("gapAnalysis.summary")
}

func TestSupportersStepCount(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	p := h.env.draft
	s := h.form.(*supportersStep)
	if !strings.HasPrefix(s.count.Text, "2 of 4 committed ITU members, from 2 of 4 countries") {
		t.Errorf("count = %q", s.count.Text)
	}
	l := listOf[forms.Supporter](h, "supporters")
	test.Tap(l.add)
	h.typeInto("supporters[2].entity", "University C")
	h.wantChange("supporters[2].entity")
	h.focusable("supporters[2].category").(*widget.Select).SetSelected(h.env.ui.T("category.academia"))
	h.retype("supporters[2].country", "JP")
	if got := s.notCounted.Text(); !strings.Contains(got, "University C") {
		t.Errorf("not counted = %q, want University C (not committed)", got)
	}
	test.Tap(h.focusable("supporters[2].committed").(*widget.Check))
	h.wantChange("supporters[2].committed")
	if !p.Supporters[2].Committed {
		t.Fatal("committed not set")
	}
	if !strings.HasPrefix(s.count.Text, "3 of 4 committed ITU members, from 3 of 4 countries") {
		t.Errorf("count while typing = %q", s.count.Text)
	}
	if s.notCounted.Visible() {
		t.Errorf("not counted still shown: %q", s.notCounted.Text())
	}

	// Leadership.
	h.typeInto("leadership.chair.organization", "Org J")
	if p.Leadership.Chair.Organization != "Org J" {
		t.Errorf("chair org = %q", p.Leadership.Chair.Organization)
	}
	h.wantChange("leadership.chair.organization")
	vl := listOf[forms.Nominee](h, "leadership.viceChairs")
	test.Tap(vl.add)
	h.typeInto("leadership.viceChairs[0].name", "V. Chair")
	h.wantChange("leadership.viceChairs[0].name")
	h.focusable("leadership.viceChairs[0].category").(*widget.Select).SetSelected(h.env.ui.T("category.associate"))
	if v := p.Leadership.ViceChairs[0]; v.Name != "V. Chair" || v.Category != forms.Associate {
		t.Errorf("vice-chair = %+v", v)
	}
}

// A supporter row that repeats an entity (another case, other spacing, another
// country) adds no member and no country, as in criteria.support, and the
// note says which row it repeats.
func TestSupportersStepCountsAnEntityOnce(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	s := h.form.(*supportersStep)
	l := listOf[forms.Supporter](h, "supporters")
	test.Tap(l.add)
	h.typeInto("supporters[2].entity", "company  b")
	h.wantChange("supporters[2].entity")
	h.focusable("supporters[2].category").(*widget.Select).SetSelected(h.env.ui.T("category.sector-member"))
	h.retype("supporters[2].country", "JP")
	test.Tap(h.focusable("supporters[2].committed").(*widget.Check))
	h.wantChange("supporters[2].committed")
	if !strings.HasPrefix(s.count.Text, "2 of 4 committed ITU members, from 2 of 4 countries") {
		t.Errorf("count = %q, want the repeated entity not counted", s.count.Text)
	}
	if got := s.notCounted.Text(); !s.notCounted.Visible() || !strings.Contains(got, "company  b (same entity as supporter 2: counted once)") {
		t.Errorf("not counted = %q (visible %v)", got, s.notCounted.Visible())
	}
	rule, _ := a7.RuleByID("criteria.support")
	if f := rule.Check(h.env.draft, a7.Options{Today: forms.NewDate(2026, 11, 20)}); len(f) != 2 || f[1].Fields[0] != "supporters[2].entity" {
		t.Errorf("criteria.support findings = %+v, want the error and a warning on supporters[2].entity", f)
	}
}

func TestTimelineStepEditsAndChart(t *testing.T) {
	h := newStepHarness(t, forms.StepTimeline, forms.English)
	p := h.env.draft
	s := h.form.(*timelineStep)
	d := s.chart.data
	if n := d.marks(chartLifetime); n != 1 {
		t.Errorf("%d lifetime bars", n)
	}
	if n := d.marks(chartMeeting); n != 2 {
		t.Errorf("%d focus-group meetings drawn, want 2", n)
	}
	if n := d.marks(chartParent); n != 2 {
		t.Errorf("%d parent meetings drawn, want 2 (the deciding meeting and one more)", n)
	}
	if n := d.marks(chartDeliverable); n != 1 {
		t.Errorf("%d deliverables drawn", n)
	}
	if n := d.marks(chartDeadline); n < 3 {
		t.Errorf("%d deadlines drawn, want submission, translation, progress report …", n)
	}
	if d.From != stepDate(2027, 1, 1) || d.To.Before(stepDate(2028, 3, 31)) {
		t.Errorf("axis %v – %v", d.From, d.To)
	}
	if len(s.lines) == 0 {
		t.Error("derived dates are not written out")
	}

	// Adding a meeting and typing its date updates the chart at once.
	l := listOf[forms.Event](h, "timeline.meetings")
	test.Tap(l.add)
	h.typeInto("timeline.meetings[2].place", "Rio")
	h.wantChange("timeline.meetings[2].place")
	h.typeInto("timeline.meetings[2].start", "2028-01-10")
	h.wantChange("timeline.meetings[2].start")
	if p.Timeline.Meetings[2].Start != stepDate(2028, 1, 10) {
		t.Errorf("meeting start = %v", p.Timeline.Meetings[2].Start)
	}
	if n := s.chart.data.marks(chartMeeting); n != 3 {
		t.Errorf("%d meetings drawn after adding one", n)
	}
	h.replace("timeline.durationMonths", "18")
	if p.Timeline.DurationMonths != 18 {
		t.Errorf("duration = %d", p.Timeline.DurationMonths)
	}
	h.wantChange("timeline.durationMonths")
	pl := listOf[forms.Event](h, "timeline.parentMeetings")
	test.Tap(pl.add)
	h.typeInto("timeline.parentMeetings[1].end", "2028-02-02")
	h.wantChange("timeline.parentMeetings[1].end")

	// The renderer draws something for every mark.
	r := test.WidgetRenderer(s.chart)
	s.chart.Resize(fyne.NewSize(900, s.chart.MinSize().Height))
	if len(r.Objects()) < 30 {
		t.Errorf("chart draws %d objects", len(r.Objects()))
	}

	// Changes made on other steps show after the next Mark.
	p.FocusGroup.Deliverables = append(p.FocusGroup.Deliverables, forms.Deliverable{Title: "Spec", Due: stepDate(2028, 2, 1)})
	h.form.Mark(nil)
	if n := s.chart.data.marks(chartDeliverable); n != 2 {
		t.Errorf("%d deliverables drawn after another step added one", n)
	}
}

func TestChartEmpty(t *testing.T) {
	test.NewTempApp(t)
	d := timelineChartData(&forms.Proposal{}, stepCatalog().In(forms.English), stepDate(2026, 1, 1))
	if d.Empty == "" {
		t.Error("an empty timeline has no message")
	}
	c := newTimelineChart()
	c.set(d)
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(600, 300))
	if c.MinSize().Height <= 0 {
		t.Error("empty chart has no size")
	}
}

func TestFocus(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	for _, path := range []string{"supporters[1].country", "supporters[0].entity", "leadership.chair.name", "supporters[1].committed"} {
		if !h.form.Focus(path) {
			t.Errorf("Focus(%q) = false", path)
			continue
		}
		if got, want := h.win.Canvas().Focused(), h.focusable(path); got != want {
			t.Errorf("Focus(%q): focused %T, want %T", path, got, want)
		}
	}
	// The item itself focuses its first field; the list its Add button.
	if !h.form.Focus("supporters[1]") || h.win.Canvas().Focused() != h.focusable("supporters[1].entity") {
		t.Error("Focus on an item does not focus its first field")
	}
	if !h.form.Focus("supporters") {
		t.Error("Focus on the list failed")
	}
	for _, path := range []string{"", "focusGroup.scope", "supporters[7].country", "nonsense"} {
		if h.form.Focus(path) {
			t.Errorf("Focus(%q) = true, want false", path)
		}
	}
}

func TestFocusScrolls(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.English)
	h.win.Resize(fyne.NewSize(900, 400))
	if !h.form.Focus("focusGroup.administrativeSupport") {
		t.Fatal("Focus failed")
	}
	if h.f.scroll.Offset.Y <= 0 {
		t.Error("Focus on the last field did not scroll")
	}
	if h.win.Canvas().Focused() != h.focusable("focusGroup.administrativeSupport") {
		t.Error("not focused")
	}
	bottom := h.f.scroll.Offset.Y
	h.form.Focus("focusGroup.name")
	name := h.f.fields["focusGroup.name"].show
	drv := fyne.CurrentApp().Driver()
	y := drv.AbsolutePositionForObject(name).Y - drv.AbsolutePositionForObject(h.f.scroll.Content).Y
	if off := h.f.scroll.Offset.Y; off >= bottom || y < off || y > off+h.f.scroll.Size().Height {
		t.Errorf("Focus on the first field: offset %v, field at %v", off, y)
	}
}

func TestMark(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	m := func(path string) *severityMarker { return h.f.fields[path].marker }
	h.form.Mark(map[string]a7.Severity{
		"supporters[1].country":      a7.Error,
		"leadership.chair.category":  a7.Warning,
		"leadership.viceChairs":      a7.Info,
		"supporters[0].unknownField": a7.Warning, // falls back to the item
		"focusGroup.scope":           a7.Error,   // another step: ignored
	})
	if mk := m("supporters[1].country"); !mk.on || mk.sev != a7.Error || mk.icon.Resource == nil || mk.label.Importance != widget.DangerImportance {
		t.Errorf("country marker: %+v", mk)
	}
	if mk := m("leadership.chair.category"); !mk.on || mk.sev != a7.Warning {
		t.Errorf("chair category marker: %+v", mk)
	}
	if mk := m("leadership.viceChairs"); !mk.on || mk.sev != a7.Info {
		t.Errorf("vice-chairs marker: %+v", mk)
	}
	if mk := m("supporters[0]"); !mk.on {
		t.Error("unknown field of an item does not mark the item")
	}
	if mk := m("supporters[0].entity"); mk.on {
		t.Error("an unmarked field is marked")
	}
	// The most serious finding wins.
	h.form.Mark(map[string]a7.Severity{"supporters[1].country": a7.Info, "supporters[1]": a7.Warning})
	if mk := m("supporters[1].country"); !mk.on || mk.sev != a7.Info {
		t.Errorf("downgraded marker: %+v", mk)
	}
	if mk := m("leadership.chair.category"); mk.on || mk.icon.Resource != nil || mk.label.Importance != widget.MediumImportance {
		t.Errorf("unmarked marker: %+v", mk)
	}
	h.form.Mark(nil)
	for p, ref := range h.f.fields {
		if ref.marker != nil && ref.marker.on {
			t.Errorf("%s still marked", p)
		}
	}
	if len(h.f.shown) != 0 {
		t.Errorf("%d markers remembered as shown", len(h.f.shown))
	}
}

func TestReload(t *testing.T) {
	h := newStepHarness(t, forms.StepContribution, forms.English)
	l := listOf[forms.Contact](h, "contribution.contacts")
	other := sampleDraft()
	other.Contribution.Title = "Another"
	other.Contribution.Contacts = append(other.Contribution.Contacts,
		forms.Contact{Name: "Two"}, forms.Contact{Name: "Three", Country: "BR"})
	other.Contribution.Keywords = nil
	other.Contribution.Meeting.Start = forms.Date{}
	*h.env.draft = *other
	n := len(h.changes)
	h.form.Reload()
	if len(h.changes) != n {
		t.Errorf("Reload reported edits: %v", h.changes[n:])
	}
	if got := h.entry("contribution.title").Text; got != "Another" {
		t.Errorf("title shows %q", got)
	}
	if len(l.rows) != 3 || h.entry("contribution.contacts[2].country").Text != "BR — Brazil" {
		t.Errorf("%d contact rows after Reload", len(l.rows))
	}
	if kw := listOf[string](h, "contribution.keywords"); len(kw.rows) != 0 {
		t.Errorf("%d keyword rows after Reload", len(kw.rows))
	}
	if got := h.entry("contribution.meeting.start").Text; got != "" {
		t.Errorf("meeting start shows %q", got)
	}
	// Widgets still write into the draft after Reload.
	h.typeInto("contribution.contacts[2].name", "!")
	if h.env.draft.Contribution.Contacts[2].Name != "Three!" {
		t.Errorf("name = %q", h.env.draft.Contribution.Contacts[2].Name)
	}
}

func TestArabicLayoutMirrored(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.Arabic)
	h.win.Resize(fyne.NewSize(1000, 700))
	ref := h.f.fields["supporters[0].entity"]
	if ref.marker.label.Alignment != fyne.TextAlignTrailing {
		t.Error("Arabic label not trailing-aligned")
	}
	drv := fyne.CurrentApp().Driver()
	labelX := drv.AbsolutePositionForObject(ref.marker.label).X
	fieldX := drv.AbsolutePositionForObject(ref.show).X
	if labelX <= fieldX {
		t.Errorf("Arabic: label at x=%v is not right of its field at x=%v", labelX, fieldX)
	}
	// English: the other way round.
	he := newStepHarness(t, forms.StepSupporters, forms.English)
	ref = he.f.fields["supporters[0].entity"]
	drv = fyne.CurrentApp().Driver()
	if lx, fx := drv.AbsolutePositionForObject(ref.marker.label).X, drv.AbsolutePositionForObject(ref.show).X; lx >= fx {
		t.Errorf("English: label at x=%v not left of its field at x=%v", lx, fx)
	}
}

func TestTextLength(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in    string
		n     int
		chars bool
	}{
		{"", 0, false},
		{"one two  three\nfour", 4, false},
		{"l'UIT — des normes", 3, false},
		{"焦点组的职责范围。", 9, true},
		{"焦点组 FG-AI 的职责", 7, true},
		{"Группа по ИИ", 3, false},
		{"الفريق المتخصص", 2, false},
	} {
		n, chars := textLength(c.in)
		if n != c.n || chars != c.chars {
			t.Errorf("textLength(%q) = %d, %v; want %d, %v", c.in, n, chars, c.n, c.chars)
		}
	}
}

func TestWordCountShown(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.Chinese)
	h.typeInto("focusGroup.background", "焦点组研究测试")
	// the count is a label under the entry (beside the hidden-characters
	// note, which is hidden here)
	var count *widget.Label
	walkTree(h.f.fields["focusGroup.background"].show, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, "字") {
			count = l
		}
		return true
	})
	if count == nil || !strings.Contains(count.Text, "7") {
		t.Errorf("count label %v", count)
	}
}

// Every field of every step has its label in every language, and every
// free-text field of the model has a widget.
func TestEveryFieldLabelledAndEdited(t *testing.T) {
	for _, lang := range forms.Languages() {
		for _, step := range forms.Steps() {
			if step == forms.StepReview {
				continue
			}
			h := newStepHarness(t, step, lang)
			for path := range h.f.fields {
				id := "field." + forms.LabelKey(path)
				if !h.env.ui.Has(id) {
					t.Errorf("%s: no label %q for %s", lang, id, path)
				}
			}
			if lang != forms.English {
				continue
			}
			for _, tf := range h.env.draft.TextFields() {
				if tf.Step == step {
					if _, ok := h.f.fields[tf.Path]; !ok {
						t.Errorf("no widget for the text field %s", tf.Path)
					}
				}
			}
		}
	}
}

// marks counts the marks of one kind.
func (d chartData) marks(k chartKind) int {
	n := 0
	for _, l := range d.Lanes {
		for _, m := range l.Marks {
			if m.Kind == k {
				n++
			}
		}
	}
	return n
}

// problem is the message shown under the entry, "" when the text is a date.
func (d *dateEntry) problem() string {
	if !d.msg.Visible() {
		return ""
	}
	return d.msg.Text
}

// The counter counts as criteria.support does (issue 19, items 1 and 5): a
// supporter named by a placeholder names nobody, and an entity spelt in
// full-width letters with a legal form is the entity already listed.
func TestSupportersStepCountSkipsPlaceholdersAndSpellings(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	s := h.form.(*supportersStep)
	l := listOf[forms.Supporter](h, "supporters")
	add := func(i int, entity, country string) {
		test.Tap(l.add)
		path := fmt.Sprintf("supporters[%d]", i)
		h.typeInto(path+".entity", entity)
		h.focusable(path + ".category").(*widget.Select).SetSelected(h.env.ui.T("category.sector-member"))
		h.retype(path+".country", country)
		test.Tap(h.focusable(path + ".committed").(*widget.Check))
	}
	add(2, "TBD", "JP")
	add(3, "Ｃｏｍｐａｎｙ Ｂ Co., Ltd.", "KR")
	if !strings.HasPrefix(s.count.Text, "2 of 4 committed ITU members, from 2 of 4 countries") {
		t.Errorf("count = %q, want neither new row counted", s.count.Text)
	}
	got := s.notCounted.Text()
	for _, want := range []string{"TBD (a placeholder: names nobody)", "Ｃｏｍｐａｎｙ Ｂ Co., Ltd. (same entity as supporter 2: counted once)"} {
		if !strings.Contains(got, want) {
			t.Errorf("not counted = %q, want %q", got, want)
		}
	}
}
