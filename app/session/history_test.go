package session

import (
	"testing"

	"fgdraft/forms"
)

// typeInto writes text into the field a keystroke at a time, as an entry
// reports it.
func typeInto(s *Session, f forms.Field[string], text string) {
	for _, r := range text {
		f.Set(s.Draft(), f.Get(s.Draft())+string(r))
		s.Edited()
	}
}

func TestUndoStepsBackInOrder(t *testing.T) {
	t.Parallel()
	s := New(blank(), today)
	typeInto(s, forms.ContribTitle, "AI for RAN")
	typeInto(s, forms.FGScope, "Study AI.")
	s.Draft().Supporters = append(s.Draft().Supporters, forms.Supporter{})
	s.Edited()

	wantStep := func(st Step, ok bool, want forms.Change) {
		t.Helper()
		if !ok || len(st.Changes) != 1 || st.Changes[0] != want {
			t.Fatalf("step = %+v, %v; want one change %+v", st, ok, want)
		}
	}
	next, ok := s.NextUndo()
	wantStep(next, ok, forms.Change{Path: "supporters", Items: 1})

	st, ok := s.Undo()
	wantStep(st, ok, forms.Change{Path: "supporters", Items: 1})
	if len(s.Draft().Supporters) != 0 || s.Draft().FocusGroup.Scope != "Study AI." {
		t.Fatalf("first undo: %d supporters, scope %q", len(s.Draft().Supporters), s.Draft().FocusGroup.Scope)
	}
	st, ok = s.Undo()
	wantStep(st, ok, forms.Change{Path: "focusGroup.scope"})
	if !st.Typing() {
		t.Error("typing in the scope is not typing")
	}
	if s.Draft().FocusGroup.Scope != "" || s.Draft().Contribution.Title != "AI for RAN" {
		t.Fatalf("second undo: the keystrokes in one field are not one step: scope %q", s.Draft().FocusGroup.Scope)
	}
	st, ok = s.Undo()
	wantStep(st, ok, forms.Change{Path: "contribution.title"})
	if s.Draft().Contribution.Title != "" {
		t.Fatalf("third undo: title %q", s.Draft().Contribution.Title)
	}
	if _, ok := s.Undo(); ok {
		t.Fatal("a fourth undo undid something")
	}
	if !s.Dirty() {
		t.Error("an undone draft has no unsaved changes: autosave would not keep it")
	}

	// Redo makes the three steps again, in order.
	for _, want := range []string{"AI for RAN", "Study AI."} {
		if _, ok := s.Redo(); !ok {
			t.Fatal("nothing to redo")
		}
		if got := s.Draft().Contribution.Title + s.Draft().FocusGroup.Scope; got[len(got)-len(want):] != want {
			t.Errorf("redo gave %q, want it to end in %q", got, want)
		}
	}
	st, ok = s.Redo()
	wantStep(st, ok, forms.Change{Path: "supporters", Items: 1})
	if len(s.Draft().Supporters) != 1 {
		t.Error("the third redo did not add the row")
	}
	if _, ok := s.NextRedo(); ok {
		t.Error("something left to redo after three")
	}
}

func TestUndoneDraftIsACopy(t *testing.T) {
	t.Parallel()
	s := New(blank(), today)
	typeInto(s, forms.FGName, "FG")
	typeInto(s, forms.FGScope, "x")
	s.Undo()
	// Widgets edit the draft in place: the history must not see it.
	typeInto(s, forms.FGName, "!")
	s.Undo()
	s.Undo()
	if got := s.Draft().FocusGroup.Name; got != "" {
		t.Errorf("after undoing everything the name is %q", got)
	}
	s.Redo()
	if got := s.Draft().FocusGroup.Name; got != "FG" {
		t.Errorf("redo after an edit in place gave %q", got)
	}
}

func TestEditAfterUndoDropsRedo(t *testing.T) {
	t.Parallel()
	s := New(blank(), today)
	typeInto(s, forms.FGName, "A")
	typeInto(s, forms.FGScope, "B")
	s.Undo()
	typeInto(s, forms.FGAcronym, "C")
	if _, ok := s.NextRedo(); ok {
		t.Error("redo still offered after a new edit")
	}
	// The edit after an undo is a step of its own, even in the same field.
	typeInto(s, forms.FGAcronym, "D")
	s.Undo()
	if got := s.Draft().FocusGroup.Acronym; got != "" {
		t.Errorf("acronym %q after undo: typing after an undo joined no step", got)
	}
}

func TestTypingBackToTheStartLeavesNoStep(t *testing.T) {
	t.Parallel()
	s := New(blank(), today)
	typeInto(s, forms.FGName, "A")
	typeInto(s, forms.FGScope, "xy")
	forms.FGScope.Set(s.Draft(), "")
	s.Edited()
	st, ok := s.NextUndo()
	if !ok || st.Changes[0].Path != forms.FGName.Path() {
		t.Errorf("next undo %+v: the scope typed and erased is still a step", st)
	}
}

func TestImportIsOneStep(t *testing.T) {
	t.Parallel()
	s := New(example(t), today)
	before := s.Draft().Clone()
	// An import sets many translations, then reports one edit.
	for _, f := range s.Draft().TextFields() {
		if f.Get() != "" {
			s.Draft().SetTranslation(f, forms.French, "fr: "+f.Get())
		}
	}
	s.Edited()
	st, ok := s.NextUndo()
	if !ok || len(st.Changes) < 2 || st.Changes[0].Lang != forms.French || st.Typing() {
		t.Fatalf("import step %+v", st)
	}
	s.Undo()
	if d := forms.Changes(before, s.Draft()); len(d) != 0 {
		t.Errorf("undo of the import left %v", d)
	}
}

func TestOpeningAnotherDraftForgetsTheHistory(t *testing.T) {
	t.Parallel()
	s := New(blank(), today)
	calls := 0
	s.OnHistory(func() { calls++ })
	typeInto(s, forms.FGName, "A")
	if calls == 0 {
		t.Error("an edit did not tell the history's listeners")
	}
	s.NewBlank(forms.French)
	if _, ok := s.NextUndo(); ok {
		t.Error("undo offered across drafts")
	}
}

func TestHistoryIsBounded(t *testing.T) {
	t.Parallel()
	s := New(blank(), today)
	for i := range historyLimit + 10 {
		// Alternate fields so that no two edits join.
		f := forms.FGName
		if i%2 == 1 {
			f = forms.FGAcronym
		}
		typeInto(s, f, "x")
	}
	n := 0
	for {
		if _, ok := s.Undo(); !ok {
			break
		}
		n++
	}
	if n != historyLimit {
		t.Errorf("%d steps undone, want the limit %d", n, historyLimit)
	}
	if got := s.Draft().FocusGroup.Name; len(got) != 5 {
		t.Errorf("after undoing all kept steps the name is %q: the oldest steps should stay done", got)
	}
}
