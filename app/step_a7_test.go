package app

import (
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Terms step: a proposal to TSAG says whether TSAG is the parent group or
// which study group it is to designate; each listed study group says whether
// the topic falls within its mandate.
func TestTermsStepParentDesignationAndMandate(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.English)
	p := h.env.draft
	kind := h.focusable("focusGroup.designatedParent.kind").(*widget.Select)
	number := h.entry("focusGroup.designatedParent.number")
	if !kind.Disabled() || !number.Disabled() {
		t.Error("the designation is enabled for a proposal to a study group")
	}

	p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
	h.form.Mark(nil) // what showing the step does
	if kind.Disabled() {
		t.Error("the designation stays disabled for a proposal to TSAG")
	}
	if !number.Disabled() {
		t.Error("the study-group number is enabled before a study group is chosen")
	}
	kind.SetSelected(h.env.ui.T("designation.study-group"))
	if p.FocusGroup.DesignatedParent.Kind != forms.StudyGroup {
		t.Errorf("designation = %+v", p.FocusGroup.DesignatedParent)
	}
	h.wantChange("focusGroup.designatedParent.kind")
	if number.Disabled() {
		t.Error("the study-group number stays disabled once a study group is chosen")
	}
	h.typeInto("focusGroup.designatedParent.number", "13")
	if p.FocusGroup.DesignatedParent.Number != 13 {
		t.Errorf("designated number = %d", p.FocusGroup.DesignatedParent.Number)
	}
	h.wantChange("focusGroup.designatedParent.number")
	kind.SetSelected(h.env.ui.T("designation.tsag"))
	if p.FocusGroup.DesignatedParent.Kind != forms.TSAG || !number.Disabled() {
		t.Errorf("TSAG as parent: %+v, number disabled %v", p.FocusGroup.DesignatedParent, number.Disabled())
	}

	l := listOf[forms.AffectedGroup](h, "focusGroup.affectedGroups")
	test.Tap(l.add)
	h.typeInto("focusGroup.affectedGroups[0].number", "20")
	test.Tap(h.focusable("focusGroup.affectedGroups[0].withinMandate").(*widget.Check))
	if g := p.FocusGroup.AffectedGroups[0]; g.Number != 20 || !g.WithinMandate || g.ChairConsulted {
		t.Errorf("affected group = %+v", g)
	}
	h.wantChange("focusGroup.affectedGroups[0].withinMandate")
	consulted := h.focusable("focusGroup.affectedGroups[0].chairConsulted").(*widget.Check)
	if !consulted.Disabled() {
		t.Error("chair consultation enabled for a group with the topic in its mandate")
	}
	test.Tap(h.focusable("focusGroup.affectedGroups[0].withinMandate").(*widget.Check))
	if p.FocusGroup.AffectedGroups[0].WithinMandate || consulted.Disabled() {
		t.Error("clearing the mandate mark does not enable the chair consultation")
	}
}

// Contribution step: the urgent market need applies to the between-meetings
// route only.
func TestContributionStepUrgentMarketNeed(t *testing.T) {
	h := newStepHarness(t, forms.StepContribution, forms.English)
	p := h.env.draft
	need := h.entry("contribution.urgentMarketNeed")
	if !need.Disabled() {
		t.Error("the urgent market need is enabled for a proposal at a meeting")
	}
	route := h.focusable("contribution.route").(*widget.Select)
	route.SetSelected(h.env.ui.T("route.between-meetings"))
	if need.Disabled() {
		t.Fatal("the urgent market need stays disabled between meetings")
	}
	h.typeInto("contribution.urgentMarketNeed", "Operators need it now.")
	if p.Contribution.UrgentMarketNeed != "Operators need it now." {
		t.Errorf("urgent market need = %q", p.Contribution.UrgentMarketNeed)
	}
	h.wantChange("contribution.urgentMarketNeed")
}

// Gaps step: the statement that no body outside ITU-T works on the topic.
func TestGapsStepNoOtherWork(t *testing.T) {
	h := newStepHarness(t, forms.StepGaps, forms.English)
	h.typeInto("gapAnalysis.noOtherWork", "None of ISO, IEC or IETF works on it.")
	if got := h.env.draft.GapAnalysis.NoOtherWork; got != "None of ISO, IEC or IETF works on it." {
		t.Errorf("no other work = %q", got)
	}
	h.wantChange("gapAnalysis.noOtherWork")
}

// deadline.translation rests on Rec. ITU-T A.1: the findings panel names that
// Recommendation, not an "A.7 clause A.1".
func TestFindingPanelNamesRecA1(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	f := findingOf(w, "deadline.translation")
	if f.Rule == "" {
		t.Fatal("the example has no deadline.translation finding")
	}
	want := w.ui.T("ui.finding.whereRec", map[string]any{"Rec": "A.1",
		"Step": w.ui.T("step.contribution"), "Field": w.ui.FieldLabel(f.Fields[0])})
	if !containsText(w.panel.content, want) {
		t.Errorf("findings panel does not show %q", want)
	}
	wrong := w.ui.T("ui.finding.clause", map[string]any{"Clause": "A.1"})
	if containsText(w.panel.content, wrong) {
		t.Errorf("findings panel shows %q", wrong)
	}
}
