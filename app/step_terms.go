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
	g.field(forms.FGName, look{hint: "editor.hint.fgName", rows: 2})
	g.field(forms.FGAcronym, look{hint: "editor.hint.acronym"})
	g.field(forms.FGBackground, look{rows: 5})
	g.field(forms.FGScope, look{rows: 5})
	g.field(forms.FGActionPlan, look{rows: 4})

	newList(f, forms.FGDeliverables, func() forms.Deliverable { return forms.Deliverable{} }, false,
		func(g *grid, i int) {
			g.field(forms.DeliverableTitle.At(i), look{rows: 2})
			typ := choice(g, forms.DeliverableTypeField.At(i), forms.DeliverableTypes(),
				prefixed[forms.DeliverableType](f, "deliverableType."))
			other := g.field(forms.DeliverableOtherType.At(i), look{})
			g.date(forms.DeliverableDue.At(i))
			g.field(forms.DeliverableTargetGroup.At(i), look{hint: "editor.hint.targetGroup"})
			g.field(forms.DeliverableIntendedRecommendation.At(i), look{hint: "editor.hint.recommendation"})
			// "Other type" applies only to deliverables of type "other".
			kind := bound(f, forms.DeliverableTypeField.At(i))
			update := func() { enabledIf(*kind() == forms.OtherDeliverable, other) }
			changed := typ.OnChanged
			typ.OnChanged = func(s string) { changed(s); update() }
			g.onReload(update)
		}).titled(func(d forms.Deliverable) string { return d.Title })

	g = f.section(f.T("editor.section.relations"))
	// A proposal to TSAG says whether TSAG is to be the parent group or which
	// study group it is asked to designate (A.7 2.1 b).
	designation := choice(g, forms.FGDesignatedParentKind, []forms.GroupKind{forms.TSAG, forms.StudyGroup},
		prefixed[forms.GroupKind](f, "designation."))
	designated := g.number(forms.FGDesignatedParentNumber, "editor.hint.sg")
	f.hooks = append(f.hooks, func() {
		toTSAG := env.draft.Contribution.ParentGroup.Kind == forms.TSAG
		enabledIf(toTSAG, designation)
		enabledIf(toTSAG && fg().DesignatedParent.Kind == forms.StudyGroup, designated)
	})
	g.field(forms.FGParentRelationship, look{rows: 4})
	newList(f, forms.FGRelationships, func() forms.Relationship { return forms.Relationship{} }, false,
		func(g *grid, i int) {
			g.field(forms.RelationshipBody.At(i), look{hint: "editor.hint.body"})
			g.field(forms.RelationshipDescription.At(i), look{rows: 3})
		}).titled(func(r forms.Relationship) string { return r.Body })
	g = f.section("")
	g.check(forms.FGNoRelationships)
	newList(f, forms.FGAffectedGroups, func() forms.AffectedGroup { return forms.AffectedGroup{} }, false,
		func(g *grid, i int) {
			g.number(forms.AffectedGroupNumber.At(i), "editor.hint.sg")
			within := g.check(forms.AffectedGroupWithinMandate.At(i))
			consulted := g.check(forms.AffectedGroupChairConsulted.At(i))
			// The parent's chair consults the groups whose work is only
			// affected; a group with the topic in its mandate makes it TSAG's
			// decision instead (A.7 2.1 a/b).
			inMandate := bound(f, forms.AffectedGroupWithinMandate.At(i))
			update := func() { enabledIf(!*inMandate(), consulted) }
			changed := within.OnChanged
			within.OnChanged = func(b bool) { changed(b); update() }
			g.onReload(update)
		}).titled(affectedGroupName)
	g = f.section("")
	g.check(forms.FGMultiGroupMandate)

	g = f.section(f.T("editor.section.justification"))
	g.field(forms.FGUrgency, look{rows: 4})
	g.field(forms.FGInterest, look{rows: 4})
	g.field(forms.FGWhyNotStudyGroups, look{rows: 4})
	g.field(forms.FGAlternatives, look{rows: 4})

	g = f.section(f.T("editor.section.implications"))
	g.check(forms.FGImplicationsPolicy)
	g.check(forms.FGImplicationsStrategic)
	g.field(forms.FGImplicationsStatement, look{rows: 3})

	g = f.section(f.T("editor.section.arrangements"))
	g.field(forms.FGWorkingLanguage, look{hint: "editor.hint.workingLanguage"})
	g.field(forms.FGFinancing, look{rows: 3})
	g.field(forms.FGAdminSupport, look{rows: 3})

	f.Reload()
	return f
}

func affectedGroupName(a forms.AffectedGroup) string {
	if a.Number <= 0 {
		return ""
	}
	return forms.Group{Kind: forms.StudyGroup, Number: a.Number}.Short()
}
