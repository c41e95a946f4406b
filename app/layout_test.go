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
