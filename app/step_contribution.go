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
	kind := choice(g, "contribution.parentGroup.kind", []forms.GroupKind{forms.StudyGroup, forms.TSAG},
		prefixed[forms.GroupKind](f, "groupKind."), func() *forms.GroupKind { return &c().ParentGroup.Kind })
	number := g.number("contribution.parentGroup.number", func() *int { return &c().ParentGroup.Number }, "editor.hint.sg")
	route := choice(g, "contribution.route", []forms.Route{forms.AtMeeting, forms.BetweenMeetings},
		prefixed[forms.Route](f, "route."), func() *forms.Route { return &c().Route })
	place := g.text("contribution.meeting.place", func() *string { return &c().Meeting.Place }, "editor.hint.place")
	start := g.date("contribution.meeting.start", func() *forms.Date { return &c().Meeting.Start })
	end := g.date("contribution.meeting.end", func() *forms.Date { return &c().Meeting.End })
	posting := g.date("contribution.postingDate", func() *forms.Date { return &c().PostingDate })
	// Both kinds of prose entry (plain and bidirectional) can be disabled.
	need := g.prose("contribution.urgentMarketNeed", func() *string { return &c().UrgentMarketNeed }, 3).(disableable)
	g.text("contribution.studyPeriod", func() *string { return &c().StudyPeriod }, "editor.hint.studyPeriod")
	_ = kind
	_ = route

	// Fields that apply only to a study group, or to one route.
	f.hooks = append(f.hooks, func() {
		cc := c()
		enabledIf(cc.ParentGroup.Kind != forms.TSAG, number)
		enabledIf(cc.Route != forms.BetweenMeetings, place, start, end)
		enabledIf(cc.Route != forms.AtMeeting, posting, need)
	})

	stringList(f, "contribution.questions", func() *[]string { return &c().Questions }, "editor.hint.question")

	g = f.section(f.T("editor.section.document"))
	g.longText("contribution.title", func() *string { return &c().Title }, "", 2)
	g.longText("contribution.source", func() *string { return &c().Source }, "editor.hint.source", 3)
	choice(g, "language", forms.Languages(), env.ui.LanguageName, func() *forms.Lang { return &env.draft.Language })
	g.date("contribution.submissionDate", func() *forms.Date { return &c().SubmissionDate })

	contacts := func() *[]forms.Contact { return &c().Contacts }
	newList(f, "contribution.contacts", contacts, func() forms.Contact { return forms.Contact{} }, false,
		func(g *grid, i int, p string) {
			it := at(contacts, i)
			g.text(p+".name", func() *string { return &it().Name }, "")
			g.text(p+".organization", func() *string { return &it().Organization }, "")
			g.country(p+".country", func() *string { return &it().Country })
			g.text(p+".tel", func() *string { return &it().Tel }, "editor.hint.tel")
			g.text(p+".email", func() *string { return &it().Email }, "editor.hint.email")
		}).titled(func(c forms.Contact) string { return c.Name })

	stringList(f, "contribution.keywords", func() *[]string { return &c().Keywords }, "")

	g = f.section("")
	g.prose("contribution.abstract", func() *string { return &c().Abstract }, 5)

	f.Reload()
	return f
}

var _ disableable = (*widget.Entry)(nil)
