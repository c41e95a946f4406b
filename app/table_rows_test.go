package app

import (
	"strings"
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// buttonLabelled finds the key button with a text under obj.
func buttonLabelled(obj fyne.CanvasObject, text string) *keyButton {
	switch o := obj.(type) {
	case *keyButton:
		if o.Text == text {
			return o
		}
	case *fyne.Container:
		for _, c := range o.Objects {
			if b := buttonLabelled(c, text); b != nil {
				return b
			}
		}
	case interface{ Content() fyne.CanvasObject }:
		return buttonLabelled(o.Content(), text)
	}
	return nil
}

// tableView taps the step's "Table view" button and returns the cell of
// a path.
func (h *stepHarness) tableView() {
	h.t.Helper()
	b := buttonLabelled(h.f.body, h.env.ui.T("rows.showTable"))
	if b == nil {
		h.t.Fatal("no Table view button")
	}
	test.Tap(b)
}

func (h *stepHarness) cell(path string) *tableCell {
	h.t.Helper()
	c, ok := h.focusable(path).(*tableCell)
	if !ok {
		h.t.Fatalf("%s: %T is not a table cell", path, h.focusable(path))
	}
	return c
}

// A user copies three rows with a French header from a spreadsheet and
// presses Ctrl+V in the supporters' table: three supporters are added to the
// draft as one edit of the list, the bad country is kept and marked with
// its reason, and Copy table gives the rows back.
func TestTablePasteFrenchRowsIntoSupporters(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	h.tableView()
	before := len(h.env.draft.Supporters)

	pasted := "Entité\tPays\tCatégorie de membre\tEngagé\r\n" +
		"Orange\tFrance\tMembre de Secteur\toui\r\n" +
		"Deutsche Telekom\tDE\tSector Member\tnon\r\n" +
		"Atlantis Telecom\tAtlantis\tÉtat Membre\t\t\r\n"
	fyne.CurrentApp().Clipboard().SetContent(pasted)
	first := h.cell(forms.SupporterEntity.At(0).Path())
	h.win.Canvas().Focus(first)
	h.win.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{})

	if h.win.Canvas().Focused() != h.cell(forms.SupporterEntity.At(before).Path()) {
		t.Errorf("after the paste the focus is on %v, not the first row pasted", h.win.Canvas().Focused())
	}
	got := h.env.draft.Supporters
	if len(got) != before+3 {
		t.Fatalf("%d supporters after the paste, want %d", len(got), before+3)
	}
	want := []forms.Supporter{
		{Entity: "Orange", Country: "FR", Category: forms.SectorMember, Committed: true},
		{Entity: "Deutsche Telekom", Country: "DE", Category: forms.SectorMember},
		{Entity: "Atlantis Telecom", Country: "Atlantis", Category: forms.MemberState},
	}
	for i, w := range want {
		if g := got[before+i]; g != w {
			t.Errorf("supporter %d = %+v, want %+v", before+i, g, w)
		}
	}
	h.wantChange(forms.Supporters.Path())

	bad := h.cell(forms.SupporterCountry.At(before + 2).Path())
	if !bad.marked {
		t.Error("the cell of the country Atlantis is not marked")
	}
	if good := h.cell(forms.SupporterCountry.At(before).Path()); good.marked {
		t.Error("the cell of France is marked")
	}
	why := h.cell(forms.SupporterEntity.At(0).Path()).table.why
	if !why.Visible() || !strings.Contains(why.Text, "Atlantis") || !strings.Contains(why.Text, "Row 5") {
		t.Errorf("the reasons under the table = %q (visible %v), want row 5's Atlantis", why.Text, why.Visible())
	}

	// Copy table: a header and every row, France by its name.
	test.Tap(buttonLabelled(h.f.body, h.env.ui.T("rows.copy")))
	copied := fyne.CurrentApp().Clipboard().Content()
	lines := strings.Split(strings.TrimRight(copied, "\r\n"), "\r\n")
	if len(lines) != 1+before+3 {
		t.Fatalf("copied %d lines, want a header and %d rows:\n%s", len(lines), before+3, copied)
	}
	if lines[0] != "Entity\tCategory\tCountry\tContact\tCommitted\tNotes" {
		t.Errorf("copied header = %q", lines[0])
	}
	if want := "Orange\tSector Member\tFrance\t\tyes\t"; lines[1+before] != want {
		t.Errorf("copied row = %q, want %q", lines[1+before], want)
	}
	if want := "Atlantis Telecom\tMember State\tAtlantis\t\tno\t"; lines[3+before] != want {
		t.Errorf("copied row = %q, want %q", lines[3+before], want)
	}
	// Pasting the copy again gives the same rows again.
	fyne.CurrentApp().Clipboard().SetContent(copied)
	h.win.Canvas().Focus(h.cell(forms.SupporterContact.At(1).Path()))
	h.win.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{})
	again := h.env.draft.Supporters
	if len(again) != 2*(before+3) {
		t.Fatalf("%d supporters after pasting the copy, want %d", len(again), 2*(before+3))
	}
	for i := range before + 3 {
		if again[before+3+i] != again[i] {
			t.Errorf("pasted copy of row %d = %+v, want %+v", i, again[before+3+i], again[i])
		}
	}
}

// Up and Down move along a column, Tab to the next cell; what the user
// types in a cell is in the draft at once.
func TestTableKeyboard(t *testing.T) {
	h := newStepHarness(t, forms.StepGaps, forms.English)
	h.env.draft.GapAnalysis.Entries = append(h.env.draft.GapAnalysis.Entries, forms.GapEntry{Body: "ETSI"})
	h.form.Reload()
	h.tableView()
	c := h.win.Canvas()
	c.Focus(h.cell(forms.GapEntryBody.At(0).Path()))
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if c.Focused() != h.cell(forms.GapEntryBody.At(1).Path()) {
		t.Fatalf("Down went to %T, not the body of row 2", c.Focused())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if c.Focused() != h.cell(forms.GapEntryKind.At(1).Path()) {
		t.Fatalf("Tab went to %v, not the kind of row 2", c.Focused())
	}
	test.Type(c.Focused(), "Forum")
	if got := h.env.draft.GapAnalysis.Entries[1].Kind; got != forms.Forum {
		t.Errorf("kind typed in the cell = %q, want forum", got)
	}
	h.wantChange(forms.GapEntryKind.At(1).Path())
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if c.Focused() != h.cell(forms.GapEntryKind.At(0).Path()) {
		t.Fatalf("Up went to %v, not the kind of row 1", c.Focused())
	}
	// A kind that is none: kept in the cell, the draft unchanged, marked.
	test.Type(c.Focused(), "x")
	if got := h.env.draft.GapAnalysis.Entries[0].Kind; got != forms.ITUTStudyGroup {
		t.Errorf("kind after an unreadable text = %q, want it unchanged", got)
	}
	if !h.cell(forms.GapEntryKind.At(0).Path()).marked {
		t.Error("the unreadable kind is not marked")
	}
	// Back to the cards: they show what was typed in the table.
	test.Tap(buttonLabelled(h.f.body, h.env.ui.T("rows.showCards")))
	if _, ok := h.focusable(forms.GapEntryBody.At(1).Path()).(*tableCell); ok {
		t.Error("the cards are shown, but the path still leads to a table cell")
	}
}

// When the draft changes under the table (an undo, an import), Reload
// shows its values in the cells, and writes nothing back.
func TestTableReloadsFromTheDraft(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	h.tableView()
	h.env.draft.Supporters[1].Entity = "Renamed Ltd"
	h.env.draft.Supporters[1].Country = "JP"
	h.changes = nil
	h.form.Reload()
	if got := h.cell(forms.SupporterEntity.At(1).Path()).Text; got != "Renamed Ltd" {
		t.Errorf("entity cell after Reload = %q", got)
	}
	if got := h.cell(forms.SupporterCountry.At(1).Path()).Text; got != countryOption(h.env.ui, "JP") {
		t.Errorf("country cell after Reload = %q", got)
	}
	if len(h.changes) != 0 {
		t.Errorf("Reload reported edits: %v", h.changes)
	}
}
