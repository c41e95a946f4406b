package app

import (
	"slices"
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2/widget"
)

// timelineStep is the focus group's start, duration and meetings, with the
// drawn timeline and the derived dates written out under it.
type timelineStep struct {
	*form
	chart   *timelineChart
	derived *widget.Label // one line per derived date
	lines   []string      // what derived shows
}

func newTimelineStep(env *editorEnv) stepForm {
	s := &timelineStep{form: newForm(env), chart: newTimelineChart()}
	f := s.form
	// Tapping a mark goes to its field: meetings and the lifetime on this
	// step, deliverables and the deciding meeting on theirs.
	s.chart.onTap = func(path string) {
		if forms.StepOf(path) != forms.StepTimeline && env.goTo != nil {
			env.goTo(path)
			return
		}
		f.Focus(path)
	}
	s.derived = f.dir.label("")

	g := f.section(f.T("editor.section.lifetime"))
	g.date(forms.TimelineStart)
	g.number(forms.TimelineDurationMonths, "editor.hint.months")

	meeting := func(place forms.ItemField[string], start, end forms.ItemField[forms.Date]) func(g *grid, i int) {
		return func(g *grid, i int) {
			g.field(place.At(i), look{hint: "editor.hint.place"})
			g.date(start.At(i))
			g.date(end.At(i))
		}
	}
	newList(f, forms.TimelineMeetings, func() forms.Event { return forms.Event{} }, false,
		meeting(forms.MeetingPlace, forms.MeetingStart, forms.MeetingEnd)).
		titled(eventName)
	newList(f, forms.TimelineParentMeetings, func() forms.Event { return forms.Event{} }, false,
		meeting(forms.ParentMeetingPlace, forms.ParentMeetingStart, forms.ParentMeetingEnd)).
		titled(eventName)

	// The chart and the derived dates grow and shrink as dates are typed:
	// they come after the fields, so that nothing above the field being
	// edited changes height.
	f.body.Add(f.heading(f.T("editor.section.chart")))
	f.body.Add(s.chart)
	f.body.Add(s.derived)
	f.hooks = append(f.hooks, s.update)
	f.Reload()
	return s
}

// update redraws the chart and the list of derived dates when they changed.
// It runs after every edit and every Mark, so that edits made on other steps
// (the meeting, deliverables) show too.
func (s *timelineStep) update() {
	today := forms.Today()
	if s.env.today != nil {
		today = s.env.today()
	}
	s.chart.set(timelineChartData(s.env.draft, s.env.ui, today))

	var lines []string
	for _, d := range a7.DerivedDates(s.env.draft, a7.Options{Today: today}) {
		lines = append(lines, s.T("editor.chart.derived", map[string]any{
			"Date": s.env.ui.Date(d.Date), "What": s.T("deadline." + string(d.Kind)),
		}))
	}
	if slices.Equal(lines, s.lines) {
		return
	}
	s.lines = lines
	s.derived.SetText(s.vis(strings.Join(lines, "\n")))
}

func eventName(e forms.Event) string { return e.Place }
