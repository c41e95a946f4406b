package app

import (
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2/test"
)

// BenchmarkKeystroke is one typed character on the timeline step followed by
// the Mark the window sends after re-validating: what every keystroke costs
// the forms.
func BenchmarkKeystroke(b *testing.B) {
	h := newStepHarness(b, forms.StepTimeline, forms.English)
	marks := map[string]a7.Severity{}
	for _, f := range a7.Validate(h.env.draft, a7.Options{Today: h.env.today()}) {
		for _, p := range f.Fields {
			marks[p] = f.Severity
		}
	}
	e := h.entry("timeline.meetings[0].place")
	h.win.Canvas().Focus(e)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		test.Type(e, "x")
		h.form.Mark(marks)
	}
}
