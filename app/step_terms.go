package app

import (
	"fgdraft/forms"
)

// newTermsStep is the draft terms of reference: the group, its mandate and
// deliverables, its relationships, the justification, implications and
// practical arrangements.
func newTermsStep(env *editorEnv) stepForm {
	f := newForm(env)
	fg := func() *forms.FocusGroup { return &env.draft.FocusGroup }

	g := f.section(f.T("editor.section.group"))
	g.longText("focusGroup.name", func() *string { return &fg().Name }, "editor.hint.fgName", 2)
	g.text("focusGroup.acronym", func() *string { return &fg().Acronym }, "editor.hint.acronym")
	g.prose("focusGroup.background", func() *string { return &fg().Background }, 5)
	g.prose("focusGroup.scope", func() *string { return &fg().Scope }, 5)
	g.prose("focusGroup.actionPlan", func() *string { return &fg().ActionPlan }, 4)

	dels := func() *[]forms.Deliverable { return &fg().Deliverables }
	newList(f, "focusGroup.deliverables", dels, func() forms.Deliverable { return forms.Deliverable{} }, false,
		func(g *grid, i int, p string) {
			it := at(dels, i)
			g.longText(p+".title", func() *string { return &it().Title }, "", 2)
			typ := choice(g, p+".type", forms.DeliverableTypes(), prefixed[forms.DeliverableType](f, "deliverableType."),
				func() *forms.DeliverableType { return &it().Type })
			other := g.text(p+".otherType", func() *string { return &it().OtherType }, "")
			g.date(p+".due", func() *forms.Date { return &it().Due })
			g.text(p+".targetGroup", func() *string { return &it().TargetGroup }, "editor.hint.targetGroup")
			g.text(p+".intendedRecommendation", func() *string { return &it().IntendedRecommendation }, "editor.hint.recommendation")
			// "Other type" applies only to deliverables of type "other".
			update := func() { enabledIf(it().Type == forms.OtherDeliverable, other) }
			changed := typ.OnChanged
			typ.OnChanged = func(s string) { changed(s); update() }
			g.onReload(update)
		}).titled(func(d forms.Deliverable) string { return d.Title })

	g = f.section(f.T("editor.section.relations"))
	// A proposal to TSAG says whether TSAG is to be the parent group or which
	// study group it is asked to designate (A.7 2.1 b).
	designation := choice(g, "focusGroup.designatedParent.kind", []forms.GroupKind{forms.TSAG, forms.StudyGroup},
		prefixed[forms.GroupKind](f, "designation."), func() *forms.GroupKind { return &fg().DesignatedParent.Kind })
	designated := g.number("focusGroup.designatedParent.number", func() *int { return &fg().DesignatedParent.Number }, "editor.hint.sg")
	f.hooks = append(f.hooks, func() {
		toTSAG := env.draft.Contribution.ParentGroup.Kind == forms.TSAG
		enabledIf(toTSAG, designation)
		enabledIf(toTSAG && fg().DesignatedParent.Kind == forms.StudyGroup, designated)
	})
	g.prose("focusGroup.parentRelationship", func() *string { return &fg().ParentRelationship }, 4)
	rels := func() *[]forms.Relationship { return &fg().Relationships }
	newList(f, "focusGroup.relationships", rels, func() forms.Relationship { return forms.Relationship{} }, false,
		func(g *grid, i int, p string) {
			it := at(rels, i)
			g.text(p+".body", func() *string { return &it().Body }, "editor.hint.body")
			g.prose(p+".description", func() *string { return &it().Description }, 3)
		}).titled(func(r forms.Relationship) string { return r.Body })
	g = f.section("")
	g.check("focusGroup.noRelationships", func() *bool { return &fg().NoRelationships })
	affected := func() *[]forms.AffectedGroup { return &fg().AffectedGroups }
	newList(f, "focusGroup.affectedGroups", affected, func() forms.AffectedGroup { return forms.AffectedGroup{} }, false,
		func(g *grid, i int, p string) {
			it := at(affected, i)
			g.number(p+".number", func() *int { return &it().Number }, "editor.hint.sg")
			within := g.check(p+".withinMandate", func() *bool { return &it().WithinMandate })
			consulted := g.check(p+".chairConsulted", func() *bool { return &it().ChairConsulted })
			// The parent's chair consults the groups whose work is only
			// affected; a group with the topic in its mandate makes it TSAG's
			// decision instead (A.7 2.1 a/b).
			update := func() { enabledIf(!it().WithinMandate, consulted) }
			changed := within.OnChanged
			within.OnChanged = func(b bool) { changed(b); update() }
			g.onReload(update)
		}).titled(affectedGroupName)
	g = f.section("")
	g.check("focusGroup.multiGroupMandate", func() *bool { return &fg().MultiGroupMandate })

	g = f.section(f.T("editor.section.justification"))
	g.prose("focusGroup.urgency", func() *string { return &fg().Urgency }, 4)
	g.prose("focusGroup.interest", func() *string { return &fg().Interest }, 4)
	g.prose("focusGroup.whyNotStudyGroups", func() *string { return &fg().WhyNotStudyGroups }, 4)
	g.prose("focusGroup.alternatives", func() *string { return &fg().Alternatives }, 4)

	g = f.section(f.T("editor.section.implications"))
	g.check("focusGroup.implications.policy", func() *bool { return &fg().Implications.Policy })
	g.check("focusGroup.implications.strategic", func() *bool { return &fg().Implications.Strategic })
	g.prose("focusGroup.implications.statement", func() *string { return &fg().Implications.Statement }, 3)

	g = f.section(f.T("editor.section.arrangements"))
	g.text("focusGroup.workingLanguage", func() *string { return &fg().WorkingLanguage }, "editor.hint.workingLanguage")
	g.prose("focusGroup.financing", func() *string { return &fg().Financing }, 3)
	g.prose("focusGroup.administrativeSupport", func() *string { return &fg().AdminSupport }, 3)

	f.Reload()
	return f
}

func affectedGroupName(a forms.AffectedGroup) string {
	if a.Number <= 0 {
		return ""
	}
	return forms.Group{Kind: forms.StudyGroup, Number: a.Number}.Short()
}
