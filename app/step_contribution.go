package app

import (
	"fgdraft/forms"

	"fyne.io/fyne/v2/widget"
)

// newContributionStep is the cover of the contribution: parent group,
// meeting or route, study period, questions, source, title, contacts,
// keywords, abstract, dates and the draft's language.
func newContributionStep(env *editorEnv) stepForm {
	f := newForm(env)
	c := func() *forms.Contribution { return &env.draft.Contribution }

	g := f.section(f.T("editor.section.parent"))
	choice(g, forms.ContribParentGroupKind, []forms.GroupKind{forms.StudyGroup, forms.TSAG},
		prefixed[forms.GroupKind](f, "groupKind."))
	number := g.number(forms.ContribParentGroupNumber, "editor.hint.sg")
	choice(g, forms.ContribRoute, []forms.Route{forms.AtMeeting, forms.BetweenMeetings},
		prefixed[forms.Route](f, "route."))
	place := g.field(forms.ContribMeetingPlace, look{hint: "editor.hint.place"})
	start := g.date(forms.ContribMeetingStart)
	end := g.date(forms.ContribMeetingEnd)
	posting := g.date(forms.ContribPostingDate)
	need := g.field(forms.ContribUrgentMarketNeed, look{rows: 3})
	g.field(forms.ContribStudyPeriod, look{hint: "editor.hint.studyPeriod"})

	// Fields that apply only to a study group, or to one route.
	f.hooks = append(f.hooks, func() {
		cc := c()
		enabledIf(cc.ParentGroup.Kind != forms.TSAG, number)
		for _, w := range []struct {
			field  forms.FieldPath
			widget disableable
		}{{forms.ContribMeetingPlace, place}, {forms.ContribMeetingStart, start}, {forms.ContribMeetingEnd, end},
			{forms.ContribPostingDate, posting}, {forms.ContribUrgentMarketNeed, need}} {
			enabledIf(forms.Applies(env.draft, w.field), w.widget)
		}
	})

	stringList(f, forms.ContribQuestions, forms.Question, "editor.hint.question")

	g = f.section(f.T("editor.section.document"))
	g.field(forms.ContribTitle, look{rows: 2})
	g.field(forms.ContribSource, look{hint: "editor.hint.source", rows: 3})
	choice(g, forms.DraftLanguage, forms.Languages(), env.ui.LanguageName)
	g.date(forms.ContribSubmissionDate)

	newList(f, forms.ContribContacts, func() forms.Contact { return forms.Contact{} }, false,
		func(g *grid, i int) {
			g.field(forms.ContactName.At(i), look{})
			g.field(forms.ContactOrganization.At(i), look{})
			g.field(forms.ContactCountry.At(i), look{})
			g.field(forms.ContactTel.At(i), look{hint: "editor.hint.tel"})
			g.field(forms.ContactEmail.At(i), look{hint: "editor.hint.email"})
		}).titled(func(c forms.Contact) string { return c.Name })

	stringList(f, forms.ContribKeywords, forms.Keyword, "")

	g = f.section("")
	g.field(forms.ContribAbstract, look{rows: 5})

	f.Reload()
	return f
}

var _ disableable = (*widget.Entry)(nil)
