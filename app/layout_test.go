package app

import (
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Item 4: after a change of the findings the panel shows its top, where the
// errors are, whatever the user had scrolled to.
func TestFindingsPanelShowsErrorsAfterChange(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.win.Resize(fyne.NewSize(1024, 600))
	// Many findings: the panel scrolls.
	w.draft.Supporters = w.draft.Supporters[:1]
	w.draft.Timeline.Meetings = nil
	w.env.changed("supporters")
	p := w.panel
	if p.list.box.MinSize().Height <= p.scroll.Size().Height {
		t.Fatalf("the findings fit (%v in %v): nothing to scroll", p.list.box.MinSize().Height, p.scroll.Size().Height)
	}
	p.scroll.ScrollToBottom()
	if p.scroll.Offset.Y == 0 {
		t.Fatal("the panel did not scroll")
	}
	w.draft.Contribution.Title = ""
	w.env.changed("contribution.title")
	if p.scroll.Offset.Y != 0 {
		t.Errorf("the panel stayed at offset %v", p.scroll.Offset.Y)
	}
	if len(w.findings) == 0 || w.findings[0].Severity != forms.Error {
		t.Fatalf("the first finding is not an error: %v", w.findings)
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
		want, screen fyne.Size
		scale        float32
		fit          fyne.Size
	}{
		{fyne.NewSize(1200, 780), fyne.NewSize(1920, 1080), 1, fyne.NewSize(1200, 780)},
		{fyne.NewSize(1200, 780), fyne.NewSize(1024, 600), 1, fyne.NewSize(1008, 528)},
		{fyne.NewSize(1200, 780), fyne.NewSize(1920, 1080), 1.5, fyne.NewSize(1200, 648)},
		{fyne.NewSize(1200, 780), fyne.NewSize(1024, 600), 1.5, fyne.NewSize(1024/1.5-16, 600/1.5-72)},
		{fyne.NewSize(1200, 780), fyne.Size{}, 1, fyne.NewSize(1200, 780)},
	} {
		if got := fitWindow(c.want, c.screen, c.scale); got != c.fit {
			t.Errorf("fitWindow(%v on %v at %v) = %v, want %v", c.want, c.screen, c.scale, got, c.fit)
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
