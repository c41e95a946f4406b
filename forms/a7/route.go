package a7

import "fgdraft/forms"

// Checks of the establishment route and its deadlines (A.7 2.1.1, 2.1.2).

// deadline.contribution: route "meeting". The contribution is due 12 calendar
// days before the meeting starts (on or before start − 12). The date measured
// is the submission date when given, else today.
//
//   - error when that date is later than the deadline. Params: Late 1,
//     Deadline, Meeting (start), Submitted (the submission date, zero when
//     not given), Count (days late), Planned (1 when the submission date is
//     after today: a plan the proposer can still change, not a fact), Open
//     (1 when the deadline is today or ahead: the contribution can still be
//     submitted in time).
//   - info while the deadline is still ahead of today or today, and met.
//     Params: Late 0, Deadline, Meeting, Count (days from today to the
//     deadline), LastDay (1 when the deadline is today).
func checkContributionDeadline(c *checker) {
	m := c.p.Contribution.Meeting.Start
	if !forms.Applies(c.p, forms.ContribMeetingStart) || m.IsZero() {
		return
	}
	deadline := SubmissionDeadline(m)
	submitted := c.p.Contribution.SubmissionDate
	at := submitted
	if at.IsZero() {
		at = c.today
	}
	fields := forms.Paths(forms.ContribSubmissionDate, forms.ContribMeetingStart)
	if at.After(deadline) {
		c.addAs(Error, "", fields, map[string]any{
			"Late": 1, "Deadline": deadline, "Meeting": m, "Submitted": submitted, "Count": deadline.DaysUntil(at),
			"Planned": b2i(submitted.After(c.today)), "Open": b2i(!c.today.After(deadline)),
		})
		return
	}
	if !c.today.After(deadline) {
		left := c.today.DaysUntil(deadline)
		c.addAs(Info, "", fields, map[string]any{"Late": 0, "Deadline": deadline, "Meeting": m, "Count": left, "LastDay": b2i(left == 0)})
	}
}

// deadline.translation: route "meeting"; the date by which a contribution
// can still be translated (meeting start − 2 months). The clause is Rec.
// ITU-T A.1's, not A.7's (see ClauseA1). Params: Date, Deadline (the 12-day
// deadline), Meeting.
func checkTranslationDate(c *checker) {
	m := c.p.Contribution.Meeting.Start
	if !forms.Applies(c.p, forms.ContribMeetingStart) || m.IsZero() {
		return
	}
	c.add(forms.Paths(forms.ContribSubmissionDate, forms.ContribMeetingStart),
		map[string]any{"Date": TranslationDate(m), "Deadline": SubmissionDeadline(m), "Meeting": m})
}

// route.between-meetings.policy: between meetings only for technical
// matters, "i.e. with no regulatory or policy implications" (2.1.1.2,
// 2.1.2.2). Strategic, structural or operational implications do not bar the
// route: they make participation members-only (participation.members-only).
// No params.
func checkBetweenMeetingsPolicy(c *checker) {
	if c.p.Contribution.Route != forms.BetweenMeetings || !c.p.FocusGroup.Implications.Policy {
		return
	}
	c.add(forms.Paths(forms.ContribRoute, forms.FGImplicationsPolicy), nil)
}

// route.between-meetings.urgency: between meetings is for exceptional cases,
// to meet an urgent market need, which the proposal states substantively.
// Params: Empty (1 when nothing is written).
func checkBetweenMeetingsUrgency(c *checker) {
	need := c.p.Contribution.UrgentMarketNeed
	if !forms.Applies(c.p, forms.ContribUrgentMarketNeed) {
		return
	}
	ok, quote := says(need, forms.ContribUrgentMarketNeed.Path(), forms.RoleArgument)
	if ok {
		return
	}
	c.addAs(Error, "", forms.Paths(forms.ContribUrgentMarketNeed),
		withPlaceholder(map[string]any{"Empty": b2i(forms.Blank(need))}, quote))
}

// route.between-meetings.comments: the four-week comment period. Params:
// Posted (posting date, zero when not given), Earliest (posting + 28 days,
// zero when not known), TooEarly (1 when the timeline starts before Earliest,
// with timeline.start among the fields).
func checkBetweenMeetingsComments(c *checker) {
	if !forms.Applies(c.p, forms.ContribPostingDate) {
		return
	}
	posted := c.p.Contribution.PostingDate
	var earliest forms.Date
	tooEarly := 0
	fields := forms.Paths(forms.ContribPostingDate)
	if !posted.IsZero() {
		earliest = CommentPeriodEnd(posted)
		if s := c.p.Timeline.Start; !s.IsZero() && s.Before(earliest) {
			tooEarly = 1
			fields = append(fields, forms.TimelineStart.Path())
		}
	}
	c.addAs(Info, "", fields,
		map[string]any{"Posted": posted, "Earliest": earliest, "TooEarly": tooEarly})
}

// route.revision: the draft is a revision of a filed contribution
// (contribution.revision ≥ 1, which a revision export sets): at a meeting,
// a substantially changed proposal goes to the parent group's *next*
// meeting as a revised contribution, so the meeting the draft names must be
// that one, and the deadlines (route.contribution-deadline,
// deadline.translation) are counted from it. Params: Revision, Meeting and
// Deadline (the 12-day submission deadline; zero while the meeting is not
// known).
func checkRevision(c *checker) {
	n := c.p.Contribution.Revision
	if c.p.Contribution.Route != forms.AtMeeting || n < 1 {
		return
	}
	params := map[string]any{"Revision": n}
	if m := c.p.Contribution.Meeting.Start; !m.IsZero() {
		params["Meeting"], params["Deadline"] = m, SubmissionDeadline(m)
	}
	c.addAs(Info, "", forms.Paths(forms.ContribRevision, forms.ContribMeetingStart), params)
}
