package app

import (
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Titles wrap but stay one line: Return does nothing, pasted breaks become spaces.
func TestLongTextStaysOneLine(t *testing.T) {
	h := newStepHarness(t, forms.StepContribution, forms.English)
	p := h.env.draft
	e := h.focusable("contribution.title").(*lineEntry)
	h.typeInto("contribution.title", " A")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	test.Type(e, "B")
	if p.Contribution.Title != "Proposal AB" {
		t.Errorf("title = %q", p.Contribution.Title)
	}
	e.SetText("Line one\nline two\r\n")
	if p.Contribution.Title != "Line one line two" || e.Text != p.Contribution.Title {
		t.Errorf("pasted: title %q, entry %q", p.Contribution.Title, e.Text)
	}
	h.wantChange("contribution.title")
}
