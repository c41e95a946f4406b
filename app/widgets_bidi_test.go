package app

import (
	"testing"

	"fgdraft/app/bidientry"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// In the Arabic interface the wizard's free text is edited with the
// bidirectional entry: typed text reaches the draft, the word count follows
// and a title's line feeds become spaces. In the English interface with an
// English draft, Fyne's entry stays.
func TestWizardBidiEntries(t *testing.T) {
	const sentence = "تعمل مجموعة O-RAN Alliance على واجهات AI/ML منذ 2021، ولكن الفجوة ما زالت قائمة."
	h := newStepHarness(t, forms.StepTerms, forms.Arabic)
	scope, ok := h.f.fields["focusGroup.scope"].focus.(*bidientry.Entry)
	if !ok {
		t.Fatalf("scope: %T, want the bidirectional entry", h.f.fields["focusGroup.scope"].focus)
	}
	if !scope.DefaultRTL || !scope.MultiLine {
		t.Errorf("scope: right to left %v, multi-line %v", scope.DefaultRTL, scope.MultiLine)
	}
	scope.SetText("")
	h.win.Canvas().Focus(scope)
	test.Type(scope, sentence)
	if got := h.env.draft.FocusGroup.Scope; got != sentence {
		t.Errorf("draft scope %q", got)
	}
	if len(h.changes) == 0 || h.changes[len(h.changes)-1] != "focusGroup.scope" {
		t.Errorf("edits reported %v", h.changes)
	}
	wantCount := uiText(h.env.ui, h.env.ui.N("editor.words", 14, nil))
	found := false
	for _, s := range texts(h.form.Content()) {
		found = found || s == wantCount
	}
	if !found {
		t.Errorf("no word count %q", wantCount)
	}

	name, ok := h.f.fields["focusGroup.name"].focus.(*bidientry.Entry)
	if !ok {
		t.Fatalf("name: %T, want the bidirectional entry", h.f.fields["focusGroup.name"].focus)
	}
	name.SetText("")
	h.win.Canvas().Focus(name)
	test.Type(name, "فريق\nمتخصص")
	if got := h.env.draft.FocusGroup.Name; got != "فريق متخصص" {
		t.Errorf("draft name %q", got)
	}

	he := newStepHarness(t, forms.StepTerms, forms.English)
	if he.env.draft.Language != forms.English {
		t.Fatalf("sample draft in %s", he.env.draft.Language)
	}
	if _, ok := he.f.fields["focusGroup.scope"].focus.(*wrapEntry); !ok {
		t.Errorf("English scope: %T, want Fyne's entry", he.f.fields["focusGroup.scope"].focus)
	}
}

// One-line fields too, but for phone numbers, which stay left to right in
// Fyne's entry; a pasted tab becomes a space.
func TestWizardBidiOneLineFields(t *testing.T) {
	h := newStepHarness(t, forms.StepContribution, forms.Arabic)
	place, ok := h.f.fields["contribution.meeting.place"].focus.(*bidientry.Entry)
	if !ok {
		t.Fatalf("place: %T, want the bidirectional entry", h.f.fields["contribution.meeting.place"].focus)
	}
	if _, ok := h.f.fields["contribution.contacts[0].tel"].focus.(*widget.Entry); !ok {
		t.Errorf("tel: %T, want Fyne's entry", h.f.fields["contribution.contacts[0].tel"].focus)
	}
	place.SetText("")
	h.win.Canvas().Focus(place)
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent("جنيف،\tسويسرا")
	place.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if got := h.env.draft.Contribution.Meeting.Place; got != "جنيف، سويسرا" {
		t.Errorf("draft place %q", got)
	}
}
