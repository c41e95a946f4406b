package app

import (
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/a7"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Item 4: after a change of the findings the panel shows its top, where the
// errors are, whatever the user had scrolled to.
func TestFindingsPanelShowsErrorsAfterChange(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.win.Resize(fyne.NewSize(1024, 600))
	// Many findings: the panel scrolls.
	w.sess.Draft().Supporters = w.sess.Draft().Supporters[:1]
	w.sess.Draft().Timeline.Meetings = nil
	w.env.changed("supporters")
	p := w.panel
	if p.list.box.MinSize().Height <= p.scroll.Size().Height {
		t.Fatalf("the findings fit (%v in %v): nothing to scroll", p.list.box.MinSize().Height, p.scroll.Size().Height)
	}
	p.scroll.ScrollToBottom()
	if p.scroll.Offset.Y == 0 {
		t.Fatal("the panel did not scroll")
	}
	w.sess.Draft().Contribution.Title = ""
	w.env.changed("contribution.title")
	if p.scroll.Offset.Y != 0 {
		t.Errorf("the panel stayed at offset %v", p.scroll.Offset.Y)
	}
	if len(w.sess.Findings()) == 0 || w.sess.Findings()[0].Severity != a7.Error {
		t.Fatalf("the first finding is not an error: %v", w.sess.Findings())
	}
	if first := p.list.rows[0].row; first.Position().Y+first.Size().Height > p.scroll.Size().Height {
		t.Errorf("the first error is below the visible part of the panel")
	}

	// An edit that changes no finding leaves the panel where the user put it.
	p.scroll.ScrollToBottom()
	off := p.scroll.Offset.Y
	w.env.changed("contribution.title")
	if p.scroll.Offset.Y != off {
		t.Errorf("an edit with the same findings moved the panel from %v to %v", off, p.scroll.Offset.Y)
	}
}

// Item 5: Add scrolls the new row into view, and a long list has an Add
// button under its rows too.
func TestAddScrollsNewRowIntoView(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	h.win.Resize(fyne.NewSize(1024, 600))
	l := listOf[forms.Supporter](h, "supporters")
	if !l.addEnd.Visible() {
		t.Error("a list of two has no Add button under its rows")
	}
	d := fyne.CurrentApp().Driver()
	for i := 0; i < 4; i++ {
		add := l.add
		if i%2 == 1 {
			add = l.addEnd
		}
		test.Tap(add)
		r := l.rows[len(l.rows)-1]
		first := h.f.fields[r.g.paths[0]]
		if h.win.Canvas().Focused() != first.focus {
			t.Fatalf("row %d: its first field has no focus", len(l.rows))
		}
		y := d.AbsolutePositionForObject(first.show).Y - d.AbsolutePositionForObject(h.f.scroll.Content).Y
		top, view := h.f.scroll.Offset.Y, h.f.scroll.Size().Height
		t.Logf("y=%v top=%v view=%v h=%v", y, top, view, first.show.Size().Height)
		if y < top || y+first.show.Size().Height > top+view {
			t.Errorf("row %d: its first field (y %v) is outside the visible part %v–%v", len(l.rows), y, top, top+view)
		}
	}
}

// Item 8: the first window fits on the screen, at any scale.
func TestFitWindow(t *testing.T) {
	for _, c := range []struct {
		want, screen, fit fyne.Size
	}{
		{fyne.NewSize(1200, 780), fyne.NewSize(1920, 1080), fyne.NewSize(1200, 780)},
		{fyne.NewSize(1200, 780), fyne.NewSize(1024, 600), fyne.NewSize(1008, 528)},
		{fyne.NewSize(1200, 780), fyne.NewSize(1920/1.5, 1080/1.5), fyne.NewSize(1200, 648)}, // scale 1.5
		{fyne.NewSize(1200, 780), fyne.NewSize(1024/1.5, 600/1.5), fyne.NewSize(1024/1.5-16, 600/1.5-72)},
		{fyne.NewSize(1200, 780), fyne.Size{}, fyne.NewSize(1200, 780)},
	} {
		if got := fitWindow(c.want, c.screen); got != c.fit {
			t.Errorf("fitWindow(%v on %v) = %v, want %v", c.want, c.screen, got, c.fit)
		}
	}
}

// Item 8: the window opens in its last size and split, fitted to the screen,
// and the findings panel keeps a readable width.
func TestWindowRemembersLayout(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Screen: fyne.NewSize(1024, 600)})
	if s := w.startSize(); s.Width > 1024 || s.Height > 600 {
		t.Errorf("the first window (%v) does not fit on a 1024×600 screen", s)
	}
	w.win.Resize(fyne.NewSize(900, 500))
	w.split.SetOffset(0.6)
	w.rememberLayout()

	w2 := newWindow(a, Options{Catalog: catalog(), DataDir: t.TempDir(), Today: w.opts.Today, Lang: forms.English, Screen: fyne.NewSize(1920, 1080)})
	t.Cleanup(w2.autosave.stop)
	if s := w2.startSize(); s != fyne.NewSize(900, 500) {
		t.Errorf("the next window opens at %v, not at the last size", s)
	}
	if w2.split.Offset != 0.6 {
		t.Errorf("the split starts at %v, not where it was left", w2.split.Offset)
	}
	w2.win.Resize(fyne.NewSize(1008, 528))
	w2.split.SetOffset(0.95)
	if got := w2.panel.content.Size().Width; got < findingsMinWidth {
		t.Errorf("the findings panel is %v wide", got)
	}
}

// Item 2: typing moves nothing above the field being typed into: the field
// stays where it was, character after character.
func TestTypingDoesNotMoveTheField(t *testing.T) {
	for _, c := range []struct {
		step forms.Step
		add  string // a list to add an item to first ("" none)
		path string
		text string
	}{
		{forms.StepSupporters, "supporters", "supporters[2].entity", "Hanbit Networks Corporation International Research Laboratories"},
		{forms.StepSupporters, "", "supporters[1].entity", " and Partners of the Company"},
		{forms.StepTimeline, "", "timeline.meetings[1].start", "2027-11-30"},
		{forms.StepTimeline, "timeline.meetings", "timeline.meetings[2].start", "2027-12-01"},
		{forms.StepGaps, "", "gapAnalysis.entries[0].body", " (Q6/13), Question 6/13 and the Working Party 1/13 Rapporteur Group"},
	} {
		h := newStepHarness(t, c.step, forms.English)
		h.win.Resize(fyne.NewSize(1024, 600))
		if c.add != "" {
			switch c.step {
			case forms.StepSupporters:
				test.Tap(listOf[forms.Supporter](h, c.add).add)
			case forms.StepTimeline:
				test.Tap(listOf[forms.Event](h, c.add).add)
			}
		}
		d := fyne.CurrentApp().Driver()
		field := h.f.fields[c.path].show
		y := func() float32 {
			h.f.scroll.Refresh() // lay the form out as the next frame would
			return d.AbsolutePositionForObject(field).Y - d.AbsolutePositionForObject(h.f.scroll.Content).Y
		}
		if c.step == forms.StepTimeline {
			h.replace(c.path, "")
		}
		start := y()
		for _, r := range c.text {
			h.typeInto(c.path, string(r))
			if got := y(); got != start {
				t.Errorf("%s: typing %q moved the field from y %v to %v", c.path, r, start, got)
				break
			}
		}
	}
}

// Item 8: on a narrow window the findings panel can be hidden (View menu,
// Ctrl+Shift+F), and stays hidden in the next session.
func TestFindingsPanelCollapses(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	if !w.findingsPanelShown() {
		t.Fatal("the panel starts hidden")
	}
	w.win.Canvas().(fyne.Shortcutable).TypedShortcut(findingsPanelShortcut)
	if w.findingsPanelShown() || w.panel.content.Visible() && containsText(w.win.Content(), "Findings (") {
		t.Error("Ctrl+Shift+F did not hide the panel")
	}
	if it := menuShortcut(w, findingsPanelShortcut); it == nil || it.Checked {
		t.Error("the View menu does not show the panel as hidden")
	}
	w2 := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	if w2.findingsPanelShown() {
		t.Error("the next window shows the panel again")
	}
	w2.toggleFindingsPanel()
	if !w2.findingsPanelShown() || !containsText(w2.win.Content(), "Findings (") {
		t.Error("the panel did not come back")
	}
}

// Item 8: a window too narrow for the panel starts without it.
func TestNarrowWindowStartsWithoutPanel(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Screen: fyne.NewSize(1024/1.5, 600/1.5)})
	if w.findingsPanelShown() {
		t.Error("a window on a 1024×600 screen at scale 1.5 starts with the findings panel")
	}
	if it := menuShortcut(w, findingsPanelShortcut); it == nil || it.Checked {
		t.Error("the View menu shows the panel as shown")
	}
}

// Item 10: the mouse wheel over a multi-line field scrolls the page when
// the field's text fits, and the field first when it has more text.
func TestWheelOverMultiLineField(t *testing.T) {
	h := newStepHarness(t, forms.StepTerms, forms.English)
	h.win.Resize(fyne.NewSize(1024, 600))
	d := fyne.CurrentApp().Driver()
	c := h.win.Canvas()
	for _, path := range []string{"focusGroup.background", "focusGroup.name"} {
		h.f.scroll.ScrollToTop()
		h.f.scroll.Refresh()
		at := d.AbsolutePositionForObject(h.f.fields[path].show).Add(fyne.NewPos(20, 10))
		test.Scroll(c, at, 0, -40)
		if h.f.scroll.Offset.Y == 0 {
			t.Errorf("%s: the wheel over the field did not scroll the page", path)
		}
	}

	// A long text: the field scrolls first, the page once it is at its end.
	h.replace("focusGroup.background", strings.Repeat("A line of background.\n", 30))
	h.f.scroll.ScrollToTop()
	h.f.scroll.Refresh()
	e := h.focusable("focusGroup.background").(*wrapEntry)
	at := d.AbsolutePositionForObject(h.f.fields["focusGroup.background"].show).Add(fyne.NewPos(20, 10))
	test.Scroll(c, at, 0, -40)
	if e.inner == nil || e.inner.Offset.Y == 0 || h.f.scroll.Offset.Y != 0 {
		t.Fatalf("long text: the field did not scroll first (page at %v)", h.f.scroll.Offset.Y)
	}
	for i := 0; i < 100 && h.f.scroll.Offset.Y == 0; i++ {
		test.Scroll(c, d.AbsolutePositionForObject(h.f.fields["focusGroup.background"].show).Add(fyne.NewPos(20, 10)), 0, -40)
	}
	if h.f.scroll.Offset.Y == 0 {
		t.Error("long text: the page never scrolled after the field's end")
	}
}

// Item 2: the summary line stays one line on a narrow window, so that a
// longer summary never moves the form down.
func TestSummaryStaysOneLine(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.win.Resize(fyne.NewSize(700, 500))
	one := widget.NewLabel("M").MinSize().Height
	w.summary.SetText(strings.Repeat("3 errors block filing · Submit by 4 March 2027 — 95 days left · ", 3))
	w.win.Content().Refresh()
	if h := w.summary.Size().Height; h > one+1 {
		t.Errorf("the summary is %v high, one line is %v", h, one)
	}
}

// Item 2 in Arabic: an item title too long for its place keeps its start
// (the right end of the line) and loses its end, not the other way round.
func TestArabicTitleKeepsItsStart(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.Arabic)
	h.win.Resize(fyne.NewSize(1024, 600))
	h.env.draft.Supporters[0].Entity = strings.Repeat("Nordlicht Telekom Aktiengesellschaft ", 4)
	h.form.Reload()
	h.f.scroll.Refresh()
	title := listOf[forms.Supporter](h, "supporters").rows[0].title
	if title.Truncation != fyne.TextTruncateOff {
		t.Fatal("the Arabic title is truncated by Fyne, which cuts its start")
	}
	place := title.Size().Width + title.Position().X // the right edge within its clip
	if title.MinSize().Width <= place {
		t.Fatalf("the title (%v) fits its place (%v): nothing to test", title.MinSize().Width, place)
	}
	if title.Position().X >= 0 {
		t.Errorf("the title starts at x %v: its right end, where the Arabic reading starts, is cut", title.Position().X)
	}
	if title.Size().Height > widget.NewLabel("M").MinSize().Height+8 {
		t.Errorf("the title is %v high: more than one line", title.Size().Height)
	}
}
