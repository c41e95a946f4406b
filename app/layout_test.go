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
