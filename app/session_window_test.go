package app

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"

	"fyne.io/fyne/v2/test"
)

// The window shows what the session tells it: the unsaved mark in the
// title, the findings in the panel and badges, another draft opened.
func TestWindowFollowsSession(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	if strings.Contains(w.win.Title(), "•") {
		t.Fatalf("a draft just opened is marked unsaved: %q", w.win.Title())
	}
	before := len(w.panel.list.shown)

	// An edit reported to the session marks the title and adds the finding.
	*forms.FGScope.Ref(w.sess.Draft()) = ""
	w.sess.Edited()
	if !strings.HasPrefix(w.win.Title(), "• ") {
		t.Errorf("edited: title %q", w.win.Title())
	}
	if got := len(w.panel.list.shown); got <= before {
		t.Errorf("panel lists %d findings after the scope was emptied, %d before", got, before)
	}
	if w.stepRows[forms.StepTerms].count != w.sess.Count(forms.StepTerms) {
		t.Errorf("terms badge %+v, session %+v", w.stepRows[forms.StepTerms].count, w.sess.Count(forms.StepTerms))
	}

	// Dropping the changes clears the mark.
	w.sess.ForgetChanges()
	if strings.Contains(w.win.Title(), "•") {
		t.Errorf("changes dropped: title %q", w.win.Title())
	}

	// Another draft opened through the session rebuilds the window around it.
	other := filepath.Join(t.TempDir(), "FG-OTHER.json")
	p := w.sess.Draft().Clone()
	p.FocusGroup.Acronym = "FG-OTHER"
	if err := draftfile.Save(other, p); err != nil {
		t.Fatal(err)
	}
	if _, err := w.sess.Open(other); err != nil {
		t.Fatal(err)
	}
	if w.env.draft != w.sess.Draft() {
		t.Error("the step forms still edit the old draft")
	}
	if !strings.HasPrefix(w.win.Title(), "FG-OTHER.json") {
		t.Errorf("opened: title %q", w.win.Title())
	}
}

// navRecorder is a finding list's navigator that keeps where it was asked
// to go instead of going there.
type navRecorder struct {
	went []string
}

func (n *navRecorder) showStep(s forms.Step) { n.went = append(n.went, "step:"+string(s)) }
func (n *navRecorder) goToField(p string)    { n.went = append(n.went, "field:"+p) }

// A finding's row goes to its first field, and one about no field to the
// review step, through the host it was given.
func TestFindingRowsNavigate(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	nav := &navRecorder{}
	l := newFindingList(w.uiEnv, nav, 0)
	l.update([]a7.Finding{
		{Rule: "deadline.translation", Severity: a7.Error},
		{Rule: "required", Severity: a7.Warning, Fields: []string{forms.FGScope.Path(), forms.FGAcronym.Path()}},
	})
	for _, r := range l.rows[:2] {
		test.Tap(r.row)
	}
	want := []string{"step:" + string(forms.StepReview), "field:" + forms.FGScope.Path()}
	if !slices.Equal(nav.went, want) {
		t.Errorf("rows went to %v, want %v", nav.went, want)
	}
}
