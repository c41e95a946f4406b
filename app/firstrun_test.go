package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/app/session"
	"fgdraft/forms"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Item 9: the example says so in the window, with a way to start one's own
// proposal; an opened or new draft has no banner.
func TestExampleBanner(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{})
	if !w.sess.Example() || !w.banner.box.Visible() || !containsText(w.win.Content(), "example proposal that comes with fgdraft") {
		t.Fatal("the example shows no banner")
	}
	start := findButton(w.banner.box, "Start a new proposal")
	if start == nil {
		t.Fatal("the banner has no Start button")
	}
	test.Tap(start)
	if w.sess.Example() || w.sess.Draft().FocusGroup.Name != "" || w.banner.box.Visible() {
		t.Errorf("after Start: example=%v name=%q banner=%v", w.sess.Example(), w.sess.Draft().FocusGroup.Name, w.banner.box.Visible())
	}

	w2 := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	if w2.banner.box.Visible() {
		t.Error("an opened draft shows the example banner")
	}
}

// Item 9: a broken file named at start says what is shown instead, not that
// an open draft is unchanged (none was).
func TestBrokenFileAtStart(t *testing.T) {
	a := test.NewTempApp(t)
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte("this is not JSON"), 0o644)
	w := newTestWindow(t, a, Options{Draft: bad})
	d := overlay(w)
	if d == nil {
		t.Fatal("no message about the broken file")
	}
	text := strings.Join(texts(d), " ")
	if strings.Contains(text, "you had open") || !strings.Contains(text, "example proposal is shown instead") {
		t.Errorf("the message reads %q", text)
	}
	if !w.sess.Example() || !w.banner.box.Visible() {
		t.Error("the example is not shown with its banner")
	}
}

// Item 10: text in a date or number field that is no value is an error in
// the findings, the step badge and the summary until it is corrected.
func TestUnreadableTextIsAFinding(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.showStep(forms.StepTimeline)
	f := formOf(w.formFor(forms.StepTimeline))
	start := f.fields["timeline.start"].focus.(*dateEntry)
	months := f.fields["timeline.durationMonths"].focus.(*widget.Entry)
	before := w.sess.Count(forms.StepTimeline).Errors
	orig := start.Text

	start.SetText("2027-02-30")
	if !hasFinding(w, session.UnreadableRule, "timeline.start") {
		t.Fatal("an impossible date is no finding")
	}
	if got := w.sess.Count(forms.StepTimeline).Errors; got != before+1 {
		t.Errorf("the step badge counts %d errors, want %d", got, before+1)
	}
	if !strings.Contains(w.summary.Text, "error") || !containsText(w.panel.content, "2027-02-30") {
		t.Errorf("summary %q; the panel names the text: %v", w.summary.Text, containsText(w.panel.content, "2027-02-30"))
	}
	months.SetText("12x")
	if !hasFinding(w, session.UnreadableRule, "timeline.durationMonths") {
		t.Error("a number with letters is no finding")
	}

	start.SetText(orig) // a start before the deciding meeting would be an error of its own (tor.start)
	months.SetText("12")
	if hasFinding(w, session.UnreadableRule, "timeline.start") || hasFinding(w, session.UnreadableRule, "timeline.durationMonths") {
		t.Error("corrected text is still a finding")
	}
	if got := w.sess.Count(forms.StepTimeline).Errors; got != before {
		t.Errorf("after correcting: %d errors, want %d", got, before)
	}
}
