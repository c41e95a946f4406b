package a7

import (
	"slices"

	"fgdraft/forms"
)

// The periods A.7 and A.1 count in calendar days or months.
const (
	// SubmissionLeadDays: a contribution proposing a focus group is submitted at
	// least 12 calendar days before the meeting that is to decide (A.7 2.1.1.1,
	// 2.1.2.1); a progress report at least 12 days before each parent meeting (3.6).
	SubmissionLeadDays = 12
	// TranslationLeadMonths: a contribution submitted at least two months before
	// the meeting can be translated (Rec. ITU-T A.1).
	TranslationLeadMonths = 2
	// CommentPeriodDays: a proposal made between meetings is posted for four
	// weeks of comments (A.7 2.1.1.2, 2.1.2.2).
	CommentPeriodDays = 28
	// HandOverLeadDays: a deliverable reaches the parent group as a TD no later
	// than four calendar weeks before the parent meeting (A.7 clause 8).
	HandOverLeadDays = 28
	// AnnouncementLeadDays: a focus-group meeting after the first is announced
	// on the ITU website six weeks before it starts (A.7 3.5).
	AnnouncementLeadDays = 42
)

// SubmissionDeadline is the last day a contribution (or a progress report) may
// be submitted for a meeting that starts on start: start − 12 days.
func SubmissionDeadline(start forms.Date) forms.Date { return start.AddDays(-SubmissionLeadDays) }

// TranslationDate is the last day a contribution can be submitted and still be
// translated for a meeting that starts on start: start − 2 months.
func TranslationDate(start forms.Date) forms.Date { return start.AddMonths(-TranslationLeadMonths) }

// CommentPeriodEnd is the earliest establishment date of a proposal posted on
// posted for comments between meetings: posted + 28 days.
func CommentPeriodEnd(posted forms.Date) forms.Date { return posted.AddDays(CommentPeriodDays) }

// HandOverDeadline is the last day a deliverable can be handed to the parent
// group for its meeting that starts on start: start − 28 days.
func HandOverDeadline(start forms.Date) forms.Date { return start.AddDays(-HandOverLeadDays) }

// AnnouncementDate is the day a focus-group meeting that starts on start must
// be announced: start − 42 days.
func AnnouncementDate(start forms.Date) forms.Date { return start.AddDays(-AnnouncementLeadDays) }

// DeadlineKind says what a derived date is. Its value names the label
// "deadline.KIND" in the message files.
type DeadlineKind string

// Kinds of derived dates.
const (
	DeadlineSubmission     DeadlineKind = "submission"           // contribution due: meeting − 12 days
	DeadlineTranslation    DeadlineKind = "translation"          // contribution translated if submitted by: meeting − 2 months
	DeadlineCommentsEnd    DeadlineKind = "comments-end"         // between meetings: posting + 28 days
	DeadlineProgressReport DeadlineKind = "progress-report"      // parent meeting − 12 days
	DeadlineHandOver       DeadlineKind = "deliverable-handover" // parent meeting − 28 days
	DeadlineAnnouncement   DeadlineKind = "announcement"         // focus-group meeting − 6 weeks
	DeadlineEnd            DeadlineKind = "end"                  // last day of the lifetime
)

// DeadlineKinds lists the kinds of derived dates.
func DeadlineKinds() []DeadlineKind {
	return []DeadlineKind{DeadlineSubmission, DeadlineTranslation, DeadlineCommentsEnd,
		DeadlineProgressReport, DeadlineHandOver, DeadlineAnnouncement, DeadlineEnd}
}

// Deadline is a date derived from the proposal's dates.
type Deadline struct {
	Kind DeadlineKind
	Date forms.Date
	// Field is the field path of the date it derives from, e.g.
	// "timeline.parentMeetings[1].start"; the GUI jumps there.
	Field string
	// From is the date it derives from (a meeting's start, the posting date).
	From forms.Date
}

// DerivedDates lists the dates the timeline shows, sorted by date: the
// submission deadline and translation date of the meeting that is to decide
// (route "meeting"), the end of the comment period (route "between-meetings"),
// a progress-report due date for every parent meeting inside the lifetime and
// the first one after it (which receives the final deliverables), a
// deliverable hand-over deadline for every parent meeting that can consider
// deliverables (those after the start, up to the first one after the end), an
// announcement point for every focus-group meeting after the first, and the
// last day of the lifetime. The rules use the same functions, so the timeline,
// the PDF and the findings agree. opt is accepted for symmetry with Validate.
func DerivedDates(p *forms.Proposal, opt Options) []Deadline {
	_ = opt
	var out []Deadline
	c := &p.Contribution
	switch c.Route {
	case forms.AtMeeting:
		if s := c.Meeting.Start; !s.IsZero() {
			out = append(out,
				Deadline{DeadlineSubmission, SubmissionDeadline(s), forms.ContribMeetingStart.Path(), s},
				Deadline{DeadlineTranslation, TranslationDate(s), forms.ContribMeetingStart.Path(), s})
		}
	case forms.BetweenMeetings:
		if s := c.PostingDate; !s.IsZero() {
			out = append(out, Deadline{DeadlineCommentsEnd, CommentPeriodEnd(s), forms.ContribPostingDate.Path(), s})
		}
	}
	t := &p.Timeline
	for _, i := range progressMeetings(t) {
		s := t.ParentMeetings[i].Start
		out = append(out, Deadline{DeadlineProgressReport, SubmissionDeadline(s), forms.ParentMeetingStart.At(i).Path(), s})
	}
	for _, i := range handOverMeetings(t) {
		s := t.ParentMeetings[i].Start
		out = append(out, Deadline{DeadlineHandOver, HandOverDeadline(s), forms.ParentMeetingStart.At(i).Path(), s})
	}
	order := meetingOrder(t.Meetings)
	for k := 1; k < len(order); k++ {
		s := t.Meetings[order[k]].Start
		out = append(out, Deadline{DeadlineAnnouncement, AnnouncementDate(s), forms.MeetingStart.At(order[k]).Path(), s})
	}
	if end := t.End(); !end.IsZero() {
		out = append(out, Deadline{DeadlineEnd, end, forms.TimelineDurationMonths.Path(), t.Start})
	}
	slices.SortStableFunc(out, func(a, b Deadline) int { return a.Date.Compare(b.Date) })
	return out
}

// meetingOrder lists the indices of the meetings that have a start date,
// ordered by start date (ties keep list order).
func meetingOrder(ms []forms.Event) []int {
	var idx []int
	for i := range ms {
		if !ms[i].Start.IsZero() {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return ms[a].Start.Compare(ms[b].Start) })
	return idx
}

// inLifetime reports whether d falls within the focus group's lifetime
// (start and end included); false when the lifetime is not known.
func inLifetime(t *forms.Timeline, d forms.Date) bool {
	end := t.End()
	return !end.IsZero() && !d.Before(t.Start) && !d.After(end)
}

// progressMeetings lists, by start date, the parent meetings a progress
// report is due before (A.7 3.6): those inside the lifetime and the first one
// after it, which receives the final deliverables.
func progressMeetings(t *forms.Timeline) []int {
	var out []int
	end := t.End()
	for _, i := range meetingOrder(t.ParentMeetings) {
		s := t.ParentMeetings[i].Start
		if inLifetime(t, s) {
			out = append(out, i)
		} else if !end.IsZero() && s.After(end) {
			out = append(out, i)
			break
		}
	}
	return out
}

// handOverMeetings lists, by start date, the parent meetings that can
// consider deliverables: those after the focus group starts, up to and
// including the first one after its end. Without a start date, all of them.
func handOverMeetings(t *forms.Timeline) []int {
	var out []int
	end := t.End()
	for _, i := range meetingOrder(t.ParentMeetings) {
		s := t.ParentMeetings[i].Start
		if !t.Start.IsZero() && !s.After(t.Start) {
			continue
		}
		out = append(out, i)
		if !end.IsZero() && s.After(end) {
			break
		}
	}
	return out
}
