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
	g.longText(forms.FGName, "editor.hint.fgName", 2)
	g.text(forms.FGAcronym, "editor.hint.acronym")
	g.prose(forms.FGBackground, 5)
	g.prose(forms.FGScope, 5)
	g.prose(forms.FGActionPlan, 4)

	newList(f, forms.FGDeliverables, func() forms.Deliverable { return forms.Deliverable{} }, false,
		func(g *grid, i int) {
			g.longText(forms.DeliverableTitle.At(i), "", 2)
			typ := choice(g, forms.DeliverableTypeField.At(i), forms.DeliverableTypes(),
				prefixed[forms.DeliverableType](f, "deliverableType."))
			other := g.text(forms.DeliverableOtherType.At(i), "")
			g.date(forms.DeliverableDue.At(i))
			g.text(forms.DeliverableTargetGroup.At(i), "editor.hint.targetGroup")
			g.text(forms.DeliverableIntendedRecommendation.At(i), "editor.hint.recommendation")
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
	g.prose(forms.FGParentRelationship, 4)
	newList(f, forms.FGRelationships, func() forms.Relationship { return forms.Relationship{} }, false,
		func(g *grid, i int) {
			g.text(forms.RelationshipBody.At(i), "editor.hint.body")
			g.prose(forms.RelationshipDescription.At(i), 3)
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
	g.prose(forms.FGUrgency, 4)
	g.prose(forms.FGInterest, 4)
	g.prose(forms.FGWhyNotStudyGroups, 4)
	g.prose(forms.FGAlternatives, 4)

	g = f.section(f.T("editor.section.implications"))
	g.check(forms.FGImplicationsPolicy)
	g.check(forms.FGImplicationsStrategic)
	g.prose(forms.FGImplicationsStatement, 3)

	g = f.section(f.T("editor.section.arrangements"))
	g.text(forms.FGWorkingLanguage, "editor.hint.workingLanguage")
	g.prose(forms.FGFinancing, 3)
	g.prose(forms.FGAdminSupport, 3)

	f.Reload()
	return f
}

func affectedGroupName(a forms.AffectedGroup) string {
	if a.Number <= 0 {
		return ""
	}
	return forms.Group{Kind: forms.StudyGroup, Number: a.Number}.Short()
}
