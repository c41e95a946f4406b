package app

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"

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

// choice is the drop-down cell of a path.
func (h *stepHarness) choice(path string) *tableChoice {
	h.t.Helper()
	c, ok := h.focusable(path).(*tableChoice)
	if !ok {
		h.t.Fatalf("%s: %T is not a drop-down cell", path, h.focusable(path))
	}
	return c
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
	if c.Focused() != h.choice(forms.GapEntryKind.At(1).Path()) {
		t.Fatalf("Tab went to %v, not the kind of row 2", c.Focused())
	}
	test.Type(c.Focused(), "Forum") // the first letters of a label choose it
	if got := h.env.draft.GapAnalysis.Entries[1].Kind; got != forms.Forum {
		t.Errorf("kind typed in the cell = %q, want forum", got)
	}
	h.wantChange(forms.GapEntryKind.At(1).Path())
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	kind := h.choice(forms.GapEntryKind.At(0).Path())
	if c.Focused() != kind {
		t.Fatalf("Up went to %v, not the kind of row 1", c.Focused())
	}
	// Letters that start no label change nothing.
	test.Type(kind, "x")
	if got := h.env.draft.GapAnalysis.Entries[0].Kind; got != forms.ITUTStudyGroup || kind.marked {
		t.Errorf("kind after typing x = %q (marked %v), want it unchanged", got, kind.marked)
	}
	// A kind pasted that is none: kept in the cell, the draft unchanged, marked.
	fyne.CurrentApp().Clipboard().SetContent("Working party\n")
	kind.TypedShortcut(&fyne.ShortcutPaste{})
	if got := h.env.draft.GapAnalysis.Entries[0].Kind; got != forms.ITUTStudyGroup {
		t.Errorf("kind after an unreadable paste = %q, want it unchanged", got)
	}
	if kind.Selected != "Working party" || !kind.marked {
		t.Errorf("the unreadable kind shows %q (marked %v)", kind.Selected, kind.marked)
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
	if got := h.cell(forms.SupporterEntity.At(1).Path()).Text(); got != "Renamed Ltd" {
		t.Errorf("entity cell after Reload = %q", got)
	}
	if got := h.cell(forms.SupporterCountry.At(1).Path()).Text(); got != countryOption(h.env.ui, "JP") {
		t.Errorf("country cell after Reload = %q", got)
	}
	if len(h.changes) != 0 {
		t.Errorf("Reload reported edits: %v", h.changes)
	}
}

// visualLine is the one line of a cell as it is drawn, read left to right:
// the cell's characters in the order the bidirectional entry lays them out
// (a right-to-left bracket is drawn mirrored).
func visualLine(t *testing.T, c *tableCell) string {
	t.Helper()
	lines := c.Lines()
	if len(lines) != 1 {
		t.Fatalf("the cell %q has %d lines", c.Text(), len(lines))
	}
	runes := []rune(c.Text())
	var out []rune
	for _, k := range lines[0].Visual {
		out = append(out, runes[k])
	}
	return string(out)
}

// reversed is s with its characters in the opposite order: an Arabic
// phrase as it is drawn left to right.
func reversed(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

// A user types a Korean company's name with its country in Arabic into a
// cell of the English table: the draft holds the text as typed (logical
// order), the cell draws the Arabic words right to left inside the Latin
// line, and the keys of the table still work from that cell.
func TestTableCellMixedLatinArabic(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.English)
	h.tableView()
	c := h.win.Canvas()
	path := forms.SupporterEntity.At(1).Path()
	cell := h.cell(path)
	c.Focus(cell)
	cell.TypedShortcut(&fyne.ShortcutSelectAll{})
	const typed = "Hanbit Networks Co., Ltd. (جمهورية كوريا)"
	test.Type(cell, typed)
	if got := h.env.draft.Supporters[1].Entity; got != typed {
		t.Errorf("the draft holds %q, want %q", got, typed)
	}
	h.wantChange(path)
	if got, want := visualLine(t, cell), "Hanbit Networks Co., Ltd. ("+reversed("جمهورية كوريا")+")"; got != want {
		t.Errorf("drawn left to right: %q, want %q", got, want)
	}
	if got := focusedCanvasOf(cell); got != c {
		t.Error("the input method is not told the caret of the focused cell")
	}
	if got := focusedCanvasOf(&cell.Entry); got != nil {
		t.Error("the entry inside the cell counts as focused")
	}

	// Tab goes on to the category, Shift+Tab (the window's) back, Down and
	// Enter down the column, Up up.
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if c.Focused() != h.focusable(forms.SupporterCategory.At(1).Path()) {
		t.Fatalf("Tab went to %T, not the category of row 2", c.Focused())
	}
	test.FocusPrevious(c)
	if c.Focused() != cell {
		t.Fatalf("Shift+Tab went to %T, not the entity of row 2", c.Focused())
	}
	cell.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if c.Focused() != h.cell(forms.SupporterEntity.At(0).Path()) {
		t.Fatalf("Up went to %T, not the entity of row 1", c.Focused())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.Focused() != cell {
		t.Fatalf("Enter went to %T, not the entity of row 2", c.Focused())
	}

	// A paste of one line stays in the cell, at the caret.
	before := len(h.env.draft.Supporters)
	fyne.CurrentApp().Clipboard().SetContent(" KT\n")
	cell.SetCursorOffset(len([]rune("Hanbit Networks")))
	cell.TypedShortcut(&fyne.ShortcutPaste{})
	if got, want := h.env.draft.Supporters[1].Entity, "Hanbit Networks KT Co., Ltd. (جمهورية كوريا)"; got != want {
		t.Errorf("after pasting one line into the cell the draft holds %q, want %q", got, want)
	}
	if len(h.env.draft.Supporters) != before {
		t.Errorf("a paste of one line added rows: %d supporters", len(h.env.draft.Supporters))
	}
}

// In the Arabic interface the table's columns run from the right, and an
// Arabic organisation's name with its Latin acronym, pasted from a
// spreadsheet, reads right to left with the acronym in its brackets.
func TestTableArabicCellWithLatinAcronym(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.Arabic)
	h.tableView()
	before := len(h.env.draft.Supporters)
	const name = "الاتحاد الدولي للاتصالات (ITU)"
	fyne.CurrentApp().Clipboard().SetContent(name + "\tSector Member\tCH\n" + "هيئة تنظيم الاتصالات TRA\t\tAE\n")
	first := h.cell(forms.SupporterEntity.At(0).Path())
	h.win.Canvas().Focus(first)
	first.TypedShortcut(&fyne.ShortcutPaste{})
	got := h.env.draft.Supporters
	if len(got) != before+2 {
		t.Fatalf("%d supporters after pasting two rows, want %d", len(got), before+2)
	}
	if got[before].Entity != name || got[before].Country != "CH" || got[before].Category != forms.SectorMember {
		t.Errorf("first pasted row = %+v", got[before])
	}
	if first.Text() != "Admin A" {
		t.Errorf("the cell pasted from holds %q: the rows went into it", first.Text())
	}
	cell := h.cell(forms.SupporterEntity.At(before).Path())
	if h.win.Canvas().Focused() != cell {
		t.Errorf("the focus is on %T, not the first pasted row", h.win.Canvas().Focused())
	}
	// Drawn left to right: the closing bracket (mirrored on screen), the
	// acronym, the opening bracket and the space, then the Arabic words
	// from the last to the first.
	if got, want := visualLine(t, cell), ")ITU( "+reversed("الاتحاد الدولي للاتصالات"); got != want {
		t.Errorf("drawn left to right: %q, want %q", got, want)
	}
	if got, want := visualLine(t, h.cell(forms.SupporterEntity.At(before+1).Path())), "TRA "+reversed("هيئة تنظيم الاتصالات"); got != want {
		t.Errorf("drawn left to right: %q, want %q", got, want)
	}
	// The entity column is the rightmost but the row number's.
	country := h.cell(forms.SupporterCountry.At(before).Path())
	if ax, bx := absX(cell), absX(country); ax <= bx {
		t.Errorf("in Arabic the entity (x %v) is left of the country (x %v)", ax, bx)
	}
}

func absX(o fyne.CanvasObject) float32 {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(o).X
}

// focusedCanvasOf is the canvas the input method would be told the caret
// of obj in: nil when obj is not the focused object.
func focusedCanvasOf(obj fyne.CanvasObject) fyne.Canvas {
	c, ok := focusedIn(fyne.CurrentApp().Driver(), obj)
	if !ok {
		return nil
	}
	return c
}

// The enumerated columns are drop-downs of their labels in the interface
// language, with a blank choice where the field may be empty; Tab passes
// through them in the row's order, the keyboard chooses, and a pasted row
// reads a label in another language.
func TestTableChoiceCells(t *testing.T) {
	h := newStepHarness(t, forms.StepGaps, forms.English)
	h.tableView()
	c := h.win.Canvas()
	kind := h.choice(forms.GapEntryKind.At(0).Path())
	want := []string{"(none)", "ITU-T study group", "Standards development organization", "Forum", "Consortium"}
	if !slices.Equal(kind.Options, want) {
		t.Errorf("kind choices %q, want %q", kind.Options, want)
	}
	if kind.Selected != "ITU-T study group" {
		t.Errorf("kind shows %q", kind.Selected)
	}
	// Tab: body, kind, existing work, coverage; Shift+Tab back.
	c.Focus(h.cell(forms.GapEntryBody.At(0).Path()))
	test.FocusNext(c)
	if c.Focused() != kind {
		t.Fatalf("Tab from the body went to %T", c.Focused())
	}
	test.FocusNext(c)
	if c.Focused() != h.cell(forms.GapEntryWork.At(0).Path()) {
		t.Fatalf("Tab from the kind went to %T", c.Focused())
	}
	test.FocusNext(c)
	coverage := h.choice(forms.GapEntryCoverage.At(0).Path())
	if c.Focused() != coverage {
		t.Fatalf("Tab from the existing work went to %T", c.Focused())
	}
	test.FocusPrevious(c)
	test.FocusPrevious(c)
	if c.Focused() != kind {
		t.Fatalf("Shift+Tab twice went to %T, not the kind", c.Focused())
	}
	// Right steps to the next label, into the draft as an edit.
	kind.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if got := h.env.draft.GapAnalysis.Entries[0].Kind; got != forms.OtherSDO {
		t.Errorf("kind after Right = %q, want sdo", got)
	}
	h.wantChange(forms.GapEntryKind.At(0).Path())
	// The blank choice empties the field, and the cell shows nothing.
	kind.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	kind.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if got := h.env.draft.GapAnalysis.Entries[0].Kind; got != "" || kind.Selected != "" || kind.marked {
		t.Errorf("after the blank choice: kind %q, cell %q, marked %v", got, kind.Selected, kind.marked)
	}
	// Alt+Down opens the list; choosing from it is an edit.
	kind.TypedShortcut(openPickerShortcut)
	if c.Overlays().Top() == nil {
		t.Fatal("Alt+Down opened no list")
	}
	kind.Select.SetSelected("Forum") // what a click on the list's item does
	c.Overlays().Remove(c.Overlays().Top())
	if got := h.env.draft.GapAnalysis.Entries[0].Kind; got != forms.Forum {
		t.Errorf("kind chosen from the list = %q", got)
	}
	// Down goes along the column, not into the list.
	h.env.draft.GapAnalysis.Entries = append(h.env.draft.GapAnalysis.Entries, forms.GapEntry{Body: "ETSI"})
	h.form.Reload()
	kind = h.choice(forms.GapEntryKind.At(0).Path())
	c.Focus(kind)
	kind.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if c.Focused() != h.choice(forms.GapEntryKind.At(1).Path()) {
		t.Fatalf("Down went to %T, not the kind of row 2", c.Focused())
	}
	if c.Overlays().Top() != nil {
		t.Error("Down opened the list")
	}

	// Rows pasted with Russian and Chinese labels show the English ones.
	fyne.CurrentApp().Clipboard().SetContent("3GPP\tКонсорциум\tRel-18\t部分涵盖\tQoS\n")
	c.Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{})
	n := len(h.env.draft.GapAnalysis.Entries)
	if got := h.env.draft.GapAnalysis.Entries[n-1]; got.Kind != forms.Consortium || got.Coverage != forms.CoveragePartial {
		t.Errorf("pasted row = %+v", got)
	}
	if got := h.choice(forms.GapEntryKind.At(n - 1).Path()).Selected; got != "Consortium" {
		t.Errorf("the pasted kind shows %q", got)
	}
	if got := h.choice(forms.GapEntryCoverage.At(n - 1).Path()).Selected; got != "Partly covered" {
		t.Errorf("the pasted coverage shows %q", got)
	}
}

// A category pasted that is none of the values is kept in its drop-down as
// pasted, framed red with its reason, and the draft's category stays
// empty; choosing a label clears the mark. A required field has no blank
// choice.
func TestTableChoiceKeepsAnUnreadablePaste(t *testing.T) {
	h := newStepHarness(t, forms.StepSupporters, forms.Arabic)
	h.tableView()
	before := len(h.env.draft.Supporters)
	fyne.CurrentApp().Clipboard().SetContent("Orange\tOperator\tFR\nKT\tعضو القطاع\tKR\n")
	first := h.cell(forms.SupporterEntity.At(0).Path())
	h.win.Canvas().Focus(first)
	first.TypedShortcut(&fyne.ShortcutPaste{})
	got := h.env.draft.Supporters
	if len(got) != before+2 {
		t.Fatalf("%d supporters", len(got))
	}
	if got[before].Category != "" || got[before+1].Category != forms.SectorMember {
		t.Errorf("pasted categories %q and %q", got[before].Category, got[before+1].Category)
	}
	bad := h.choice(forms.SupporterCategory.At(before).Path())
	if bad.Selected != "Operator" || !bad.marked {
		t.Errorf("the unreadable category shows %q (marked %v)", bad.Selected, bad.marked)
	}
	why := first.table.why
	if !strings.Contains(why.Text, "Operator") {
		t.Errorf("the reasons under the table: %q", why.Text)
	}
	ar := h.env.ui
	if want := ar.T("category.member-state"); bad.Options[0] != want {
		t.Errorf("first choice %q, want %q (no blank choice for a required field)", bad.Options[0], want)
	}
	if bad.Alignment != fyne.TextAlignTrailing {
		t.Error("in Arabic the drop-down's text is not at its right")
	}
	// Copy table keeps the pasted text.
	test.Tap(buttonLabelled(h.f.body, ar.T("rows.copy")))
	if !strings.Contains(fyne.CurrentApp().Clipboard().Content(), "Orange\tOperator\t") {
		t.Errorf("the copy lost the pasted category:\n%s", fyne.CurrentApp().Clipboard().Content())
	}
	bad.SetSelected(ar.T("category.academia"))
	if got := h.env.draft.Supporters[before].Category; got != forms.Academia || bad.marked {
		t.Errorf("after choosing: %q, marked %v", got, bad.marked)
	}
	h.wantChange(forms.SupporterCategory.At(before).Path())
}

// The draft's undo in the table: a choice made in a drop-down, then rows
// pasted, each one step back, the table still shown and the cells showing
// the draft as it was; Ctrl+Z in a text cell first undoes its own typing.
func TestTableUndo(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{})
	w.sess.NewBlank(forms.English)
	w.showStep(forms.StepSupporters)
	body := formOf(w.formFor(forms.StepSupporters)).body
	test.Tap(buttonLabelled(body, w.ui.T("rows.showTable")))

	a.Clipboard().SetContent("Hanbit Networks Co., Ltd. (جمهورية كوريا)\tSector Member\tKR\n")
	test.Tap(buttonLabelled(body, w.ui.T("rows.paste")))
	if got := w.sess.Draft().Supporters; len(got) != 1 || got[0].Entity != "Hanbit Networks Co., Ltd. (جمهورية كوريا)" {
		t.Fatalf("after the paste: %+v", got)
	}
	category := widgetOf(t, w, forms.SupporterCategory.At(0).Path()).(*tableChoice)
	w.win.Canvas().Focus(category)
	category.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if got := w.sess.Draft().Supporters[0].Category; got != forms.Associate {
		t.Fatalf("Right chose %q", got)
	}
	entity := widgetOf(t, w, forms.SupporterEntity.At(0).Path()).(*tableCell)
	w.win.Canvas().Focus(entity)
	entity.SetCursorOffset(len([]rune(entity.Text())))
	test.Type(entity, " KR")
	if got := w.sess.Draft().Supporters[0].Entity; !strings.HasSuffix(got, ") KR") {
		t.Fatalf("typed: %q", got)
	}

	// Ctrl+Z in the cell: its own typing first.
	press(w, &fyne.ShortcutUndo{})
	if got := w.sess.Draft().Supporters[0].Entity; got != "Hanbit Networks Co., Ltd. (جمهورية كوريا)" {
		t.Errorf("Ctrl+Z in the cell left %q", got)
	}
	// Then the choice.
	w.win.Canvas().Unfocus()
	press(w, &fyne.ShortcutUndo{})
	if got := w.sess.Draft().Supporters[0].Category; got != forms.SectorMember {
		t.Errorf("undo of the choice left %q", got)
	}
	category = widgetOf(t, w, forms.SupporterCategory.At(0).Path()).(*tableChoice)
	if category.Selected != "Sector Member" {
		t.Errorf("after undo the drop-down shows %q", category.Selected)
	}
	if w.win.Canvas().Focused() != category {
		t.Errorf("after undo the focus is on %T, not the category's drop-down", w.win.Canvas().Focused())
	}
	// Then the paste: no row left.
	press(w, &fyne.ShortcutUndo{})
	if n := len(w.sess.Draft().Supporters); n != 0 {
		t.Errorf("undo of the paste left %d supporters", n)
	}
}

// Find in the table view: the hit in a supporter's name opens the table's
// cell, with the Arabic word found selected in it.
func TestFindInATableCell(t *testing.T) {
	a := test.NewTempApp(t)
	p, err := draftfile.Load(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	p.Supporters[1].Entity = "Hanbit Networks Co., Ltd. (جمهورية كوريا)"
	path := filepath.Join(t.TempDir(), "hanbit.json")
	if err := draftfile.Save(path, p); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t, a, Options{Draft: path})
	w.showStep(forms.StepSupporters)
	test.Tap(buttonLabelled(formOf(w.formFor(forms.StepSupporters)).body, w.ui.T("rows.showTable")))
	w.goToField(forms.FGAcronym.Path())

	press(w, findShortcut)
	test.Type(w.find.entry, "كوريا")
	w.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	cell, ok := w.win.Canvas().Focused().(*tableCell)
	if !ok {
		t.Fatalf("the hit focused %T, not a table cell", w.win.Canvas().Focused())
	}
	if cell != widgetOf(t, w, forms.SupporterEntity.At(1).Path()) {
		t.Error("the hit focused another cell than the second supporter's name")
	}
	if got := cell.SelectedText(); got != "كوريا" {
		t.Errorf("selected %q in the cell", got)
	}
}

// Switching the interface language makes the wizard again: the list shown
// as a table is still a table, its drop-downs in the new language.
func TestTableKeptAcrossALanguageSwitch(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{})
	w.showStep(forms.StepSupporters)
	test.Tap(buttonLabelled(formOf(w.formFor(forms.StepSupporters)).body, w.ui.T("rows.showTable")))
	w.setLanguage(forms.French, true)
	w.showStep(forms.StepSupporters)
	c, ok := widgetOf(t, w, forms.SupporterCategory.At(0).Path()).(*tableChoice)
	if !ok {
		t.Fatalf("after the switch the category is a %T, not the table's drop-down", widgetOf(t, w, forms.SupporterCategory.At(0).Path()))
	}
	if want := w.ui.T("category." + string(w.sess.Draft().Supporters[0].Category)); c.Selected != want {
		t.Errorf("the drop-down shows %q, want %q", c.Selected, want)
	}
	if !slices.Contains(c.Options, "Membre de Secteur") {
		t.Errorf("French choices %q", c.Options)
	}
}
