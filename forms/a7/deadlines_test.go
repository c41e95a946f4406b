package a7

import (
	"strings"
	"testing"

	"fgdraft/forms"
)

func TestDeadlineArithmetic(t *testing.T) {
	tests := []struct {
		name string
		f    func(forms.Date) forms.Date
		in   string
		want string
	}{
		{"submission", SubmissionDeadline, "2027-03-01", "2027-02-17"},
		{"submission, leap year", SubmissionDeadline, "2028-03-01", "2028-02-18"},
		{"submission, across a year", SubmissionDeadline, "2027-01-05", "2026-12-24"},
		{"submission, mid-month", SubmissionDeadline, "2027-09-20", "2027-09-08"},
		{"translation", TranslationDate, "2027-03-01", "2027-01-01"},
		{"translation, clamped", TranslationDate, "2027-04-30", "2027-02-28"},
		{"translation, clamped leap", TranslationDate, "2028-04-30", "2028-02-29"},
		{"translation, across a year", TranslationDate, "2027-01-15", "2026-11-15"},
		{"comments end", CommentPeriodEnd, "2027-02-10", "2027-03-10"},
		{"comments end, leap year", CommentPeriodEnd, "2028-02-10", "2028-03-09"},
		{"hand-over", HandOverDeadline, "2027-09-01", "2027-08-04"},
		{"announcement", AnnouncementDate, "2027-06-21", "2027-05-10"},
		{"announcement, leap year", AnnouncementDate, "2028-04-01", "2028-02-19"},
	}
	for _, tt := range tests {
		if got := tt.f(date(tt.in)).String(); got != tt.want {
			t.Errorf("%s(%s) = %s, want %s", tt.name, tt.in, got, tt.want)
		}
	}
}

// A contribution is on time up to 12 calendar days before the meeting
// starts, late from 11; across months and leap days.
func TestContributionDeadlineBoundaries(t *testing.T) {
	tests := []struct {
		meeting, submitted string
		late               bool
	}{
		{"2027-03-01", "2027-02-17", false}, // 12 days before
		{"2027-03-01", "2027-02-18", true},  // 11 days before
		{"2028-03-01", "2028-02-18", false}, // leap year: 29 February counts
		{"2028-03-01", "2028-02-19", true},
		{"2027-09-08", "2027-08-27", false}, // meeting starting in one month, deadline in the previous
		{"2027-09-08", "2027-08-28", true},
		{"2027-01-05", "2026-12-24", false}, // across a year
		{"2027-01-05", "2026-12-25", true},
		{"2027-03-01", "2027-03-01", true}, // on the first day of the meeting
	}
	for _, tt := range tests {
		p := cleanProposal()
		p.Contribution.Meeting.Start = date(tt.meeting)
		p.Contribution.Meeting.End = date(tt.meeting).AddDays(9)
		p.Contribution.SubmissionDate = date(tt.submitted)
		fs := findingsOf(Validate(p, Options{Today: date("2026-01-01")}), "deadline.contribution")
		late := len(fs) == 1 && fs[0].Severity == Error
		if late != tt.late || len(fs) != 1 {
			t.Errorf("meeting %s, submitted %s: late %v, want %v (%+v)", tt.meeting, tt.submitted, late, tt.late, fs)
		}
	}
}

func TestDurationBoundaries(t *testing.T) {
	for months, want := range map[int]string{1: "", 8: "", 9: "", 10: "info", 11: "info", 12: "info", 13: "error", 24: "error"} {
		p := cleanProposal()
		p.Timeline.DurationMonths = months
		p.FocusGroup.Deliverables = p.FocusGroup.Deliverables[:0]
		fs := findingsOf(Validate(p, testOptions()), "tor.duration")
		got := ""
		if len(fs) > 0 {
			got = fs[0].Severity.String()
		}
		if got != want {
			t.Errorf("%d months: %q, want %q", months, got, want)
		}
	}
}

func TestTimelineEnd(t *testing.T) {
	for _, tt := range []struct {
		start  string
		months int
		end    string
	}{
		{"2027-03-10", 9, "2027-12-09"},
		{"2027-01-01", 12, "2027-12-31"},
		{"2027-01-31", 1, "2027-02-27"},
		{"2028-01-31", 1, "2028-02-28"},
		{"2027-06-01", 0, ""},
	} {
		tl := forms.Timeline{Start: date(tt.start), DurationMonths: tt.months}
		if got := tl.End().String(); got != tt.end {
			t.Errorf("%s + %d months ends %s, want %s", tt.start, tt.months, got, tt.end)
		}
	}
}

func TestDerivedDates(t *testing.T) {
	p := cleanProposal()
	got := DerivedDates(p, testOptions())
	want := []string{
		"translation 2027-01-01 contribution.meeting.start",
		"submission 2027-02-17 contribution.meeting.start",
		"announcement 2027-05-10 timeline.meetings[1].start",
		"announcement 2027-08-02 timeline.meetings[2].start",
		"deliverable-handover 2027-08-04 timeline.parentMeetings[0].start",
		"progress-report 2027-08-20 timeline.parentMeetings[0].start",
		"end 2027-12-09 timeline.durationMonths",
		"deliverable-handover 2027-12-20 timeline.parentMeetings[1].start",
		"progress-report 2028-01-05 timeline.parentMeetings[1].start",
	}
	var lines []string
	for _, d := range got {
		lines = append(lines, string(d.Kind)+" "+d.Date.String()+" "+d.Field)
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("derived dates:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}

	// Between meetings: the comment period instead of the meeting deadlines.
	p.Contribution.Route = forms.BetweenMeetings
	p.Contribution.PostingDate = date("2027-02-01")
	got = DerivedDates(p, testOptions())
	if got[0].Kind != DeadlineCommentsEnd || got[0].Date != date("2027-03-01") || got[0].Field != "contribution.postingDate" {
		t.Errorf("between meetings: first %+v", got[0])
	}
	for _, d := range got {
		if d.Kind == DeadlineSubmission || d.Kind == DeadlineTranslation {
			t.Errorf("between meetings: %+v", d)
		}
	}

	// Hand-over deadlines and progress reports stop after the first parent
	// meeting past the end, which receives the final deliverables; none for
	// a meeting before the start.
	p.Timeline.ParentMeetings = append(p.Timeline.ParentMeetings,
		forms.Event{Start: date("2028-05-01")}, forms.Event{Start: date("2027-01-20")})
	n := map[DeadlineKind]int{}
	for _, d := range DerivedDates(p, testOptions()) {
		n[d.Kind]++
	}
	if n[DeadlineHandOver] != 2 || n[DeadlineProgressReport] != 2 {
		t.Errorf("counts %v", n)
	}

	// Nothing to derive from: nothing.
	if got := DerivedDates(&forms.Proposal{}, Options{}); len(got) != 0 {
		t.Errorf("empty proposal: %+v", got)
	}
}

// The rules and DerivedDates agree: every date a finding names is a derived date.
func TestRulesUseDerivedDates(t *testing.T) {
	p := cleanProposal()
	p.Timeline.Meetings[1].Start = date("2027-05-20")
	p.FocusGroup.Deliverables[0].Due = date("2027-08-20")
	derived := map[forms.Date]bool{}
	for _, d := range DerivedDates(p, testOptions()) {
		derived[d.Date] = true
	}
	for _, f := range Validate(p, testOptions()) {
		for _, k := range []string{"Deadline", "Date", "Announce", "Earliest"} {
			if d, ok := f.Params[k].(forms.Date); ok && !d.IsZero() && !derived[d] {
				t.Errorf("%s: %s %s is not among the derived dates", f.Rule, k, d)
			}
		}
	}
}

func TestDeadlineKindsDistinct(t *testing.T) {
	seen := map[DeadlineKind]bool{}
	for _, k := range DeadlineKinds() {
		if seen[k] || k == "" {
			t.Errorf("kind %q", k)
		}
		seen[k] = true
	}
}

func TestParseGroupName(t *testing.T) {
	t.Parallel()
	sg := func(n int) forms.Group { return forms.Group{Kind: forms.StudyGroup, Number: n} }
	tsag := forms.Group{Kind: forms.TSAG}
	for s, want := range map[string]forms.Group{
		"SG13": sg(13), "sg 13": sg(13), "ITU-T SG13": sg(13), "Study Group 13": sg(13), "13": sg(13),
		"CE 13": sg(13), "ИК13": sg(13), "第13研究组": sg(13), "لجنة الدراسات 13": sg(13),
		"TSAG": tsag, "itu-t tsag": tsag, "GCNT": tsag, "КГСЭ": tsag,
	} {
		if got, ok := ParseGroupName(s); !ok || got != want {
			t.Errorf("ParseGroupName(%q) = %v %v, want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "ETSI", "SG", "SG-1", "+13", "3GPP SA3"} {
		if g, ok := ParseGroupName(s); ok {
			t.Errorf("ParseGroupName(%q) = %v: not a group", s, g)
		}
	}
}
