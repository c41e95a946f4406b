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
	kind := choice(g, forms.ContribParentGroupKind, []forms.GroupKind{forms.StudyGroup, forms.TSAG},
		prefixed[forms.GroupKind](f, "groupKind."))
	number := g.number(forms.ContribParentGroupNumber, "editor.hint.sg")
	route := choice(g, forms.ContribRoute, []forms.Route{forms.AtMeeting, forms.BetweenMeetings},
		prefixed[forms.Route](f, "route."))
	place := g.text(forms.ContribMeetingPlace, "editor.hint.place")
	start := g.date(forms.ContribMeetingStart)
	end := g.date(forms.ContribMeetingEnd)
	posting := g.date(forms.ContribPostingDate)
	// Both kinds of prose entry (plain and bidirectional) can be disabled.
	need := g.prose(forms.ContribUrgentMarketNeed, 3).(disableable)
	g.text(forms.ContribStudyPeriod, "editor.hint.studyPeriod")
	_ = kind
	_ = route

	// Fields that apply only to a study group, or to one route.
	f.hooks = append(f.hooks, func() {
		cc := c()
		enabledIf(cc.ParentGroup.Kind != forms.TSAG, number)
		enabledIf(cc.Route != forms.BetweenMeetings, place, start, end)
		enabledIf(cc.Route != forms.AtMeeting, posting, need)
	})

	stringList(f, forms.ContribQuestions, forms.Question, "editor.hint.question")

	g = f.section(f.T("editor.section.document"))
	g.longText(forms.ContribTitle, "", 2)
	g.longText(forms.ContribSource, "editor.hint.source", 3)
	choice(g, forms.DraftLanguage, forms.Languages(), env.ui.LanguageName)
	g.date(forms.ContribSubmissionDate)

	newList(f, forms.ContribContacts, func() forms.Contact { return forms.Contact{} }, false,
		func(g *grid, i int) {
			g.text(forms.ContactName.At(i), "")
			g.text(forms.ContactOrganization.At(i), "")
			g.country(forms.ContactCountry.At(i))
			g.text(forms.ContactTel.At(i), "editor.hint.tel")
			g.text(forms.ContactEmail.At(i), "editor.hint.email")
		}).titled(func(c forms.Contact) string { return c.Name })

	stringList(f, forms.ContribKeywords, forms.Keyword, "")

	g = f.section("")
	g.prose(forms.ContribAbstract, 5)

	f.Reload()
	return f
}

var _ disableable = (*widget.Entry)(nil)
