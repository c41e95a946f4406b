package app

import (
	"testing"

	"fgdraft/app/bidientry"
	"fgdraft/forms"

	"fyne.io/fyne/v2/test"
)

// A field whose text holds hidden characters (bidi overrides and isolates,
// zero-width and tag characters) says so under it, naming each by code
// point, short name and position, with Fyne's entries and with the
// bidirectional one; the note goes when they do (issue 26, item 4).
func TestHiddenCharactersShownInTheField(t *testing.T) {
	t.Run("Fyne's entries", func(t *testing.T) {
		h := newStepHarness(t, forms.StepTerms, forms.English)
		path := forms.FGScope.Path()
		show := h.f.fields[path].show
		if containsText(show, "Invisible characters") {
			t.Fatal("a note on a field without hidden characters")
		}
		h.replace(path, "Fine. \u202Eelif ot ydaer si lasoporp sihT\u202C a\u200Bb")
		for _, want := range []string{"Invisible characters in this field", "U+202E RLO (7)", "U+202C PDF (38)", "U+200B ZWSP (41)"} {
			if !containsText(show, want) {
				t.Errorf("the note lacks %q: %v", want, texts(show))
			}
		}
		h.replace(path, "Fine.")
		if containsText(show, "Invisible characters") {
			t.Error("the note stays after the characters went")
		}

		// a one-line field, and the text as the draft has it on a reload
		h2 := newStepHarness(t, forms.StepContribution, forms.English)
		title := forms.ContribTitle.Path()
		*forms.ContribTitle.Ref(h2.env.draft) = "Title\U000E0041\U000E0042\U000E0043\U000E0044\U000E0045\U000E0046"
		h2.form.Reload()
		for _, want := range []string{"U+E0041 TAG (6)", "U+E0045 TAG (10), …"} {
			if !containsText(h2.f.fields[title].show, want) {
				t.Errorf("the title's note lacks %q: %v", want, texts(h2.f.fields[title].show))
			}
		}
	})
	t.Run("the bidirectional entry", func(t *testing.T) {
		h := newStepHarness(t, forms.StepTerms, forms.Arabic)
		path := forms.FGScope.Path()
		e, ok := h.f.fields[path].focus.(*bidientry.Entry)
		if !ok {
			t.Fatalf("the scope's entry is a %T", h.f.fields[path].focus)
		}
		h.win.Canvas().Focus(e)
		test.Type(e, "\u2067x")
		if !containsText(h.f.fields[path].show, "U+2067 RLI") {
			t.Errorf("no note after typing an isolate: %v", texts(h.f.fields[path].show))
		}
	})
}
