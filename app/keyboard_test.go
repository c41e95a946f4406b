package app

import (
	"strings"
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// pressTab delivers Tab (Shift+Tab when back) to a canvas as the desktop
// driver does: a focused widget that accepts tabs gets the key, otherwise
// the focus moves.
func pressTab(c fyne.Canvas, back bool) {
	if t, ok := c.Focused().(fyne.Tabbable); ok && t.AcceptsTab() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	if back {
		c.FocusPrevious()
	} else {
		c.FocusNext()
	}
}

// Item 1: Tab and Shift+Tab leave every free-text field of the wizard, and
// no tab character reaches the draft.
func TestTabLeavesEveryField(t *testing.T) {
	for _, c := range []struct {
		step forms.Step
		lang forms.Lang
	}{
		{forms.StepContribution, forms.English}, {forms.StepTerms, forms.English}, {forms.StepGaps, forms.English},
		{forms.StepSupporters, forms.English}, {forms.StepTimeline, forms.English},
		{forms.StepTerms, forms.Arabic}, {forms.StepSupporters, forms.Arabic}, // the bidirectional entry
	} {
		h := newStepHarness(t, c.step, c.lang)
		c := h.win.Canvas()
		for path, ref := range h.f.fields {
			if ref.focus == nil {
				continue
			}
			if tb, ok := ref.focus.(fyne.Tabbable); ok && tb.AcceptsTab() {
				t.Errorf("%s: %T takes Tab as text", path, ref.focus)
				continue
			}
			c.Focus(ref.focus)
			pressTab(c, false)
			if c.Focused() == ref.focus {
				t.Errorf("%s: Tab left the focus in the field", path)
			}
			c.Focus(ref.focus)
			pressTab(c, true)
			if c.Focused() == ref.focus {
				t.Errorf("%s: Shift+Tab left the focus in the field", path)
			}
		}
	}
}

func TestTabTypedIntoFieldsMovesOn(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.English)
	c := h.win.Canvas()
	for _, path := range []string{"focusGroup.name", "focusGroup.background"} {
		h.typeInto(path, "Networks")
		// A Tab that reaches the entry itself (as Fyne's entry would type it).
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		if c.Focused() == h.focusable(path) {
			t.Errorf("%s: the typed Tab kept the focus", path)
		}
		h.typeInto(path, "\tFG-AIRAN")
	}
	if got := h.env.draft.FocusGroup.Name; strings.Contains(got, "\t") || !strings.HasSuffix(got, "NetworksFG-AIRAN") {
		t.Errorf("name = %q", got)
	}
	if got := h.env.draft.FocusGroup.Background; strings.Contains(got, "\t") {
		t.Errorf("background = %q", got)
	}
}

func TestPastedTabsBecomeSpaces(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.English)
	h.replace("focusGroup.name", "Focus Group on AI\tFG-AIRAN")
	h.replace("focusGroup.acronym", "FG-\tAI")
	fg := h.env.draft.FocusGroup
	if fg.Name != "Focus Group on AI FG-AIRAN" || fg.Acronym != "FG- AI" {
		t.Errorf("name %q, acronym %q", fg.Name, fg.Acronym)
	}
}

// Item 6: Tab from the last multi-line field of a step reaches Next.
func TestTabReachesNext(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	c := w.win.Canvas()
	f := formOf(w.formFor(forms.StepContribution))
	c.Focus(f.fields["contribution.abstract"].focus)
	for i := 0; i < 8 && c.Focused() != w.next; i++ {
		pressTab(c, false)
	}
	if c.Focused() != w.next {
		t.Fatalf("Tab from the abstract reaches %T, not Next", c.Focused())
	}
	pressKey(c, fyne.KeySpace, ' ')
	if w.current != forms.StepTerms {
		t.Errorf("Space on Next: step %s", w.current)
	}
}
